package org.furat.io.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Streams a dBase III DBF file (version byte 0x03, language driver 0: the .cpg names the encoding, UTF-8):
 * the header first, then one record per call, then at {@link #finish} the end-of-file byte 0x1A and the record
 * count patched into the header. Not thread-safe.
 */
final class DbfWriter {

    /** The most fields a header can describe: its length is a 16-bit number (32 + 32·n + 1 bytes). */
    static final int MAX_FIELDS = (0xFFFF - 33) / 32;
    static final int MAX_RECORD_LENGTH = 0xFFFF;

    private final ChannelOutput out;
    private final List<DbfColumn> columns;
    private final byte[] record;
    private long count;

    DbfWriter(ChannelOutput out, List<DbfColumn> columns, LocalDate today) throws IOException {
        this.out = out;
        this.columns = List.copyOf(columns);
        this.record = new byte[recordLength(columns)];
        int headerLength = 32 + 32 * columns.size() + 1;
        ByteBuffer header = out.next(32, ByteOrder.LITTLE_ENDIAN);
        header.put((byte) 0x03);
        header.put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue()).put((byte) today.getDayOfMonth());
        header.putInt(0); // record count, patched at the end
        header.putShort((short) headerLength);
        header.putShort((short) record.length);
        header.put(new byte[17]); // reserved, incomplete-transaction and encryption flags, MDX flag
        header.put((byte) 0x00);  // language driver: none, see the .cpg
        header.put(new byte[2]);
        for (DbfColumn column : columns) {
            ByteBuffer descriptor = out.next(32, ByteOrder.LITTLE_ENDIAN);
            byte[] name = column.name().getBytes(StandardCharsets.US_ASCII);
            descriptor.put(name).put(new byte[11 - name.length]);
            descriptor.put((byte) column.type());
            descriptor.putInt(0);
            descriptor.put((byte) column.width()).put((byte) column.decimals());
            descriptor.put(new byte[14]);
        }
        out.append(new byte[] {0x0D});
    }

    static int recordLength(List<DbfColumn> columns) {
        int length = 1;
        for (DbfColumn column : columns) length += column.width();
        return length;
    }

    /** Encodes a record in the internal buffer; {@link #append} then writes it. */
    void encode(List<Object> values) throws IOException {
        record[0] = ' ';
        int offset = 1;
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).encode(values.get(i), record, offset);
            offset += columns.get(i).width();
        }
    }

    /** Throws if the encoded record (and the end-of-file byte after it) would take the file past its limit. */
    void ensureRoom() throws IOException {
        out.ensureFits(record.length + 1L);
    }

    void append() throws IOException {
        out.append(record);
        count++;
    }

    void finish() throws IOException {
        out.append(new byte[] {0x1A});
        ByteBuffer patch = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        patch.putInt((int) count).flip();
        out.patch(4, patch);
        out.finish();
    }
}
