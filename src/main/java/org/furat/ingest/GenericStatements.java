package org.furat.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.furat.text.ArabicNormalizer;
import org.furat.text.Proclitics;

/**
 * Tells a sentence about what an area goes through from one about an event: «يشهد الريف الشرقي حوادث اغتيال
 * متكررة», «تشهد المنطقة اشتباكات متقطعة منذ أسابيع», "the eastern countryside has been witnessing kidnappings", "attacks on
 * bases have seen an uptick". Such a sentence names only areas (a countryside, a district, the province)
 * or no place at all, no town or village, and a word of {@code data/lexicons/generic-cues.csv} (what a place witnesses
 * or faces, in the present; what recurs). News uses them as context around the events it reports, which it places at
 * towns and villages. Other words speak of events in general wherever they are placed (those of reach "anywhere":
 * what recurred or is complained of, "residents of Hajin have repeatedly complained of kidnappings"), and others where
 * they open the sentence (reach "opening": «وسبق أن تعرض الحقل لهجمات مشابهة», «يذكر أن المنطقة شهدت»), where the
 * sentence counts nobody hurt and dates nothing to a day or two of its own. Immutable and thread-safe.
 */
final class GenericStatements {

    /** The longest date of its own a sentence of events in general may give: "since the beginning of the month". */
    private static final int A_FEW_DAYS = 3;

    /** Cues by their first word's key, each cue the keys of its words: «الأشهر الماضية», "recent weeks". */
    private final Map<String, List<List<String>>> areaCues = new HashMap<>();
    private final Map<String, List<List<String>>> anywhereCues = new HashMap<>();
    private final Set<String> openingCues = new HashSet<>();

    GenericStatements() {
        for (LexiconCsv.Row row : LexiconCsv.read("generic-cues", "language", "word", "reach")) {
            List<String> words = Arrays.stream(row.get("word").trim().split("\\s+")).map(GenericStatements::key).toList();
            switch (row.get("reach")) {
                case "areas" -> areaCues.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
                case "anywhere" -> anywhereCues.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
                case "opening" -> {
                    if (words.size() > 1) throw row.error("an opening cue is one word: " + row.get("word"));
                    openingCues.add(words.get(0));
                }
                default -> throw row.error("reach is none of areas, anywhere, opening: " + row.get("reach"));
            }
        }
    }

    /**
     * Whether {@code sentence} speaks of an area or of events in general: placed at areas only with a word of what an
     * area goes through, or placed anywhere with a word of what recurs, counting nobody and dated to no day.
     */
    boolean speaksInGeneral(TokenizedText text, FollowUps.Sentence sentence) {
        if (speaksOfAnArea(text, sentence.span(), sentence.places())) return true;
        return !ofItsOwn(sentence) && (said(text, clauseOfFirstEvent(text, sentence), anywhereCues)
                || said(text, openingPhrase(text, sentence), anywhereCues) || opens(text, sentence.span(), openingCues));
    }

    /**
     * The words before a sentence's first comma where no event words stand among them: "In recent months, ISIS cells
     * have stepped up attacks on SDF positions" says when for the whole sentence. Empty where there is none.
     */
    private static Span openingPhrase(TokenizedText text, FollowUps.Sentence sentence) {
        Span whole = sentence.span();
        int first = text.indexAt(whole.start()), end = text.indexAt(whole.end());
        int firstEvent = sentence.triggers().isEmpty() ? whole.end() : sentence.triggers().get(0).span().start();
        for (int k = first + 1; k < end && text.get(k).start() < firstEvent; k++) {
            if (text.commaBefore(k)) return Span.of(text.original(), whole.start(), text.end(k - 1));
        }
        return Span.of(text.original(), whole.start(), whole.start());
    }

    /**
     * The clause, between commas, of a sentence's first event words: "Tribal fighters attacked an SDF checkpoint in
     * Dhiban, the latest in a series of attacks in recent weeks" tells the attack; what recurred is told after it. A word
     * of what came before ends it too: "struck militia positions in Albu Kamal days after similar attacks hit the area",
     * «… بعد أيام من هجمات مماثلة».
     */
    private static Span clauseOfFirstEvent(TokenizedText text, FollowUps.Sentence sentence) {
        if (sentence.triggers().isEmpty()) return sentence.span();
        int first = text.indexAt(sentence.span().start()), end = text.indexAt(sentence.span().end());
        int k = text.wordAt(sentence.triggers().get(0).span().start());
        int from = k, to = k + 1;
        while (from > first && !text.commaBefore(from)) from--;
        while (to < end && !text.commaBefore(to) && !CAME_AFTER.contains(text.lower(to)) && !CAME_AFTER.contains(text.key(to))) to++;
        return Span.of(text.original(), text.get(from).start(), to < end ? text.end(to - 1) : sentence.span().end());
    }

    /** Words that name what an event came after, as written (normalised). */
    private static final Set<String> CAME_AFTER = Set.of("after", "following", "بعد", "عقب");

    /** Whether {@code sentence} opens with one of {@code cues}: «وسبق أن», «يذكر أن», not «ولم يذكر المصدر». */
    private static boolean opens(TokenizedText text, Span sentence, Set<String> cues) {
        int first = text.indexAt(sentence.start());
        return first < text.size() && cues.contains(text.get(first).key());
    }

    /**
     * Whether a sentence counts people hurt or gives a day or two of its own: what one event has. Dead and wounded told
     * with no figure («أدت إلى سقوط قتلى وجرحى») are what events in general leave too.
     */
    private static boolean ofItsOwn(FollowUps.Sentence sentence) {
        return sentence.casualties().stream().anyMatch(c -> c.count().best() != null)
                || sentence.dates().stream().anyMatch(d -> d.dates().days() <= A_FEW_DAYS);
    }

    /** Whether {@code sentence}, whose event places are {@code places}, speaks of an area, or of events, in general. */
    private boolean speaksOfAnArea(TokenizedText text, Span sentence, List<PlaceMention> places) {
        if (places.stream().anyMatch(p -> !p.region() && p.groupKey() == null)) return false;
        return said(text, sentence, areaCues);
    }

    /**
     * Whether {@code sentence} counts the event just told among others of its kind: «ويعد هذا الهجوم الثالث على قاعدة
     * كونيكو منذ بداية الشهر», «وهذا الهجوم هو الثالث من نوعه خلال أسبوع», "the third such attack this month". Its event
     * words follow a demonstrative (or "such" and an ordinal) and an ordinal of two or more counts the event: the event
     * is the one told before, and the others it is counted with are told elsewhere, if at all. A sentence with a toll
     * or a day of its own tells an event ("The second such attack hit the Omar field on Tuesday, killing two").
     */
    boolean countsTheEventAgain(TokenizedText text, FollowUps.Sentence sentence) {
        if (ofItsOwn(sentence)) return false;
        List<EventClassifier.Trigger> triggers = sentence.triggers();
        if (triggers.isEmpty() || !counted(text, triggers.get(0))) return false;
        // «ويعد هذا الهجوم الأعنف …، بعد هجمات متفرقة استهدفت حواجز»: what it came after is no event of the sentence.
        int cameAfter = cameAfterFrom(text, text.wordAt(triggers.get(0).span().start()), text.indexAt(sentence.span().end()));
        return triggers.stream().filter(t -> text.wordAt(t.span().start()) < cameAfter).allMatch(t -> counted(text, t));
    }

    /** The first word of what an event came after ({@link #CAME_AFTER}) from word {@code from} on, or {@code end}. */
    private static int cameAfterFrom(TokenizedText text, int from, int end) {
        for (int k = from; k < end; k++) {
            if (CAME_AFTER.contains(text.lower(k)) || CAME_AFTER.contains(text.key(k))) return k;
        }
        return end;
    }

    /**
     * Whether event words are counted as one of a kind: after a demonstrative with an ordinal after them, or after an
     * ordinal and "such". Other event words of the sentence tell events of their own («إذ قتل عنصران في بلدة درنج في
     * الثاني عشر من الشهر»).
     */
    private boolean counted(TokenizedText text, EventClassifier.Trigger t) {
        int k = text.indexAt(t.span().start());
        if (k < 1 || !text.joined(k)) return false;
        String before = text.lower(k - 1);
        if (before.equals("such")) return k >= 2 && text.joined(k - 1) && counts(numbers.ordinal(text, k - 2));
        if (!DEMONSTRATIVES.contains(before)) return false;
        int after = text.indexAt(t.span().end());
        // «ويعد هذا الهجوم الأعنف للتنظيم منذ سقوط النظام»: the worst of its kind, counted with the others.
        if (after < text.size() && text.joined(after) && SUPERLATIVES.contains(text.lower(after))) return true;
        for (int m = after; m < Math.min(text.size(), after + ORDINAL_WORDS) && text.joined(m); m++) {
            if (counts(numbers.ordinal(text, m))) return true;
        }
        return false;
    }

    /** Arabic superlatives that rank an event among its kind, as written (normalised): the fiercest, the largest. */
    private static final Set<String> SUPERLATIVES = Set.of("الاعنف", "الاكبر", "الاكثر", "الاشد", "الاخطر", "الادمي");

    /**
     * Whether {@code sentence} counts events: its first event words are counted, three or more («ووثق المرصد خلال
     * الشهر ذاته 21 هجوماً», «و13 عملية استهداف», "North Press documented 17 attacks … in March alone"), and it dates
     * nothing to a day or two of its own. A tally of a month or a year, not an event, even with the toll of all it
     * counts ("which killed 11 people"); the events it counts are told one by one elsewhere, if at all.
     */
    boolean countsEvents(TokenizedText text, FollowUps.Sentence sentence) {
        if (sentence.triggers().isEmpty() || sentence.dates().stream().anyMatch(d -> d.dates().days() <= A_FEW_DAYS)) return false;
        if (!text.hasKey(sentence.span(), TALLY_CUES)) return false;
        int k = text.wordAt(sentence.triggers().get(0).span().start());
        // «13 عملية استهداف»: the events counted by the word for operations before their own.
        if (k >= 1 && text.joined(k) && OPERATIONS.contains(text.get(k - 1).key())) k--;
        // "52 strikes engaged 19 units", "fired three rockets": strikes and weapons counted tell one event's parts; «مقتل 4
        // بهجوم»: a figure before a noun with «ب» in front counts the dead of one attack.
        String noun = text.get(k).key();
        if (!EVENTS_COUNTED.contains(noun) || !text.lower(k).equals(noun) && !text.lower(k).equals("ال" + noun)) return false;
        // «يرتفع إلى 41 عدد الهجمات»: the number of them.
        if (k >= 1 && text.joined(k) && text.get(k - 1).key().equals(NUMBER_OF)) k--;
        for (int m = Math.max(0, k - COUNT_WORDS); m < k; m++) {
            NumberWords.Count count = numbers.count(text, m);
            if (count != null && count.end() == k && count.value() != null && count.value() >= MANY_EVENTS
                    && (count.rule() == null || count.rule() == NumberWords.Rule.AT_LEAST || count.rule() == NumberWords.Rule.MORE_THAN)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that say a sentence counts over a period or for a record (keys): documented, recorded, «عدد» (the number of),
     * since, a month or a year, "alone". "ISIS cells carried out three attacks on SDF positions in Dhiban" tells them.
     */
    private static final Set<String> TALLY_CUES = java.util.stream.Stream.of("وثق", "وثقت", "رصد", "رصدت", "سجل", "سجلت",
            "احصي", "احصت", "عدد", "منذ", "شهر", "عام", "documented", "recorded", "tallied", "counted", "since", "month",
            "year", "alone").map(GenericStatements::key).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Words for operations that count events of the kind named after them (normalised keys): «عملية», «عمليات». */
    private static final Set<String> OPERATIONS = Set.of("عمليه", "عمليات");
    /** Words for events that a tally counts (normalised keys): attacks, operations, incidents, killings. */
    private static final Set<String> EVENTS_COUNTED = Set.of("هجوم", "هجوما", "هجمات", "عمليه", "عمليات", "حادثه", "حوادث",
            "حالات", "اغتيالات", "attacks", "operations", "incidents", "assassinations", "killings", "kidnappings", "bombings");
    /** «عدد» (the number of), normalised. */
    private static final String NUMBER_OF = "عدد";
    /** The most words of a count of events: «أكثر من 20». */
    private static final int COUNT_WORDS = 3;
    /**
     * The fewest events a tally counts: "two airstrikes hit the town", "three drones attacked the base" may be one event
     * told with its parts, more are a tally.
     */
    private static final int MANY_EVENTS = 3;

    /** Whether an ordinal counts an event among others: the second or a later one, not «أول» (first). */
    private static boolean counts(int[] ordinal) {
        return ordinal != null && ordinal[0] >= 2;
    }

    /** Demonstratives before event words, as written (normalised): «هذا الهجوم», «وهذه الحادثة», "this attack". */
    private static final Set<String> DEMONSTRATIVES = Set.of("هذا", "هذه", "وهذا", "وهذه", "هذان", "هاتان", "this", "these");
    /** The most words from the event's words to the ordinal that counts it: «ويعد هذا الهجوم الثالث», «هو الثالث». */
    private static final int ORDINAL_WORDS = 3;

    private final NumberWords numbers = NumberWords.standard();

    private static boolean said(TokenizedText text, Span sentence, Map<String, List<List<String>>> cues) {
        int to = text.indexAt(sentence.end());
        for (int i = text.indexAt(sentence.start()); i < to; i++) {
            for (List<String> cue : cues.getOrDefault(text.get(i).key(), List.of())) {
                if (i + cue.size() <= to && saidAt(text, i, cue)) return true;
            }
        }
        return false;
    }

    /** Whether the words from word {@code i} are {@code cue}'s, one after the other. */
    private static boolean saidAt(TokenizedText text, int i, List<String> cue) {
        for (int m = 1; m < cue.size(); m++) {
            if (!text.joined(i + m) || !text.get(i + m).key().equals(cue.get(m))) return false;
        }
        return true;
    }

    private static String key(String word) {
        return Proclitics.stem(ArabicNormalizer.normalize(word.toLowerCase(Locale.ROOT)).text());
    }
}
