package org.furat.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.furat.model.Deletion;
import org.furat.model.Incident;
import org.furat.model.Source;
import org.furat.store.ChangesSince;
import org.furat.store.Publication;
import org.furat.store.PublishMarks;
import org.furat.store.ReadingRepository;
import org.furat.store.StoreException;
import org.furat.store.server.ServerAddress;

/**
 * `furat publish`: sends the work done in a copy of a team database (made with `furat copy --from TEAM --to FILE`)
 * back to it. The copy's change log says what it did since it was made or last published (its new reports, new
 * incidents, and which parts of which incidents it changed), the team's change log what the team did meanwhile. A
 * part only the copy changed takes the copy's value; a part both changed, differently, is a conflict: nothing is
 * sent unless the analyst keeps theirs or takes the team's for every one (as the window's Changed meanwhile does).
 * Everything goes in one action of the team's history, or nothing does.
 */
public final class Publisher {

    /** What a publication sent, or would have, and the conflicts that stopped it (empty when it was sent). */
    public record Outcome(List<String> reports, List<String> added, List<String> changed, List<String> deleted, List<String> restored,
                          List<Conflict> conflicts, boolean sent) {
        public boolean nothing() {
            return reports.isEmpty() && added.isEmpty() && changed.isEmpty() && deleted.isEmpty() && restored.isEmpty();
        }
    }

    /** A part of an incident both sides changed: as the team has it, and as the copy has it. */
    public record Conflict(String incident, String part, String theirs, String mine) {}

    private Publisher() {}

    /**
     * Publishes the copy in {@code file} to the team database {@code url}. With {@code settle} REFUSE, conflicts stop
     * it and are returned; KEEP_MINE and TAKE_THEIRS settle every one.
     */
    public static Outcome publish(Path file, String url, ConcurrentEdit.Settle settle) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("There is no database file " + file);
        ServerAddress team = ServerAddress.parse(url);
        try (Workspace mine = Workspace.open(file); Workspace theirs = Workspace.open(url)) {
            PublishMarks.Mark mark = PublishMarks.read(mine.database()).orElseThrow(() -> new IllegalArgumentException(file
                    + " was not copied from a team database: publish sends a copy's work back to the team database it was copied from "
                    + "(make one with furat copy --from " + team + " --to FILE)"));
            if (!sameDatabase(ServerAddress.parse(mark.team()), team)) {
                throw new IllegalArgumentException(file + " was copied from " + mark.team() + ", not from " + team
                        + ": publish it there, or copy this team database into a new file");
            }
            // The team may commit between reading its changes and writing: then everything is worked out again.
            for (int attempt = 1; ; attempt++) {
                try {
                    return once(mine, theirs, mark, settle, file.getFileName().toString());
                } catch (StoreException e) {
                    if (!(e.getCause() instanceof Publication.ChangedMeanwhile) || attempt == 5) throw e;
                }
            }
        }
    }

    private static Outcome once(Workspace mine, Workspace theirs, PublishMarks.Mark mark, ConcurrentEdit.Settle settle, String from) {
        ChangesSince.Changes ours = ChangesSince.read(mine.database(), mark.fileAction());
        ChangesSince.Changes team = ChangesSince.read(theirs.database(), mark.teamAction());
        List<Source> reports = new ArrayList<>();
        Map<String, ReadingRepository.StoredReading> readings = new LinkedHashMap<>();
        ReadingRepository myReadings = new ReadingRepository(mine.database());
        for (String key : ours.addedReports()) {
            if (theirs.source(key).isPresent()) continue;
            Source report = mine.source(key).orElse(null);
            if (report == null) continue; // added, then taken away again in the copy
            reports.add(report);
            myReadings.of(key).ifPresent(r -> readings.put(key, r));
        }
        List<Incident> added = new ArrayList<>(), replaced = new ArrayList<>();
        Map<String, String> deleted = new LinkedHashMap<>();
        Set<String> restored = new LinkedHashSet<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : ours.changedParts().entrySet()) {
            String key = entry.getKey();
            Optional<Incident> myIncident = mine.incident(key);
            if (myIncident.isEmpty()) continue; // merged away in the copy: its other half carries the change
            Optional<Incident> teamIncident = theirs.incident(key);
            Set<String> teamParts = team.changedParts().getOrDefault(key, Set.of());
            if (teamIncident.isEmpty()) {
                if (ours.addedIncidents().contains(key)) added.add(myIncident.get());
                else conflicts.add(new Conflict(key, "the whole incident", "merged into another or removed", "changed"));
                if (mine.deletion(key).isPresent() && ours.addedIncidents().contains(key)) deleted.put(key, mine.deletion(key).get().reason());
                continue;
            }
            ConcurrentEdit.Outcome<Incident> combined = ConcurrentEdit.combineChanged(myIncident.get(), written(mine, myIncident.get(), entry.getValue()),
                    teamIncident.get(), written(theirs, teamIncident.get(), teamParts), settle);
            combined.conflicts().forEach(c -> conflicts.add(new Conflict(key, c.field(), c.theirs(), c.mine())));
            if (!combined.combined().equals(teamIncident.get())) replaced.add(theirs.descriptionsFollow(teamIncident.get(), combined.combined()));
            if (entry.getValue().contains(ChangesSince.DELETED)) {
                settleDeletion(key, mine.deletion(key), theirs.deletion(key), teamParts.contains(ChangesSince.DELETED), settle,
                        deleted, restored, conflicts);
            }
        }
        Outcome outcome = new Outcome(reports.stream().map(Source::key).toList(), added.stream().map(Incident::key).toList(),
                replaced.stream().map(Incident::key).toList(), List.copyOf(deleted.keySet()), List.copyOf(restored), conflicts, false);
        if (settle == ConcurrentEdit.Settle.REFUSE && !conflicts.isEmpty()) return outcome;
        requireKnownToTheTeam(theirs, added, replaced);
        if (outcome.nothing()) {
            PublishMarks.record(mine.database(), new PublishMarks.Mark(mark.team(), ours.lastAction(), team.lastAction()));
            return outcome;
        }
        String why = "from " + from + (conflicts.isEmpty() ? "" : ", " + conflicts.size() + " part(s) changed on both settled with "
                + (settle == ConcurrentEdit.Settle.KEEP_MINE ? "the copy's values" : "the team's values"));
        long action = Publication.apply(theirs.database(), new Publication.Batch(reports, readings, added, replaced, deleted, restored),
                team.lastAction(), why);
        PublishMarks.record(mine.database(), new PublishMarks.Mark(mark.team(), ours.lastAction(), action));
        return new Outcome(outcome.reports(), outcome.added(), outcome.changed(), outcome.deleted(), outcome.restored(), conflicts, true);
    }

    private static void settleDeletion(String key, Optional<Deletion> mine, Optional<Deletion> theirs, boolean theyChangedIt,
                                       ConcurrentEdit.Settle settle, Map<String, String> deleted, Set<String> restored,
                                       List<Conflict> conflicts) {
        if (mine.isPresent() == theirs.isPresent()) return;
        if (theyChangedIt) {
            conflicts.add(new Conflict(key, "deleted", theirs.isPresent() ? "deleted" : "not deleted", mine.isPresent() ? "deleted" : "not deleted"));
            if (settle != ConcurrentEdit.Settle.KEEP_MINE) return;
        }
        if (mine.isPresent()) deleted.put(key, mine.get().reason());
        else restored.add(key);
    }

    /**
     * The parts as changed by hand: a description written from the fields changed because they did, and follows them
     * again once they are combined, so it is no part of its own.
     */
    private static Set<String> written(Workspace w, Incident incident, Set<String> parts) {
        Set<String> written = new LinkedHashSet<>(parts);
        if (w.describedFromFields(incident, true)) written.remove("description in English");
        if (w.describedFromFields(incident, false)) written.remove("description in Arabic");
        return written;
    }

    /** Refuses, before writing, incidents at places or with actors the copy added to its own gazetteer only. */
    private static void requireKnownToTheTeam(Workspace theirs, List<Incident> added, List<Incident> replaced) {
        Set<String> unknown = new LinkedHashSet<>();
        for (List<Incident> incidents : List.of(added, replaced)) {
            for (Incident i : incidents) {
                i.places().stream().map(p -> p.placeKey()).filter(k -> theirs.place(k).isEmpty()).forEach(k -> unknown.add("place " + k));
                i.actors().stream().map(a -> a.actorKey()).filter(k -> theirs.actor(k).isEmpty()).forEach(k -> unknown.add("actor " + k));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The copy's incidents name what the team database does not have (" + String.join(", ", unknown)
                    + "): an editor adds them to the team's gazetteer or actors first. Nothing was sent");
        }
    }

    private static boolean sameDatabase(ServerAddress a, ServerAddress b) {
        return a.host().equalsIgnoreCase(b.host()) && a.port() == b.port() && a.database().equals(b.database());
    }
}
