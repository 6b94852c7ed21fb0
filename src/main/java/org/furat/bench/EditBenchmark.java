package org.furat.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.furat.app.FilterResult;
import org.furat.app.Importer;
import org.furat.app.Workspace;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;

/**
 * Times how long an edit takes to show: an incident deleted and restored, a field corrected and the correction
 * undone, and a report imported (new incidents),
 * each through the workspace's own write path, then the view the window recomputes after a change (the filter with
 * its pins, counts and histogram, the pins' incidents, the areas, the newest 500 for the list). For comparison, the
 * same edit followed by reading every incident again, as every change did before the index took changes in.
 * Writes to the database, so it runs on synthetic databases only: the deletions are taken back, the imported
 * reports stay (their incidents as proposals, marked as the benchmark's).
 */
public final class EditBenchmark {

    /** What the window's list shows at most (MainViewModel's limit). */
    private static final int LIST_LIMIT = 500;
    private static final int REBUILDS = 3;

    private EditBenchmark() {}

    /** Runs on the database {@code database} names: a file made with `furat synth`, or a team database it was copied into. */
    public static List<Benchmarks.Result> run(String database, int runs) {
        try (Workspace workspace = Workspace.open(database)) {
            if (!workspace.synthetic()) {
                throw new IllegalArgumentException(database + " is not a synthetic database: the edit benchmark writes to the database, "
                        + "so it runs only on one made with `furat synth`");
            }
            return run(workspace, database, runs);
        }
    }

    static List<Benchmarks.Result> run(Workspace workspace, String database, int runs) {
        int warmUp = Math.max(3, runs / 5);
        FilterResult all = workspace.filter(IncidentFilter.ALL); // the index is read once, as at start-up
        List<String> keys = workspace.newestIncidents(all, warmUp + runs + REBUILDS).stream().map(Incident::key).toList();
        int size = all.snapshot().size();

        double[] delete = new double[runs], update = new double[runs], view = new double[runs], deleteToView = new double[runs];
        double[] restoreToView = new double[runs], deleteToViewCpu = new double[runs];
        for (int i = 0; i < warmUp + runs; i++) {
            String key = keys.get(i);
            long[] ids = workspace.incidentIds(List.of(key));
            long c0 = cpu();
            long t0 = System.nanoTime();
            workspace.deleteIncident(key, "edit benchmark");
            long t1 = System.nanoTime();
            refresh(workspace);
            long t2 = System.nanoTime();
            long c2 = cpu();
            // The same index update once more, alone: it reads the incident's row again and makes a new snapshot.
            workspace.incidentsChanged(ids);
            long t3 = System.nanoTime();
            workspace.restoreIncident(key);
            refresh(workspace);
            long t4 = System.nanoTime();
            if (i < warmUp) continue;
            int r = i - warmUp;
            delete[r] = ms(t0, t1);
            view[r] = ms(t1, t2);
            deleteToView[r] = ms(t0, t2);
            deleteToViewCpu[r] = ms(c0, c2);
            update[r] = ms(t2, t3);
            restoreToView[r] = ms(t3, t4);
        }

        // A correction of one field in the editor, and Ctrl+Z taking it back, each to the view updated.
        double[] editToView = new double[runs], undoToView = new double[runs];
        for (int i = 0; i < warmUp + runs; i++) {
            Incident incident = workspace.incident(keys.get(i)).orElseThrow();
            int killed = incident.killed().best() == null ? 1 : incident.killed().best() + 1;
            long t0 = System.nanoTime();
            workspace.editIncident(incident.withCasualties(org.furat.model.Casualties.exactly(killed), incident.injured()), "edit benchmark");
            refresh(workspace);
            long t1 = System.nanoTime();
            workspace.undo();
            refresh(workspace);
            long t2 = System.nanoTime();
            if (i < warmUp) continue;
            editToView[i - warmUp] = ms(t0, t1);
            undoToView[i - warmUp] = ms(t1, t2);
        }

        double[] importToView = new double[runs], imported = new double[runs], importToViewCpu = new double[runs];
        long stamp = System.currentTimeMillis();
        for (int i = 0; i < warmUp + runs; i++) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            Importer.Outcome outcome = workspace.importer().importReport("edit-benchmark-" + stamp + "-" + i + ".txt",
                    report(stamp, i).getBytes(StandardCharsets.UTF_8),
                    new Importer.Metadata(LocalDate.of(2024, 11, 20), "Furat edit benchmark", null, null), false);
            if (outcome.failed() || outcome.proposed().isEmpty()) throw new IllegalStateException("The benchmark's report was not imported: " + outcome.message());
            long t1 = System.nanoTime();
            refresh(workspace);
            long t2 = System.nanoTime();
            long c2 = cpu();
            if (i < warmUp) continue;
            importToViewCpu[i - warmUp] = ms(c0, c2);
            imported[i - warmUp] = ms(t0, t1);
            importToView[i - warmUp] = ms(t0, t2);
        }

        // Another window's (or command's, or colleague's) deletion, read from the change log and taken in: in a file,
        // what the window does at its next look, which comes within a second; in a team database, from the commit to
        // the view updated, the server telling the window of it.
        double[] otherToView = new double[runs];
        java.util.concurrent.Semaphore told = new java.util.concurrent.Semaphore(0);
        boolean announced = workspace.whenOthersChange(told::release, problem -> {});
        try (Workspace other = Workspace.open(database)) {
            if (announced) awaitTold(told);
            workspace.takeInOtherChanges(); // start from now
            for (int i = 0; i < warmUp + runs; i++) {
                String key = keys.get(i);
                told.drainPermits();
                other.deleteIncident(key, "edit benchmark, another window");
                long t0 = System.nanoTime();
                if (announced) awaitTold(told);
                if (workspace.takeInOtherChanges().isEmpty()) throw new IllegalStateException("The other window's deletion was not seen");
                refresh(workspace);
                long t1 = System.nanoTime();
                other.restoreIncident(key);
                if (announced) awaitTold(told);
                workspace.takeInOtherChanges();
                if (i >= warmUp) otherToView[i - warmUp] = ms(t0, t1);
            }
        }

        double[] rebuild = new double[REBUILDS];
        for (int i = 0; i < REBUILDS; i++) {
            String key = keys.get(warmUp + runs + i);
            workspace.deleteIncident(key, "edit benchmark");
            workspace.dataChanged(); // what every change did before: the index dropped, read again from the tables
            long t0 = System.nanoTime();
            refresh(workspace);
            rebuild[i] = ms(t0, System.nanoTime());
            workspace.restoreIncident(key);
        }

        String at = " (" + String.format("%,d", size) + " incidents)";
        List<Benchmarks.Result> results = new ArrayList<>();
        results.add(result("edit: delete an incident to the view updated" + at, deleteToView));
        results.add(result("  processor time of the thread", deleteToViewCpu));
        results.add(result("  of which: the deletion written and taken into the index", delete));
        results.add(result("  of which: the view (filter, pins, areas, newest 500)", view));
        results.add(result("  index update alone (read the incident, new snapshot)", update));
        results.add(result("edit: restore it to the view updated", restoreToView));
        results.add(result("edit: correct a field (killed) in the editor to the view updated", editToView));
        results.add(result("undo: take the correction back to the view updated", undoToView));
        results.add(result(announced ? "another client's deletion: its commit to the view updated (told by the team database)"
                : "another window's deletion: read from the change log to the view updated (the window looks every second)", otherToView));
        results.add(result("new incidents: import a report to the view updated", importToView));
        results.add(result("  processor time of the thread", importToViewCpu));
        results.add(result("  of which: the import (read, extract, write, index update)", imported));
        results.add(result("before: an edit, then the index read again and the view", rebuild));
        return results;
    }

    /** What the window recomputes after a change (see MainViewModel.refresh). */
    private static int refresh(Workspace workspace) {
        FilterResult r = workspace.filter(IncidentFilter.ALL);
        int n = workspace.incidentsByPlace(r).size() + workspace.regionAreas(r).size();
        return n + workspace.newestIncidents(r, LIST_LIMIT).size();
    }

    /** A short report the extractor turns into an incident; numbered, so that no two are the same report. */
    private static String report(long stamp, int i) {
        return "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور، ما أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين. "
                + "(edit benchmark " + stamp + "-" + i + ")";
    }

    /**
     * The processor time this thread has used, in nanoseconds: on a machine shared with other work, what the operation
     * itself costs, where the wall time also counts waiting for a core (the collector's threads are not in it).
     */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void awaitTold(java.util.concurrent.Semaphore told) {
        try {
            if (!told.tryAcquire(30, java.util.concurrent.TimeUnit.SECONDS)) throw new IllegalStateException("The team database told of no change");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    private static Benchmarks.Result result(String name, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return new Benchmarks.Result(name, sorted[n / 2], sorted[Math.min(n - 1, (int) Math.ceil(0.95 * n) - 1)], sorted[0], sorted[n - 1], n);
    }
}
