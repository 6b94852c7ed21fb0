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
import org.furat.geo.GeoPackageGeometry;
import org.furat.geo.AdminLookup;
import org.furat.model.Actor;
import org.furat.model.AdminParents;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;
import org.furat.model.PlaceGroup;
import org.furat.model.PlaceKind;
import org.locationtech.jts.geom.Point;

/** Places, place groups and actors: reading them, and adding them within a caller's transaction. */
public final class GazetteerRepository {

    private final FuratDatabase database;

    public GazetteerRepository(FuratDatabase database) {
        this.database = database;
    }

    private static final String PLACE_COLUMNS = "SELECT key, name_en, name_ar, variants_en, variants_ar, kind, geom, "
            + "loc_prec, district, source, source_ref, licence, note, admin1, admin2, admin3 FROM places";

    public List<Place> places() {
        return database.read(c -> {
            List<Place> places = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(PLACE_COLUMNS + " ORDER BY name_en")) {
                while (rs.next()) places.add(place(rs));
            }
            return places;
        });
    }

    /** The place with this key as stored now (read within the caller's transaction), or null. */
    static Place place(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PLACE_COLUMNS + " WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? place(rs) : null;
            }
        }
    }

    private static Place place(ResultSet rs) throws SQLException {
        Point point = (Point) StoredGeometry.read(rs.getBytes("geom"));
        return new Place(rs.getString("key"), rs.getString("name_en"), rs.getString("name_ar"),
                Lists.split(rs.getString("variants_en")), Lists.split(rs.getString("variants_ar")),
                PlaceKind.parse(rs.getString("kind")), point.getX(), point.getY(),
                GeoPrecision.ofCode(rs.getInt("loc_prec")), rs.getString("district"), rs.getString("source"),
                rs.getString("source_ref"), rs.getString("licence"), rs.getString("note"),
                new AdminParents(rs.getString("admin1"), rs.getString("admin2"), rs.getString("admin3")));
    }

    public List<PlaceGroup> groups() {
        return database.read(c -> {
            Map<String, List<String>> members = new LinkedHashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT g.key, p.key FROM place_group_members m "
                         + "JOIN place_groups g ON g.id = m.group_id JOIN places p ON p.fid = m.place_id ORDER BY g.key, m.position")) {
                while (rs.next()) members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
            List<PlaceGroup> groups = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT key, name_en, name_ar, variants_en, variants_ar, source FROM place_groups ORDER BY key")) {
                while (rs.next()) {
                    groups.add(new PlaceGroup(rs.getString(1), rs.getString(2), rs.getString(3), Lists.split(rs.getString(4)),
                            Lists.split(rs.getString(5)), members.getOrDefault(rs.getString(1), List.of()), rs.getString(6)));
                }
            }
            return groups;
        });
    }

    private static final String ACTOR_COLUMNS = "SELECT key, name_en, name_ar, variants_en, variants_ar FROM actors";

    public List<Actor> actors() {
        return database.read(c -> {
            List<Actor> actors = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(ACTOR_COLUMNS + " ORDER BY key")) {
                while (rs.next()) actors.add(actor(rs));
            }
            return actors;
        });
    }

    /** The actor with this key as stored now (read within the caller's transaction), or null. */
    static Actor actor(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ACTOR_COLUMNS + " WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? actor(rs) : null;
            }
        }
    }

    private static Actor actor(ResultSet rs) throws SQLException {
        return new Actor(rs.getString(1), rs.getString(2), rs.getString(3), Lists.split(rs.getString(4)), Lists.split(rs.getString(5)));
    }

    /**
     * Adds a place with the administrative units it lies in: those it carries, or else those its point falls in
     * (so a place an analyst adds later gets them too).
     */
    static void insertPlace(Connection c, Place place) throws SQLException {
        Place p = place.admin().equals(AdminParents.NONE) ? AdminLookup.shipped().locate(place) : place;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO places (geom, key, name_en, name_ar, variants_en, "
                + "variants_ar, kind, loc_prec, district, source, source_ref, licence, note, admin1, admin2, admin3) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            StoredGeometry.bind(c, ps, 1, GeoPackageGeometry.point(p.lon(), p.lat()));
            ps.setString(2, p.key());
            ps.setString(3, p.nameEn());
            ps.setString(4, p.nameAr());
            ps.setString(5, Lists.join(p.variantsEn()));
            ps.setString(6, Lists.join(p.variantsAr()));
            ps.setString(7, p.kind().code());
            ps.setInt(8, p.precision().code());
            ps.setString(9, p.district());
            ps.setString(10, p.source());
            ps.setString(11, p.sourceRef());
            ps.setString(12, p.licence());
            ps.setString(13, p.note());
            ps.setString(14, p.admin().admin1());
            ps.setString(15, p.admin().admin2());
            ps.setString(16, p.admin().admin3());
            ps.executeUpdate();
        }
    }

    static void insertGroup(Connection c, PlaceGroup g) throws SQLException {
        long groupId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO place_groups (key, name_en, name_ar, variants_en, "
                + "variants_ar, source) VALUES (?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, g.key());
            ps.setString(2, g.nameEn());
            ps.setString(3, g.nameAr());
            ps.setString(4, Lists.join(g.variantsEn()));
            ps.setString(5, Lists.join(g.variantsAr()));
            ps.setString(6, g.source());
            ps.executeUpdate();
            groupId = generatedId(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO place_group_members (group_id, place_id, position) VALUES (?,?,?)")) {
            int position = 0;
            for (String member : g.memberKeys()) {
                ps.setLong(1, groupId);
                ps.setLong(2, Ids.place(c, member, "Place group " + g.key()));
                ps.setInt(3, position++);
                ps.executeUpdate();
            }
        }
    }

    static void insertActor(Connection c, Actor a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actors (key, name_en, name_ar, variants_en, variants_ar) VALUES (?,?,?,?,?)")) {
            ps.setString(1, a.key());
            ps.setString(2, a.nameEn());
            ps.setString(3, a.nameAr());
            ps.setString(4, Lists.join(a.variantsEn()));
            ps.setString(5, Lists.join(a.variantsAr()));
            ps.executeUpdate();
        }
    }

    static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) throw new SQLException("No id was generated");
            return keys.getLong(1);
        }
    }
}
