package org.furat.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.furat.model.Casualties;
import org.furat.text.Proclitics;

/**
 * Numbers written in words or digits, found among the words of a {@link TokenizedText}. Lexicon words are
 * normalised when they are loaded ({@link LexiconCsv#words}) and compared with the proclitic rules of
 * {@link Proclitics#matchWord}; a phrase never runs across a sentence break.
 *
 * <h2>The lexicons</h2>
 * {@code data/lexicons/number-words.csv} lists, per language, cardinals (with their feminine, masculine,
 * construct and case forms), scales (مئة، ألف، hundred, thousand) that multiply the number before them or
 * stand for themselves, vague quantities with a low and a high bound (عشرات 20–99, مئات 200–999, dozens…),
 * ordinals, the article "a/an" (one, but only before a noun) and the link words من / of that may stand
 * between a quantity and its noun. Arabic compounds join with و ("خمسة وعشرون" is 25, "مئة وخمسون" 150),
 * English tens with a following unit ("twenty five") or "and" after a scale. Digits may carry a proclitic
 * ("و5").
 *
 * <p>{@code data/lexicons/quantity-qualifiers.csv} lists the words that turn a figure into a range; see
 * {@link Rule}. Immutable and thread-safe.
 */
final class NumberWords {

    enum Kind { CARDINAL, ORDINAL, SCALE, VAGUE, ARTICLE, LINK }

    /**
     * What a qualifier does to a figure N. APPROX ("نحو 20", "about 20"): best N, bounds N ± a quarter of N
     * rounded up (at least ± 1, low never under 1), so 20 gives 15–25. MORE_THAN ("أكثر من 10") and AT_LEAST
     * ("ما لا يقل عن 5", "at least 5"): best and low N, no high: the figure a report states is the conservative
     * count that incident datasets record (ACLED codes "more than 10 killed" as 10). UP_TO ("ما يصل
     * إلى 10", "up to 10"): best N, the figure the report states, low 1, high N. LESS_THAN: low 1, high N − 1. A vague quantity keeps its own range whatever
     * the qualifier. A qualifier of rule exact in the lexicon ("a total of 17", «ما مجموعه 17») says the figure is the
     * whole count: it is read as no rule, N.
     */
    enum Rule { APPROX, MORE_THAN, AT_LEAST, UP_TO, LESS_THAN }

    record Entry(Kind kind, String[] words, Integer value, Integer low, Integer high) {}

    record Qualifier(Rule rule, boolean after, String[] words) {}

    /**
     * A figure in the text: exact ({@code value}) or vague ({@code low}–{@code high}), over words
     * [{@code start}, {@code end}), with the proclitic chars of its first word to leave out of a span.
     */
    record Count(Integer value, Integer low, Integer high, int start, int end, int trim, boolean needsNoun,
                 Rule rule) {

        Count withRule(Rule r, int newStart, int newEnd, int newTrim) {
            return new Count(value, low, high, newStart, newEnd, newTrim, needsNoun, r);
        }

        Count withEnd(int newEnd) { return new Count(value, low, high, start, newEnd, trim, needsNoun, rule); }

        /** The count as casualties, the qualifier's rule applied (see {@link Rule}). */
        Casualties casualties() {
            if (value == null) return new Casualties(null, low, high);
            int n = value;
            if (rule == null) return Casualties.exactly(n);
            return switch (rule) {
                case APPROX -> {
                    int delta = Math.max(1, (n + 3) / 4);
                    yield new Casualties(n, Math.min(n, Math.max(1, n - delta)), n + delta);
                }
                case MORE_THAN, AT_LEAST -> new Casualties(n, n, null);
                case UP_TO -> new Casualties(n, Math.min(1, n), n);
                case LESS_THAN -> n <= 1 ? new Casualties(null, null, 0) : new Casualties(null, 1, n - 1);
            };
        }
    }

    private static final String SENTENCE_BREAKS = ".!?؟;؛:\n\r\u2029";
    /** A figure, with a proclitic or two before it, and with thousands separators or without: "40,000", «و12». */
    private static final Pattern DIGITS = Pattern.compile("([وفبلك]{0,2})(\\d{1,3}(?:[,\u066C]\\d{3}){1,2}|\\d{1,9})");
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d{1,2})(st|nd|rd|th)");

    private static final class Holder {
        static final NumberWords STANDARD = load();
    }

    private final Map<Kind, FirstWordIndex<Entry>> entries = new EnumMap<>(Kind.class);
    /** Every entry, of whatever kind: most words start none, which one look here tells. */
    private final FirstWordIndex<Entry> anyEntry;
    private final FirstWordIndex<Qualifier> qualifiers;

    NumberWords(List<Entry> entries, List<Qualifier> qualifiers) {
        this.anyEntry = new FirstWordIndex<>(entries, e -> e.words()[0]);
        for (Kind kind : Kind.values()) {
            List<Entry> ofKind = entries.stream().filter(e -> e.kind() == kind).toList();
            this.entries.put(kind, new FirstWordIndex<>(ofKind, e -> e.words()[0]));
        }
        this.qualifiers = new FirstWordIndex<>(qualifiers, q -> q.words()[0]);
    }

    /** The lexicons of {@code data/lexicons/}, loaded once. */
    static NumberWords standard() { return Holder.STANDARD; }

    private static NumberWords load() {
        List<Entry> entries = new ArrayList<>();
        for (LexiconCsv.Row row : LexiconCsv.read("number-words", "language", "phrase", "kind", "value", "low", "high")) {
            Kind kind;
            try {
                kind = Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind '" + row.get("kind") + "'");
            }
            String[] words = LexiconCsv.words(row.get("phrase"));
            if (words.length == 0) throw row.error("empty phrase");
            Integer value = row.integer("value");
            Integer low = row.integer("low");
            Integer high = row.integer("high");
            if (kind == Kind.VAGUE ? low == null : (kind != Kind.LINK && value == null)) {
                throw row.error("a " + kind.name().toLowerCase(Locale.ROOT) + " needs "
                        + (kind == Kind.VAGUE ? "a low bound" : "a value"));
            }
            entries.add(new Entry(kind, words, value, low, high));
        }
        List<Qualifier> qualifiers = new ArrayList<>();
        for (LexiconCsv.Row row : LexiconCsv.read("quantity-qualifiers", "language", "phrase", "rule", "position")) {
            Rule rule;
            try {
                rule = row.get("rule").equals("exact") ? null : Rule.valueOf(row.get("rule").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown rule '" + row.get("rule") + "'");
            }
            String position = row.get("position");
            if (!position.equals("before") && !position.equals("after")) {
                throw row.error("position must be 'before' or 'after', not '" + position + "'");
            }
            qualifiers.add(new Qualifier(rule, position.equals("after"), LexiconCsv.words(row.get("phrase"))));
        }
        return new NumberWords(entries, qualifiers);
    }

    // ---- numbers

    /** The longest lexicon entry of {@code kind} at word {@code i}, or null. */
    Entry longest(TokenizedText w, int i, Kind kind) {
        Entry best = null;
        for (Entry e : entries.get(kind).at(w, i)) {
            if (best != null && e.words().length <= best.words().length) continue;
            if (w.phraseAt(i, e.words()) != null) best = e;
        }
        return best;
    }

    /** The value of an ordinal ("الثاني", "second", "2nd") at word {@code i}, with where it ends, or null. */
    int[] ordinal(TokenizedText w, int i) {
        if (i >= w.size()) return null;
        if (Character.isDigit(w.form(i).charAt(0))) {
            Matcher m = ORDINAL_DIGITS.matcher(w.form(i));
            if (m.matches()) return new int[] {Integer.parseInt(m.group(1)), i + 1};
        }
        Entry e = longest(w, i, Kind.ORDINAL);
        if (e == null) return null;
        int end = i + e.words().length;
        // «السابع والعشرين» (the twenty-seventh): a unit, then «و» and its tens.
        if (e.value() != null && e.value() < 10 && end < w.size() && w.joined(end) && w.form(end).startsWith("و")) {
            Integer tens = ORDINAL_TENS.get(w.form(end).substring(1));
            if (tens != null) return new int[] {tens + e.value(), end + 1};
        }
        return new int[] {e.value(), end};
    }

    /** Arabic tens as an ordinal's second part, as written (normalised): «والعشرين», «والثلاثين». */
    private static final java.util.Map<String, Integer> ORDINAL_TENS = java.util.Map.of(
            "العشرين", 20, "العشرون", 20, "الثلاثين", 30, "الثلاثون", 30, "الاربعين", 40, "الخمسين", 50);

    /** Whether word {@code i} is a link word (من, of). */
    boolean isLink(TokenizedText w, int i) {
        return i < w.size() && longest(w, i, Kind.LINK) != null;
    }

    /**
     * A count starting at word {@code i}, with any qualifier before it (an after-qualifier is for the caller,
     * see {@link #qualifierAfter}), or null.
     */
    Count count(TokenizedText w, int i) {
        if (i >= w.size()) return null;
        Qualifier q = null;
        TokenizedText.Hit qh = null;
        for (Qualifier c : qualifiers.at(w, i)) {
            if (c.after()) continue;
            TokenizedText.Hit h = w.phraseAt(i, c.words());
            if (h != null && (qh == null || h.end() > qh.end()) && h.end() < w.size() && w.joined(h.end())) {
                q = c;
                qh = h;
            }
        }
        if (qh != null) {
            Count bare = bareCount(w, qh.end());
            if (bare != null) return bare.withRule(bare.value() == null ? null : q.rule(), i, bare.end(), qh.trim());
        }
        Count between = between(w, i);
        if (between != null) return between;
        Count bare = bareCount(w, i);
        Count range = bare == null ? null : upTo(w, bare);
        return range != null ? range : bare;
    }

    /**
     * "seven to nine", «7 إلى 9» from the figure {@code low}: a range as "between" gives one (see {@link #between}),
     * or null where no higher figure follows "to".
     */
    private Count upTo(TokenizedText w, Count low) {
        if (low.value() == null || low.end() + 1 >= w.size() || !w.joined(low.end()) || !w.joined(low.end() + 1) || year(w, low)) return null;
        if (!TO.contains(w.lower(low.end()))) return null;
        Count high = bareCount(w, low.end() + 1);
        if (high == null || high.value() == null || high.value() <= low.value() || year(w, high)) return null;
        return new Count(null, low.value(), high.value(), low.start(), high.end(), low.trim(), high.needsNoun(), null);
    }

    /** "to", «إلى» as written (normalised) between the bounds of a range. */
    private static final java.util.Set<String> TO = java.util.Set.of("to", "الي");

    /**
     * "between four and nine", «بين 4 و9» at word {@code i}: a range, with no best figure, whose lower bound is the
     * figure incident datasets record. Null where word {@code i} opens no such range.
     */
    private Count between(TokenizedText w, int i) {
        int at = i;
        if (at < w.size() && w.form(at).equals("ما") && at + 1 < w.size()) at++; // «ما بين»
        if (at + 1 >= w.size() || !BETWEEN.contains(w.lower(at)) || !w.joined(at + 1)) return null;
        Count low = bareCount(w, at + 1);
        if (low == null || low.value() == null || low.end() >= w.size() || !w.joined(low.end()) || year(w, low)) return null;
        String and = w.lower(low.end());
        // «بين أربعة وتسعة»: the conjunction written onto a number word reads with it.
        int highAt = and.equals("and") || and.equals("و") ? low.end() + 1 : and.startsWith("و") ? low.end() : -1;
        if (highAt < 0 || highAt >= w.size()) return null;
        Count high = bareCount(w, highAt);
        if (high == null || high.value() == null || high.value() <= low.value() || year(w, high)) return null;
        return new Count(null, low.value(), high.value(), i, high.end(), 0, high.needsNoun(), null);
    }

    /** Whether a figure written in four digits reads as a year ("between 2015 and 2019"). */
    private static boolean year(TokenizedText w, Count c) {
        // "between 2,000 and 3,000 people": a figure written with a thousands separator is no year.
        return c.value() >= 1900 && c.value() <= 2100 && w.form(c.end() - 1).indexOf(',') < 0 && w.form(c.end() - 1).indexOf('\u066C') < 0;
    }

    /** «بين», "between", as written (normalised). */
    private static final java.util.Set<String> BETWEEN = java.util.Set.of("between", "بين");

    /** A qualifier such as "على الأقل" / "at least" after a figure at word {@code i}, or null. */
    Qualifier qualifierAfter(TokenizedText w, int i) {
        if (i >= w.size() || !w.joined(i)) return null;
        for (Qualifier c : qualifiers.at(w, i)) {
            if (c.after() && w.phraseAt(i, c.words()) != null && w.form(i).equals(c.words()[0])) return c;
        }
        return null;
    }

    /** Whether word {@code i} is written «وأحد» or «وإحدى»: «و» and «أحد», not «واحد». */
    private static boolean andOne(TokenizedText w, int i) {
        String written = w.original().substring(w.get(i).start(), w.get(i).end());
        return written.length() > 2 && written.charAt(0) == 'و' && (written.charAt(1) == 'أ' || written.charAt(1) == 'إ');
    }

    private Count bareCount(TokenizedText w, int i) {
        if (i >= w.size()) return null;
        String form = w.form(i);
        Matcher dm = hasDigit(form) ? DIGITS.matcher(form) : null;
        if (dm != null && dm.matches()) {
            int value = Integer.parseInt(dm.group(2).replace(",", "").replace("\u066C", ""));
            int end = i + 1;
            int trim = dm.group(1).length();
            Entry scale = end < w.size() && w.joined(end) ? longest(w, end, Kind.SCALE) : null;
            if (scale != null && Proclitics.matchWord(w.form(end), scale.words()[0]) == 0) {
                value *= scale.value();
                end += scale.words().length;
            }
            return new Count(value, null, null, i, end, trim, false, null);
        }
        if (!anyEntry.any(w, i)) return null;
        Entry article = longest(w, i, Kind.ARTICLE);
        Entry vague = longest(w, i, Kind.VAGUE);
        Entry number = longer(longest(w, i, Kind.CARDINAL), longest(w, i, Kind.SCALE));
        if (vague != null && (number == null || vague.words().length >= number.words().length)
                && (article == null || vague.words().length > article.words().length)) {
            TokenizedText.Hit h = w.phraseAt(i, vague.words());
            return new Count(null, vague.low(), vague.high(), i, h.end(), h.trim(), false, null);
        }
        if (number != null && (article == null || number.words().length > article.words().length)) {
            TokenizedText.Hit h = w.phraseAt(i, number.words());
            int value = number.value();
            int end = h.end();
            // «وأحد» (and one of them) reads «واحد» (one) once the hamza is normalised away: as written, it has «و» before.
            int trim = h.trim() == 0 && andOne(w, i) ? 1 : h.trim();
            boolean arabic = Proclitics.isArabicLetter(form.charAt(0));
            while (end < w.size() && w.joined(end)) {
                String next = w.form(end);
                Entry scale = longest(w, end, Kind.SCALE);
                if (scale != null && Proclitics.matchWord(next, scale.words()[0]) == 0 && value < scale.value()) {
                    value *= scale.value();
                    end += scale.words().length;
                    continue;
                }
                if (arabic && next.length() > 1 && next.charAt(0) == 'و') {
                    Entry more = longer(longest(w, end, Kind.CARDINAL), longest(w, end, Kind.SCALE));
                    int afterMore = end + (more == null ? 0 : more.words().length);
                    boolean scaled = more != null && afterMore < w.size() && w.joined(afterMore) && longest(w, afterMore, Kind.SCALE) != null;
                    // «ما بين ألفين وثلاثة آلاف»: a number with its own scale after «و» is another number.
                    if (more != null && Proclitics.matchWord(next, more.words()[0]) == 1 && goesOn(value, more.value()) && !scaled) {
                        value += more.value();
                        end += more.words().length;
                        continue;
                    }
                }
                if (!arabic) {
                    Entry unit = longest(w, end, Kind.CARDINAL);
                    if (unit != null && unit.value() < 10 && value >= 20 && value % 10 == 0) {
                        value += unit.value();
                        end += unit.words().length;
                        continue;
                    }
                    if (next.equals("and") && value >= 100 && end + 1 < w.size() && w.joined(end + 1)) {
                        Entry rest = longest(w, end + 1, Kind.CARDINAL);
                        if (rest != null && rest.value() < 100) {
                            value += rest.value();
                            end += 1 + rest.words().length;
                            continue;
                        }
                    }
                }
                break;
            }
            return new Count(value, null, null, i, end, trim, false, null);
        }
        if (article != null) {
            TokenizedText.Hit h = w.phraseAt(i, article.words());
            return new Count(article.value(), null, null, i, h.end(), h.trim(), true, null);
        }
        return null;
    }

    /**
     * Whether an Arabic number {@code value} goes on with «و» and {@code more}: a unit with its tens («خمسة وعشرون»), a
     * round hundred or thousand with what is less («مئة وخمسون», «ألف ومئتان»). Two units («بين أربعة وتسعة») are two
     * numbers.
     */
    private static boolean goesOn(int value, int more) {
        boolean tens = more >= 20 && more <= 90 && more % 10 == 0;
        int rest = value % 100;
        if (rest == 0 && value >= 100) return more < (value % 1000 == 0 ? 1000 : 100);
        return rest < 10 && tens;
    }

    /** Whether one of the first three chars is a digit: a cheap test before the digits pattern. */
    private static boolean hasDigit(String form) {
        for (int k = 0; k < Math.min(3, form.length()); k++) if (Character.isDigit(form.charAt(k))) return true;
        return false;
    }

    private static Entry longer(Entry a, Entry b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.words().length > a.words().length ? b : a;
    }
}
