package org.furat.io.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends bytes to a file through a small buffer and patches earlier bytes (headers) by positional writes.
 * Refuses, before writing anything of it, a block that would take the file past its size limit. Not thread-safe.
 */
final class ChannelOutput implements AutoCloseable {

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    private final long limit;
    private final String description;
    private long size;

    /**
     * @param limit       the largest size the file may reach, in bytes
     * @param description what the file is, for error messages ("the .shp file of incidents.shp")
     */
    ChannelOutput(Path file, long limit, String description) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        this.limit = limit;
        this.description = description;
    }

    /** Bytes written so far (buffered or not). */
    long size() {
        return size;
    }

    /** Whether {@code bytes} more bytes still fit under the limit. */
    boolean fits(long bytes) {
        return size + bytes <= limit;
    }

    /** Throws if {@code bytes} more bytes would take the file past its limit. */
    void ensureFits(long bytes) throws IOException {
        if (!fits(bytes)) {
            throw new IOException("Cannot write more: " + description + " would exceed the shapefile limit of "
                    + limit + " bytes (2 GB). Export fewer features or choose another format such as GeoPackage.");
        }
    }

    /** A little-endian or big-endian view of the next {@code bytes} bytes to append, which must fit. */
    ByteBuffer next(int bytes, ByteOrder order) throws IOException {
        ensureFits(bytes);
        if (bytes > buffer.capacity()) throw new IllegalArgumentException("Block too large: " + bytes);
        if (buffer.remaining() < bytes) flush();
        size += bytes;
        buffer.order(order);
        return buffer;
    }

    void append(byte[] bytes) throws IOException {
        next(bytes.length, ByteOrder.LITTLE_ENDIAN).put(bytes);
    }

    /** Writes the buffered bytes to the file. */
    void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) channel.write(buffer);
        buffer.clear();
    }

    /** Overwrites already-written bytes at {@code position} (flushes first). */
    void patch(long position, ByteBuffer bytes) throws IOException {
        flush();
        while (bytes.hasRemaining()) position += channel.write(bytes, position);
    }

    /** Flushes and forces the content to the storage device. */
    void finish() throws IOException {
        flush();
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
