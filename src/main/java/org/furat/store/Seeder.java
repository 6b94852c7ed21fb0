package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.furat.model.Incident;
import org.furat.model.Place;
import org.furat.model.PlaceGroup;
import org.furat.model.Source;
import org.locationtech.jts.geom.Envelope;

/** Fills an empty database with seed data in one transaction: all of it, or nothing. */
public final class Seeder {

    private Seeder() {}

    /** True when the database holds no places yet, i.e. it was just created. */
    public static boolean isEmpty(FuratDatabase database) {
        return database.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM places")) {
                return rs.next() && rs.getInt(1) == 0;
            }
        });
    }

    public static void seed(FuratDatabase database, SeedData data) {
        database.transaction(ChangeAction.named("seed new database"), c -> {
            insertGazetteer(c, data);
            SeedGazetteerRefresh.record(c, SeedGazetteerRefresh.shippedFingerprint());
            SeedActorRefresh.record(c, SeedActorRefresh.shippedFingerprint());
            Map<String, String> texts = new HashMap<>();
            for (Source source : data.sources()) {
                SourceRepository.insert(c, source);
                texts.put(source.key(), source.text());
            }
            IncidentRepository.insertAll(c, data.incidents(), texts);
            updateExtents(c);
            return null;
        });
    }

    /**
     * Adds to a database seeded by an older Furat the curated places (and place groups) it lacks, when the
     * gazetteer shipped with this Furat is not the one the database was given; a no-op otherwise, and on a
     * read-only file. Returns the number of places added.
     */
    public static int addNewSeedPlaces(FuratDatabase database) {
        return SeedGazetteerRefresh.refresh(database, SeedGazetteerRefresh.shippedFingerprint(), SeedData::fromClasspath);
    }

    /**
     * Adds to a database seeded by an older Furat the actors, and the spellings of its actors, that the actors list
     * shipped with this Furat has and it lacks; a no-op when the list is the one the database was given, and on a
     * read-only file. Returns the number of actors added or given spellings.
     */
    public static int addNewSeedActorSpellings(FuratDatabase database) {
        return SeedActorRefresh.refresh(database, SeedActorRefresh.shippedFingerprint(), () -> SeedData.fromClasspath().actors());
    }

    /** The administrative boundaries, then the places (units first), place groups and actors of the seed data. */
    static void insertGazetteer(Connection c, SeedData data) throws SQLException {
        AdminUnitsSeeding.insertBoundaries(c, org.furat.geo.AdminLookup.shipped());
        for (Place place : data.places()) GazetteerRepository.insertPlace(c, place);
        for (PlaceGroup group : data.groups()) GazetteerRepository.insertGroup(c, group);
        for (var actor : data.actors()) GazetteerRepository.insertActor(c, actor);
    }

    /** Keeps the layer extents in gpkg_contents true, so GIS tools zoom to the data. */
    static void updateExtents(Connection c) throws SQLException {
        updateExtent(c, "places", PLACE_POINTS);
        updateExtent(c, "incident_locations", INCIDENT_LOCATION_POINTS);
    }

    /** The points of the places layer. */
    static final String PLACE_POINTS = "SELECT geom FROM places";
    /**
     * Each incident location is its place's point, so the places that have incidents give the extent of the
     * incident_locations layer without reading every row of a layer that may hold millions. Asked place by place
     * (one probe of incident_places_by_place each): a DISTINCT over the links read all of them, 60–90 ms at a
     * million incidents, on every import and review.
     */
    static final String INCIDENT_LOCATION_POINTS =
            "SELECT geom FROM places p WHERE EXISTS (SELECT 1 FROM incident_places ip WHERE ip.place_id = p.fid)";

    /** The envelope of the geometries a query selects (empty when it selects none). */
    static Envelope extentOf(Connection c, String geometries) throws SQLException {
        Envelope extent = new Envelope();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(geometries)) {
            while (rs.next()) extent.expandToInclude(StoredGeometry.read(rs.getBytes(1)).getEnvelopeInternal());
        }
        return extent;
    }

    /** Records a layer's extent in gpkg_contents, as GIS tools read it; a team database's PostGIS finds extents itself. */
    static void updateExtent(Connection c, String table, String geometries) throws SQLException {
        if (Dialect.server(c)) return;
        Envelope extent = extentOf(c, geometries);
        try (PreparedStatement ps = c.prepareStatement("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                + "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?")) {
            if (extent.isNull()) {
                for (int i = 1; i <= 4; i++) ps.setNull(i, java.sql.Types.DOUBLE);
            } else {
                ps.setDouble(1, extent.getMinX());
                ps.setDouble(2, extent.getMinY());
                ps.setDouble(3, extent.getMaxX());
                ps.setDouble(4, extent.getMaxY());
            }
            ps.setString(5, table);
            ps.executeUpdate();
        }
    }
}
