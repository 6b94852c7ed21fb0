package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.furat.fault.KillPoints;
import org.furat.model.Place;

/**
 * The places and spellings gazetteer imports brought in, and where each came from (migration V010): writing an
 * import, taking one back out, and reading what is recorded. Each write is one transaction: all of it lands, or
 * on any error nothing does. Thread-safe (through {@link FuratDatabase}).
 */
public final class GazetteerSources {

    /**
     * A source record that names a place: its id and coordinate there, and whether it added the place.
     *
     * @param geonameId the record's GeoNames id, or null
     */
    public record Origin(String placeKey, String source, String sourceRef, Long geonameId, double lon, double lat, boolean addedPlace) {}

    /** A spelling an import adds to a place it did not add; {@code script} is "en" or "ar". */
    public record Variant(String placeKey, String script, String variant) {}

    /** What one import writes. */
    public record Changes(String source, String licence, String attribution, List<Place> newPlaces, List<Origin> origins,
                          List<Variant> variants) {
        public Changes {
            newPlaces = List.copyOf(newPlaces);
            origins = List.copyOf(origins);
            variants = List.copyOf(variants);
        }
    }

    /**
     * An imported source and the credit its licence asks for; {@code places}: how many places it added;
     * {@code importedAt}: when it was last imported (ISO-8601, UTC).
     */
    public record Attribution(String source, String licence, String attribution, int places, String importedAt) {}

    /** A place an import added that incidents (or a place group) still refer to, so removing the import keeps it. */
    public record Kept(String key, String nameEn, int incidents, int groups) {}

    /** What removing an import did. */
    public record Removal(String source, List<String> removedPlaces, int removedVariants, int removedNotes, List<Kept> kept) {}

    private final FuratDatabase database;

    public GazetteerSources(FuratDatabase database) {
        this.database = database;
    }

    /** Every recorded source record, by place. */
    public List<Origin> origins() {
        return database.read(c -> {
            List<Origin> list = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT p.key, s.source, s.source_ref, s.geonameid, s.lon, s.lat, s.added_place "
                         + "FROM place_sources s JOIN places p ON p.fid = s.place_id ORDER BY s.source, s.source_ref")) {
                while (rs.next()) {
                    long gn = rs.getLong(4);
                    list.add(new Origin(rs.getString(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : gn,
                            rs.getDouble(5), rs.getDouble(6), rs.getInt(7) == 1));
                }
            }
            return list;
        });
    }

    /** The imported sources, with how many places each added. */
    public List<Attribution> attributions() {
        return database.read(c -> {
            List<Attribution> list = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT g.name, g.licence, g.attribution, (SELECT count(*) FROM place_sources s "
                         + "WHERE s.source = g.name AND s.added_place = 1), g.imported_at FROM gazetteer_sources g ORDER BY g.name")) {
                while (rs.next()) {
                    list.add(new Attribution(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)));
                }
            }
            return list;
        });
    }

    /** Writes an import in one transaction. */
    public void apply(Changes changes) {
        database.transaction(ChangeAction.named("gazetteer import"), c -> {
            write(c, changes);
            return null;
        });
    }

    /** Writes an import inside a transaction that is under way (a synthetic database's, say). */
    static void write(Connection c, Changes changes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gazetteer_sources (name, licence, attribution) VALUES (?,?,?) "
                + "ON CONFLICT(name) DO UPDATE SET licence = excluded.licence, attribution = excluded.attribution, "
                + "imported_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')")) {
            ps.setString(1, changes.source());
            ps.setString(2, changes.licence());
            ps.setString(3, changes.attribution());
            ps.executeUpdate();
        }
        for (Place place : changes.newPlaces()) GazetteerRepository.insertPlace(c, place);
        KillPoints.reach("gazetteer.after-places");
        Ids.Known ids = new Ids.Known();
        addVariants(c, changes, ids);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO place_sources (place_id, source, source_ref, geonameid, lon, lat, "
                + "added_place) VALUES (?,?,?,?,?,?,?)")) {
            for (Origin o : changes.origins()) {
                ps.setLong(1, ids.place(c, o.placeKey(), "The import of " + changes.source()));
                ps.setString(2, changes.source());
                ps.setString(3, o.sourceRef());
                if (o.geonameId() == null) ps.setNull(4, java.sql.Types.INTEGER);
                else ps.setLong(4, o.geonameId());
                ps.setDouble(5, o.lon());
                ps.setDouble(6, o.lat());
                ps.setInt(7, o.addedPlace() ? 1 : 0);
                ps.executeUpdate();
            }
        }
        Seeder.updateExtents(c);
        KillPoints.reach("gazetteer.before-commit");
    }

    /** Appends each new spelling to its place's list and records that this source added it. */
    private static void addVariants(Connection c, Changes changes, Ids.Known ids) throws SQLException {
        Map<String, List<Variant>> byPlace = new LinkedHashMap<>();
        for (Variant v : changes.variants()) byPlace.computeIfAbsent(v.placeKey(), k -> new ArrayList<>()).add(v);
        for (var entry : byPlace.entrySet()) {
            long id = ids.place(c, entry.getKey(), "The import of " + changes.source());
            String[] lists = variantLists(c, id);
            List<String> en = new ArrayList<>(Lists.split(lists[0]));
            List<String> ar = new ArrayList<>(Lists.split(lists[1]));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO place_variant_sources (place_id, source, script, variant) VALUES (?,?,?,?)")) {
                for (Variant v : entry.getValue()) {
                    List<String> list = v.script().equals("ar") ? ar : en;
                    if (list.contains(v.variant())) continue;
                    list.add(v.variant());
                    ps.setLong(1, id);
                    ps.setString(2, changes.source());
                    ps.setString(3, v.script());
                    ps.setString(4, v.variant());
                    ps.executeUpdate();
                }
            }
            writeVariantLists(c, id, en, ar);
        }
    }

    /**
     * Takes an import back out in one transaction: the places it added (except those incidents or place groups
     * refer to, which are kept and listed), the spellings it added to other places, and its notes on them.
     */
    public Removal remove(String source) {
        return database.transaction(ChangeAction.named("gazetteer remove"), c -> {
            List<Long> added = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT place_id FROM place_sources WHERE source = ? AND added_place = 1 ORDER BY place_id")) {
                ps.setString(1, source);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) added.add(rs.getLong(1));
                }
            }
            List<String> removed = new ArrayList<>();
            List<Kept> kept = new ArrayList<>();
            for (long placeId : added) {
                Kept k = references(c, placeId);
                if (k.incidents() > 0 || k.groups() > 0) {
                    kept.add(k);
                } else {
                    removed.add(k.key());
                    update(c, "DELETE FROM place_variant_sources WHERE place_id = ?", placeId);
                    update(c, "DELETE FROM place_sources WHERE place_id = ?", placeId);
                    update(c, "DELETE FROM places WHERE fid = ?", placeId);
                }
            }
            int variants = removeVariants(c, source);
            int notes;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM place_sources WHERE source = ? AND added_place = 0")) {
                ps.setString(1, source);
                notes = RowsChanged.by(c, ps);
            }
            if (kept.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM gazetteer_sources WHERE name = ?")) {
                    ps.setString(1, source);
                    ps.executeUpdate();
                }
            }
            Seeder.updateExtents(c);
            return new Removal(source, removed, variants, notes, kept);
        });
    }

    /** Whether any import was recorded under this name. */
    public boolean knows(String source) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM gazetteer_sources WHERE name = ?")) {
                ps.setString(1, source);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private static int removeVariants(Connection c, String source) throws SQLException {
        Map<Long, List<String[]>> byPlace = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT place_id, script, variant FROM place_variant_sources WHERE source = ?")) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) byPlace.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        int count = 0;
        for (var entry : byPlace.entrySet()) {
            String[] lists = variantLists(c, entry.getKey());
            List<String> en = new ArrayList<>(Lists.split(lists[0]));
            List<String> ar = new ArrayList<>(Lists.split(lists[1]));
            for (String[] v : entry.getValue()) {
                if ((v[0].equals("ar") ? ar : en).remove(v[1])) count++;
            }
            writeVariantLists(c, entry.getKey(), en, ar);
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM place_variant_sources WHERE source = ?")) {
            ps.setString(1, source);
            ps.executeUpdate();
        }
        return count;
    }

    private static Kept references(Connection c, long placeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT key, name_en, (SELECT count(DISTINCT incident_id) FROM incident_places "
                + "WHERE place_id = p.fid), (SELECT count(*) FROM place_group_members WHERE place_id = p.fid) FROM places p WHERE fid = ?")) {
            ps.setLong(1, placeId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("Place " + placeId + " recorded as imported is not in the gazetteer");
                return new Kept(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4));
            }
        }
    }

    private static String[] variantLists(Connection c, long placeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT variants_en, variants_ar FROM places WHERE fid = ?")) {
            ps.setLong(1, placeId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("Place " + placeId + " is not in the gazetteer");
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    private static void writeVariantLists(Connection c, long placeId, List<String> en, List<String> ar) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE places SET variants_en = ?, variants_ar = ? WHERE fid = ?")) {
            ps.setString(1, Lists.join(en));
            ps.setString(2, Lists.join(ar));
            ps.setLong(3, placeId);
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
