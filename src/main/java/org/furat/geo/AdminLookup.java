package org.furat.geo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.furat.model.AdminParents;
import org.furat.model.AdminUnit;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;
import org.furat.text.CsvRecords;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Which governorate, district and sub-district a point lies in, by point-in-polygon against prepared unit
 * boundaries. Immutable and thread-safe; {@link #shipped()} is the lookup over the boundaries the app carries
 * (maps/admin/*.geojson, named by data/gazetteer/admin-units.csv).
 * <p>A point on a shared border belongs to the first unit of its level in file order that covers it, so every
 * point gets at most one unit per level.
 */
public final class AdminLookup {

    static final String UNITS = "/org/furat/maps/admin/deir-ez-zor-units.geojson";
    static final String NEIGHBOURS = "/org/furat/maps/admin/neighbour-governorates.geojson";
    static final String NAMES = "/org/furat/data/gazetteer/admin-units.csv";
    /** Licence of the boundaries, carried by every unit's place row. */
    public static final String BOUNDARY_LICENCE = "CC BY 3.0 IGO";
    public static final String BOUNDARY_SOURCE =
            "OCHA / UN Cartographic Section via HDX, distributed by geoBoundaries (gbOpen SYR, 2017 boundaries)";

    private record Prepared(AdminUnit unit, PreparedGeometry geometry) {}

    private final List<AdminUnit> units;
    /** Units drawn for context only (the neighbouring governorates): not places of the gazetteer. */
    private final java.util.Set<String> outlines;
    private final Map<String, AdminUnit> byKey = new LinkedHashMap<>();
    private final List<List<Prepared>> byLevel = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

    public AdminLookup(List<AdminUnit> units, java.util.Set<String> outlineKeys) {
        this.units = List.copyOf(units);
        this.outlines = java.util.Set.copyOf(outlineKeys);
        PreparedGeometryFactory factory = new PreparedGeometryFactory();
        for (AdminUnit unit : this.units) {
            if (byKey.put(unit.key(), unit) != null) throw new IllegalArgumentException("Two administrative units have the key " + unit.key());
            byLevel.get(unit.level() - 1).add(new Prepared(unit, factory.create(unit.boundary())));
        }
    }

    private static final class Shipped {
        static final AdminLookup INSTANCE = load();
    }

    /** The lookup over the boundaries shipped with the app. */
    public static AdminLookup shipped() {
        return Shipped.INSTANCE;
    }

    private static AdminLookup load() {
        try {
            return read(resource(UNITS), resource(NEIGHBOURS), new String(resource(NAMES), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("The administrative boundaries shipped with Furat cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = AdminLookup.class.getResourceAsStream(path)) {
            if (in == null) throw new IOException(path.replace("/org/furat/", "") + " is missing from the build");
            return in.readAllBytes();
        }
    }

    /**
     * Reads boundary GeoJSON files whose features carry geoBoundaries' shapeID and a level, joined by shapeID
     * to the rows of admin-units.csv that give each unit its key and names. A row without a boundary, or a
     * boundary of the governorate's units without a row, is an error.
     */
    public static AdminLookup read(byte[] unitsJson, byte[] neighboursJson, String namesCsv) throws IOException {
        Map<String, Geometry> boundaries = new LinkedHashMap<>();
        java.util.Set<String> outlineCodes = new java.util.HashSet<>();
        GeoJsonReader reader = new GeoJsonReader();
        for (var feature : reader.read(new ByteArrayInputStream(unitsJson), "maps/admin/deir-ez-zor-units.geojson")) {
            boundaries.put(feature.properties().get("shapeID"), feature.geometry());
        }
        for (var feature : reader.read(new ByteArrayInputStream(neighboursJson), "maps/admin/neighbour-governorates.geojson")) {
            boundaries.put(feature.properties().get("shapeID"), feature.geometry());
            outlineCodes.add(feature.properties().get("shapeID"));
        }
        List<AdminUnit> units = new ArrayList<>();
        for (CsvRecords.Record r : CsvRecords.parse(namesCsv, "admin-units.csv").records()) {
            Map<String, String> f = r.fields();
            Geometry boundary = boundaries.remove(f.get("shape_id"));
            if (boundary == null) {
                throw new IOException("data/gazetteer/admin-units.csv, line " + r.line() + ": no boundary has the shapeID "
                        + f.get("shape_id") + " named for " + f.get("key"));
            }
            units.add(new AdminUnit(f.get("key"), Integer.parseInt(f.get("level")), f.get("shape_id"), f.get("name_en"),
                    blankToNull(f.get("name_ar")), blankToNull(f.get("district")), blankToNull(f.get("seat")), f.get("source"), f.get("source_url"), boundary));
        }
        if (!boundaries.isEmpty()) {
            throw new IOException("data/gazetteer/admin-units.csv names no unit for the boundaries " + boundaries.keySet());
        }
        units.sort(Comparator.comparingInt(AdminUnit::level));
        java.util.Set<String> outlineKeys = new java.util.HashSet<>();
        for (AdminUnit unit : units) if (outlineCodes.contains(unit.code())) outlineKeys.add(unit.key());
        return new AdminLookup(units, outlineKeys);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** All units, governorates first, then districts, then sub-districts. */
    public List<AdminUnit> units() { return units; }

    /** The units that are gazetteer places: Deir ez-Zor governorate, its districts and sub-districts. */
    public List<AdminUnit> placeUnits() {
        return units.stream().filter(u -> !outlines.contains(u.key())).toList();
    }

    /** The unit with this key, or null. */
    public AdminUnit unit(String key) {
        return key == null ? null : byKey.get(key);
    }

    /** The units the point lies in, one per level at most. */
    public AdminParents parentsOf(double lon, double lat) {
        Point point = GeoPackageGeometry.point(lon, lat);
        return new AdminParents(containing(0, point), containing(1, point), containing(2, point));
    }

    /** A place with its administrative units; a unit's own are itself and the units it lies in. */
    public Place locate(Place place) {
        AdminUnit own = byKey.get(place.key());
        if (own != null) return place.withAdmin(parentsOfUnit(own));
        return place.withAdmin(parentsOf(place.lon(), place.lat()));
    }

    /** The unit itself at its level and, above it, the units its representative point lies in. */
    public AdminParents parentsOfUnit(AdminUnit unit) {
        Point inside = representativePoint(unit);
        String a1 = unit.level() == 1 ? unit.key() : containing(0, inside);
        String a2 = unit.level() == 2 ? unit.key() : unit.level() > 2 ? containing(1, inside) : null;
        String a3 = unit.level() == 3 ? unit.key() : null;
        return new AdminParents(a1, a2, a3);
    }

    /** A point inside the unit's boundary (JTS's interior point), used to nest it in the levels above. */
    public static Point representativePoint(AdminUnit unit) {
        Coordinate c = InteriorPointArea.getInteriorPoint(unit.boundary());
        return GeoPackageGeometry.point(c.x, c.y);
    }

    /**
     * The unit as a gazetteer place at region precision, with its names and parents. Its point is its seat's when
     * given (so a region-level incident sits at the governorate's capital, as ACLED places one), else a point
     * inside the boundary.
     */
    public Place asPlace(AdminUnit unit, Point seat) {
        Point p = seat != null && unit.boundary().covers(seat) ? seat : representativePoint(unit);
        return new Place(unit.key(), unit.nameEn(), unit.nameAr(), List.of(), List.of(), unit.kind(),
                round(p.getX()), round(p.getY()), GeoPrecision.REGION, unit.district(),
                "Boundary: " + BOUNDARY_SOURCE + ". Arabic name: " + unit.nameSource(), unit.code(), BOUNDARY_LICENCE,
                (p == seat ? "Point of its seat (" + unit.seat() + ")" : "A point inside the boundary (not a settlement)")
                        + ", standing for the whole unit. Arabic name source: " + unit.nameSourceUrl(),
                parentsOfUnit(unit));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    private String containing(int levelIndex, Point point) {
        for (Prepared p : byLevel.get(levelIndex)) {
            if (p.geometry().covers(point)) return p.unit().key();
        }
        return null;
    }
}
