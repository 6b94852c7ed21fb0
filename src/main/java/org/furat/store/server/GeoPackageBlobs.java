package org.furat.store.server;

/**
 * The well-known binary inside a GeoPackage geometry blob: the blob is a header ("GP", version, flags, SRS id and an
 * envelope whose size the flags give) followed by the geometry as WKB (GeoPackage 1.3, clause 2.1.3).
 */
final class GeoPackageBlobs {

    /** Bytes of the envelope for each envelope code in the flags: none, xy, xyz, xym, xyzm. */
    private static final int[] ENVELOPE = {0, 32, 48, 48, 64};

    private GeoPackageBlobs() {}

    static byte[] wkb(byte[] blob) {
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') throw new IllegalArgumentException("Not a GeoPackage geometry blob");
        int envelope = (blob[3] >> 1) & 0x07;
        if (envelope >= ENVELOPE.length) throw new IllegalArgumentException("A GeoPackage geometry blob with an unknown envelope code " + envelope);
        int start = 8 + ENVELOPE[envelope];
        return java.util.Arrays.copyOfRange(blob, start, blob.length);
    }

    /**
     * The geometry as extended WKB with its SRID, as PostGIS reads it: the WKB's type word gains the SRID flag
     * (0x20000000) and the SRID follows it, in the WKB's own byte order.
     */
    static byte[] ewkb(byte[] blob, int srid) {
        byte[] wkb = wkb(blob);
        java.nio.ByteOrder order = wkb[0] == 1 ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN;
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(wkb).order(order);
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(wkb.length + 4).order(order);
        out.put(wkb[0]);
        out.putInt(in.getInt(1) | 0x20000000);
        out.putInt(srid);
        out.put(wkb, 5, wkb.length - 5);
        return out.array();
    }
}
