package org.furat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a lexicon from data/lexicons/ (packaged at /org/furat/data/lexicons/): CSV rows after the header. */
final class Lexicon {
    private Lexicon() {}

    static List<String[]> rows(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream("/org/furat/data/lexicons/" + name)) {
            if (in == null) throw new IllegalStateException("The lexicon data/lexicons/" + name + " is missing from the build");
            List<String[]> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                rows.add(line.split(",", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the lexicon data/lexicons/" + name, e);
        }
    }
}
