package org.furat.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.furat.io.gazetteer.GazetteerRecord;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;
import org.furat.model.PlaceKind;
import org.furat.store.GazetteerSources;

/**
 * Decides what an import does with each record, against the gazetteer as it is (plain Java, nothing written).
 * A place is one place however many sources name it, so a record is, in this order:
 * <ol>
 *   <li>skipped when its file marks it so (not a locality, superseded, not current …), when it lies outside the
 *       study area, or when this source was imported before and already gave it;</li>
 *   <li>merged into the place with its GeoNames id;</li>
 *   <li>merged into the nearest place within {@value #SAME_PLACE_KM} km that shares one of its names (Arabic
 *       compared by {@link NameKeys}, English case- and accent-folded), or within {@value #MINUTE_SAME_PLACE_KM} km
 *       for a record whose point is given only to the whole minute of arc (older registries rounded so, and a
 *       second record of a village often lies that far from the first: three records of Daman, one precise);</li>
 *   <li>skipped as a far duplicate when it shares a name with a town or city farther away: registries hold
 *       misplaced second records of towns (a second "Al Mayadin" in the desert), while two villages of one
 *       name are common, so a village that shares a village's name is added as a place of its own;</li>
 *   <li>otherwise added.</li>
 * </ol>
 * A merged record adds its spellings to the place (curated places keep their point; the record's point is kept
 * in the provenance table). Records are taken towns first, points given to the minute after precise ones, and
 * named in Arabic before not, so that the right record of a town, not a misplaced or rounded one, is the one that
 * stays.
 */
final class GazetteerMerge {

    /** Two records of one name closer than this are one place. */
    static final double SAME_PLACE_KM = 3.0;
    /** The same for a record whose point is given only to the minute: a minute of arc is up to 1.9 km here. */
    static final double MINUTE_SAME_PLACE_KM = 6.0;
    private static final Pattern CURATED_GEONAMEID = Pattern.compile("geonameid (\\d+)");

    /** One outcome worth listing by name (merges and far duplicates); the rest are counted. */
    record Note(String record, String name, String outcome, String reason, String placeKey) {}

    record Plan(GazetteerSources.Changes changes, int read, int added, int merged, Map<String, Integer> mergedBy,
                Map<String, Integer> skippedBy, int variantsAdded, List<Note> notes) {
        int skipped() { return skippedBy.values().stream().mapToInt(Integer::intValue).sum(); }
    }

    /** A place of the gazetteer or one this import adds, with every name it goes by. */
    private static final class Entry {
        final String key;
        final double lon, lat;
        final PlaceKind kind;
        final Place existing;
        final GazetteerRecord record;
        final Set<String> en = new LinkedHashSet<>(), ar = new LinkedHashSet<>();
        final List<String> newEn = new ArrayList<>(), newAr = new ArrayList<>();
        final Set<String> keys = new HashSet<>();

        Entry(String key, double lon, double lat, PlaceKind kind, Place existing, GazetteerRecord record) {
            this.key = key;
            this.lon = lon;
            this.lat = lat;
            this.kind = kind;
            this.existing = existing;
            this.record = record;
        }

        String label() { return existing != null ? existing.nameEn() : record.label(); }
    }

    private final String source;
    private final StudyArea area;
    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final Map<Long, Entry> byGeonameId = new HashMap<>();
    private final Set<String> takenKeys = new HashSet<>();
    private final Set<String> importedRefs = new HashSet<>();
    private final List<Entry> added = new ArrayList<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<GazetteerSources.Origin> origins = new ArrayList<>();
    private final Map<String, Integer> mergedBy = new LinkedHashMap<>();
    private final Map<String, Integer> skippedBy = new LinkedHashMap<>();
    private final List<Note> notes = new ArrayList<>();
    private int merged;

    GazetteerMerge(String source, StudyArea area, List<Place> places, List<GazetteerSources.Origin> known) {
        this.source = source;
        this.area = area;
        for (Place p : places) {
            Entry e = new Entry(p.key(), p.lon(), p.lat(), p.kind(), p, null);
            add(e.en, p.nameEn());
            p.variantsEn().forEach(v -> add(e.en, v));
            add(e.ar, p.nameAr());
            p.variantsAr().forEach(v -> add(e.ar, v));
            index(e);
            takenKeys.add(p.key());
            Matcher m = CURATED_GEONAMEID.matcher(p.sourceRef() == null ? "" : p.sourceRef());
            if (m.find()) byGeonameId.putIfAbsent(Long.parseLong(m.group(1)), e);
        }
        for (GazetteerSources.Origin o : known) {
            Entry e = entries.get(o.placeKey());
            if (e != null && o.geonameId() != null) byGeonameId.putIfAbsent(o.geonameId(), e);
            if (o.source().equals(source)) importedRefs.add(o.sourceRef());
        }
    }

    Plan plan(List<GazetteerRecord> records, int outsideUnread, String licence, String attribution, String note) {
        int read = records.size() + outsideUnread;
        if (outsideUnread > 0) skippedBy.merge(outside(), outsideUnread, Integer::sum);
        List<GazetteerRecord> order = new ArrayList<>(records);
        order.sort(Comparator.comparingInt((GazetteerRecord r) -> r.skipped() ? 3 : rank(r.kind()))
                .thenComparing(r -> toTheMinute(r.lon(), r.lat()))
                .thenComparing(r -> r.nameAr() == null));
        for (GazetteerRecord r : order) take(r);
        List<Place> newPlaces = new ArrayList<>();
        List<GazetteerSources.Variant> variants = new ArrayList<>();
        int variantsAdded = 0;
        for (Entry e : entries.values()) {
            if (e.existing == null) {
                GazetteerRecord r = e.record;
                newPlaces.add(new Place(e.key, r.nameEn(), r.nameAr(), others(e.en, r.nameEn()), others(e.ar, r.nameAr()), r.kind(),
                        r.lon(), r.lat(), GeoPrecision.EXACT, null, source, r.sourceRef(), licence, note));
            } else {
                for (String v : e.newEn) variants.add(new GazetteerSources.Variant(e.key, "en", v));
                for (String v : e.newAr) variants.add(new GazetteerSources.Variant(e.key, "ar", v));
                variantsAdded += e.newEn.size() + e.newAr.size();
            }
        }
        var changes = new GazetteerSources.Changes(source, licence, attribution, newPlaces, origins, variants);
        return new Plan(changes, read, newPlaces.size(), merged, mergedBy, skippedBy, variantsAdded, notes);
    }

    private void take(GazetteerRecord r) {
        if (r.skipped()) {
            skip(r.skipReason());
            return;
        }
        if (!area.contains(r.lon(), r.lat())) {
            skip(outside());
            return;
        }
        if (importedRefs.contains(r.sourceRef())) {
            skip("already imported from " + source);
            return;
        }
        importedRefs.add(r.sourceRef());
        Entry byId = r.geonameId() == null ? null : byGeonameId.get(r.geonameId());
        if (byId != null) {
            merge(r, byId, "same GeoNames id");
            return;
        }
        Set<String> keys = NameKeys.of(names(r));
        Entry nearest = null;
        double nearestKm = Double.MAX_VALUE;
        Entry town = null;
        double townKm = 0;
        for (String key : keys) {
            for (Entry e : byName.getOrDefault(key, List.of())) {
                if (!sameName(keys, e.keys)) continue;
                double km = km(r.lon(), r.lat(), e.lon, e.lat);
                if (km < nearestKm) {
                    nearest = e;
                    nearestKm = km;
                }
                if ((e.kind == PlaceKind.CITY || e.kind == PlaceKind.TOWN) && town == null) {
                    town = e;
                    townKm = km;
                }
            }
        }
        if (nearest != null && nearestKm <= SAME_PLACE_KM) {
            merge(r, nearest, "same name within " + (int) SAME_PLACE_KM + " km");
            return;
        }
        if (nearest != null && nearestKm <= MINUTE_SAME_PLACE_KM && toTheMinute(r.lon(), r.lat())) {
            merge(r, nearest, "same name within " + (int) MINUTE_SAME_PLACE_KM + " km of a point given to the minute");
            return;
        }
        if (town != null) {
            String reason = "far duplicate: same name as the " + town.kind.code() + " " + town.key + " but more than "
                    + (int) SAME_PLACE_KM + " km from it";
            skip(reason);
            notes.add(new Note(r.sourceRef(), r.label(), "skipped", String.format(Locale.ROOT, "same name as %s (%s), %.1f km away",
                    town.key, town.label(), townKm), town.key));
            return;
        }
        Entry e = new Entry(freeKey(r), r.lon(), r.lat(), r.kind(), null, r);
        add(e.en, r.nameEn());
        r.variantsEn().forEach(v -> add(e.en, v));
        add(e.ar, r.nameAr());
        r.variantsAr().forEach(v -> add(e.ar, v));
        index(e);
        takenKeys.add(e.key);
        if (r.geonameId() != null) byGeonameId.put(r.geonameId(), e);
        added.add(e);
        origins.add(new GazetteerSources.Origin(e.key, source, r.sourceRef(), r.geonameId(), r.lon(), r.lat(), true));
    }

    private void merge(GazetteerRecord r, Entry into, String by) {
        merged++;
        mergedBy.merge(by, 1, Integer::sum);
        double km = km(r.lon(), r.lat(), into.lon, into.lat);
        notes.add(new Note(r.sourceRef(), r.label(), "merged", String.format(Locale.ROOT, "%s (%.1f km apart)", by, km), into.key));
        for (String v : names(r)) {
            boolean arabic = v.equals(r.nameAr()) || r.variantsAr().contains(v);
            Set<String> names = arabic ? into.ar : into.en;
            if (names.add(v) && into.existing != null) (arabic ? into.newAr : into.newEn).add(v);
        }
        Set<String> keys = NameKeys.of(names(r));
        for (String k : keys) {
            into.keys.add(k);
            List<Entry> list = byName.computeIfAbsent(k, x -> new ArrayList<>());
            if (!list.contains(into)) list.add(into);
        }
        if (r.geonameId() != null) byGeonameId.putIfAbsent(r.geonameId(), into);
        origins.add(new GazetteerSources.Origin(into.key, source, r.sourceRef(), r.geonameId(), r.lon(), r.lat(), false));
    }

    private void skip(String reason) {
        skippedBy.merge(reason, 1, Integer::sum);
    }

    private String outside() {
        return "outside the study area (" + area + ")";
    }

    /** Whether a point is given only to the whole minute of arc (35.23333, 40.48333: 35°14′, 40°29′). */
    static boolean toTheMinute(double lon, double lat) {
        return wholeMinutes(lon) && wholeMinutes(lat);
    }

    private static boolean wholeMinutes(double degrees) {
        double minutes = degrees * 60;
        return Math.abs(minutes - Math.rint(minutes)) < 0.01;
    }

    /** Towns and cities first, so that a misplaced record of a town meets the right one already taken. */
    private static int rank(PlaceKind kind) {
        return kind == PlaceKind.CITY ? 0 : kind == PlaceKind.TOWN ? 1 : 2;
    }

    private void index(Entry e) {
        entries.put(e.key, e);
        Set<String> all = new LinkedHashSet<>(e.en);
        all.addAll(e.ar);
        for (String k : NameKeys.of(all)) {
            e.keys.add(k);
            byName.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
        }
    }

    /**
     * Whether two sets of name keys name the same place. Where both have Arabic names only those count: English
     * transliterations are loose ("Shahil" is written for both «الشحيل» and «شهيل»), the Arabic spelling is not.
     */
    static boolean sameName(Set<String> a, Set<String> b) {
        boolean arabicA = a.stream().anyMatch(k -> k.startsWith("ar:")), arabicB = b.stream().anyMatch(k -> k.startsWith("ar:"));
        String script = arabicA && arabicB ? "ar:" : "en:";
        for (String k : a) if (k.startsWith(script) && b.contains(k)) return true;
        return false;
    }

    /** A stable key: the GeoNames id where known (the same whichever source brings the place first), else the source's id. */
    private String freeKey(GazetteerRecord r) {
        String base = r.geonameId() != null ? "gn-" + r.geonameId() : prefix() + "-" + slug(r.sourceRef());
        String key = base;
        for (int n = 2; takenKeys.contains(key); n++) key = base + "_" + n;
        return key;
    }

    private String prefix() {
        return source.equals("whosonfirst") ? "wof" : slug(source);
    }

    private static String slug(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "place" : s;
    }

    private static List<String> names(GazetteerRecord r) {
        List<String> all = new ArrayList<>();
        if (r.nameAr() != null) all.add(r.nameAr());
        all.addAll(r.variantsAr());
        if (r.nameEn() != null && !r.nameEn().equals(r.nameAr())) all.add(r.nameEn());
        all.addAll(r.variantsEn());
        return all;
    }

    private static void add(Set<String> names, String name) {
        if (name != null && !name.isBlank()) names.add(name);
    }

    private static List<String> others(Set<String> names, String except) {
        return names.stream().filter(n -> !n.equals(except)).toList();
    }

    static double km(double lon1, double lat1, double lon2, double lat2) {
        return org.furat.geo.GreatCircle.km(lon1, lat1, lon2, lat2);
    }
}
