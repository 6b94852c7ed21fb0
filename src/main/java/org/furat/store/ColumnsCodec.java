package org.furat.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes {@link IncidentColumns} to bytes and reads them back, for the saved columns cache. */
final class ColumnsCodec {

    private static final int MAGIC = 0x46434F4C; // "FCOL"
    private static final int FORMAT = 2; // 2: with the deleted column

    private ColumnsCodec() {}

    static byte[] encode(IncidentColumns columns) {
        IncidentColumns c = columns.trimmed(); // the room an index keeps for new incidents is not saved
        int size = 4 * 4 + strings(c.placeKeys()) + strings(c.actorKeys()) + 4 + 8 * c.size() + 4 * 2 * c.size() + 4 * c.size()
                + 4 * 2 * (c.size() + 1) + 4 + 5 * c.linkPlace().length + 4 + 4 * c.actor().length + 1;
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC).putInt(FORMAT).put((byte) (c.synthetic() ? 1 : 0));
        putStrings(b, c.placeKeys());
        putStrings(b, c.actorKeys());
        b.putInt(c.size());
        for (long id : c.ids()) b.putLong(id);
        for (int v : c.startDay()) b.putInt(v);
        for (int v : c.endDay()) b.putInt(v);
        b.put(c.timePrecision()).put(c.subType()).put(c.status()).put(c.deleted());
        for (int v : c.linkStart()) b.putInt(v);
        b.putInt(c.linkPlace().length);
        for (int v : c.linkPlace()) b.putInt(v);
        b.put(c.linkPrecision());
        for (int v : c.actorStart()) b.putInt(v);
        b.putInt(c.actor().length);
        for (int v : c.actor()) b.putInt(v);
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }

    /** The columns, or null when the bytes are not a cache this version wrote (it is then rebuilt). */
    static IncidentColumns decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 9 || b.getInt() != MAGIC || b.getInt() != FORMAT) return null;
        boolean synthetic = b.get() == 1;
        List<String> placeKeys = getStrings(b), actorKeys = getStrings(b);
        int n = b.getInt();
        long[] ids = new long[n];
        b.asLongBuffer().get(ids);
        b.position(b.position() + 8 * n);
        int[] start = ints(b, n), end = ints(b, n);
        byte[] time = bytes(b, n), sub = bytes(b, n), status = bytes(b, n), deleted = bytes(b, n);
        int[] linkStart = ints(b, n + 1);
        int links = b.getInt();
        int[] linkPlace = ints(b, links);
        byte[] linkPrecision = bytes(b, links);
        int[] actorStart = ints(b, n + 1);
        int actors = b.getInt();
        int[] actor = ints(b, actors);
        return new IncidentColumns(ids, start, end, time, sub, status, deleted, linkStart, linkPlace, linkPrecision, actorStart, actor,
                placeKeys, actorKeys, synthetic);
    }

    private static int[] ints(ByteBuffer b, int n) {
        int[] values = new int[n];
        b.asIntBuffer().get(values);
        b.position(b.position() + 4 * n);
        return values;
    }

    private static byte[] bytes(ByteBuffer b, int n) {
        byte[] values = new byte[n];
        b.get(values);
        return values;
    }

    private static int strings(List<String> values) {
        int size = 4;
        for (String v : values) size += 4 + v.getBytes(StandardCharsets.UTF_8).length;
        return size;
    }

    private static void putStrings(ByteBuffer b, List<String> values) {
        b.putInt(values.size());
        for (String v : values) {
            byte[] utf8 = v.getBytes(StandardCharsets.UTF_8);
            b.putInt(utf8.length).put(utf8);
        }
    }

    private static List<String> getStrings(ByteBuffer b) {
        int n = b.getInt();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] utf8 = new byte[b.getInt()];
            b.get(utf8);
            values.add(new String(utf8, StandardCharsets.UTF_8));
        }
        return List.copyOf(values);
    }
}
