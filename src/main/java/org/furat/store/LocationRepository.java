package org.furat.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Streams the incident_locations layer for exports, one row at a time, in fid order. */
public final class LocationRepository {

    private final FuratDatabase database;

    public LocationRepository(FuratDatabase database) {
        this.database = database;
    }

    /**
     * Hands each row of the chosen incidents to {@code sink}, stopping early when {@code cancelled} says so.
     * Reads the layer in pages, releasing the database between them, so a long export never holds up the
     * window's own queries; memory stays flat for a million rows.
     *
     * @param incidentIds the chosen incidents' row ids as set bits
     * @return the number of rows handed over
     */
    public long forEach(BitSet incidentIds, BooleanSupplier cancelled, Consumer<LocationRow> sink) {
        long rows = 0, afterFid = 0;
        while (true) {
            Page page = page(incidentIds, afterFid);
            for (LocationRow row : page.rows()) {
                if (cancelled.getAsBoolean()) return rows;
                sink.accept(row);
                rows++;
            }
            if (page.lastFid() < 0) return rows;
            afterFid = page.lastFid();
        }
    }

    private static final int PAGE = 5_000;

    /** Up to a page of chosen rows after {@code afterFid}; lastFid is -1 when the layer has no more. */
    private record Page(java.util.List<LocationRow> rows, long lastFid) {}

    private Page page(BitSet incidentIds, long afterFid) {
        return database.read(c -> {
            java.util.List<LocationRow> rows = new java.util.ArrayList<>();
            long last = -1;
            try (PreparedStatement ps = c.prepareStatement("SELECT incident_id, geom, incident, place, place_ar, place_en, role, "
                    + "loc_prec, date_start, date_end, time_prec, event_type, sub_event, actor1, actor2, killed, killed_low, "
                    + "killed_high, injured, injured_low, injured_high, status, desc_en, desc_ar, source, outlet, url, evidence, fid, "
                    + "adm1_name, adm1_code, adm2_name, adm2_code, adm3_name, adm3_code "
                    // A team database's incident_locations leaves deleted incidents out for GIS tools; the filter decides here.
                    + "FROM " + (Dialect.server(c) ? "incident_locations_all" : "incident_locations") + " WHERE fid > ? ORDER BY fid LIMIT " + PAGE)) {
                ps.setLong(1, afterFid);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getLong(29);
                        long id = rs.getLong(1);
                        if (id <= Integer.MAX_VALUE && incidentIds.get((int) id)) rows.add(row(rs, id));
                    }
                }
            }
            return new Page(rows, last);
        });
    }

    private static LocationRow row(ResultSet rs, long id) throws SQLException {
        double[] xy = StoredGeometry.pointXY(rs.getBytes(2));
        return new LocationRow(id, xy[0], xy[1], rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), LocalDate.parse(rs.getString(9)), LocalDate.parse(rs.getString(10)),
                rs.getInt(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                integer(rs, 16), integer(rs, 17), integer(rs, 18), integer(rs, 19), integer(rs, 20), integer(rs, 21),
                rs.getString(22), rs.getString(23), rs.getString(24), rs.getString(25), rs.getString(26), rs.getString(27),
                rs.getString(28), rs.getString(30), rs.getString(31), rs.getString(32), rs.getString(33),
                rs.getString(34), rs.getString(35));
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).intValue();
    }
}
