package org.furat.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.furat.geo.GeoPackageGeometry;

/** Streams the incident_locations layer for exports, one row at a time, in fid order. */
public final class LocationRepository {

    private final FuratDatabase database;

    public LocationRepository(FuratDatabase database) {
        this.database = database;
    }

    /**
     * Hands each row of the chosen incidents to {@code sink}, stopping early when {@code cancelled} says so.
     * One scan of the layer, so memory stays flat for a million rows.
     *
     * @param incidentIds the chosen incidents' row ids as set bits
     * @return the number of rows handed over
     */
    public long forEach(BitSet incidentIds, BooleanSupplier cancelled, Consumer<LocationRow> sink) {
        return database.read(c -> {
            long rows = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT incident_id, geom, incident, place, place_ar, place_en, role, "
                    + "loc_prec, date_start, date_end, time_prec, event_type, sub_event, actor1, actor2, killed, killed_low, "
                    + "killed_high, injured, injured_low, injured_high, status, desc_en, desc_ar, source, outlet, url, evidence "
                    + "FROM incident_locations ORDER BY fid");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id > Integer.MAX_VALUE || !incidentIds.get((int) id)) continue;
                    if (cancelled.getAsBoolean()) break;
                    sink.accept(row(rs, id));
                    rows++;
                }
            }
            return rows;
        });
    }

    private static LocationRow row(ResultSet rs, long id) throws SQLException {
        double[] xy = GeoPackageGeometry.pointXY(rs.getBytes(2));
        return new LocationRow(id, xy[0], xy[1], rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), LocalDate.parse(rs.getString(9)), LocalDate.parse(rs.getString(10)),
                rs.getInt(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                integer(rs, 16), integer(rs, 17), integer(rs, 18), integer(rs, 19), integer(rs, 20), integer(rs, 21),
                rs.getString(22), rs.getString(23), rs.getString(24), rs.getString(25), rs.getString(26), rs.getString(27),
                rs.getString(28));
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).intValue();
    }
}
