package org.furat.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The letters Arabic attaches in front of a word, and every rule Furat has for seeing through them: the
 * conjunctions و ف, the prepositions ب ك ل and the article ال. One place for them, because the search index,
 * the name matcher and the lexicon matcher must agree on what a prefix is. Works on normalised words (see
 * {@link ArabicNormalizer#normalize}). Stateless and thread-safe.
 *
 * <h2>The search stem</h2>
 * {@link #stem} removes attached proclitics, repeatedly and in any order, while a single letter leaves at least
 * three letters behind and ال at least two (ل + ال, written لل, is thus two steps). Stripping repeats rather than
 * follows the grammatical sequences so that a word gets one key with and without any prefix: a stem that merely
 * starts with one of those letters loses it in every form alike (لجنة, اللجنة, للجنة all give جنه; بلبل and
 * البلبل give لبل), which costs some precision and keeps recall. Short words keep their letters (ولد, بيت, وقت
 * stay), so their prefixed forms (بولد) do not meet them. A few stems are kept whole wherever the stripping
 * reaches them: the name of God (الله, لله, والله, بالله give الله), and place names and nouns of the region's
 * news that would otherwise collide with other words (فرات, بوكمال, فرقه, لواء, ...). Words that do not start
 * with an Arabic letter are not stemmed. Changing these rules changes the search keys: a search index built with
 * the old ones must be rebuilt.
 *
 * <h2>Matching a lexicon word</h2>
 * {@link #matchWord} is stricter and says where the prefix ends: an Arabic word of three letters or more also
 * matches with up to three attached proclitics (و ف ب ل ك, in any combination) before it, with the article ال
 * after them when the lexicon word has none, and with ل + ال written لل ({@code لليوم} matches {@code اليوم}). The
 * answer is how many leading chars are proclitics to leave out of a span (the article and the لل form are kept).
 * Latin words match exactly. {@link #cores} lists the endings a lexicon word matching a text word may have, so
 * that a lexicon can be filed by them and only the few entries that can match are tried.
 *
 * <h2>Names</h2>
 * {@link #attachedTo} says whether a text word is a place name's word with attachments in front, and
 * {@link #withoutFirst} gives a word's other reading without a first proclitic letter that {@link #stem} kept.
 */
public final class Proclitics {

    /** The attached conjunctions and prepositions. */
    private static final String LETTERS = "وفبلك";
    private static final String ARTICLE = "ال";
    /** The letters of attached proclitics and of the article. */
    private static final String ATTACHED = LETTERS + ARTICLE;
    private static final char ALEF = '\u0627';
    private static final char LAM = '\u0644';
    private static final String ALLAH = "الله";
    /** ل + الله, written with two lams. */
    private static final String LILLAH = "لله";
    /**
     * Normalised stems that start with a proclitic letter yet are kept whole by {@link #stem}, so that they meet
     * neither each other nor unrelated words once stripped (فرقه would become رقه, the key of الرقة; بوكمال would
     * become مال): the name of God, place names of the region and frequent nouns of its news.
     */
    private static final Set<String> KEPT_WHOLE = Set.of(
            ALLAH, "اللهم",
            "فرات", "بوكمال", "كمال", "بوليل", "باغوز", "بصيره", "كسره", "بقرص", "كشكيه", "باديه",
            "فرقه", "لواء", "ولايه", "وزير", "وزاره", "كتيبه", "كتايب", "فصيل", "فصايل", "بلده", "بلدات");

    /**
     * {@link #KEPT_WHOLE} by length, and «لله» (read as «الله»): {@link #stem} compares the rest of a word with those of
     * its length in place: cutting it out to look it up was most of the time a stem took.
     */
    private static final String[][] KEPT_BY_LENGTH = byLength(KEPT_WHOLE, LILLAH);

    private Proclitics() {}

    /**
     * Whether a normalised Arabic word carries the article, after up to two attached proclitics or as «لل»: «القصف»,
     * «وبالغارة», «للقصف».
     */
    public static boolean hasArticle(String normalizedWord) {
        return DEFINITE.matcher(normalizedWord).matches();
    }

    /** The article after up to two proclitics, or ل + ال written with two lams after a conjunction. */
    private static final java.util.regex.Pattern DEFINITE =
            java.util.regex.Pattern.compile("([" + LETTERS + "]{0,2}" + ARTICLE + "|[وف]?لل).+");

    /** Whether {@code c} is an attached conjunction or preposition (و ف ب ل ك). */
    public static boolean isProclitic(char c) {
        return LETTERS.indexOf(c) >= 0;
    }

    /** A letter of the Arabic alphabet proper (with its Persian and Urdu additions), as lexicon matching reads it. */
    public static boolean isArabicLetter(char c) {
        return c >= 0x0620 && c <= 0x064A || c >= 0x0671 && c <= 0x06D3;
    }

    // ---- the search stem

    /**
     * A normalised word without its attached proclitics (see the class comment). Words that do not start
     * with an Arabic letter come back unchanged, as does anything too short to strip.
     */
    public static String stem(String normalizedWord) {
        if (normalizedWord == null) return "";
        String w = normalizedWord;
        if (w.isEmpty() || !Script.isArabic(w.charAt(0))) return w;
        int from = 0;
        while (true) {
            int left = w.length() - from;
            if (left < KEPT_BY_LENGTH.length) {
                char first = w.charAt(from);
                for (String kept : KEPT_BY_LENGTH[left]) {
                    if (kept.charAt(0) == first && w.startsWith(kept, from)) return kept.equals(LILLAH) ? ALLAH : kept;
                }
            }
            if (left >= 4 && w.charAt(from) == ALEF && w.charAt(from + 1) == LAM) {
                from += 2;
            } else if (left >= 4 && isProclitic(w.charAt(from))) {
                from += 1;
            } else {
                return w.substring(from);
            }
        }
    }

    private static String[][] byLength(Set<String> words, String more) {
        List<String> all = new ArrayList<>(words);
        all.add(more);
        int longest = all.stream().mapToInt(String::length).max().orElse(0);
        String[][] byLength = new String[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            int length = n;
            byLength[n] = all.stream().filter(word -> word.length() == length).toArray(String[]::new);
        }
        return byLength;
    }

    /**
     * The other reading of an Arabic word whose {@code stem} is the word itself: without its first letter when
     * that is a proclitic and two letters or more remain («وحمص» read as «حمص»), or null. {@link #stem} keeps
     * such a word whole because stripping stops at three letters, or the word is kept whole.
     */
    public static String withoutFirst(String form, String stem) {
        if (stem.equals(form) && form.length() >= 3 && isProclitic(form.charAt(0))) return form.substring(1);
        return null;
    }

    // ---- matching a lexicon word

    /**
     * How many leading chars of text word {@code word} are proclitics to leave out when it matches lexicon
     * word {@code pattern} (see the class comment), or -1 when it does not match.
     */
    public static int matchWord(String word, String pattern) {
        return matchWord(word, word.length(), pattern);
    }

    /** Like {@link #matchWord}, also taking an Arabic accusative ending ("عنصراً", "جريحاً") as the bare noun. */
    public static int matchNoun(String word, String pattern) {
        int m = matchWord(word, pattern);
        if (m >= 0 || word.length() < 4 || word.charAt(word.length() - 1) != 'ا' || !isArabicLetter(word.charAt(0))) {
            return m;
        }
        return matchWord(word, word.length() - 1, pattern);
    }

    /**
     * {@link #matchWord}, also taking a two-letter pattern after the conjunction و or ف: «ولم» is «لم», «وأمه»
     * (a stem «وام») is «أم». {@code matchWord} lets no proclitic onto a two-letter pattern, where after ب ل ك
     * it is too often the end of another word; only callers that expect such a word ask for this.
     */
    public static int matchConjoined(String word, String pattern) {
        int m = matchWord(word, pattern);
        if (m >= 0 || pattern.length() != 2 || word.length() != 3 || (word.charAt(0) != 'و' && word.charAt(0) != 'ف')) {
            return m;
        }
        return word.endsWith(pattern) ? 1 : -1;
    }

    /**
     * {@link #matchWord} on the first {@code length} chars of {@code word}. It compares in place rather than
     * cutting the word into substrings: it runs for every lexicon word tried at every word of a text.
     */
    private static int matchWord(String word, int length, String pattern) {
        if (length == pattern.length() && word.startsWith(pattern)) return 0;
        if (pattern.isEmpty() || !isArabicLetter(pattern.charAt(0)) || !isArabicLetter(word.charAt(0))) return -1;
        boolean hasArticle = pattern.startsWith(ARTICLE);
        if (!hasArticle && pattern.length() >= 2 && endsWith(word, length, 0, ARTICLE, pattern)) return 0;
        if (pattern.length() < 3) return -1;
        int max = Math.min(3, length - 2);
        for (int k = 1; k <= max; k++) {
            if (!isProclitic(word.charAt(k - 1))) break;
            // The rest of the word, from k, is the pattern, the article and the pattern, or (after a ل) the
            // pattern with ل + ال written لل.
            if (endsWith(word, length, k, "", pattern)) return k;
            if (!hasArticle && endsWith(word, length, k, ARTICLE, pattern)) return k;
            if (word.charAt(k - 1) == LAM) {
                if (hasArticle && length - k == pattern.length() - 1 && word.regionMatches(k, pattern, 1, pattern.length() - 1)) {
                    return k - 1;
                }
                if (!hasArticle && endsWith(word, length, k, "ل", pattern)) return k - 1;
            }
        }
        return -1;
    }

    /** Whether the first {@code length} chars of {@code word}, from {@code from}, are {@code head} + {@code tail}. */
    private static boolean endsWith(String word, int length, int from, String head, String tail) {
        return length - from == head.length() + tail.length() && word.startsWith(head, from)
                && word.startsWith(tail, from + head.length());
    }

    /**
     * The endings of the normalised word {@code form} that a lexicon word matching it may have as its core
     * (the lexicon word without a leading ال): the word from each of its first six chars on, as long as the chars
     * left out could be attached proclitics or an article (و ف ب ل ك ا), and the same for the word without an
     * accusative alef.
     */
    public static String[] cores(String form) {
        List<String> endings = new ArrayList<>(8);
        addEndings(form, form.length(), endings);
        int accusative = accusativeEnd(form);
        if (accusative > 0) addEndings(form, accusative, endings);
        return endings.toArray(String[]::new);
    }

    /**
     * Where the {@linkplain #cores cores} of {@code form} read without an accusative alef end, or -1 when it has
     * none: its length less one for an Arabic word of four letters or more ending in ا.
     */
    public static int accusativeEnd(String form) {
        return form.length() >= 4 && form.charAt(form.length() - 1) == 'ا' && isArabicLetter(form.charAt(0))
                ? form.length() - 1 : -1;
    }

    /**
     * The last char of the first {@code length} chars of {@code form} that a {@linkplain #cores core} ending there
     * may start at (cores start at every char from 0 to it), or -1 when {@code length} is 0: at most the sixth char
     * and the last, and only after chars that may be attached proclitics or an article.
     */
    public static int lastCoreStart(String form, int length) {
        if (length <= 0) return -1;
        int k = 0;
        while (k < Math.min(5, length - 1) && ATTACHED.indexOf(form.charAt(k)) >= 0) k++;
        return k;
    }

    /** A lexicon word without its article: the part any text word it matches ends with (see {@link #cores}). */
    public static String core(String lexiconWord) {
        return lexiconWord.startsWith(ARTICLE) && lexiconWord.length() > 2 ? lexiconWord.substring(2) : lexiconWord;
    }

    private static void addEndings(String form, int length, List<String> endings) {
        for (int k = 0, last = lastCoreStart(form, length); k <= last; k++) endings.add(form.substring(k, length));
    }

    // ---- names

    /**
     * Whether {@code text} is {@code name} with attachments in front: an article, and on a name's first word a
     * conjunction (و ف) and a preposition (ب ك ل), with ل + ال written «لل». A name's own article may be left out.
     */
    public static boolean attachedTo(String text, String name, boolean first) {
        String core = name.startsWith(ARTICLE) && name.length() > 3 ? name.substring(2) : name;
        if (!text.endsWith(core)) return false;
        String front = text.substring(0, text.length() - core.length());
        if (front.isEmpty() || front.equals(ARTICLE)) return true;
        if (!first) return false;
        int k = 0;
        if (k < front.length() && (front.charAt(k) == 'و' || front.charAt(k) == 'ف')) k++;
        if (k < front.length() && "بكل".indexOf(front.charAt(k)) >= 0) k++;
        String rest = front.substring(k);
        return rest.isEmpty() || rest.equals(ARTICLE) || (rest.equals("ل") && front.charAt(k - 1) == LAM);
    }
}
