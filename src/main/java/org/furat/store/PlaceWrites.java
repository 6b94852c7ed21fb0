package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.furat.geo.AdminLookup;
import org.furat.geo.GeoPackageGeometry;
import org.furat.model.AdminParents;
import org.furat.model.Place;

/**
 * An analyst's changes to the gazetteer: adding a place, editing one, merging two into one and deleting one that
 * nothing refers to. Each is one action of the change log. What is derived from a place (the incident_locations
 * rows of the incidents linked to it, the layer extents) is rewritten in the same transaction, so GIS tools and
 * exports see the new point and names at once. Checks that need no database (names, coordinates) are the caller's.
 */
public final class PlaceWrites {

    public static final String ADD = "add place";
    public static final String EDIT = "edit place";
    public static final String MERGE = "merge places";
    public static final String DELETE = "delete place";

    private final FuratDatabase database;

    public PlaceWrites(FuratDatabase database) {
        this.database = database;
    }

    /** Adds the place, with the administrative units its point lies in; its key must be free. */
    public void add(Place place) {
        if (database.read(c -> fid(c, place.key())) != null) {
            throw new IllegalArgumentException("There is already a place with the key '" + place.key() + "'");
        }
        database.transaction(ChangeAction.named(ADD), c -> {
            GazetteerRepository.insertPlace(c, place.withAdmin(AdminParents.NONE));
            ColumnsCache.outOfDate(c);
            Seeder.updateExtent(c, "places", Seeder.PLACE_POINTS);
            return null;
        });
    }

    /**
     * Gives the place with {@code key} the names, spellings, kind, precision and point of what {@code change} makes of
     * it as stored now, inside the write transaction (its source, licence and note stay), with the administrative
     * units of its new point, and rewrites the incident_locations rows of the incidents linked to it. Returns the place
     * as written.
     */
    public Place edit(String key, java.util.function.UnaryOperator<Place> change) {
        requireKey(key);
        return database.transaction(ChangeAction.named(EDIT), c -> {
            long fid = require(c, key);
            Place stored = GazetteerRepository.place(c, key);
            Place place = change.apply(stored);
            Place located = AdminLookup.shipped().locate(place.withAdmin(AdminParents.NONE));
            try (PreparedStatement ps = c.prepareStatement("UPDATE places SET geom = ?, name_en = ?, name_ar = ?, variants_en = ?, "
                    + "variants_ar = ?, kind = ?, loc_prec = ?, admin1 = ?, admin2 = ?, admin3 = ? WHERE fid = ?")) {
                StoredGeometry.bind(c, ps, 1, GeoPackageGeometry.point(located.lon(), located.lat()));
                ps.setString(2, located.nameEn());
                ps.setString(3, located.nameAr());
                ps.setString(4, Lists.join(located.variantsEn()));
                ps.setString(5, Lists.join(located.variantsAr()));
                ps.setString(6, located.kind().code());
                ps.setInt(7, located.precision().code());
                ps.setString(8, located.admin().admin1());
                ps.setString(9, located.admin().admin2());
                ps.setString(10, located.admin().admin3());
                ps.setLong(11, fid);
                ps.executeUpdate();
            }
            rewriteLocations(c, incidentIds(c, "SELECT DISTINCT incident_id FROM incident_places WHERE place_id = ?", fid));
            Seeder.updateExtents(c);
            return located;
        });
    }

    /**
     * Merges {@code goneKey} into {@code keptKey}: its incident links, group memberships, spellings and source
     * records move to the kept place (a link the kept place already has, same incident and role, is dropped), its
     * names become spellings of the kept place so that reports naming it still find it, and it is deleted.
     * Returns how many incidents it was linked to.
     */
    public int merge(String keptKey, String goneKey) {
        if (keptKey.equals(goneKey)) throw new IllegalArgumentException("A place cannot be merged into itself ('" + keptKey + "')");
        requireKey(keptKey);
        requireKey(goneKey);
        return database.transaction(ChangeAction.named(MERGE), c -> {
            long kept = require(c, keptKey), gone = require(c, goneKey);
            List<Long> incidents = incidentIds(c, "SELECT DISTINCT incident_id FROM incident_places WHERE place_id = ?", gone);
            moveRows(c, "incident_places", "place_id", "incident_id = t.incident_id AND k.role = t.role", kept, gone);
            moveRows(c, "place_group_members", "place_id", "group_id = t.group_id", kept, gone);
            moveRows(c, "place_variant_sources", "place_id", "script = t.script AND k.variant = t.variant", kept, gone);
            // The kept place was not added by the sources of the one merged into it: taking such an import back out
            // (`furat gazetteer remove`) must not delete it, only drop the record.
            execute(c, "UPDATE place_sources SET added_place = 0 WHERE place_id = ?", gone);
            moveRows(c, "place_sources", "place_id", null, kept, gone);
            addSpellings(c, kept, gone);
            execute(c, "DELETE FROM places WHERE fid = ?", gone);
            ColumnsCache.outOfDate(c);
            rewriteLocations(c, incidents);
            Seeder.updateExtents(c);
            return incidents.size();
        });
    }

    /**
     * Deletes a place that no incident and no place group refers to, with the records of the sources that named it.
     * A place in use is refused with how many incidents link to it.
     */
    public void delete(String key) {
        long id = requireKey(key);
        int incidents = database.read(c -> incidentIds(c, "SELECT DISTINCT incident_id FROM incident_places WHERE place_id = ?", id)).size();
        if (incidents > 0) {
            throw new IllegalStateException("Place " + key + " is linked to " + incidents + (incidents == 1 ? " incident" : " incidents")
                    + ": merge it into another place instead, so those incidents keep a place");
        }
        List<String> groups = database.read(c -> strings(c, "SELECT g.key FROM place_group_members m "
                + "JOIN place_groups g ON g.id = m.group_id WHERE m.place_id = ? ORDER BY g.key", id));
        if (!groups.isEmpty()) {
            throw new IllegalStateException("Place " + key + " is a member of the place group " + String.join(", ", groups)
                    + ": merge it into another place instead");
        }
        database.transaction(ChangeAction.named(DELETE), c -> {
            long fid = require(c, key);
            // Checked again inside: another program may have linked it meanwhile (the foreign key would refuse it too).
            if (!incidentIds(c, "SELECT DISTINCT incident_id FROM incident_places WHERE place_id = ?", fid).isEmpty()) {
                throw new StoreException("Place " + key + " was linked to an incident meanwhile; nothing was changed");
            }
            execute(c, "DELETE FROM place_variant_sources WHERE place_id = ?", fid);
            execute(c, "DELETE FROM place_sources WHERE place_id = ?", fid);
            execute(c, "DELETE FROM places WHERE fid = ?", fid);
            ColumnsCache.outOfDate(c);
            Seeder.updateExtent(c, "places", Seeder.PLACE_POINTS);
            return null;
        });
    }

    /**
     * Points the rows of {@code table} that name {@code gone} at {@code kept}, first dropping those that would then
     * repeat a row of the kept one ({@code sameRow} compares a row {@code t} with a kept row {@code k}; null when
     * rows cannot repeat).
     */
    static void moveRows(Connection c, String table, String column, String sameRow, long kept, long gone) throws SQLException {
        if (sameRow != null) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " AS t WHERE " + column + " = ?1 AND EXISTS "
                    + "(SELECT 1 FROM " + table + " k WHERE k." + column + " = ?2 AND k." + sameRow + ")")) {
                ps.setLong(1, gone);
                ps.setLong(2, kept);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + column + " = ?2 WHERE " + column + " = ?1")) {
            ps.setLong(1, gone);
            ps.setLong(2, kept);
            ps.executeUpdate();
        }
    }

    /** The merged-away place's names and spellings, added to the kept place's spellings (none repeated). */
    private static void addSpellings(Connection c, long kept, long gone) throws SQLException {
        Names k = names(c, "places", "fid", kept), g = names(c, "places", "fid", gone);
        try (PreparedStatement ps = c.prepareStatement("UPDATE places SET variants_en = ?, variants_ar = ? WHERE fid = ?")) {
            ps.setString(1, Lists.join(k.spellingsWith(k.en, g.en, g.variantsEn, true)));
            ps.setString(2, Lists.join(k.spellingsWith(k.ar, g.ar, g.variantsAr, false)));
            ps.setLong(3, kept);
            ps.executeUpdate();
        }
    }

    /** A row's names and spellings, as a merge combines them. */
    record Names(String en, String ar, List<String> variantsEn, List<String> variantsAr) {

        /** This row's spellings in one script with the other row's name and spellings added, leaving out this row's name. */
        List<String> spellingsWith(String ownName, String otherName, List<String> otherSpellings, boolean english) {
            Set<String> all = new LinkedHashSet<>(english ? variantsEn : variantsAr);
            if (otherName != null && !otherName.isBlank()) all.add(otherName.strip());
            all.addAll(otherSpellings);
            all.remove(ownName);
            all.removeIf(String::isBlank);
            return new ArrayList<>(all);
        }
    }

    static Names names(Connection c, String table, String idColumn, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name_en, name_ar, variants_en, variants_ar FROM " + table
                + " WHERE " + idColumn + " = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("No row " + id + " in " + table);
                return new Names(rs.getString(1), rs.getString(2), Lists.split(rs.getString(3)), Lists.split(rs.getString(4)));
            }
        }
    }

    /**
     * Rewrites the incident_locations rows (and search entries) of these incidents, one run of consecutive ids at a
     * time, since {@link IncidentRepository#writeDerived} takes a range.
     */
    static void rewriteLocations(Connection c, List<Long> incidentIds) throws SQLException {
        List<Long> ids = incidentIds.stream().sorted().toList();
        int i = 0;
        while (i < ids.size()) {
            int j = i;
            while (j + 1 < ids.size() && ids.get(j + 1) == ids.get(j) + 1) j++;
            IncidentRepository.writeDerived(c, ids.get(i), ids.get(j), java.util.Map.of());
            i = j + 1;
        }
    }

    static List<Long> incidentIds(Connection c, String sql, long id) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static List<String> strings(Connection c, String sql, long id) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) values.add(rs.getString(1));
            }
        }
        return values;
    }

    static void execute(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static Long fid(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT fid FROM places WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The place's row id, checked before a transaction so that an unknown key gets its own sentence. */
    private long requireKey(String key) {
        Long fid = database.read(c -> fid(c, key));
        if (fid == null) throw new IllegalArgumentException("No place has the key '" + key + "' (keys from `furat places`)");
        return fid;
    }

    private static long require(Connection c, String key) throws SQLException {
        Long fid = fid(c, key);
        if (fid == null) throw new IllegalArgumentException("No place has the key '" + key + "' (keys from `furat places`)");
        return fid;
    }
}
