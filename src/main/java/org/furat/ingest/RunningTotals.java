package org.furat.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.furat.text.AttachedWords;
import org.furat.text.Proclitics;

/**
 * Tells a report's running totals from its events: «وبذلك يرتفع إلى 41 عدد الذين وثّق المرصد مقتلهم في عمليات
 * اغتيال منذ مطلع نيسان», "bringing to 45 the number killed since January", «قتل أكثر من 60 شخصاً بانفجار مخلفات
 * الحرب منذ مطلع كانون الأول الماضي». A number counted since a time before the news (a day more than a month before
 * publication, or the start of an operation the text gives no date for) counts the people of many events; the
 * datasets the extractor feeds code no such total. A toll since a start of the news («الاشتباكات المتواصلة منذ مساء أمس
 * أسفرت عن مقتل 11», «تدور اشتباكات منذ مطلع الشهر الجاري أسفرت عن مقتل 10», "since the start of the attack on
 * Wednesday") is the toll of the fighting told, and stays; so does one since the start of the fighting told («بمقتل 9
 * مقاتلين منذ بدء المواجهات») unless the sentence counts a number, and a first or a most since then ("the deadliest
 * since January").
 */
final class RunningTotals {

    /** The most words between «منذ» / "since" and the start it counts from: «منذ انطلاق العملية». */
    private static final int SINCE_WORDS = 3;
    /**
     * The most words between «منذ» / "since" and the first of the date it counts from: "since the start of the attack
     * on Dhiban on Wednesday".
     */
    private static final int SINCE_DATE_WORDS = 9;
    /** A start more days than this before publication makes any count since it a total: more than the month past. */
    private static final long MONTH_DAYS = 31;

    /** Words of a start counted from, as written (normalised), after «منذ» or "since". */
    private static final Set<String> STARTS = Set.of("بدء", "بدايه", "انطلاق", "مطلع", "اندلاع", "انطلاقه", "start", "beginning",
            "launch", "outbreak", "onset");
    /** «منذ» and "since", as written (normalised). */
    private static final Set<String> SINCE = Set.of("منذ", "since");
    /** Words of a number counted, as written (normalised), with proclitics or not. */
    private static final AttachedWords COUNTING = AttachedWords.of("عدد", "حصيله", "number", "toll", "total", "tally");

    private final TokenizedText text;
    /** The «منذ» of each total: where the sentence holding it counts one. */
    private final List<Integer> totals = new ArrayList<>();
    /** Those of {@link #totals} that count from long before the news, a month or more. */
    private final Set<Integer> longTotals = new HashSet<>();

    private RunningTotals(TokenizedText text) {
        this.text = text;
    }

    /**
     * Whether {@code date} dates the start or the end of events counted from («منذ بدء المواجهات يوم الأحد الماضي»,
     * "since the start of the fighting on August 27"): the sentences after it do not go on from that day.
     */
    static boolean datesAStartCountedFrom(TokenizedText text, Span date) {
        int at = text.indexAt(date.start());
        for (int k = at - 1; k >= Math.max(0, at - SINCE_DATE_WORDS) && text.joined(k + 1); k--) {
            if (!since(text, k)) continue;
            for (int m = k + 1; m < at && m <= k + SINCE_WORDS; m++) {
                if (STARTS.contains(text.lower(m)) || ENDS.contains(text.lower(m))) return true;
            }
            return false;
        }
        return false;
    }

    /** Whether word {@code k} is «منذ» or "since", «و» written on or not: «ومنذ مطلع العام الجاري». */
    private static boolean since(TokenizedText text, int k) {
        String word = text.lower(k);
        return SINCE.contains(word) || word.startsWith("و") && SINCE.contains(word.substring(1));
    }

    /** Words of an end counted from, as written (normalised): «منذ انتهاء المعارك», "since the end of the battle". */
    private static final Set<String> ENDS = Set.of("انتهاء", "نهايه", "end");

    /** The running totals of {@code text}, whose {@code dates} are read against {@code published}. */
    static RunningTotals in(TokenizedText text, List<DateMention> dates, LocalDate published) {
        RunningTotals found = new RunningTotals(text);
        for (int k = 0; k < text.size(); k++) {
            // "So far this year, 38 SDF members have been killed": a total of the year, as "since the start of the year" is.
            if (soFarThisYear(text, k) && published.getDayOfYear() > MONTH_DAYS) {
                found.totals.add(k);
                found.longTotals.add(k);
                continue;
            }
            // «كما يرتفع إلى 142 عدد المدنيين الذين قتلوا خلال الفترة ذاتها»: the period of the total just told, counted again.
            if (!found.totals.isEmpty() && samePeriod(text, k)) {
                if (found.longTotals.contains(found.totals.get(found.totals.size() - 1))) found.longTotals.add(k);
                found.totals.add(k);
                continue;
            }
            if (!since(text, k) || firstSince(text, k)) continue;
            // The date counted from, where the text gives one ("since the start of the attack on Wednesday"), says
            // whether it is of the news; a start with none («منذ انطلاق العملية») is taken to be before it.
            LocalDate start = startDay(text, k, dates);
            boolean longBefore = start != null && start.isBefore(published.minusDays(MONTH_DAYS))
                    || sinceTheYearBegan(text, k) && published.getDayOfYear() > MONTH_DAYS;
            boolean beforeTheNews = start != null || longBefore ? longBefore : startWord(text, k);
            // «ليرتفع عدد الذين قتلوا بعمليات مماثلة منذ بداية الشهر إلى تسعة»: counted over events like the one told,
            // however recent the start.
            boolean ofSimilarEvents = similarBefore(text, k) && found.countingWord(k) >= 0;
            if (beforeTheNews && (longBefore || found.countingWord(k) >= 0) || ofSimilarEvents) found.totals.add(k);
            if (longBefore) found.longTotals.add(k);
        }
        return found;
    }

    /**
     * {@code tolls} without the figures of running totals: those told after the start a total counts from, a risen
     * toll in its sentence ("bringing the toll since January to 40"), and every toll of a sentence that is a total
     * ({@link #tells}).
     */
    List<CasualtyMention> without(List<CasualtyMention> tolls) {
        if (totals.isEmpty()) return tolls;
        return tolls.stream().filter(c -> !tallied(c)).toList();
    }

    /**
     * Whether {@code sentence} tells a total, not an event: it counts since before the news, and names the number it
     * counts before its event words («يرتفع إلى 41 عدد الذين … في عمليات اغتيال») or counts since more than a month
     * before ("SOHR has documented the death of 183 people … since the beginning of 2019 in attacks"). "A roadside bomb killed three …, bringing
     * to 45 the number killed since January" tells its bombing.
     */
    boolean tells(Span sentence, List<EventClassifier.Trigger> triggers) {
        for (int since : totals) {
            if (text.get(since).start() < sentence.start() || text.get(since).start() >= sentence.end()) continue;
            int counting = countingWord(since);
            int firstEvent = triggers.isEmpty() ? Integer.MAX_VALUE : text.indexAt(triggers.get(0).span().start());
            // "So far this year, 38 SDF members have been killed in ISIS attacks": counted from long before, told first.
            if (counting < 0 || counting < firstEvent || longTotals.contains(since) && since < firstEvent) return true;
        }
        return false;
    }

    private boolean tallied(CasualtyMention toll) {
        int at = text.wordAt(toll.span().start());
        for (int since : totals) {
            if (!text.sameSentence(since, at)) continue;
            if (toll.risen() || at > since || countingWord(since) < 0 || countingWord(since) < at) return true;
        }
        return false;
    }

    /** The first word of the sentence of word {@code k} that names a number counted, or -1. */
    private int countingWord(int k) {
        int first = k;
        while (first > 0 && text.sameSentence(first - 1, k)) first--;
        for (int m = first; m < text.size() && text.sameSentence(k, m); m++) {
            String w = text.lower(m);
            // «عدد من», "a number of" are some people, no total.
            boolean some = m + 1 < text.size() && (text.form(m + 1).equals("من")
                    || text.form(m + 1).equalsIgnoreCase("of") && m > 0 && text.form(m - 1).equalsIgnoreCase("a"));
            if (!some && COUNTING.has(w)) return m;
        }
        return -1;
    }

    /**
     * «للمرة الأولى منذ عام 2017», "the first killing in the town since the start of the year", "the deadliest since
     * January", «الأعنف منذ أشهر»: a first or a most since then, no count.
     */
    private static boolean firstSince(TokenizedText text, int k) {
        for (int m = k - 1; m >= Math.max(0, k - FIRST_WORDS) && text.sameSentence(m, k); m--) {
            String word = text.lower(m);
            // «في اليوم الثالث منذ بدء الهجوم», "on the third day since": a day of the period, not an event of it.
            if (m > 0 && DAYS_OF_A_PERIOD.contains(text.key(m - 1)) || m + 1 < k && DAYS_OF_A_PERIOD.contains(text.key(m + 1))) continue;
            if (FIRSTS.contains(word) || word.endsWith("est") && word.length() > 5) return true;
        }
        return false;
    }

    /** Words of a day or a week an ordinal may count (keys): «اليوم الثالث», "the third day". */
    private static final Set<String> DAYS_OF_A_PERIOD = Set.of("يوم", "اسبوع", "day", "week");
    /** How many words before «منذ» / "since" a first or a most is read: "the first killing in the town since". */
    private static final int FIRST_WORDS = 5;
    /** Words of a first or a most, as written (normalised). */
    private static final Set<String> FIRSTS = Set.of("first", "worst", "largest", "biggest", "اول", "الاولي", "الاول", "الاعنف",
            "الاكبر", "الاشد", "الاسوا", "الاولى",
            // «ويعد هذا الهجوم الثالث على قاعدة كونيكو منذ بداية الشهر», "the third such attack since": which one of those
            // since then, not how many.
            "second", "third", "fourth", "fifth", "sixth", "الثاني", "الثانيه", "الثالث", "الثالثه", "الرابع", "الرابعه",
            "الخامس", "الخامسه", "السادس", "السادسه");

    /**
     * Whether «منذ» at word {@code k} counts from the start of a year: «منذ مطلع العام الجاري», "since the beginning of
     * 2021", "since the start of the year", "since early this year"; long before the news unless the report was published
     * in its first month.
     */
    private static boolean sinceTheYearBegan(TokenizedText text, int k) {
        // "since early this year" as "since the start of the year".
        boolean early = k + 1 < text.size() && text.joined(k + 1) && text.lower(k + 1).equals("early");
        if (!startWord(text, k) && !early) return false;
        for (int m = k + 2; m <= k + SINCE_WORDS + 1 && m < text.size() && text.joined(m); m++) {
            String word = text.lower(m);
            if (YEAR_WORDS.contains(word) || word.length() == 4 && word.chars().allMatch(Character::isDigit)) return true;
        }
        return false;
    }

    /** Whether "so far this year" starts at word {@code k}. */
    private static boolean soFarThisYear(TokenizedText text, int k) {
        return k + 3 < text.size() && text.form(k).equalsIgnoreCase("so") && text.form(k + 1).equalsIgnoreCase("far")
                && text.form(k + 2).equalsIgnoreCase("this") && text.form(k + 3).equalsIgnoreCase("year");
    }

    /** Whether a word of likeness stands a few words before «منذ» at {@code k}, in its sentence: «بعمليات مماثلة منذ». */
    private static boolean similarBefore(TokenizedText text, int k) {
        for (int m = k - 1; m >= Math.max(0, k - SIMILAR_WORDS) && text.sameSentence(m, k); m--) {
            if (SIMILAR.contains(text.lower(m))) return true;
        }
        return false;
    }

    /** How many words before «منذ» a word of likeness is read: «في هجمات مماثلة شنها التنظيم منذ». */
    private static final int SIMILAR_WORDS = 4;
    /** Words of likeness, as written (normalised): similar, such. */
    private static final Set<String> SIMILAR = Set.of("مماثله", "مماثل", "مشابهه", "مشابه", "similar", "such");

    /** Whether word {@code k} is the period of «الفترة ذاتها», «الفترة نفسها», "the same period". */
    private static boolean samePeriod(TokenizedText text, int k) {
        String word = text.lower(k);
        if (word.equals("period")) return k > 0 && text.lower(k - 1).equals("same");
        return k + 1 < text.size() && text.joined(k + 1) && SAME.contains(text.lower(k + 1))
                && Proclitics.attachedTo(word, "الفتره", true);
    }

    /** «ذاتها», «نفسها» after a noun: the same one. */
    private static final Set<String> SAME = Set.of("ذاتها", "نفسها", "ذاته", "نفسه");

    /** Words of a year, as written (normalised). */
    private static final Set<String> YEAR_WORDS = Set.of("العام", "عام", "السنه", "year");

    /** Whether «منذ» at word {@code k} counts from a start word: «منذ انطلاق العملية», "since the start of". */
    private static boolean startWord(TokenizedText text, int k) {
        for (int m = k + 1; m <= k + SINCE_WORDS && m < text.size() && text.joined(m); m++) {
            if (STARTS.contains(text.lower(m))) return true;
        }
        return false;
    }

    /** The first day of the date at or right after «منذ» at word {@code k}, or null. */
    private static LocalDate startDay(TokenizedText text, int k, List<DateMention> dates) {
        // The date may take «منذ» in: "since January" is one phrase of the date lexicon.
        int from = text.get(k).start(), to = text.end(Math.min(text.size() - 1, k + SINCE_DATE_WORDS));
        return dates.stream().filter(d -> d.span().start() >= from && d.span().start() <= to)
                .map(d -> d.dates().start()).findFirst().orElse(null);
    }
}
