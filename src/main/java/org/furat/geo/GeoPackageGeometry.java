package org.furat.geo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The GeoPackage geometry blob (OGC 12-128r18, clause 2.1.3): "GP", version, flags, SRS id, an optional
 * envelope, then standard WKB. Points are written without an envelope, as the standard recommends;
 * other geometries carry their XY envelope so readers can skip them cheaply. Stateless and thread-safe.
 */
public final class GeoPackageGeometry {

    public static final int WGS84 = 4326;
    private static final GeometryFactory WGS84_FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);

    private GeoPackageGeometry() {}

    public static Point point(double lon, double lat) {
        return WGS84_FACTORY.createPoint(new Coordinate(lon, lat));
    }

    public static byte[] encode(Geometry geometry, int srsId) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry);
        boolean withEnvelope = !(geometry instanceof Point) && !geometry.isEmpty();
        int envelopeCode = withEnvelope ? 1 : 0;
        int flags = (envelopeCode << 1) | 1; // bit 0: little-endian header
        if (geometry.isEmpty()) flags |= 1 << 4;
        ByteBuffer buffer = ByteBuffer.allocate(8 + (withEnvelope ? 32 : 0) + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) flags).putInt(srsId);
        if (withEnvelope) {
            Envelope e = geometry.getEnvelopeInternal();
            buffer.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        }
        return buffer.put(wkb).array();
    }

    /**
     * The x and y of a point blob, read straight from its bytes: exports read a million of these, and
     * building a JTS geometry for each costs more than the rest of the row.
     */
    public static double[] pointXY(byte[] blob) {
        if (blob == null || blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("Not a GeoPackage geometry blob");
        }
        int envelopeCode = (blob[3] >> 1) & 0b111;
        int wkb = 8 + switch (envelopeCode) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalArgumentException("Invalid GeoPackage envelope code " + envelopeCode);
        };
        if (blob.length < wkb + 21) throw new IllegalArgumentException("Not a point: " + decode(blob).getGeometryType());
        ByteOrder order = blob[wkb] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer b = ByteBuffer.wrap(blob).order(order);
        if (b.getInt(wkb + 1) != 1) throw new IllegalArgumentException("Not a point: " + decode(blob).getGeometryType());
        return new double[]{b.getDouble(wkb + 5), b.getDouble(wkb + 13)};
    }

    public static Geometry decode(byte[] blob) {
        if (blob == null || blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("Not a GeoPackage geometry blob");
        }
        int flags = blob[3];
        ByteOrder order = (flags & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        int srsId = ByteBuffer.wrap(blob, 4, 4).order(order).getInt();
        int envelopeCode = (flags >> 1) & 0b111;
        int envelopeBytes = switch (envelopeCode) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalArgumentException("Invalid GeoPackage envelope code " + envelopeCode);
        };
        int offset = 8 + envelopeBytes;
        if (blob.length <= offset) {
            throw new IllegalArgumentException("Truncated GeoPackage geometry: " + blob.length + " bytes, header and envelope need " + offset);
        }
        byte[] wkb = new byte[blob.length - offset];
        System.arraycopy(blob, offset, wkb, 0, wkb.length);
        try {
            Geometry geometry = new WKBReader(new GeometryFactory(new PrecisionModel(), srsId)).read(wkb);
            geometry.setSRID(srsId);
            return geometry;
        } catch (ParseException e) {
            throw new IllegalArgumentException("Malformed WKB in GeoPackage geometry: " + e.getMessage(), e);
        }
    }
}
