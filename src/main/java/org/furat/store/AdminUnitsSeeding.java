package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.furat.geo.AdminLookup;
import org.furat.geo.GeoPackageGeometry;
import org.furat.model.AdminParents;
import org.furat.model.AdminUnit;
import org.furat.model.PlaceGroup;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Puts the administrative units into a database: their boundaries in the admin_units layer, the units as places,
 * and for every place the units it lies in. A new database gets them with its seed data ({@link Seeder}); an
 * older one gets them when migration V011 runs, within the migration's transaction.
 */
final class AdminUnitsSeeding {

    static final String MIGRATION = "V011__admin_units.sql";

    private AdminUnitsSeeding() {}

    /** Adds the boundary of every unit the layer lacks. */
    static void insertBoundaries(Connection c, AdminLookup lookup) throws SQLException {
        Set<String> present = keys(c, "SELECT key FROM admin_units");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO admin_units (geom, key, level, code, name_en, name_ar, "
                + "admin1, admin2, name_source, name_source_url) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (AdminUnit unit : lookup.units()) {
                if (present.contains(unit.key())) continue;
                AdminParents parents = lookup.parentsOfUnit(unit);
                StoredGeometry.bind(c, ps, 1, asMultiPolygon(unit.boundary()));
                ps.setString(2, unit.key());
                ps.setInt(3, unit.level());
                ps.setString(4, unit.code());
                ps.setString(5, unit.nameEn());
                ps.setString(6, unit.nameAr());
                ps.setString(7, unit.level() > 1 ? parents.admin1() : null);
                ps.setString(8, unit.level() > 2 ? parents.admin2() : null);
                ps.setString(9, unit.nameSource());
                ps.setString(10, unit.nameSourceUrl());
                ps.executeUpdate();
            }
        }
        updateExtent(c);
    }

    /**
     * What migration V011 adds to a database that already holds places: the boundaries, the units as places, the
     * units each place lies in, the place groups of units (such as the eastern countryside), and the unit names
     * and codes on the rows of the incident_locations layer. Incidents stay linked to the places they were.
     */
    static void addToExisting(Connection c) throws SQLException {
        AdminLookup lookup = AdminLookup.shipped();
        insertBoundaries(c, lookup);
        Set<String> placeKeys = keys(c, "SELECT key FROM places");
        for (AdminUnit unit : lookup.placeUnits()) {
            if (!placeKeys.contains(unit.key())) GazetteerRepository.insertPlace(c, lookup.asPlace(unit, seat(c, unit.seat())));
        }
        locateAll(c, lookup);
        placeKeys = keys(c, "SELECT key FROM places");
        Set<String> groupKeys = keys(c, "SELECT key FROM place_groups");
        for (PlaceGroup group : SeedData.fromClasspath().groups()) {
            if (!groupKeys.contains(group.key()) && placeKeys.containsAll(group.memberKeys())) {
                GazetteerRepository.insertGroup(c, group);
            }
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("""
                    UPDATE incident_locations SET
                      adm1_name = (SELECT u.name_en FROM places p JOIN admin_units u ON u.key = p.admin1 WHERE p.key = incident_locations.place),
                      adm1_code = (SELECT u.code FROM places p JOIN admin_units u ON u.key = p.admin1 WHERE p.key = incident_locations.place),
                      adm2_name = (SELECT u.name_en FROM places p JOIN admin_units u ON u.key = p.admin2 WHERE p.key = incident_locations.place),
                      adm2_code = (SELECT u.code FROM places p JOIN admin_units u ON u.key = p.admin2 WHERE p.key = incident_locations.place),
                      adm3_name = (SELECT u.name_en FROM places p JOIN admin_units u ON u.key = p.admin3 WHERE p.key = incident_locations.place),
                      adm3_code = (SELECT u.code FROM places p JOIN admin_units u ON u.key = p.admin3 WHERE p.key = incident_locations.place)""");
        }
        Seeder.updateExtents(c);
    }

    /** Sets the units of every place by point-in-polygon (a unit's own: itself and the units above it). */
    private static void locateAll(Connection c, AdminLookup lookup) throws SQLException {
        record Row(long fid, String key, double lon, double lat) {}
        List<Row> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT fid, key, geom FROM places")) {
            while (rs.next()) {
                double[] xy = StoredGeometry.pointXY(rs.getBytes(3));
                rows.add(new Row(rs.getLong(1), rs.getString(2), xy[0], xy[1]));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE places SET admin1 = ?, admin2 = ?, admin3 = ? WHERE fid = ?")) {
            for (Row row : rows) {
                AdminUnit own = lookup.unit(row.key());
                AdminParents parents = own != null ? lookup.parentsOfUnit(own) : lookup.parentsOf(row.lon(), row.lat());
                ps.setString(1, parents.admin1());
                ps.setString(2, parents.admin2());
                ps.setString(3, parents.admin3());
                ps.setLong(4, row.fid());
                ps.executeUpdate();
            }
        }
    }

    /** The point of the place with this key, or null. */
    private static org.locationtech.jts.geom.Point seat(Connection c, String key) throws SQLException {
        if (key == null) return null;
        try (PreparedStatement ps = c.prepareStatement("SELECT geom FROM places WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                double[] xy = StoredGeometry.pointXY(rs.getBytes(1));
                return GeoPackageGeometry.point(xy[0], xy[1]);
            }
        }
    }

    private static Geometry asMultiPolygon(Geometry boundary) {
        if (boundary instanceof MultiPolygon) return boundary;
        return boundary.getFactory().createMultiPolygon(new Polygon[]{(Polygon) boundary});
    }

    private static void updateExtent(Connection c) throws SQLException {
        Seeder.updateExtent(c, "admin_units", "SELECT geom FROM admin_units");
    }

    private static Set<String> keys(Connection c, String sql) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) keys.add(rs.getString(1));
        }
        return keys;
    }
}
