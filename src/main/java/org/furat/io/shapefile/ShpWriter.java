package org.furat.io.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Streams the geometry of a point shapefile: the main file (.shp) and its index (.shx). Both get a 100-byte
 * header of zeros first, then one record per point, and at {@link #finish} their real headers with file length
 * and bounding box. Lengths and offsets are big-endian 16-bit words, everything else little-endian. A point
 * whose longitude or latitude is not a finite number is written as a null shape. Not thread-safe.
 */
final class ShpWriter {

    static final int FILE_CODE = 9994;
    static final int VERSION = 1000;
    static final int NULL_SHAPE = 0;
    static final int POINT = 1;
    static final int HEADER_BYTES = 100;
    static final int POINT_RECORD_BYTES = 8 + 20;
    static final int NULL_RECORD_BYTES = 8 + 4;
    static final int INDEX_RECORD_BYTES = 8;

    private final ChannelOutput shp;
    private final ChannelOutput shx;
    private int recordNumber;
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    ShpWriter(ChannelOutput shp, ChannelOutput shx) throws IOException {
        this.shp = shp;
        this.shx = shx;
        shp.append(new byte[HEADER_BYTES]);
        shx.append(new byte[HEADER_BYTES]);
    }

    static boolean isNull(double x, double y) {
        return !Double.isFinite(x) || !Double.isFinite(y);
    }

    /** Throws if the point's record would take either file past its limit. */
    void ensureRoom(double x, double y) throws IOException {
        shp.ensureFits(isNull(x, y) ? NULL_RECORD_BYTES : POINT_RECORD_BYTES);
        shx.ensureFits(INDEX_RECORD_BYTES);
    }

    void append(double x, double y) throws IOException {
        boolean isNull = isNull(x, y);
        int contentBytes = (isNull ? NULL_RECORD_BYTES : POINT_RECORD_BYTES) - 8;
        long offset = shp.size();
        ByteBuffer index = shx.next(INDEX_RECORD_BYTES, ByteOrder.BIG_ENDIAN);
        index.putInt((int) (offset / 2)).putInt(contentBytes / 2);
        ByteBuffer record = shp.next(8 + contentBytes, ByteOrder.BIG_ENDIAN);
        record.putInt(++recordNumber).putInt(contentBytes / 2);
        record.order(ByteOrder.LITTLE_ENDIAN);
        if (isNull) {
            record.putInt(NULL_SHAPE);
        } else {
            record.putInt(POINT).putDouble(x).putDouble(y);
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
    }

    void finish() throws IOException {
        shp.patch(0, header(shp.size()));
        shx.patch(0, header(shx.size()));
        shp.finish();
        shx.finish();
    }

    private ByteBuffer header(long fileBytes) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.order(ByteOrder.BIG_ENDIAN);
        header.putInt(FILE_CODE);
        header.put(new byte[20]);
        header.putInt((int) (fileBytes / 2));
        header.order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(VERSION);
        header.putInt(POINT);
        boolean empty = minX > maxX;
        header.putDouble(empty ? 0 : minX).putDouble(empty ? 0 : minY);
        header.putDouble(empty ? 0 : maxX).putDouble(empty ? 0 : maxY);
        header.putDouble(0).putDouble(0).putDouble(0).putDouble(0); // Z and M ranges
        return header.flip();
    }
}
