package org.furat.app;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.furat.geo.AdminLookup;
import org.furat.model.AdminUnit;
import org.furat.model.EventType;
import org.furat.model.Place;
import org.furat.model.PlaceGroup;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Region-level incidents counted by the area they name, for the map to draw on the area rather than as a pin on
 * the unit's seat. An incident linked to an administrative unit (a governorate, district or sub-district with a
 * boundary) is region-level there. Where its units hold every member of a group of units (the eastern
 * countryside: three sub-districts and two districts), the group is one area and the incident counts once on it,
 * not once on each member: an analyst reads "two reports about the eastern countryside", not five outlines with a
 * one each. Stateless apart from a cache of the outlines, which are the same for every filter; thread-safe.
 */
public final class RegionAreas {

    /**
     * One area with region-level incidents under the filter.
     *
     * @param key           the unit's or the group's key
     * @param unitKeys      the units it is made of (one for a unit)
     * @param incidentCount matching incidents that name the area
     * @param dominantType  their commonest event type
     * @param outline       the area's boundary (the union of a group's units), WGS 84 longitude/latitude
     * @param labelLon      a point inside the outline (JTS's interior point), where its badge goes
     */
    public record Area(String key, String nameEn, String nameAr, List<String> unitKeys, int incidentCount,
                       EventType dominantType, Geometry outline, double labelLon, double labelLat) {
        public Area {
            unitKeys = List.copyOf(unitKeys);
        }
    }

    private record Outline(Geometry geometry, double lon, double lat) {}

    private final Map<Set<String>, Outline> outlines = new ConcurrentHashMap<>();

    private final AdminLookup boundaries;

    public RegionAreas(AdminLookup boundaries) {
        this.boundaries = boundaries;
    }

    /** Over the boundaries shipped with the app. */
    public static RegionAreas shipped() {
        return new RegionAreas(AdminLookup.shipped());
    }

    /** Whether incidents at this place are drawn on an area (it is a unit with a boundary), never as a pin. */
    public boolean isArea(Place place) {
        return place != null && place.kind().isAdminUnit() && boundaries.unit(place.key()) != null;
    }

    /** The areas the matching incidents name, busiest first (ties by English name). */
    public List<Area> areas(IncidentIndex index, BitSet matching, List<PlaceGroup> groups) {
        List<PlaceGroup> unitGroups = unitGroups(index, groups);
        Map<String, int[]> typeCounts = new LinkedHashMap<>();
        Map<String, List<String>> unitsOf = new LinkedHashMap<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        forEachArea(index, matching, unitGroups, (position, key, units, nameEn, nameAr) -> {
            typeCounts.computeIfAbsent(key, k -> new int[EventType.values().length])[index.type(position).ordinal()]++;
            unitsOf.putIfAbsent(key, units);
            names.putIfAbsent(key, new String[]{nameEn, nameAr});
        });
        List<Area> areas = new ArrayList<>();
        typeCounts.forEach((key, counts) -> {
            int total = 0, dominant = 0;
            for (int t = 0; t < counts.length; t++) {
                total += counts[t];
                if (counts[t] > counts[dominant]) dominant = t;
            }
            Outline outline = outline(unitsOf.get(key));
            String[] name = names.get(key);
            areas.add(new Area(key, name[0], name[1], unitsOf.get(key), total, EventType.values()[dominant],
                    outline.geometry(), outline.lon(), outline.lat()));
        });
        areas.sort(Comparator.comparingInt(Area::incidentCount).reversed().thenComparing(Area::nameEn));
        return areas;
    }

    /** The positions of the matching incidents that name the area with this key (what its badge counts). */
    public BitSet incidentsOf(IncidentIndex index, BitSet matching, List<PlaceGroup> groups, String areaKey) {
        BitSet positions = new BitSet();
        forEachArea(index, matching, unitGroups(index, groups), (position, key, units, en, ar) -> {
            if (key.equals(areaKey)) positions.set(position);
        });
        return positions;
    }

    private interface AreaSink {
        void accept(int position, String key, List<String> units, String nameEn, String nameAr);
    }

    /** Calls the sink once for every (matching incident, area it names). */
    private void forEachArea(IncidentIndex index, BitSet matching, List<PlaceGroup> unitGroups, AreaSink sink) {
        int[] linkStart = index.columns().linkStart(), linkPlace = index.columns().linkPlace();
        int placeCount = index.columns().placeKeys().size();
        // Which link targets are units, worked out once rather than per link.
        Place[] units = new Place[placeCount];
        for (int p = 0; p < placeCount; p++) units[p] = isArea(index.placeAt(p)) ? index.placeAt(p) : null;
        for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
            Map<String, Place> linked = null;
            for (int l = linkStart[i]; l < linkStart[i + 1]; l++) {
                Place unit = units[linkPlace[l]];
                if (unit == null) continue;
                if (linked == null) linked = new LinkedHashMap<>();
                linked.put(unit.key(), unit);
            }
            if (linked == null) continue;
            for (PlaceGroup group : unitGroups) {
                if (!linked.keySet().containsAll(group.memberKeys())) continue;
                sink.accept(i, group.key(), group.memberKeys(), group.nameEn(), group.nameAr());
                linked.keySet().removeAll(group.memberKeys());
            }
            for (Place unit : linked.values()) sink.accept(i, unit.key(), List.of(unit.key()), unit.nameEn(), unit.nameAr());
        }
    }

    /** The groups made only of units with boundaries, biggest first, so a wider group claims its units first. */
    private List<PlaceGroup> unitGroups(IncidentIndex index, List<PlaceGroup> groups) {
        Set<String> unitKeys = new HashSet<>();
        for (int p = 0; p < index.columns().placeKeys().size(); p++) {
            if (isArea(index.placeAt(p))) unitKeys.add(index.placeAt(p).key());
        }
        List<PlaceGroup> result = new ArrayList<>();
        for (PlaceGroup g : groups) {
            boolean allUnits = g.memberKeys().stream().allMatch(k -> boundaries.unit(k) != null);
            if (allUnits && g.memberKeys().stream().anyMatch(unitKeys::contains)) result.add(g);
        }
        result.sort(Comparator.comparingInt((PlaceGroup g) -> g.memberKeys().size()).reversed().thenComparing(PlaceGroup::key));
        return result;
    }

    /** The union of the units' boundaries and a point inside it; computed once per set of units. */
    private Outline outline(Collection<String> unitKeys) {
        return outlines.computeIfAbsent(new TreeSet<>(unitKeys), keys -> {
            List<Geometry> parts = new ArrayList<>();
            for (String key : keys) {
                AdminUnit unit = boundaries.unit(key);
                if (unit != null) parts.add(unit.boundary());
            }
            Geometry union = parts.size() == 1 ? parts.get(0) : UnaryUnionOp.union(parts);
            Coordinate inside = InteriorPointArea.getInteriorPoint(union);
            return new Outline(union, inside.x, inside.y);
        });
    }
}
