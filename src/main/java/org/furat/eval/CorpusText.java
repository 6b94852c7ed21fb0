package org.furat.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * A corpus text file: a header of {@code URL:}, {@code DATE:} (a date or "unknown") and {@code LANG:} lines, an
 * empty line, then the body, which is what an importer reads and what the evidence offsets point into.
 */
public record CorpusText(String url, LocalDate published, String lang, String body) {

    public static CorpusText parse(String file, String content) {
        int blank = content.indexOf("\n\n");
        if (blank < 0) throw new IllegalArgumentException(file + " has no empty line after its header");
        String url = null, lang = null;
        LocalDate published = null;
        for (String line : content.substring(0, blank).lines().toList()) {
            int colon = line.indexOf(':');
            if (colon < 0) throw new IllegalArgumentException(file + ": header line without a name: " + line);
            String name = line.substring(0, colon).strip(), value = line.substring(colon + 1).strip();
            switch (name) {
                case "URL" -> url = value;
                case "LANG" -> lang = value.isEmpty() ? null : value;
                case "DATE" -> published = date(file, value);
                default -> { } // Other header lines say nothing the importer uses.
            }
        }
        return new CorpusText(url, published, lang, content.substring(blank + 2));
    }

    private static LocalDate date(String file, String value) {
        if (value.isEmpty() || value.equalsIgnoreCase("unknown")) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": DATE is neither YYYY-MM-DD nor unknown: " + value);
        }
    }

    /** SHA-1 of the body's UTF-8 bytes, as the annotations' body_sha1 records it. */
    public String bodySha1() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java without SHA-1", e);
        }
    }
}
