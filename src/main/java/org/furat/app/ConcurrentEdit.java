package org.furat.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.furat.model.Actor;
import org.furat.model.Incident;
import org.furat.model.PlaceLink;

/**
 * An analyst's correction of an incident, a place or an actor that someone else changed after the analyst opened it. Field by field,
 * what only one of them changed is kept; a field both changed, to different values, is a conflict, which the analyst
 * settles (keep mine, take theirs) rather than one change silently overwriting the other.
 */
public final class ConcurrentEdit {

    /** How conflicting fields are settled: not at all (the save is refused), with mine, or with theirs. */
    public enum Settle { REFUSE, KEEP_MINE, TAKE_THEIRS }

    /** A field both changed: as it was when opened, as the other analyst saved it, as this analyst wants it. */
    public record Conflict(String field, String opened, String theirs, String mine) {}

    /** The correction combined with the other change, and the fields in conflict (settled as asked, or not). */
    public record Outcome<T>(T combined, List<Conflict> conflicts) {}

    /** One field of a record: its name, its value, how it is shown, and a copy of it from one record into another. */
    private record Field<T>(String name, Function<T, Object> value, Function<T, String> shown, BiFunction<T, T, T> copy) {}

    private static final List<Field<Incident>> INCIDENT_FIELDS = List.of(
            new Field<>("dates", i -> List.of(i.dates(), i.timePrecision()),
                    i -> i.dates().start() + " to " + i.dates().end() + " (" + i.timePrecision().name().toLowerCase() + ")",
                    (from, into) -> into.withDates(from.dates(), from.timePrecision())),
            new Field<>("type", Incident::subEventType, i -> i.subEventType().label(), (from, into) -> into.withType(from.subEventType())),
            new Field<>("actors", Incident::actors,
                    i -> i.actors().stream().map(a -> a.role().code() + " " + a.actorKey()).collect(Collectors.joining(", ")),
                    (from, into) -> into.withActors(from.actors())),
            new Field<>("killed", Incident::killed, i -> i.killed().describe(), (from, into) -> into.withCasualties(from.killed(), into.injured())),
            new Field<>("injured", Incident::injured, i -> i.injured().describe(), (from, into) -> into.withCasualties(into.killed(), from.injured())),
            new Field<>("places", Incident::places, ConcurrentEdit::places, (from, into) -> into.withPlaces(from.places())),
            new Field<>("description in English", Incident::descriptionEn, i -> Objects.toString(i.descriptionEn(), ""),
                    (from, into) -> into.withDescriptions(from.descriptionEn(), into.descriptionAr())),
            new Field<>("description in Arabic", Incident::descriptionAr, i -> Objects.toString(i.descriptionAr(), ""),
                    (from, into) -> into.withDescriptions(into.descriptionEn(), from.descriptionAr())),
            new Field<>("status", Incident::status, i -> i.status().code(), (from, into) -> into.withStatus(from.status(), into.note())),
            new Field<>("note", Incident::note, i -> Objects.toString(i.note(), ""), (from, into) -> into.withStatus(into.status(), from.note())),
            new Field<>("evidence", Incident::evidence, i -> i.evidence().size() + " span(s)", (from, into) -> into.withEvidence(from.evidence())));

    // A place as the analyst sets it: names, spellings, kind, precision, point (its source and units follow from them).
    private static final List<Field<PlaceFields>> PLACE_FIELDS = List.of(
            new Field<>("name in English", PlaceFields::nameEn, f -> Objects.toString(f.nameEn(), ""),
                    (from, into) -> into.withNames(into.nameAr(), from.nameEn())),
            new Field<>("name in Arabic", PlaceFields::nameAr, f -> Objects.toString(f.nameAr(), ""),
                    (from, into) -> into.withNames(from.nameAr(), into.nameEn())),
            new Field<>("spellings in English", PlaceFields::variantsEn, f -> String.join(", ", f.variantsEn()),
                    (from, into) -> into.withSpellings(into.variantsAr(), from.variantsEn())),
            new Field<>("spellings in Arabic", PlaceFields::variantsAr, f -> String.join("، ", f.variantsAr()),
                    (from, into) -> into.withSpellings(from.variantsAr(), into.variantsEn())),
            new Field<>("kind", PlaceFields::kind, f -> f.kind().code(), (from, into) -> into.withKind(from.kind())),
            new Field<>("precision", PlaceFields::precision, f -> f.precision().name().toLowerCase(java.util.Locale.ROOT),
                    (from, into) -> into.withPrecision(from.precision())),
            new Field<>("point", f -> List.of(f.lon(), f.lat()),
                    f -> String.format(java.util.Locale.ROOT, "%.5f° N %.5f° E", f.lat(), f.lon()),
                    (from, into) -> into.withPoint(from.lon(), from.lat())));

    private static final List<Field<Actor>> ACTOR_FIELDS = List.of(
            new Field<>("name in English", Actor::nameEn, a -> Objects.toString(a.nameEn(), ""),
                    (from, into) -> new Actor(into.key(), from.nameEn(), into.nameAr(), into.variantsEn(), into.variantsAr())),
            new Field<>("name in Arabic", Actor::nameAr, a -> Objects.toString(a.nameAr(), ""),
                    (from, into) -> new Actor(into.key(), into.nameEn(), from.nameAr(), into.variantsEn(), into.variantsAr())));

    private ConcurrentEdit() {}

    /**
     * Combines {@code mine} (the analyst's correction of {@code opened}) with {@code theirs} (the incident as stored
     * now): each field takes the side that changed it; a field both changed differently is a conflict, settled as
     * {@code settle} says (with REFUSE the combined incident keeps theirs there, and the caller refuses the save).
     */
    public static Outcome<Incident> combine(Incident opened, Incident mine, Incident theirs, Settle settle) {
        return combine(INCIDENT_FIELDS, opened, mine, theirs, settle);
    }

    /** As for an incident, over what an analyst sets on a place (every field given: see {@link PlaceFields#of}). */
    public static Outcome<PlaceFields> combine(PlaceFields opened, PlaceFields mine, PlaceFields theirs, Settle settle) {
        return combine(PLACE_FIELDS, opened, mine, theirs, settle);
    }

    /** As for an incident, over an actor's names (its spellings follow from them). */
    public static Outcome<Actor> combine(Actor opened, Actor mine, Actor theirs, Settle settle) {
        return combine(ACTOR_FIELDS, opened, mine, theirs, settle);
    }

    private static <T> Outcome<T> combine(List<Field<T>> fields, T opened, T mine, T theirs, Settle settle) {
        T combined = theirs;
        List<Conflict> conflicts = new ArrayList<>();
        for (Field<T> field : fields) {
            Object was = field.value().apply(opened), mineNow = field.value().apply(mine), theirsNow = field.value().apply(theirs);
            if (Objects.equals(mineNow, was) || Objects.equals(mineNow, theirsNow)) continue; // theirs stands
            if (!Objects.equals(theirsNow, was)) {
                conflicts.add(new Conflict(field.name(), field.shown().apply(opened), field.shown().apply(theirs), field.shown().apply(mine)));
                if (settle != Settle.KEEP_MINE) continue;
            }
            combined = field.copy().apply(mine, combined);
        }
        return new Outcome<>(combined, List.copyOf(conflicts));
    }

    /**
     * Combines two versions of an incident when what each side changed is known rather than the version both started
     * from (a copy's work published to its team database): a field only {@code mine} changed takes mine; a field
     * both changed, to different values, is a conflict (its opened value unknown, shown empty), settled as
     * {@code settle} says; anything else stays as {@code theirs} has it.
     */
    public static Outcome<Incident> combineChanged(Incident mine, java.util.Set<String> mineChanged, Incident theirs,
                                         java.util.Set<String> theirsChanged, Settle settle) {
        Incident combined = theirs;
        List<Conflict> conflicts = new ArrayList<>();
        for (Field<Incident> field : INCIDENT_FIELDS) {
            if (!mineChanged.contains(field.name())) continue;
            if (Objects.equals(field.value().apply(mine), field.value().apply(theirs))) continue;
            if (theirsChanged.contains(field.name())) {
                conflicts.add(new Conflict(field.name(), "", field.shown().apply(theirs), field.shown().apply(mine)));
                if (settle != Settle.KEEP_MINE) continue;
            }
            combined = field.copy().apply(mine, combined);
        }
        return new Outcome<>(combined, List.copyOf(conflicts));
    }

    private static String places(Incident incident) {
        List<String> shown = new ArrayList<>();
        for (PlaceLink link : incident.places()) shown.add(link.placeKey() + " (" + link.role().code() + ")");
        return String.join(", ", shown);
    }
}
