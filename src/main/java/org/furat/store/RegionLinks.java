package org.furat.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.furat.geo.AdminLookup;
import org.furat.model.AdminUnit;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.PlaceGroup;
import org.furat.model.PlaceLink;
import org.furat.text.ArabicNormalizer;
import org.furat.text.CsvRecords;

/**
 * Migration V012: incidents that a Furat without administrative units linked to a town for a region phrase
 * («ريف دير الزور» was the city of Deir ez-Zor at region precision) are linked to the unit the phrase names, as
 * the extractor and the seed data now do. A link moves only when all of this holds, so that nothing an analyst
 * placed on purpose moves: it is at region precision (3), to a town or city, and either
 * <ul>
 *   <li>the incident is one of the seed's whose shipped coding now links, in the same role and at region
 *       precision, the unit that town is the seat or the district of, and no longer the town; or</li>
 *   <li>one of its evidence spans contains a phrase of data/lexicons/region-units.csv (compared as search keys,
 *       so prefixes, hamza and diacritics do not matter) built on that town: the phrase's district hint, or its
 *       unit's district or seat. A phrase for a group of units («ريف دير الزور الشرقي») moves the link to the
 *       units of the group; inside a longer phrase a shorter one does not count.</li>
 * </ul>
 * A link whose unit the incident already has in that role is dropped rather than doubled. The incident_locations
 * rows of every incident changed are rewritten, and the layers' extents. Runs in the migration's transaction.
 */
final class RegionLinks {

    static final String MIGRATION = "V012__region_links.sql";
    private static final String REGION_UNITS = "/org/furat/data/lexicons/region-units.csv";

    private RegionLinks() {}

    /** A region phrase as a search key, and the units it names. */
    private record Phrase(String key, List<String> units, Set<String> builtOn) {}

    private record Link(long fid, long incidentId, String incident, String place, String role) {}

    /** Moves the links described above; returns how many moved. */
    static int relink(Connection c) throws SQLException {
        Map<String, Long> placeFids = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT key, fid, kind FROM places")) {
            while (rs.next()) {
                placeFids.put(rs.getString(1), rs.getLong(2));
                kinds.put(rs.getString(1), rs.getString(3));
            }
        }
        AdminLookup lookup = AdminLookup.shipped();
        SeedData seed = SeedData.fromClasspath();
        List<Phrase> phrases = phrases(seed, lookup, placeFids.keySet());
        Map<String, Incident> seedIncidents = new HashMap<>();
        for (Incident i : seed.incidents()) seedIncidents.put(i.key(), i);

        List<Link> links = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT ip.fid, ip.incident_id, i.key, p.key, ip.role FROM incident_places ip
                JOIN incidents i ON i.id = ip.incident_id JOIN places p ON p.fid = ip.place_id
                WHERE ip.loc_prec = 3 AND p.kind NOT IN ('governorate', 'district', 'subdistrict') ORDER BY ip.fid""")) {
            while (rs.next()) links.add(new Link(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        }
        Set<Long> changed = new TreeSet<>();
        int moved = 0;
        for (Link link : links) {
            Set<String> units = new LinkedHashSet<>();
            units.addAll(bySeed(seedIncidents.get(link.incident()), link, lookup, kinds));
            units.addAll(byEvidence(c, link, phrases));
            units.removeIf(u -> !placeFids.containsKey(u));
            if (units.isEmpty()) continue;
            boolean kept = false; // the link's own row, moved to the first unit the incident lacks
            for (String unit : units) {
                if (linked(c, link.incidentId(), placeFids.get(unit), link.role())) continue;
                if (!kept) {
                    update(c, "UPDATE incident_places SET place_id = ? WHERE fid = ?", placeFids.get(unit), link.fid());
                    kept = true;
                } else {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO incident_places (incident_id, place_id, role, loc_prec) VALUES (?, ?, ?, 3)")) {
                        ps.setLong(1, link.incidentId());
                        ps.setLong(2, placeFids.get(unit));
                        ps.setString(3, link.role());
                        ps.executeUpdate();
                    }
                }
            }
            if (!kept) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM incident_places WHERE fid = ?")) {
                    ps.setLong(1, link.fid());
                    ps.executeUpdate();
                }
            }
            changed.add(link.incidentId());
            moved++;
        }
        for (long id : changed) IncidentRepository.writeDerived(c, id, id, Map.of());
        // The layer's points moved with the links: its extent must cover them.
        if (!changed.isEmpty()) Seeder.updateExtents(c);
        return moved;
    }

    /** The units the seed's own coding of this incident now links instead of the town. */
    private static List<String> bySeed(Incident shipped, Link link, AdminLookup lookup, Map<String, String> kinds) {
        if (shipped == null) return List.of();
        if (shipped.places().stream().anyMatch(l -> l.placeKey().equals(link.place()))) return List.of();
        List<String> units = new ArrayList<>();
        for (PlaceLink l : shipped.places()) {
            AdminUnit unit = lookup.unit(l.placeKey());
            if (unit == null || l.precision() != GeoPrecision.REGION || !l.role().code().equals(link.role())) continue;
            if (link.place().equals(unit.seat()) || link.place().equals(unit.district())) units.add(unit.key());
        }
        return units;
    }

    /** The units the region phrases in the incident's evidence name, for phrases built on the linked town. */
    private static List<String> byEvidence(Connection c, Link link, List<Phrase> phrases) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.text, e.span_start, e.span_end FROM evidence e "
                + "JOIN sources s ON s.id = e.source_id WHERE e.incident_id = ? ORDER BY e.id")) {
            ps.setLong(1, link.incidentId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String text = rs.getString(1);
                    int start = Math.max(0, Math.min(rs.getInt(2), text.length()));
                    int end = Math.max(start, Math.min(rs.getInt(3), text.length()));
                    keys.add(" " + ArabicNormalizer.searchKey(text.substring(start, end)) + " ");
                }
            }
        }
        List<String> units = new ArrayList<>();
        for (String key : keys) {
            List<Phrase> found = phrases.stream().filter(p -> key.contains(" " + p.key() + " ")).toList();
            for (Phrase p : found) {
                // "ريف دير الزور" inside "ريف دير الزور الشرقي" is that longer phrase, not a second one.
                boolean inside = found.stream().anyMatch(q -> q != p && q.key().contains(p.key())
                        && count(key, p.key()) <= count(key, q.key()));
                if (!inside && p.builtOn().contains(link.place())) units.addAll(p.units());
            }
        }
        return units;
    }

    private static int count(String text, String phrase) {
        int n = 0;
        for (int at = text.indexOf(" " + phrase + " "); at >= 0; at = text.indexOf(" " + phrase + " ", at + 1)) n++;
        return n;
    }

    /** The phrases of the region lexicon with the units they name and the towns they are built on. */
    private static List<Phrase> phrases(SeedData seed, AdminLookup lookup, Set<String> placeKeys) throws SQLException {
        String csv;
        try (InputStream in = RegionLinks.class.getResourceAsStream(REGION_UNITS)) {
            if (in == null) throw new SQLException("data/lexicons/region-units.csv is missing from the build");
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("Cannot read data/lexicons/region-units.csv: " + e.getMessage(), e);
        }
        Map<String, PlaceGroup> groups = new HashMap<>();
        for (PlaceGroup g : seed.groups()) groups.put(g.key(), g);
        List<Phrase> phrases = new ArrayList<>();
        for (CsvRecords.Record r : CsvRecords.parse(csv, "region-units.csv").records()) {
            String phrase = r.fields().getOrDefault("phrase", "").strip();
            String unit = r.fields().getOrDefault("unit", "").strip();
            String hint = r.fields().getOrDefault("district_hint", "").strip();
            if (phrase.isEmpty() || unit.isEmpty()) continue;
            Set<String> builtOn = new LinkedHashSet<>();
            if (!hint.isEmpty()) builtOn.add(hint);
            List<String> units;
            AdminUnit u = lookup.unit(unit);
            if (u != null) {
                units = List.of(unit);
                if (u.district() != null) builtOn.add(u.district());
                if (u.seat() != null) builtOn.add(u.seat());
            } else if (groups.containsKey(unit)) {
                units = groups.get(unit).memberKeys().stream().filter(placeKeys::contains).toList();
            } else {
                continue;
            }
            phrases.add(new Phrase(ArabicNormalizer.searchKey(phrase), units, builtOn));
        }
        return phrases;
    }

    private static boolean linked(Connection c, long incidentId, long placeFid, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM incident_places WHERE incident_id = ? AND place_id = ? AND role = ?)")) {
            ps.setLong(1, incidentId);
            ps.setLong(2, placeFid);
            ps.setString(3, role);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private static void update(Connection c, String sql, long a, long b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, a);
            ps.setLong(2, b);
            ps.executeUpdate();
        }
    }
}
