package org.furat.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimeHistogram;
import org.furat.store.IncidentColumns;

/**
 * Every incident as compact columns, and the filter applied to them in one pass: a million incidents are
 * filtered and counted in milliseconds, without touching the disk. Immutable and thread-safe; the text
 * part of a filter arrives already resolved to matching incident ids (the search index lives in the store).
 * An index is a snapshot: a change makes a new one ({@link #withChanges}), and a position names one incident
 * only within the index it came from, which is why each {@link FilterResult} holds its own.
 */
public final class IncidentIndex {

    private static final SubEventType[] SUB_TYPES = SubEventType.values();
    private static final EventType[] TYPES = EventType.values();
    private static final Status[] STATUSES = Status.values();
    private static final int[] TYPE_OF_SUB = java.util.Arrays.stream(SUB_TYPES).mapToInt(s -> s.type().ordinal()).toArray();

    private final IncidentColumns columns;
    private final Keys keys;
    /** Who may add incidents past the end of the column arrays (see {@link ColumnsPatch}). */
    private final ColumnsPatch.Room room;
    private final List<Place> placesByIndex;
    /** Every place of the gazetteer, so a filter may name a unit or place that no incident is linked to. */
    private final Map<String, Place> knownPlaces;
    private final Map<String, Integer> placeIndex;
    private final Map<String, Integer> actorIndex;
    private final int firstDay;
    private final int lastDay;

    public IncidentIndex(IncidentColumns columns, Map<String, Place> places) {
        this(columns, new Keys(columns.placeKeys(), columns.actorKeys(), places), new ColumnsPatch.Room(columns.size()));
    }

    private IncidentIndex(IncidentColumns columns, Keys keys, ColumnsPatch.Room room) {
        this.columns = columns;
        this.keys = keys;
        this.room = room;
        this.knownPlaces = keys.knownPlaces;
        this.placesByIndex = keys.placesByIndex;
        this.placeIndex = keys.placeIndex;
        this.actorIndex = keys.actorIndex;
        int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
        for (int i = 0; i < columns.size(); i++) {
            first = Math.min(first, columns.startDay()[i]);
            last = Math.max(last, columns.endDay()[i]);
        }
        this.firstDay = columns.size() == 0 ? (int) LocalDate.now().toEpochDay() : first;
        this.lastDay = columns.size() == 0 ? firstDay : last;
    }

    public int size() { return columns.size(); }

    /**
     * The places and actors the link arrays point to by index, and the gazetteer: worked out once and shared by the
     * snapshots that follow an edit, which rarely bring a place or actor the index did not know.
     */
    private static final class Keys {
        final List<String> placeKeys;
        final List<String> actorKeys;
        final Map<String, Place> gazetteer;
        final Map<String, Place> knownPlaces;
        final List<Place> placesByIndex;
        final Map<String, Integer> placeIndex = new HashMap<>();
        final Map<String, Integer> actorIndex = new HashMap<>();

        Keys(List<String> placeKeys, List<String> actorKeys, Map<String, Place> places) {
            this.placeKeys = List.copyOf(placeKeys);
            this.actorKeys = List.copyOf(actorKeys);
            this.gazetteer = places;
            this.knownPlaces = Map.copyOf(places);
            List<Place> byIndex = new ArrayList<>();
            for (int i = 0; i < placeKeys.size(); i++) {
                byIndex.add(places.get(placeKeys.get(i)));
                placeIndex.put(placeKeys.get(i), i);
            }
            this.placesByIndex = java.util.Collections.unmodifiableList(byIndex); // may hold null: a place no longer there
            for (int i = 0; i < actorKeys.size(); i++) actorIndex.put(actorKeys.get(i), i);
        }

        /** These keys with any of {@code places} and {@code actors} not known yet added at the end, over this gazetteer. */
        Keys with(List<String> places, List<String> actors, Map<String, Place> gazetteer) {
            List<String> newPlaces = places.stream().filter(k -> !placeIndex.containsKey(k)).toList();
            List<String> newActors = actors.stream().filter(k -> !actorIndex.containsKey(k)).toList();
            if (newPlaces.isEmpty() && newActors.isEmpty() && gazetteer == this.gazetteer) return this;
            List<String> allPlaces = new ArrayList<>(placeKeys);
            allPlaces.addAll(newPlaces);
            List<String> allActors = new ArrayList<>(actorKeys);
            allActors.addAll(newActors);
            return new Keys(allPlaces, allActors, gazetteer);
        }
    }

    /**
     * A new index with the incidents of {@code requestedIds} as {@code rows} has them now (read by
     * {@code IncidentRepository.columnsOf}): each is changed, added or, when the rows lack it (it was removed from
     * the database), taken out. This index stays as it was, so results computed on it still name the same
     * incidents. The new one is what a rebuild from the tables would give, slot for slot, as long as the gazetteer
     * kept its places (a new place is added at the end; changed or removed places need a rebuild).
     */
    public IncidentIndex withChanges(long[] requestedIds, IncidentColumns rows, Map<String, Place> places) {
        Keys next = keys.with(rows.placeKeys(), rows.actorKeys(), places);
        int[] placeMap = rows.placeKeys().stream().mapToInt(next.placeIndex::get).toArray();
        int[] actorMap = rows.actorKeys().stream().mapToInt(next.actorIndex::get).toArray();
        ColumnsPatch.Patched patched = ColumnsPatch.apply(columns, room, requestedIds, rows, placeMap, actorMap, next.placeKeys, next.actorKeys);
        return new IncidentIndex(patched.columns(), next, patched.room());
    }

    public boolean synthetic() { return columns.synthetic(); }

    /** The incident row ids at the given positions, ascending. */
    public long[] ids(BitSet positions) {
        long[] ids = new long[positions.cardinality()];
        int n = 0;
        for (int i = positions.nextSetBit(0); i >= 0; i = positions.nextSetBit(i + 1)) ids[n++] = columns.ids()[i];
        return ids;
    }

    /** The positions of these row ids (the text search's answer) in the index. */
    public BitSet positionsOf(long[] sortedIds) {
        BitSet positions = new BitSet(size());
        for (long id : sortedIds) {
            int at = Arrays.binarySearch(columns.ids(), 0, size(), id);
            if (at >= 0) positions.set(at);
        }
        return positions;
    }

    /** The most recent {@code limit} positions among {@code positions}, newest first (by start day). */
    public int[] newest(BitSet positions, int limit) {
        // Count matches per start day, find the day from which the newest `limit` start, and sort only those:
        // linear in the matches, where sorting all of a million would not be.
        int[] perDay = new int[lastDay - firstDay + 1];
        for (int i = positions.nextSetBit(0); i >= 0; i = positions.nextSetBit(i + 1)) perDay[columns.startDay()[i] - firstDay]++;
        int threshold = 0, taken = 0;
        for (int d = perDay.length - 1; d >= 0; d--) {
            taken += perDay[d];
            if (taken >= limit) {
                threshold = d;
                break;
            }
        }
        int fromDay = firstDay + threshold;
        Integer[] recent = positions.stream().filter(i -> columns.startDay()[i] >= fromDay).boxed().toArray(Integer[]::new);
        Arrays.sort(recent, Comparator.comparingInt((Integer i) -> columns.startDay()[i]).reversed().thenComparing(i -> -i));
        return Arrays.stream(recent).limit(limit).mapToInt(Integer::intValue).toArray();
    }

    public long id(int position) { return columns.ids()[position]; }

    /** The compact columns behind this index, for the other counts of this package (see {@link RegionAreas}). */
    IncidentColumns columns() { return columns; }

    /** The place with this index in the columns' link arrays, or null where the gazetteer no longer has it. */
    Place placeAt(int placeIndex) { return placesByIndex.get(placeIndex); }

    /** The event type of the incident at a position. */
    EventType type(int position) { return SUB_TYPES[columns.subType()[position]].type(); }

    /** How many of the incidents at {@code positions} are linked to no place at all. */
    public int withoutLinks(BitSet positions) {
        int unlinked = 0;
        for (int i = positions.nextSetBit(0); i >= 0; i = positions.nextSetBit(i + 1)) {
            if (columns.linkStart()[i + 1] == columns.linkStart()[i]) unlinked++;
        }
        return unlinked;
    }

    /** How many place links the incidents at these positions have together. */
    public long linkCount(BitSet positions) {
        long links = 0;
        for (int i = positions.nextSetBit(0); i >= 0; i = positions.nextSetBit(i + 1)) {
            links += columns.linkStart()[i + 1] - columns.linkStart()[i];
        }
        return links;
    }

    /**
     * Applies a filter. {@code textMatches} holds the positions the text search found, or null when the
     * filter has no text. Unknown place or actor keys are refused, so a typo never silently matches nothing.
     */
    public FilterResult apply(IncidentFilter filter, BitSet textMatches) {
        long typeMask = mask(filter.types(), EventType::ordinal);
        long subTypeMask = mask(filter.subTypes(), SubEventType::ordinal);
        long statusMask = mask(filter.statuses(), Status::ordinal);
        BitSet wantedPlaces = wantedPlaces(filter.places());
        BitSet wantedActors = keys(filter.actors(), actorIndex, "actor");
        int maxTime = filter.coarsestTime() == null ? Integer.MAX_VALUE : filter.coarsestTime().code();
        int maxLocation = filter.coarsestLocation() == null ? Integer.MAX_VALUE : filter.coarsestLocation().code();

        int n = size();
        BitSet matching = new BitSet(n);
        int[] typeCounts = new int[TYPES.length];
        int[] subTypeCounts = new int[SUB_TYPES.length];
        int[] statusCounts = new int[STATUSES.length];
        int[] actorCounts = new int[columns.actorKeys().size()];
        int places = placesByIndex.size();
        int[] placeCounts = new int[places];
        int[][] placeTypeCounts = new int[places][TYPES.length];
        int[] placeBestPrecision = new int[places];
        int[] placeDeletedCounts = new int[places];
        Arrays.fill(placeBestPrecision, Integer.MAX_VALUE);
        int days = lastDay - firstDay + 1;
        double[][] spread = new double[TYPES.length][days + 1];

        int[] linkStart = columns.linkStart(), linkPlace = columns.linkPlace(), actorStart = columns.actorStart(), actor = columns.actor();
        int[] startDays = columns.startDay(), endDays = columns.endDay();
        byte[] subTypes = columns.subType(), statusCodes = columns.status(), timePrecisions = columns.timePrecision();
        byte[] deleted = columns.deleted();
        boolean showDeleted = filter.showDeleted();
        // The date rule of IncidentFilter.datesMatch, with the bounds turned into days once rather than per incident.
        long lo = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochDay();
        long hi = filter.to() == null ? Long.MAX_VALUE : filter.to().toEpochDay();
        boolean overlap = filter.includeImprecise();
        byte[] linkPrecision = columns.linkPrecision();
        for (int i = 0; i < n; i++) {
            // A deleted incident is in no view and no count unless asked for: not even a facet's.
            if (deleted[i] != 0 && !showDeleted) continue;
            int sub = subTypes[i];
            int type = TYPE_OF_SUB[sub];
            int status = statusCodes[i];
            int start = startDays[i], end = endDays[i];
            // Which parts of the filter this incident fails; it counts in a facet when it fails nothing else.
            boolean dateOk = overlap ? end >= lo && start <= hi : start >= lo && end <= hi;
            boolean typeOk = (typeMask == 0 || (typeMask >>> type & 1) == 1) && (subTypeMask == 0 || (subTypeMask >>> sub & 1) == 1);
            boolean statusOk = statusMask == 0 || (statusMask >>> status & 1) == 1;
            boolean actorOk = wantedActors == null || anyIn(actor, actorStart[i], actorStart[i + 1], wantedActors);
            boolean placeOk = wantedPlaces == null || anyIn(linkPlace, linkStart[i], linkStart[i + 1], wantedPlaces);
            boolean restOk = timePrecisions[i] <= maxTime && (textMatches == null || textMatches.get(i))
                    && (maxLocation == Integer.MAX_VALUE || bestLink(linkPrecision, linkStart[i], linkStart[i + 1]) <= maxLocation);
            if (!restOk) continue;
            boolean others = dateOk && statusOk && actorOk && placeOk;
            if (others) {
                typeCounts[type]++;
                subTypeCounts[sub]++;
            }
            if (dateOk && typeOk && actorOk && placeOk) statusCounts[status]++;
            if (dateOk && typeOk && statusOk && placeOk) {
                for (int a = actorStart[i]; a < actorStart[i + 1]; a++) actorCounts[actor[a]]++;
            }
            if (typeOk && statusOk && actorOk && placeOk) {
                int s = start - firstDay, e = end - firstDay;
                double weight = 1.0 / (e - s + 1);
                spread[type][s] += weight;
                spread[type][e + 1] -= weight;
            }
            if (!(others && typeOk)) continue;
            matching.set(i);
            for (int l = linkStart[i]; l < linkStart[i + 1]; l++) {
                int p = linkPlace[l];
                placeBestPrecision[p] = Math.min(placeBestPrecision[p], linkPrecision[l]);
                if (alreadyCounted(linkPlace, linkStart[i], l, p)) continue; // an origin and a target at one place
                placeCounts[p]++;
                placeTypeCounts[p][type]++;
                if (deleted[i] != 0) placeDeletedCounts[p]++;
            }
        }
        return new FilterResult(filter, matching, matching.cardinality(), summaries(placeCounts, placeTypeCounts, placeBestPrecision, placeDeletedCounts),
                enumCounts(EventType.class, TYPES, typeCounts), enumCounts(SubEventType.class, SUB_TYPES, subTypeCounts),
                actorCounts(actorCounts),
                enumCounts(Status.class, STATUSES, statusCounts), histogram(spread, days), this);
    }

    /**
     * For each place with matching incidents, the positions of those incidents, ascending: what a pin holds, so the
     * map can count the incidents of several places once each.
     */
    public Map<String, int[]> positionsByPlace(BitSet matching) {
        int[] linkStart = columns.linkStart(), linkPlace = columns.linkPlace();
        int[] sizes = new int[placesByIndex.size()];
        for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
            for (int l = linkStart[i]; l < linkStart[i + 1]; l++) {
                if (!alreadyCounted(linkPlace, linkStart[i], l, linkPlace[l])) sizes[linkPlace[l]]++;
            }
        }
        int[][] positions = new int[sizes.length][];
        for (int p = 0; p < sizes.length; p++) positions[p] = new int[sizes[p]];
        int[] filled = new int[sizes.length];
        for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
            for (int l = linkStart[i]; l < linkStart[i + 1]; l++) {
                int p = linkPlace[l];
                if (!alreadyCounted(linkPlace, linkStart[i], l, p)) positions[p][filled[p]++] = i;
            }
        }
        Map<String, int[]> byKey = new HashMap<>();
        for (int p = 0; p < sizes.length; p++) if (sizes[p] > 0) byKey.put(placesByIndex.get(p).key(), positions[p]);
        return byKey;
    }

    private static boolean alreadyCounted(int[] linkPlace, int from, int to, int place) {
        for (int l = from; l < to; l++) if (linkPlace[l] == place) return true;
        return false;
    }

    private static boolean anyIn(int[] values, int from, int to, BitSet wanted) {
        for (int k = from; k < to; k++) if (wanted.get(values[k])) return true;
        return false;
    }

    private static int bestLink(byte[] precision, int from, int to) {
        int best = Integer.MAX_VALUE;
        for (int k = from; k < to; k++) best = Math.min(best, precision[k]);
        return best;
    }

    private static <E> long mask(java.util.Set<E> values, java.util.function.ToIntFunction<E> ordinal) {
        long mask = 0;
        for (E v : values) mask |= 1L << ordinal.applyAsInt(v);
        return mask;
    }

    /**
     * The places a filter's place keys stand for: each place itself and, for an administrative unit, every place
     * that lies in it ("all incidents in Albu Kamal district"), by the admin parents each place carries.
     */
    private BitSet wantedPlaces(java.util.Set<String> keys) {
        if (keys.isEmpty()) return null;
        BitSet wanted = new BitSet();
        for (String key : keys) {
            Integer at = placeIndex.get(key);
            Place place = knownPlaces.get(key);
            if (at == null && place == null) throw new IllegalArgumentException("Unknown place '" + key + "'");
            if (at != null) wanted.set(at);
            if (place == null || !place.kind().isAdminUnit()) continue;
            for (int i = 0; i < placesByIndex.size(); i++) {
                Place inside = placesByIndex.get(i);
                if (inside != null && inside.admin().includes(key)) wanted.set(i);
            }
        }
        return wanted;
    }

    private static BitSet keys(java.util.Set<String> keys, Map<String, Integer> index, String what) {
        if (keys.isEmpty()) return null;
        BitSet wanted = new BitSet();
        for (String key : keys) {
            Integer at = index.get(key);
            if (at == null) throw new IllegalArgumentException("Unknown " + what + " '" + key + "'");
            wanted.set(at);
        }
        return wanted;
    }

    private List<PlaceSummary> summaries(int[] counts, int[][] typeCounts, int[] bestPrecision, int[] deletedCounts) {
        List<PlaceSummary> result = new ArrayList<>();
        for (int p = 0; p < counts.length; p++) {
            if (counts[p] == 0) continue;
            int dominant = 0;
            for (int t = 1; t < TYPES.length; t++) if (typeCounts[p][t] > typeCounts[p][dominant]) dominant = t;
            Place place = placesByIndex.get(p);
            result.add(new PlaceSummary(place, counts[p], TYPES[dominant],
                    place.precision().coarsest(GeoPrecision.ofCode(bestPrecision[p])), deletedCounts[p]));
        }
        result.sort(Comparator.comparingInt(PlaceSummary::incidentCount).reversed().thenComparing(s -> s.place().nameEn()));
        return result;
    }

    private static <E extends Enum<E>> Map<E, Integer> enumCounts(Class<E> type, E[] values, int[] counts) {
        Map<E, Integer> map = new EnumMap<>(type);
        for (int i = 0; i < values.length; i++) map.put(values[i], counts[i]);
        return map;
    }

    private Map<String, Integer> actorCounts(int[] counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) if (counts[i] > 0) map.put(columns.actorKeys().get(i), counts[i]);
        return map;
    }

    /** Turns the per-type difference arrays (+w at a span's start, −w after its end) into daily counts. */
    private TimeHistogram histogram(double[][] spread, int days) {
        double[][] counts = new double[TYPES.length][days];
        for (int t = 0; t < TYPES.length; t++) {
            double running = 0;
            for (int d = 0; d < days; d++) {
                running += spread[t][d];
                counts[t][d] = Math.max(0, running); // rounding can leave -1e-16
            }
        }
        return new TimeHistogram(LocalDate.ofEpochDay(firstDay), counts);
    }
}
