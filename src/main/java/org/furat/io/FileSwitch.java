package org.furat.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.furat.fault.KillPoints;

/**
 * Puts the files staged for an export in place of the files they replace so that no reader ever sees a mix of old and
 * new: the journal is written, every old file is set aside into the staging folder (the main file first, so it
 * disappears before its companions), then every new file is moved in (the main file last, so it appears only with all
 * its companions), then the staging folder with the old files is deleted. A switch that stops midway is finished or
 * undone by {@link #recover}: finished once every new file is in place, undone (the old files moved back) before.
 * Deleting the staging folder removes its journal first ({@link StagingFolder#delete}), so a switch that was
 * finished or undone is never moved again, even if the deletion stops midway.
 * Each step is a {@link KillPoints} step named {@code export.*}, and each step of an undo {@code export.undo.*}.
 * Stateless.
 */
final class FileSwitch {

    /** What recovery did with an interrupted switch. */
    enum Recovery { FINISHED, UNDONE, DISCARDED }

    private FileSwitch() {}

    /**
     * Switches the staged files {@code newNames} (main first) into the target folder, replacing the files of those
     * names and setting aside also {@code alsoReplaced} (files that describe the old content, such as a shapefile's
     * spatial index), then deletes the staging folder. On failure it undoes what it did, deletes the staging folder
     * and rethrows; if even the undo fails, the staging folder stays for the next export's recovery.
     */
    static void run(StagingFolder staging, List<String> newNames, List<String> alsoReplaced) throws IOException {
        Path folder = staging.targetFolder();
        try {
            prepare(staging, newNames);
        } catch (IOException | RuntimeException e) {
            deleteAfter(staging, e); // nothing in the target folder was touched yet
            throw e;
        }
        List<String> oldNames = new ArrayList<>();
        for (String name : newNames) if (Files.exists(folder.resolve(name))) oldNames.add(name);
        for (String name : alsoReplaced) if (!oldNames.contains(name) && Files.exists(folder.resolve(name))) oldNames.add(name);
        SwitchJournal journal = new SwitchJournal(newNames, oldNames);
        try {
            journal.write(staging);
        } catch (IOException | RuntimeException e) {
            deleteAfter(staging, e);
            throw e;
        }
        KillPoints.reach("export.journal");
        try {
            int step = 0;
            for (String name : oldNames) {
                move(folder.resolve(name), staging.setAside(name));
                KillPoints.reach("export.aside-" + ++step);
            }
            if (!oldNames.isEmpty()) {
                Durable.syncFolder(folder);
                Durable.syncFolder(staging.oldFolder());
            }
            step = 0;
            for (String name : reversed(newNames)) {
                move(staging.staged(name), folder.resolve(name));
                KillPoints.reach("export.in-" + ++step);
            }
            Durable.syncFolder(folder);
        } catch (IOException | RuntimeException e) {
            try {
                undo(staging, journal);
                staging.delete();
            } catch (IOException | RuntimeException suppressed) {
                // The staging folder stays with its journal and lock released. If the undo failed, the old files
                // that were set aside stay in its old/ folder until the next export to the folder (whose recovery
                // repeats the undo) or someone moves them back by hand; if only the deletion failed, the old files
                // are back and the next export's recovery deletes what is left.
                e.addSuppressed(suppressed);
                try {
                    staging.close();
                } catch (IOException notReleased) {
                    e.addSuppressed(notReleased);
                }
            }
            throw e;
        }
        KillPoints.reach("export.placed");
        try {
            staging.delete();
        } catch (IOException leftOver) {
            // The export is complete; the next export to the folder removes what is left of its staging folder.
        }
        KillPoints.reach("export.cleaned");
    }

    /** Forces the staged files to the disk: the journal, written next, promises they are complete. */
    private static void prepare(StagingFolder staging, List<String> newNames) throws IOException {
        for (String name : newNames) Durable.syncFile(staging.staged(name));
        Durable.syncFolder(staging.newFolder());
        KillPoints.reach("export.staged");
    }

    private static void deleteAfter(StagingFolder staging, Exception failure) {
        try {
            staging.delete();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Finishes or undoes the switch of a staging folder that its export left behind, then deletes the folder. */
    static Recovery recover(StagingFolder staging) throws IOException {
        var journal = SwitchJournal.read(staging);
        Recovery outcome;
        if (journal.isEmpty()) {
            outcome = Recovery.DISCARDED; // killed while writing: the target folder was never touched
        } else if (journal.get().newNames().stream().noneMatch(name -> Files.exists(staging.staged(name)))) {
            outcome = Recovery.FINISHED; // every new file is in place: only the old files are left to delete
        } else {
            undo(staging, journal.get());
            outcome = Recovery.UNDONE;
        }
        staging.delete();
        return outcome;
    }

    /**
     * Moves the new files that reached the target folder back into staging (the main file first), then the old
     * files back into the target folder (the main file last). Safe to repeat after a crash midway: a new file's name
     * is in the target folder only while its staged copy is missing, because old files return only after every new one
     * has left and staged copies are deleted only after the journal is.
     */
    private static void undo(StagingFolder staging, SwitchJournal journal) throws IOException {
        Path folder = staging.targetFolder();
        int step = 0;
        for (String name : journal.newNames()) {
            if (!Files.exists(staging.staged(name)) && Files.exists(folder.resolve(name))) {
                move(folder.resolve(name), staging.staged(name));
                KillPoints.reach("export.undo.out-" + ++step);
            }
        }
        Durable.syncFolder(folder);
        syncIfThere(staging.newFolder()); // the new files are back in staging before any old file returns
        step = 0;
        for (String name : reversed(journal.oldNames())) {
            if (Files.exists(staging.setAside(name))) {
                move(staging.setAside(name), folder.resolve(name));
                KillPoints.reach("export.undo.back-" + ++step);
            }
        }
        Durable.syncFolder(folder);
        syncIfThere(staging.oldFolder()); // and the old files are out of it before its journal is deleted
    }

    private static void syncIfThere(Path folder) throws IOException {
        if (Files.isDirectory(folder)) Durable.syncFolder(folder);
    }

    private static List<String> reversed(List<String> names) {
        List<String> reversed = new ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
