package org.furat.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a user typed into a search box, reduced to search keys (see {@link ArabicNormalizer#searchKey}): a text
 * matches when every term is the prefix of one of its words. Immutable and thread-safe; {@link #parse} accepts
 * any string, and quotes, operators and other query syntax count only as word separators, never as syntax.
 */
public final class SearchQuery {

    /** At most this many terms are kept; later words are ignored. */
    public static final int MAX_TERMS = 32;
    /** Longer terms are cut to this many chars, which as prefixes still match the longer words. */
    public static final int MAX_TERM_LENGTH = 64;

    private static final SearchQuery EMPTY = new SearchQuery(List.of());

    private final List<String> terms;

    private SearchQuery(List<String> terms) {
        this.terms = terms;
    }

    /** The query for {@code userInput}; {@code null}, blank or punctuation-only input gives the empty query. */
    public static SearchQuery parse(String userInput) {
        if (userInput == null || userInput.isEmpty()) return EMPTY;
        String key = ArabicNormalizer.searchKey(userInput);
        Set<String> terms = new LinkedHashSet<>();
        int i = 0;
        while (i < key.length() && terms.size() < MAX_TERMS) {
            int space = key.indexOf(' ', i);
            int end = space < 0 ? key.length() : space;
            if (end > i) terms.add(truncate(key.substring(i, end)));
            i = end + 1;
        }
        return terms.isEmpty() ? EMPTY : new SearchQuery(List.copyOf(terms));
    }

    /** The search keys of the query's words, in order of first appearance, without repeats. */
    public List<String> terms() { return terms; }

    /** Whether there is nothing to search for (every text would match). */
    public boolean isEmpty() { return terms.isEmpty(); }

    /**
     * The query as an SQLite FTS5 MATCH expression over a column of search keys: each term as a quoted prefix
     * ({@code "term"*}), all of them required. Bind it as a parameter. Empty for the empty query, which FTS5
     * rejects: check {@link #isEmpty} first.
     */
    public String fts5Match() {
        StringBuilder match = new StringBuilder();
        for (String term : terms) {
            if (match.length() > 0) match.append(' ');
            match.append('"').append(term.replace("\"", "\"\"")).append("\"*");
        }
        return match.toString();
    }

    /**
     * Whether a text whose search key is {@code searchKeyOfDocument} matches, as {@link #fts5Match} would have
     * it: every term is the prefix of some space-separated word of the key. The empty query matches everything;
     * a {@code null} key counts as empty.
     */
    public boolean matches(String searchKeyOfDocument) {
        if (terms.isEmpty()) return true;
        String key = searchKeyOfDocument == null ? "" : searchKeyOfDocument;
        for (String term : terms) {
            if (!hasWordStartingWith(key, term)) return false;
        }
        return true;
    }

    private static boolean hasWordStartingWith(String key, String term) {
        int from = 0;
        while (true) {
            int at = key.indexOf(term, from);
            if (at < 0) return false;
            if (at == 0 || key.charAt(at - 1) == ' ') return true;
            from = at + 1;
        }
    }

    private static String truncate(String term) {
        if (term.length() <= MAX_TERM_LENGTH) return term;
        int end = MAX_TERM_LENGTH;
        if (Character.isHighSurrogate(term.charAt(end - 1))) end--;
        return term.substring(0, end);
    }

    @Override
    public boolean equals(Object o) { return o instanceof SearchQuery q && terms.equals(q.terms); }

    @Override
    public int hashCode() { return terms.hashCode(); }

    @Override
    public String toString() { return "SearchQuery" + terms; }
}
