package org.furat.io;

import java.io.IOException;

/**
 * Streams features into a file of one format. Nothing is built in memory: memory stays flat however many
 * features are written. The output appears under its final name only when {@link #commit} succeeds;
 * {@link #close} without a commit (after an error or a cancel) deletes the partial temporary files.
 */
public interface FeatureWriter extends AutoCloseable {

    void write(Feature feature) throws IOException;

    /** Finishes the file(s) and moves them to their final name(s). */
    void commit() throws IOException;

    /** Deletes the temporary output if {@link #commit} was not reached. */
    @Override
    void close() throws IOException;
}
