package org.furat.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The header a saved report may start with: lines "URL: …", "DATE: YYYY-MM-DD" (or "unknown") and "LANG: ar|en",
 * then an empty line, as a page is kept with where and when it was published (the development corpus is written so).
 * The report is what follows; the header gives what the importer would otherwise be told. Text whose first lines are
 * anything else, or a date that is not a day, has no header and is read whole: nothing is taken off a report that
 * only looks like one.
 */
record ReportHeader(String url, LocalDate published, String language, String body) {

    /** More lines than this before the first empty one are a report, not a header. */
    private static final int MAX_LINES = 6;

    static Optional<ReportHeader> of(String text) {
        int blank = text.indexOf("\n\n");
        if (blank < 0) return Optional.empty();
        String url = null, language = null;
        LocalDate published = null;
        java.util.List<String> lines = text.substring(0, blank).lines().toList();
        if (lines.isEmpty() || lines.size() > MAX_LINES) return Optional.empty();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) return Optional.empty();
            String value = line.substring(colon + 1).strip();
            switch (line.substring(0, colon).strip().toUpperCase(Locale.ROOT)) {
                case "URL" -> url = value.isEmpty() ? null : value;
                case "LANG" -> {
                    if (!value.isEmpty() && !value.equals("ar") && !value.equals("en")) return Optional.empty();
                    language = value.isEmpty() ? null : value;
                }
                case "DATE" -> {
                    if (!value.isEmpty() && !value.equalsIgnoreCase("unknown")) {
                        try {
                            published = LocalDate.parse(value);
                        } catch (DateTimeParseException e) {
                            return Optional.empty();
                        }
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new ReportHeader(url, published, language, text.substring(blank + 2)));
    }

    /** What the importer was told, with what the header says where it was told nothing. */
    Importer.Metadata filling(Importer.Metadata given) {
        return new Importer.Metadata(given.published() != null ? given.published() : published, given.outlet(),
                given.url() != null ? given.url() : url, given.language() != null ? given.language() : language);
    }
}
