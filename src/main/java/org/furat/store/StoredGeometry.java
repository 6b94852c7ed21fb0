package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import org.furat.geo.GeoPackageGeometry;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Geometry columns as the two stores keep them: a file's are GeoPackage blobs, a team database's PostGIS geometries,
 * which the driver gives and takes as hexadecimal extended WKB. Reading takes either, so the same statement reads both.
 */
final class StoredGeometry {

    private StoredGeometry() {}

    /** The geometry a column's value holds: a GeoPackage blob, or PostGIS's hexadecimal EWKB as text bytes. */
    static Geometry read(byte[] value) {
        if (value != null && value.length >= 2 && value[0] == 'G' && value[1] == 'P') return GeoPackageGeometry.decode(value);
        if (value == null) throw new IllegalArgumentException("No geometry");
        try {
            return new WKBReader().read(WKBReader.hexToBytes(new String(value, java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("Neither a GeoPackage blob nor a PostGIS geometry: " + e.getMessage(), e);
        }
    }

    /** A point's x and y, as {@link #read} takes them; a file's blob is read without building a geometry. */
    static double[] pointXY(byte[] value) {
        if (value != null && value.length >= 2 && value[0] == 'G' && value[1] == 'P') return GeoPackageGeometry.pointXY(value);
        Geometry point = read(value);
        return new double[]{point.getCoordinate().x, point.getCoordinate().y};
    }

    /** Binds a geometry in WGS 84 as the connected store keeps it. */
    static void bind(Connection c, PreparedStatement ps, int index, Geometry geometry) throws SQLException {
        if (!Dialect.server(c)) {
            ps.setBytes(index, GeoPackageGeometry.encode(geometry, GeoPackageGeometry.WGS84));
            return;
        }
        geometry.setSRID(GeoPackageGeometry.WGS84);
        ps.setString(index, HexFormat.of().formatHex(new WKBWriter(2, true).write(geometry)));
    }
}
