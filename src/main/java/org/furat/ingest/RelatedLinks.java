package org.furat.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a page's links to other reports, which pages scraped for news keep after (or inside) the report: a heading
 * of {@code data/lexicons/related-links.csv} alone on its line («اقرأ أيضاً:», "Related Articles", «الأكثر قراءة»)
 * and the titles listed under it («- مجهولون يحرقون صهريج نفط قرب حقل التنك», «١. ميليشيا فاطميون تستقدم تعزيزات»), or
 * a heading before one title on its line («اقرأ أيضاً: …»). Other reports' titles tell no event of this one: their
 * event words make no proposal and their dates date nothing. The list ends at a blank line after its titles, or at the
 * first line that is no title: one that ends a sentence with a full stop, or runs longer than a title does. Immutable
 * and thread-safe.
 */
final class RelatedLinks {

    /** The most characters a listed title has. */
    private static final int MAX_TITLE = 160;
    /** The most characters a heading has («مواضيع ذات صلة:»): longer lines are read only for a heading and a colon. */
    private static final int MAX_HEADING = 30;

    private final Set<String> headings = new HashSet<>();

    RelatedLinks() {
        for (LexiconCsv.Row row : LexiconCsv.read("related-links", "language", "phrase")) {
            headings.add(LexiconCsv.folded(row.get("phrase")));
        }
    }

    /** The lines of {@code text} that head or list links to other reports, as spans of the text. */
    List<Span> in(String text) {
        List<Span> found = new ArrayList<>();
        boolean listing = false;
        int titles = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String line = text.substring(start, end).strip();
            if (heading(line)) {
                found.add(Span.of(text, start, end));
                listing = true;
                titles = 0;
            } else if (headingBeforeTitle(line)) {
                found.add(Span.of(text, start, end)); // «اقرأ أيضاً: …» is one link; the report goes on after it
                listing = false;
            } else if (listing && line.isEmpty()) {
                listing = titles == 0; // a blank line ends a list of titles, not the space after its heading
            } else if (listing) {
                if (title(line)) {
                    found.add(Span.of(text, start, end));
                    titles++;
                } else {
                    listing = false;
                }
            }
            start = end + 1;
        }
        return found;
    }

    /** Whether the line is a heading alone: «اقرأ أيضاً:», "Related Articles". */
    private boolean heading(String line) {
        return line.length() <= MAX_HEADING && !line.isEmpty() && headings.contains(LexiconCsv.folded(line));
    }

    /** Whether the line opens on a heading and a colon before a title: «اقرأ أيضاً: مقتل شاب في …», "Read more: …". */
    private boolean headingBeforeTitle(String line) {
        int colon = line.indexOf(':');
        return colon > 0 && colon <= MAX_HEADING && heading(line.substring(0, colon)) && title(line.substring(colon + 1).strip());
    }

    /** Quotes and brackets that close a line, compiled once: every line of every report is read. */
    private static final java.util.regex.Pattern CLOSING_MARKS = java.util.regex.Pattern.compile("[\"'”’»)\\]]+$");

    /** Whether a line may be a title in a list of links: short, and no sentence ended with a full stop (quoted or not). */
    private static boolean title(String line) {
        String end = CLOSING_MARKS.matcher(line).replaceAll("");
        return line.length() <= MAX_TITLE && !end.endsWith(".");
    }
}
