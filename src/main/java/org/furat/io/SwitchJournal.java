package org.furat.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a switch of files is about to do, written to its staging folder before the first file moves: the names of
 * the new files (main file first) and of the files in the target folder they replace (main file first). Its presence
 * says that every new file is complete and on the disk, so recovery can tell from it and from where each file is
 * which files are whose. Immutable.
 */
record SwitchJournal(List<String> newNames, List<String> oldNames) {

    private static final String FILE = "journal";
    private static final String HEADER = "furat export switch 1";

    SwitchJournal {
        newNames = List.copyOf(newNames);
        oldNames = List.copyOf(oldNames);
    }

    /** Writes the journal under a temporary name, forces it to the disk, then renames it into place. */
    void write(StagingFolder staging) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (String name : newNames) text.append("new ").append(escape(name)).append('\n');
        for (String name : oldNames) text.append("old ").append(escape(name)).append('\n');
        text.append("end\n");
        Path partial = staging.dir().resolve(FILE + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Durable.syncFile(partial);
        Files.move(partial, staging.dir().resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
        Durable.syncFolder(staging.dir());
    }

    /** The journal of a staging folder, or empty if the switch never started. */
    static Optional<SwitchJournal> read(StagingFolder staging) throws IOException {
        Path file = staging.dir().resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException none) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals("end")) {
            throw new IOException("The record of an interrupted export in " + staging.dir()
                    + " cannot be read, so it was left as it is; compare its old and new folders with the files beside it, then delete it");
        }
        List<String> newNames = new ArrayList<>();
        List<String> oldNames = new ArrayList<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            if (line.startsWith("new ")) newNames.add(unescape(line.substring(4)));
            else if (line.startsWith("old ")) oldNames.add(unescape(line.substring(4)));
        }
        return Optional.of(new SwitchJournal(newNames, oldNames));
    }

    /** A file name on one line: '%', CR and LF written as %25, %0D and %0A. */
    static String escape(String name) {
        return name.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String unescape(String line) {
        return line.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
    }
}
