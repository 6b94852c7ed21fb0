package org.furat.app;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.furat.ingest.Language;
import org.furat.model.Evidence;
import org.furat.model.Source;
import org.furat.model.TimePrecision;
import org.furat.store.SeedData;

/**
 * What an analyst writes to support an incident they add by hand when no stored report says it: their own words and
 * where they read it (a URL). Kept as a source of its own, so the incident's evidence points into it as into any
 * report, exports name it, and the database check holds every incident to having evidence. The same words are one
 * source, whichever incidents cite them.
 */
public record AnalystNote(String text, String url) {

    /** The outlet a note is listed under, in lists and exports. */
    public static final String OUTLET = "Analyst's note";

    public AnalystNote {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("A note needs words: say what the incident is and where it was reported");
        text = text.strip();
        url = url == null || url.isBlank() ? null : url.strip();
    }

    /**
     * The note of an incident added with no source: it says so, so the incident's evidence is honest about resting on
     * the analyst's word alone (and every such incident cites this one note).
     */
    public static AnalystNote noneGiven() {
        return new AnalystNote("Added by hand; no source was given.", null);
    }

    /** The note as a source: keyed by its words, published today at day precision, in the language its letters say. */
    public Source source() {
        String sha = SeedData.sha256(text);
        String language = Language.detect(text);
        String firstLine = text.lines().findFirst().orElse(text);
        return new Source(key(), OUTLET, firstLine.length() > 120 ? firstLine.substring(0, 120) + "…" : firstLine, url,
                language == null ? "en" : language, LocalDate.now(ZoneOffset.UTC), TimePrecision.DAY, "the day the note was written", text, sha);
    }

    public String key() {
        return "note-" + SeedData.sha256(text).substring(0, 12);
    }

    /** Evidence for the given fields: the whole note. */
    public Evidence evidence(List<String> fields) {
        return new Evidence(key(), 0, text.length(), fields);
    }
}
