package org.furat.io;

import java.io.IOException;

/**
 * The lifecycle every streaming {@link FeatureWriter} shares: its output goes to {@link AtomicFiles} that
 * {@link #commit} switches into place together after {@link #finish}, and that {@link #close} deletes after {@link #release}
 * unless committed. A subclass checks {@link #requireOpen} before each write and throws if it is no longer open.
 */
public abstract class StreamingFeatureWriter implements FeatureWriter {

    private final String format;
    private final String layerName;
    private final AtomicFiles files;
    private boolean committed;
    private boolean closed;

    /** @param format the format's name for error messages ("CSV") */
    protected StreamingFeatureWriter(String format, String layerName, AtomicFiles files) {
        this.format = format;
        this.layerName = layerName;
        this.files = files;
    }

    protected final AtomicFiles files() {
        return files;
    }

    /** Writes what the file still lacks and closes its streams; the temporary files are then renamed into place. */
    protected abstract void finish() throws IOException;

    /** Closes the streams without finishing the file; the temporary files are then deleted. */
    protected abstract void release() throws IOException;

    @Override
    public final void commit() throws IOException {
        requireOpen();
        finish();
        files.commit();
        committed = true;
    }

    @Override
    public final void close() throws IOException {
        if (closed) return;
        closed = true;
        if (committed) return;
        try (files) {
            release();
        }
    }

    protected final void requireOpen() {
        if (committed || closed) {
            throw new IllegalStateException("The " + format + " writer for " + layerName + " is " + (committed ? "committed" : "closed"));
        }
    }
}
