package org.furat.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.furat.text.Proclitics;

/**
 * A person told by name: a given name of data/lexicons/given-names.csv followed by a family or father's name
 * («محمد العلي», «أحمد حسين يعقوب», "Mohammed al-Ali", "Khaled Hamoud"). A name alone («محمد») or followed by a word of
 * the grammar («محمد في») is not read as one: villages and words share names. Stateless.
 */
final class PersonsNames {

    private PersonsNames() {}

    /** The most words after the given name read as the rest of the name. */
    private static final int MORE_NAMES = 3;

    private static final Set<String> GIVEN = new HashSet<>();
    /** The given names with «و» (and) written onto them, looked up whole: every word is asked. */
    private static final Set<String> GIVEN_AFTER_AND = new HashSet<>();
    private static final Set<String> GRAMMAR = new HashSet<>();

    static {
        for (LexiconCsv.Row row : LexiconCsv.read("given-names", "language", "name")) {
            GIVEN.add(LexiconCsv.words(row.get("name"))[0].toLowerCase(Locale.ROOT));
        }
        for (String name : GIVEN) GIVEN_AFTER_AND.add("و" + name);
        for (LexiconCsv.Row row : LexiconCsv.read("function-words", "language", "word")) {
            String[] words = LexiconCsv.words(row.get("word"));
            if (words.length == 1) GRAMMAR.add(words[0]);
        }
    }

    /**
     * The index of the word after the person's name starting at word {@code k}, or -1 where none starts there. The
     * given name may carry «و» (and): «وأحمد الحسين»; {@link #conjoined} tells.
     */
    static int endOfName(TokenizedText w, int k) {
        // «مقتل المدعو محمد العلي»: "the one called", before a name.
        if (k + 1 < w.size() && CALLED.contains(w.form(k)) && w.joined(k + 1)) k++;
        if (k >= w.size() || !GIVEN.contains(w.form(k)) && !conjoined(w, k)) return -1;
        int end = k + 1;
        while (end < w.size() && end - k <= MORE_NAMES && w.joined(end) && nameWord(w, end)) {
            // «محمد العلي برصاص»: a family name with the article ends the name.
            if (w.form(end++).startsWith("ال")) break;
        }
        return end > k + 1 ? end : -1;
    }

    /** Whether word {@code k} is a given name with «و» (and) attached. */
    static boolean conjoined(TokenizedText w, int k) {
        return GIVEN_AFTER_AND.contains(w.form(k));
    }

    /**
     * Whether word {@code k} may be part of a name: an Arabic word of no grammar with no preposition or conjunction
     * attached («برصاص», «وقتل»), or a capitalised Latin one.
     */
    private static boolean nameWord(TokenizedText w, int k) {
        String form = w.form(k);
        if (Proclitics.isArabicLetter(form.charAt(0))) {
            return form.length() >= 3 && !GRAMMAR.contains(form) && (form.startsWith("ال") || GIVEN.contains(form) || !PROCLITICS.contains(form.charAt(0)));
        }
        if (LatinSpellings.ARTICLES.contains(form)) return k + 1 < w.size() && w.joined(k + 1) && w.get(k + 1).capitalised();
        return w.get(k).capitalised();
    }

    /** «المدعو», «المدعوة», as written (normalised): the one called. */
    private static final Set<String> CALLED = Set.of("المدعو", "المدعوه");

    /**
     * Letters of «و», «ب», «ل» written onto a word («برصاص», «وقتل»); not «ف» or «ك», with which family names start
     * more often than those words follow a name («خالد فرحان»).
     */
    private static final Set<Character> PROCLITICS = Set.of('و', 'ب', 'ل');
}
