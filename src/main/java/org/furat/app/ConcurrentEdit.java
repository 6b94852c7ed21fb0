package org.furat.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.furat.model.Incident;
import org.furat.model.PlaceLink;

/**
 * An analyst's correction of an incident that someone else changed after the analyst opened it. Field by field,
 * what only one of them changed is kept; a field both changed, to different values, is a conflict, which the analyst
 * settles (keep mine, take theirs) rather than one change silently overwriting the other.
 */
public final class ConcurrentEdit {

    /** How conflicting fields are settled: not at all (the save is refused), with mine, or with theirs. */
    public enum Settle { REFUSE, KEEP_MINE, TAKE_THEIRS }

    /** A field both changed: as it was when opened, as the other analyst saved it, as this analyst wants it. */
    public record Conflict(String field, String opened, String theirs, String mine) {}

    /** The correction combined with the other change, and the fields in conflict (settled as asked, or not). */
    public record Outcome(Incident combined, List<Conflict> conflicts) {}

    /** One field of an incident: its name, its value, and a copy of it from one incident into another. */
    private record Field(String name, Function<Incident, Object> value, Function<Incident, String> shown,
                         BiFunction<Incident, Incident, Incident> copy) {}

    private static final List<Field> FIELDS = List.of(
            new Field("dates", i -> List.of(i.dates(), i.timePrecision()),
                    i -> i.dates().start() + " to " + i.dates().end() + " (" + i.timePrecision().name().toLowerCase() + ")",
                    (from, into) -> into.withDates(from.dates(), from.timePrecision())),
            new Field("type", Incident::subEventType, i -> i.subEventType().label(), (from, into) -> into.withType(from.subEventType())),
            new Field("actors", Incident::actors,
                    i -> i.actors().stream().map(a -> a.role().code() + " " + a.actorKey()).collect(Collectors.joining(", ")),
                    (from, into) -> into.withActors(from.actors())),
            new Field("killed", Incident::killed, i -> i.killed().describe(), (from, into) -> into.withCasualties(from.killed(), into.injured())),
            new Field("injured", Incident::injured, i -> i.injured().describe(), (from, into) -> into.withCasualties(into.killed(), from.injured())),
            new Field("places", Incident::places, ConcurrentEdit::places, (from, into) -> into.withPlaces(from.places())),
            new Field("description in English", Incident::descriptionEn, i -> Objects.toString(i.descriptionEn(), ""),
                    (from, into) -> into.withDescriptions(from.descriptionEn(), into.descriptionAr())),
            new Field("description in Arabic", Incident::descriptionAr, i -> Objects.toString(i.descriptionAr(), ""),
                    (from, into) -> into.withDescriptions(into.descriptionEn(), from.descriptionAr())),
            new Field("status", Incident::status, i -> i.status().code(), (from, into) -> into.withStatus(from.status(), into.note())),
            new Field("note", Incident::note, i -> Objects.toString(i.note(), ""), (from, into) -> into.withStatus(into.status(), from.note())),
            new Field("evidence", Incident::evidence, i -> i.evidence().size() + " span(s)", (from, into) -> into.withEvidence(from.evidence())));

    private ConcurrentEdit() {}

    /**
     * Combines {@code mine} (the analyst's correction of {@code opened}) with {@code theirs} (the incident as stored
     * now): each field takes the side that changed it; a field both changed differently is a conflict, settled as
     * {@code settle} says (with REFUSE the combined incident keeps theirs there, and the caller refuses the save).
     */
    public static Outcome combine(Incident opened, Incident mine, Incident theirs, Settle settle) {
        Incident combined = theirs;
        List<Conflict> conflicts = new ArrayList<>();
        for (Field field : FIELDS) {
            Object was = field.value().apply(opened), mineNow = field.value().apply(mine), theirsNow = field.value().apply(theirs);
            if (Objects.equals(mineNow, was) || Objects.equals(mineNow, theirsNow)) continue; // theirs stands
            if (!Objects.equals(theirsNow, was)) {
                conflicts.add(new Conflict(field.name(), field.shown().apply(opened), field.shown().apply(theirs), field.shown().apply(mine)));
                if (settle != Settle.KEEP_MINE) continue;
            }
            combined = field.copy().apply(mine, combined);
        }
        return new Outcome(combined, List.copyOf(conflicts));
    }

    /**
     * Combines two versions of an incident when what each side changed is known rather than the version both started
     * from (a copy's work published to its team database): a field only {@code mine} changed takes mine; a field
     * both changed, to different values, is a conflict (its opened value unknown, shown empty), settled as
     * {@code settle} says; anything else stays as {@code theirs} has it.
     */
    public static Outcome combineChanged(Incident mine, java.util.Set<String> mineChanged, Incident theirs,
                                         java.util.Set<String> theirsChanged, Settle settle) {
        Incident combined = theirs;
        List<Conflict> conflicts = new ArrayList<>();
        for (Field field : FIELDS) {
            if (!mineChanged.contains(field.name())) continue;
            if (Objects.equals(field.value().apply(mine), field.value().apply(theirs))) continue;
            if (theirsChanged.contains(field.name())) {
                conflicts.add(new Conflict(field.name(), "", field.shown().apply(theirs), field.shown().apply(mine)));
                if (settle != Settle.KEEP_MINE) continue;
            }
            combined = field.copy().apply(mine, combined);
        }
        return new Outcome(combined, List.copyOf(conflicts));
    }

    private static String places(Incident incident) {
        List<String> shown = new ArrayList<>();
        for (PlaceLink link : incident.places()) shown.add(link.placeKey() + " (" + link.role().code() + ")");
        return String.join(", ", shown);
    }
}
