package org.furat.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one export, written into a staging folder beside their targets ({@link StagingFolder}) and switched
 * into place all together at {@link #commit} ({@link FileSwitch}): a reader finds either every old file or every new
 * one, never a mix; a failed or cancelled export leaves nothing, and one killed midway is finished or undone by the
 * recovery that the next export to the folder runs first ({@link ExportRecovery}). Not thread-safe.
 */
public final class AtomicFiles implements AutoCloseable {

    private final List<String> names = new ArrayList<>();
    private final List<String> alsoReplaced = new ArrayList<>();
    private StagingFolder staging;
    private boolean done;

    /**
     * A new, empty file to write the content of {@code target} to. The first target asked for is the main file (the
     * .shp of a shapefile): it is the last to appear in the switch. The folder's interrupted exports must have been
     * recovered before ({@link ExportRecovery}, which {@code app.Exporter} runs first): a staging folder left by one
     * makes this fail as if that export were still running.
     */
    public Path temporaryFor(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) throw new IOException("The folder of " + target + " does not exist");
        if (!Files.isWritable(folder)) throw new IOException("The folder " + folder + " is not writable");
        if (staging == null) {
            staging = StagingFolder.create(absolute);
        } else if (!folder.equals(staging.targetFolder())) {
            throw new IllegalArgumentException(target + " is not in the folder of " + names.get(0));
        }
        String name = absolute.getFileName().toString();
        if (names.contains(name)) throw new IllegalArgumentException(target + " is asked for twice");
        names.add(name);
        return Files.createFile(staging.staged(name));
    }

    /** A file in the target folder that the switch removes with the old files, such as an index of the old content. */
    public void alsoReplaces(Path file) {
        alsoReplaced.add(file.getFileName().toString());
    }

    /** Switches every file into place together, then removes the staging folder. */
    public void commit() throws IOException {
        if (done) throw new IllegalStateException("The files of " + names + " are already committed or abandoned");
        done = true;
        FileSwitch.run(staging, names, alsoReplaced);
    }

    /** Deletes the temporary files after {@code failure}, to which an error in doing so is added as suppressed. */
    public void abandon(Exception failure) {
        try {
            close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Deletes the temporary files unless they were committed. */
    @Override
    public void close() throws IOException {
        if (done || staging == null) return;
        done = true;
        staging.delete();
    }
}
