package org.furat.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

class GeoPackageGeometryTest {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private static LineString line() {
        return FACTORY.createLineString(new Coordinate[] {
                new Coordinate(40.141, 35.336), new Coordinate(40.45, 35.01), new Coordinate(39.98, 35.52)});
    }

    private static Polygon polygonWithHole() {
        LinearRing shell = FACTORY.createLinearRing(new Coordinate[] {
                new Coordinate(40, 35), new Coordinate(41, 35), new Coordinate(41, 36), new Coordinate(40, 36), new Coordinate(40, 35)});
        LinearRing hole = FACTORY.createLinearRing(new Coordinate[] {
                new Coordinate(40.2, 35.2), new Coordinate(40.2, 35.4), new Coordinate(40.4, 35.4), new Coordinate(40.2, 35.2)});
        return FACTORY.createPolygon(shell, new LinearRing[] {hole});
    }

    private static int srsIdLittleEndian(byte[] blob) {
        return ByteBuffer.wrap(blob, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    @Test
    void pointRoundTripsAndKeepsItsSrs() {
        Point point = GeoPackageGeometry.point(40.141, 35.336);
        Geometry decoded = GeoPackageGeometry.decode(GeoPackageGeometry.encode(point, GeoPackageGeometry.WGS84));
        Point p = assertInstanceOf(Point.class, decoded);
        assertEquals(40.141, p.getX(), 0.0);
        assertEquals(35.336, p.getY(), 0.0);
        assertEquals(4326, p.getSRID());
    }

    @Test
    void lineRoundTrips() {
        LineString line = line();
        Geometry decoded = GeoPackageGeometry.decode(GeoPackageGeometry.encode(line, 4326));
        assertInstanceOf(LineString.class, decoded);
        assertTrue(line.equalsExact(decoded), () -> "decoded " + decoded + " differs from " + line);
        assertEquals(4326, decoded.getSRID());
    }

    @Test
    void polygonWithHoleRoundTrips() {
        Polygon polygon = polygonWithHole();
        Geometry decoded = GeoPackageGeometry.decode(GeoPackageGeometry.encode(polygon, 4326));
        Polygon p = assertInstanceOf(Polygon.class, decoded);
        assertEquals(1, p.getNumInteriorRing());
        assertTrue(polygon.equalsExact(decoded), () -> "decoded " + decoded + " differs from " + polygon);
    }

    @Test
    void headerIsGeoPackageVersionZeroLittleEndianWithSrsId() {
        for (Geometry g : new Geometry[] {GeoPackageGeometry.point(40.141, 35.336), line(), polygonWithHole()}) {
            byte[] blob = GeoPackageGeometry.encode(g, GeoPackageGeometry.WGS84);
            assertEquals("GP", new String(blob, 0, 2, StandardCharsets.US_ASCII), "magic of " + g.getGeometryType());
            assertEquals(0, blob[2], "version of " + g.getGeometryType());
            int flags = blob[3] & 0xff;
            assertEquals(1, flags & 1, "byte-order flag (bit 0) of " + g.getGeometryType());
            assertEquals(0, flags & 0b0001_0000, "a non-empty geometry must not set the empty flag");
            assertEquals(0, flags & 0b0010_0000, "standard (not extended) GeoPackage binary");
            assertEquals(0, flags & 0b1100_0000, "reserved bits");
            assertEquals(4326, srsIdLittleEndian(blob));
        }
    }

    @Test
    void headerCarriesTheSrsIdItIsGiven() {
        byte[] blob = GeoPackageGeometry.encode(line(), 3857);
        assertEquals(3857, srsIdLittleEndian(blob));
        assertEquals(3857, GeoPackageGeometry.decode(blob).getSRID());
    }

    @Test
    void pointHasNoEnvelopeAndItsWkbFollowsTheHeader() {
        Point point = GeoPackageGeometry.point(40.141, 35.336);
        byte[] blob = GeoPackageGeometry.encode(point, 4326);
        assertEquals(0, (blob[3] >> 1) & 0b111, "envelope contents indicator of a point");
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(point);
        assertEquals(8 + wkb.length, blob.length);
        assertArrayEquals(wkb, Arrays.copyOfRange(blob, 8, blob.length));
    }

    @Test
    void lineHasAnXyEnvelopeWithItsExtent() {
        LineString line = line();
        byte[] blob = GeoPackageGeometry.encode(line, 4326);
        assertEquals(1, (blob[3] >> 1) & 0b111, "envelope contents indicator: 1 = [minx, maxx, miny, maxy]");
        ByteBuffer envelope = ByteBuffer.wrap(blob, 8, 32).order(ByteOrder.LITTLE_ENDIAN);
        // the extent of the three vertices, worked out by hand
        assertEquals(39.98, envelope.getDouble(), 0.0, "min x");
        assertEquals(40.45, envelope.getDouble(), 0.0, "max x");
        assertEquals(35.01, envelope.getDouble(), 0.0, "min y");
        assertEquals(35.52, envelope.getDouble(), 0.0, "max y");
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(line);
        assertEquals(40 + wkb.length, blob.length);
        assertArrayEquals(wkb, Arrays.copyOfRange(blob, 40, blob.length));
    }

    @Test
    void polygonEnvelopeIsItsShellExtent() {
        byte[] blob = GeoPackageGeometry.encode(polygonWithHole(), 4326);
        ByteBuffer envelope = ByteBuffer.wrap(blob, 8, 32).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(new Envelope(40, 41, 35, 36),
                new Envelope(envelope.getDouble(), envelope.getDouble(), envelope.getDouble(), envelope.getDouble()));
    }

    @Test
    void decodesBigEndianHeaderWithXyzEnvelopeWrittenByAnotherProgram() {
        // Header as another writer might produce it: big-endian, envelope code 2 ([minx, maxx, miny, maxy, minz, maxz]),
        // srs id 4326, then big-endian WKB.
        LineString line = line();
        byte[] wkb = new WKBWriter(2, ByteOrderValues.BIG_ENDIAN).write(line);
        ByteBuffer b = ByteBuffer.allocate(8 + 48 + wkb.length).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) (2 << 1)).putInt(4326);
        for (double d : new double[] {39.98, 40.45, 35.01, 35.52, 0, 0}) b.putDouble(d);
        b.put(wkb);
        Geometry decoded = GeoPackageGeometry.decode(b.array());
        assertTrue(line.equalsExact(decoded), () -> "decoded " + decoded);
        assertEquals(4326, decoded.getSRID());
    }

    @Test
    void decodeRejectsGarbage() {
        assertThrows(IllegalArgumentException.class, () -> GeoPackageGeometry.decode(null));
        assertThrows(IllegalArgumentException.class, () -> GeoPackageGeometry.decode(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> GeoPackageGeometry.decode("GP".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(IllegalArgumentException.class,
                () -> GeoPackageGeometry.decode("not a geometry at all".getBytes(StandardCharsets.US_ASCII)));
        byte[] random = new byte[64];
        new Random(42).nextBytes(random);
        random[0] = 'X';
        assertThrows(IllegalArgumentException.class, () -> GeoPackageGeometry.decode(random));
    }

    @Test
    void decodeRejectsAValidHeaderFollowedByGarbage() {
        byte[] header = Arrays.copyOf(GeoPackageGeometry.encode(GeoPackageGeometry.point(40, 35), 4326), 8);
        byte[] blob = Arrays.copyOf(header, 8 + 5);
        blob[8] = 1;
        blob[9] = (byte) 0xEE; // unknown WKB geometry type
        assertThrows(IllegalArgumentException.class, () -> GeoPackageGeometry.decode(blob));
    }

    @Test
    void decodeRejectsATruncatedBlob() {
        byte[] line = GeoPackageGeometry.encode(line(), 4326);
        // cut inside the envelope, and inside the WKB
        IllegalArgumentException inEnvelope = assertThrows(IllegalArgumentException.class,
                () -> GeoPackageGeometry.decode(Arrays.copyOf(line, 20)));
        assertTrue(inEnvelope.getMessage() != null && !inEnvelope.getMessage().isBlank());
        assertThrows(IllegalArgumentException.class, () -> GeoPackageGeometry.decode(Arrays.copyOf(line, line.length - 4)));
        byte[] point = GeoPackageGeometry.encode(GeoPackageGeometry.point(40, 35), 4326);
        assertThrows(IllegalArgumentException.class, () -> GeoPackageGeometry.decode(Arrays.copyOf(point, 8)));
    }

    @Test
    void decodeRejectsAnInvalidEnvelopeCode() {
        byte[] blob = GeoPackageGeometry.encode(line(), 4326);
        blob[3] = (byte) ((5 << 1) | 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GeoPackageGeometry.decode(blob));
        assertTrue(e.getMessage().contains("envelope"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void pointXYReadsWhatDecodeReads() {
        java.util.Random random = new java.util.Random(3);
        for (int k = 0; k < 200; k++) {
            double lon = -180 + 360 * random.nextDouble(), lat = -90 + 180 * random.nextDouble();
            byte[] blob = GeoPackageGeometry.encode(GeoPackageGeometry.point(lon, lat), GeoPackageGeometry.WGS84);
            double[] xy = GeoPackageGeometry.pointXY(blob);
            org.junit.jupiter.api.Assertions.assertEquals(lon, xy[0]);
            org.junit.jupiter.api.Assertions.assertEquals(lat, xy[1]);
        }
        byte[] line = GeoPackageGeometry.encode(new org.locationtech.jts.geom.GeometryFactory().createLineString(
                new org.locationtech.jts.geom.Coordinate[]{new org.locationtech.jts.geom.Coordinate(1, 2),
                        new org.locationtech.jts.geom.Coordinate(3, 4)}), GeoPackageGeometry.WGS84);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> GeoPackageGeometry.pointXY(line));
    }
}
