package org.furat.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.furat.model.DateSpan;
import org.furat.model.TimePrecision;
import org.furat.text.Proclitics;

/**
 * Finds the dates an Arabic or English news text gives and resolves them against the day it was published.
 *
 * <h2>Contract</h2>
 * {@link #find} returns the mentions in text order, each with its span in UTF-16 offsets of the text as
 * given (attached proclitics such as و ف ب are left out of the span), the inclusive days it stands for and
 * how precisely those are known. Where matches overlap the longest wins ("منذ مطلع الشهر الجاري" over "الشهر
 * الجاري", "شهر تشرين الأول" over "تشرين الأول", "لليوم الثاني على التوالي" over "اليوم"). Matching is on the
 * normalised words of the report's {@link TokenizedText} (see {@link Proclitics#matchWord}), so diacritics,
 * hamza forms, tatweel and Arabic-Indic digits do not matter. Immutable and thread-safe.
 *
 * <h2>Lexicons</h2>
 * The phrases live in {@code data/lexicons/}: {@code date-phrases.csv} (kind, language, phrase, with the slots
 * {@code {weekday}}, {@code {month}}, {@code {day}}, {@code {year}} and {@code {ordinal}}), {@code months.csv}
 * (month number and every spelling; a name marked {@code alone=no}, such as آب, مارس or May, which are also
 * ordinary words, counts only inside a longer phrase: "شهر آب", "في مارس", "12 آب", "in May") and
 * {@code weekdays.csv} (ISO day number, 1 = Monday). Numeric dates ("12/10/2024", "١٢/١٠/٢٠٢٤", "12-10-2024",
 * "2024-10-12") are read day/month/year as Arabic media write them, or year-month-day when the year leads.
 *
 * <h2>Resolution</h2>
 * The publication is known to the day (DAY), to the ISO week (Monday–Sunday) containing {@code published}
 * (WEEK) or to the month containing it (MONTH). Kinds of phrase:
 * <ul>
 * <li>today (اليوم، صباح اليوم…), yesterday (أمس، ليلة أمس…), the day before yesterday (أول أمس): that day,
 *     DAY.</li>
 * <li>the hours just past ("overnight", «خلال الساعات الماضية», "in the past 24 hours"): the day before publication
 *     and the publication day, as a news day spans midnight, DAY.</li>
 * <li>days counted back («قبل يومين», «منذ ثلاثة أيام», "two days ago") and a week ago («قبل أسبوع»): that day, DAY.</li>
 * <li>yesterday with its weekday («ليلة أمس (الخميس)»): that weekday on or before yesterday, as a statement quoted a
 *     day after it was made says the day it means by name, DAY.</li>
 * <li>a weekday (السبت، يوم الأحد, on Monday): the most recent such day on or before publication; with
 *     الماضي / last: strictly before it. DAY.</li>
 * <li>this week: the seven days ending on publication; last week (الأسبوع الماضي): the seven days before the
 *     publication day. Calendar weeks are avoided because the week starts on Saturday, Sunday or Monday
 *     depending on who writes. WEEK.</li>
 * <li>the days just past («خلال الأيام الماضية», "in recent days"): the seven days before the publication day, WEEK.</li>
 * <li>this month (الشهر الجاري), last month (الشهر الماضي): that calendar month, MONTH; a day of it ("الـ 11 من
 *     الشهر الجاري", "the 3rd of this month"): that day, DAY (a day the month has not is no date).</li>
 * <li>since the start of the month (منذ مطلع الشهر الجاري): the 1st of the publication month to the
 *     publication day. Both ends are exact days, so the precision is DAY when the publication is known to
 *     the day (the span itself says it is several days).</li>
 * <li>"لليوم الثاني على التوالي", "for the third day in a row": the N days ending on the publication day,
 *     DAY.</li>
 * <li>a month name (تشرين الأول، شهر أكتوبر, in October): that month in the most recent year in which it does
 *     not start after publication; with الماضي / last: the most recent one that ended before the publication
 *     month; with a year: that month. MONTH.</li>
 * <li>a day and month ("12 تشرين الأول", "October 12"): the most recent such day not after publication, or
 *     with a year that day. DAY. An impossible date (30 شباط) is not a date.</li>
 * <li>a year ("عام 2023", "in 2023"): TimePrecision has no year, so all twelve months of it, MONTH.</li>
 * <li>a season of a year ("in the spring of 2019", «صيف 2020»): its three months (March to May, June to August,
 *     September to November), MONTH. Winter, which straddles two years, is not read.</li>
 * </ul>
 * When the publication is known only to the week or month, a relative phrase is resolved for its first and its
 * last possible day and the mention spans both results; its precision is the publication's (or the phrase's
 * own if coarser) unless both results agree ("الشهر الماضي" in a November report is October, MONTH). So
 * "صباح اليوم" takes the publication's span and precision, and "أمس" the publication's span moved back a day.
 * A run of days ("لليوم الثاني على التوالي") then takes the publication's span and precision: the run ends on
 * the publication day, which is all that is known. Phrases naming a calendar month or day ("تشرين الأول", "12
 * أكتوبر") are resolved against the last possible publication day and keep their own precision.
 */
public final class DateResolver {

    enum Kind {
        TODAY, YESTERDAY, DAY_BEFORE_YESTERDAY, DAYS_AGO, WEEK_AGO, TWO_WEEKS_AGO, WEEKS_AGO, MONTH_AGO, TWO_MONTHS_AGO,
        MONTHS_AGO, YESTERDAY_WEEKDAY, WEEKDAY, NIGHT_INTO_WEEKDAY, WEEKDAY_PAST, THIS_WEEK,
        LAST_WEEK, PAST_DAYS, THIS_MONTH,
        LAST_MONTH, SINCE_MONTH_START, SINCE_YEAR_START, MONTH, MONTH_PAST, MONTH_YEAR, SPRING, SUMMER, AUTUMN, DATE, YEAR,
        THIS_YEAR, LAST_YEAR,
        /** «خلال الأشهر الماضية», "in recent months": the three months before publication, a period. */
        PAST_MONTHS,
        /** «في العامين الماضيين», "over the past two years". */
        PAST_TWO_YEARS,
        /** «خلال الأعوام الماضية», "in recent years": taken as the three years before publication, a period. */
        PAST_YEARS,
        IN_A_ROW, DAY_THIS_MONTH, DAY_LAST_MONTH, PAST_DAY, MONTH_LAST_YEAR, DATE_LAST_YEAR,
        /** «في اليوم ذاته», "on the same day": the day of the date told before, no date of its own. */
        SAME_DAY,
        /** «في اليوم التالي», "the following day": the day after the day told before it in the text. */
        NEXT_DAY
    }

    private record Template(Kind kind, String[] parts) {}

    private record Name(int number, String[] words, boolean alone) {}

    private record Lexicon(List<Template> templates, List<Name> months, List<Name> weekdays) {}

    /** The slots a template filled: null where it has none. */
    private record Slots(Integer weekday, Integer month, Integer day, Integer year, Integer ordinal, Integer count) {}

    private record Candidate(int start, int end, DateSpan dates, TimePrecision precision) {
        int length() { return end - start; }
    }

    private static final Pattern DAY_FIRST = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d])");
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<![\\d/.-])(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})م?");

    private static final class Holder {
        static final Lexicon LEXICON = load();
    }

    private final Lexicon lexicon;
    /** The templates that start with a word, by that word (as their positions in the lexicon). */
    private final FirstWordIndex<Integer> wordFirst;
    /** The templates that start with a slot, by the slot: tried only where the word can fill it. */
    private final List<SlotFirst> slotFirst;

    /** The templates (as their positions in the lexicon) that start with one slot («{day}», «{month}»). */
    private record SlotFirst(FirstSlot slot, int[] templates) {}

    /** What a word must be to fill a template's first slot: told once per template, not compared at every word. */
    private enum FirstSlot {
        FIGURE, MONTH, WEEKDAY, ORDINAL, COUNT, ANY;

        static FirstSlot of(String slot) {
            return switch (slot) {
                case "{day}", "{year}" -> FIGURE;
                case "{month}" -> MONTH;
                case "{weekday}" -> WEEKDAY;
                case "{ordinal}" -> ORDINAL;
                case "{count}" -> COUNT;
                default -> ANY;
            };
        }
    }
    private final FirstWordIndex<Name> months;
    private final FirstWordIndex<Name> weekdays;
    private final NumberWords numbers;

    /** A resolver with the lexicons of {@code data/lexicons/}. */
    public DateResolver() {
        this(NumberWords.standard());
    }

    /** A resolver with the date lexicons of {@code data/lexicons/} and these numbers. */
    DateResolver(NumberWords numbers) {
        this.lexicon = Holder.LEXICON;
        this.numbers = numbers;
        List<Integer> startWithWord = new ArrayList<>();
        java.util.Map<String, List<Integer>> bySlot = new java.util.TreeMap<>();
        for (int t = 0; t < lexicon.templates().size(); t++) {
            String first = lexicon.templates().get(t).parts()[0];
            if (first.startsWith("{")) bySlot.computeIfAbsent(first, k -> new ArrayList<>()).add(t);
            else startWithWord.add(t);
        }
        this.slotFirst = bySlot.entrySet().stream()
                .map(e -> new SlotFirst(FirstSlot.of(e.getKey()), e.getValue().stream().mapToInt(Integer::intValue).toArray()))
                .toList();
        this.wordFirst = new FirstWordIndex<>(startWithWord, t -> lexicon.templates().get(t).parts()[0]);
        this.months = new FirstWordIndex<>(lexicon.months(), n -> n.words()[0]);
        this.weekdays = new FirstWordIndex<>(lexicon.weekdays(), n -> n.words()[0]);
    }

    /**
     * The dates {@code text} gives, in text order, resolved against a publication on {@code published} known
     * to {@code publishedPrecision} (see the class comment). A null or empty text gives none.
     */
    public List<DateMention> find(String text, LocalDate published, TimePrecision publishedPrecision) {
        return findIn(new TokenizedText(text), published, publishedPrecision);
    }

    /** How far into a report its dateline and byline lie, where a page states the day it was published. */
    static final int OPENING_CHARS = 600;

    /**
     * The latest whole day the opening of {@code text} states, day, month and year («الأربعاء السابع من أيار 2025»,
     * "Tuesday, Dec 14, 2021") or day, month and weekday («اليوم الأحد 27 حزيران», the latest year that day was a
     * Sunday), on or before {@code notAfter}: the day a page that gives no publication date states it was written, or
     * the last event its lead dates, which it was written on or after. A day is stated when reading it as if the page
     * were written a year after it gives the same day; a weekday, "yesterday" or "12 October" alone depend on when
     * the page was written and are not.
     */
    public Optional<LocalDate> statedDay(String text, LocalDate notAfter) {
        if (text == null || text.isEmpty()) return Optional.empty();
        String opening = text.substring(0, Math.min(text.length(), OPENING_CHARS));
        List<DateMention> here = find(opening, notAfter, TimePrecision.DAY);
        LocalDate latest = null;
        for (DateMention m : here) {
            if (m.precision() != TimePrecision.DAY || !m.dates().start().equals(m.dates().end())) continue;
            if (m.dates().start().isAfter(notAfter)) continue;
            if (!find(opening, m.dates().start().plusYears(1), TimePrecision.DAY).contains(m)) continue;
            if (latest == null || m.dates().start().isAfter(latest)) latest = m.dates().start();
        }
        return Optional.ofNullable(latest);
    }

    /** {@link #find(String, LocalDate, TimePrecision)} of a report already tokenised. */
    List<DateMention> findIn(TokenizedText w, LocalDate published, TimePrecision publishedPrecision) {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(publishedPrecision, "publishedPrecision");
        Publication pub = new Publication(published, publishedPrecision);
        List<Candidate> found = new ArrayList<>();
        NameHits names = new NameHits(w.size());
        int[] hit = new int[2];
        int[] tried = new int[lexicon.templates().size()];
        for (int i = 0; i < w.size(); i++) {
            int count = candidates(w, i, tried);
            for (int k = 0; k < count; k++) {
                Template t = lexicon.templates().get(tried[k]);
                Slots slots = match(w, i, t, hit, names);
                if (slots == null) continue;
                Candidate c = resolve(t.kind(), slots, pub, w.start(i, hit[1]), w.end(hit[0] - 1));
                if (c != null) found.add(c);
            }
        }
        numericDates(w, found);
        found.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : found) {
            if (kept.stream().noneMatch(k -> k.start() < c.end() && c.start() < k.end())) kept.add(c);
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        kept = afterTheDayBefore(w, kept);
        kept.removeIf(c -> c.dates() == null); // «اليوم ذاته»: no date of its own
        kept = withSecondMonthNames(w.original(), kept);
        List<DateMention> mentions = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            Candidate q = qualified(w, c, pub);
            mentions.add(new DateMention(Span.of(w.original(), q.start(), q.end()), q.dates(), q.precision()));
        }
        return mentions;
    }

    // ---- words before a date

    /**
     * {@code dates} (in text order) with each "the following day" ({@link Kind#NEXT_DAY}) dated the day after the last
     * date before it, where that is one day and the words open their sentence or clause («وفي اليوم التالي», "The next
     * day, …") or a comma closes them ("In a separate operation the following day, …"); "the next day" further in tells
     * of something else ("the council will meet the next day"), and «اليوم
     * التالي لوصول التعزيزات», "the day after the funeral", of a day of its own. Otherwise they stay undated.
     */
    private static List<Candidate> afterTheDayBefore(TokenizedText w, List<Candidate> dates) {
        List<Candidate> dated = new ArrayList<>(dates.size());
        Candidate before = null;
        for (Candidate c : dates) {
            if (c.dates() == null && c.precision() == TimePrecision.DAY) {
                boolean oneDay = before != null && before.precision() == TimePrecision.DAY && before.dates().days() == 1;
                boolean fronted = opensItsClause(w, c.start()) || w.commaBefore(w.indexAt(c.end()));
                if (oneDay && fronted && !namesItsOwnDay(w, c.end())) {
                    c = new Candidate(c.start(), c.end(), DateSpan.day(before.dates().end().plusDays(1)), TimePrecision.DAY);
                }
            }
            dated.add(c);
            if (c.dates() != null) before = c;
        }
        return dated;
    }

    /** The most words between the start of a sentence or clause and words that open it: «وفي», "On the". */
    private static final int OPENING_WORDS = 2;

    /** Whether the word at {@code start} stands at most {@value #OPENING_WORDS} words after a sentence's or clause's start. */
    private static boolean opensItsClause(TokenizedText w, int start) {
        int k = w.indexAt(start);
        for (int back = 0; back <= OPENING_WORDS; back++) {
            if (k - back <= 0 || w.get(k - back).sentenceBreakBefore() || w.commaBefore(k - back)) return true;
        }
        return false;
    }

    /** Whether the words at {@code end} name whose day it is the day after («لوصول», "of the funeral"). */
    private static boolean namesItsOwnDay(TokenizedText w, int end) {
        int k = w.indexAt(end);
        if (k >= w.size() || !w.joined(k)) return false;
        String next = w.lower(k);
        return next.equals("of") || next.equals("to") || w.get(k).arabic() && next.startsWith("ل") && next.length() > 2;
    }

    /**
     * The dates with a month's second name joined to the date before it: «9 أيلول/سبتمبر», «تشرين الأول (أكتوبر)»
     * name one month twice, in the Levant's and in Egypt's names, and the second name alone is no other date.
     */
    private static List<Candidate> withSecondMonthNames(String text, List<Candidate> dates) {
        List<Candidate> joined = new ArrayList<>(dates.size());
        for (Candidate c : dates) {
            Candidate last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && c.precision() == TimePrecision.MONTH && last.dates().start().getMonth() == c.dates().start().getMonth()
                    && text.substring(last.end(), c.start()).matches("[\\s/()]+")) {
                // «9 مارس/آذار 2023», «أغسطس (آب) من العام الماضي», «أغسطس (آب) الماضي»: the year told after the second name
                // is the date's.
                DateSpan span = last.dates();
                int years = c.dates().start().getYear() - span.start().getYear();
                String second = text.substring(c.start(), c.end());
                if (years != 0 && (YEAR_WRITTEN.matcher(second).find() || PAST_TOLD.matcher(second).find())) {
                    span = new DateSpan(span.start().plusYears(years), span.end().plusYears(years));
                }
                joined.set(joined.size() - 1, new Candidate(last.start(), Math.max(last.end(), c.end()), span, last.precision()));
            } else {
                joined.add(c);
            }
        }
        return joined;
    }

    /** A year written in figures. */
    private static final Pattern YEAR_WRITTEN = Pattern.compile("\\d{4}");
    /** A month or a year past, told in words: «الماضي», «من العام الماضي». */
    private static final Pattern PAST_TOLD = Pattern.compile("الماضي|الماضية|المنصرم|الفائت");

    /**
     * A part of a month or a year that a word before a date names: its first and last day of the month («منتصف شباط»,
     * "early August": days 1–10, 11–20, 21 on) and, before a year, the first month of its third («أواخر العام
     * الماضي»: September to December).
     */
    private record Part(int firstDay, int lastDay, int firstMonth) {}

    private static final Part EARLY = new Part(1, 10, 1), MIDDLE = new Part(11, 20, 5), LATE = new Part(21, 31, 9);
    /** The words before a date that name a part of it (normalised). */
    private static final java.util.Map<String, Part> PARTS = java.util.Map.ofEntries(
            java.util.Map.entry("مطلع", EARLY), java.util.Map.entry("اوايل", EARLY), java.util.Map.entry("بدايه", EARLY),
            java.util.Map.entry("early", EARLY), java.util.Map.entry("منتصف", MIDDLE), java.util.Map.entry("اواسط", MIDDLE),
            java.util.Map.entry("mid", MIDDLE), java.util.Map.entry("اواخر", LATE), java.util.Map.entry("نهايه", LATE),
            java.util.Map.entry("late", LATE));

    /** Whether {@code span} is one whole calendar year, as a year is read. */
    private static boolean wholeYear(DateSpan span) {
        return span.start().getDayOfYear() == 1 && span.end().equals(span.start().withMonth(12).withDayOfMonth(31));
    }

    /** Words before a date that make it the start of a span running to publication: «منذ 27 آب», "since Aug. 27". */
    private static final Set<String> SINCE = Set.of("منذ", "since");

    /**
     * The date {@code c} as the word before it qualifies it: a part of a month («منتصف شباط»: the 11th to the 20th,
     * "early August": the 1st to the 10th) or of a year («أواخر العام الماضي»: September to December), or, after «منذ»
     * or "since", from that date to publication (the events went on since then). A date with no such word stays as it is.
     */
    private static Candidate qualified(TokenizedText w, Candidate c, Publication pub) {
        int first = w.indexAt(c.start());
        if (first <= 0 || first >= w.size() || !w.joined(first)) return c;
        String before = w.form(first - 1);
        Part part = PARTS.get(before);
        int start = w.start(first - 1, 0);
        if (part != null && wholeYear(c.dates())) {
            // «أواخر العام الماضي», "early last year": a third of the year.
            LocalDate from = c.dates().start().withMonth(part.firstMonth());
            return new Candidate(start, c.end(), new DateSpan(from, from.plusMonths(4).minusDays(1)), TimePrecision.MONTH);
        }
        if (part != null && c.precision() == TimePrecision.MONTH) {
            LocalDate from = c.dates().start().withDayOfMonth(part.firstDay());
            LocalDate to = c.dates().start().withDayOfMonth(Math.min(part.lastDay(), c.dates().start().lengthOfMonth()));
            return new Candidate(start, c.end(), new DateSpan(from, to), TimePrecision.DAY);
        }
        if (SINCE.contains(before) && c.dates().start().isBefore(pub.last())) {
            return new Candidate(start, c.end(), new DateSpan(c.dates().start(), pub.last()), c.precision());
        }
        return c;
    }

    // ---- matching

    /**
     * The longest month or weekday name at each word, looked up once per text rather than once per template:
     * matching every template against every word was the extractor's slowest step.
     */
    private static final class NameHits {
        private final Object[][] cache;

        NameHits(int words) {
            cache = new Object[4][words];
        }

        /** kind: 0 months that may stand alone, 1 all months, 2 weekdays. */
        Object[] at(int kind, int pos, java.util.function.Supplier<Object[]> lookup) {
            Object cached = cache[kind][pos];
            if (cached == null) {
                Object[] found = lookup.get();
                cache[kind][pos] = found == null ? NONE : found;
                return found;
            }
            return cached == NONE ? null : (Object[]) cached;
        }

        private static final Object NONE = new Object();
    }

    /** The slots of template {@code t} matched from word {@code i}, or null; {@code hit} gets end and trim. */
    private Slots match(TokenizedText w, int i, Template t, int[] hit, NameHits names) {
        Integer weekday = null, month = null, day = null, year = null, ordinal = null, count = null;
        int pos = i;
        int trim = 0;
        String[] parts = t.parts();
        for (int p = 0; p < parts.length; p++) {
            if (pos >= w.size() || (p > 0 && !w.joined(pos))) return null;
            String part = parts[p];
            int partTrim = 0;
            switch (part) {
                case "{weekday}", "{month}" -> {
                    boolean isMonth = part.equals("{month}");
                    boolean aloneOnly = isMonth && parts.length == 1;
                    int at = pos;
                    Object[] found = names.at(isMonth ? (aloneOnly ? 0 : 1) : 2, pos, () -> longestName(w, at, isMonth, aloneOnly));
                    if (found == null) return null;
                    Name best = (Name) found[0];
                    TokenizedText.Hit bestHit = (TokenizedText.Hit) found[1];
                    if (isMonth) month = best.number();
                    else weekday = best.number();
                    partTrim = bestHit.trim();
                    pos = bestHit.end();
                }
                case "{day}" -> {
                    Matcher m = DAY.matcher(w.form(pos));
                    if (!m.matches()) return null;
                    day = Integer.parseInt(m.group(1));
                    if (day < 1 || day > 31) return null;
                    pos++;
                }
                case "{year}" -> {
                    Matcher m = YEAR.matcher(w.form(pos));
                    if (!m.matches()) return null;
                    year = Integer.parseInt(m.group(1));
                    if (year < 1900 || year > 2199) return null;
                    pos++;
                }
                case "{count}" -> {
                    NumberWords.Count c = numbers.count(w, pos);
                    if (c == null || c.value() == null || c.trim() != 0 || c.value() < 1 || c.value() > MOST_DAYS_AGO) return null;
                    count = c.value();
                    pos = c.end();
                }
                case "{ordinal}" -> {
                    int[] o = numbers.ordinal(w, pos);
                    if (o == null || o[0] < 1 || o[0] > 366) return null;
                    ordinal = o[0];
                    pos = o[1];
                }
                default -> {
                    partTrim = p == 0 ? Proclitics.matchWord(w.form(pos), part) : (w.form(pos).equals(part) ? 0 : -1);
                    if (partTrim < 0) return null;
                    pos++;
                }
            }
            if (p == 0) trim = partTrim;
            else if (partTrim > 0) return null;
        }
        hit[0] = pos;
        hit[1] = trim;
        return new Slots(weekday, month, day, year, ordinal, count);
    }

    /** The English units a count before them counts back in ("three weeks ago"). */
    private static final java.util.Set<String> COUNTED_UNITS = java.util.Set.of("days", "weeks", "months");

    /**
     * Puts in {@code into} the positions of the templates worth trying at word {@code i}, and says how many:
     * those whose first word may match it, and those whose first slot it may fill. They come in lexicon
     * order, which decides between equal matches.
     */
    private int candidates(TokenizedText w, int i, int[] into) {
        int n = 0;
        for (int t : wordFirst.at(w, i)) into[n++] = t;
        boolean figure = Character.isDigit(w.form(i).charAt(0));
        for (SlotFirst slot : slotFirst) {
            boolean fits = switch (slot.slot()) {
                case FIGURE -> figure;
                case MONTH -> months.any(w, i);
                case WEEKDAY -> weekdays.any(w, i);
                case ORDINAL -> numbers.ordinal(w, i) != null;
                // "two days ago": a count is read only before a unit counted back (or in digits), not at every word.
                case COUNT -> figure || i + 1 < w.size() && COUNTED_UNITS.contains(w.form(i + 1));
                case ANY -> true;
            };
            if (fits) for (int t : slot.templates()) into[n++] = t;
        }
        java.util.Arrays.sort(into, 0, n);
        return n;
    }

    /** The longest month or weekday name at word {@code pos}, as {name, hit}, or null. */
    private Object[] longestName(TokenizedText w, int pos, boolean isMonth, boolean aloneOnly) {
        Name best = null;
        TokenizedText.Hit bestHit = null;
        for (Name n : (isMonth ? months : weekdays).at(w, pos)) {
            if (aloneOnly && !n.alone()) continue;
            TokenizedText.Hit h = w.phraseAt(pos, n.words());
            if (h != null && (bestHit == null || h.end() > bestHit.end())) {
                best = n;
                bestHit = h;
            }
        }
        return best == null ? null : new Object[]{best, bestHit};
    }

    /**
     * Numeric dates ("12/10/2024", "2024-10-12"). Both patterns start with a run of digits, so they are tried
     * only where one starts, as {@link Matcher#find} would find them but without trying every char of the
     * text: that took as long as all the rest of the date finder.
     */
    private void numericDates(TokenizedText w, List<Candidate> found) {
        String t = w.normalized().text();
        for (Pattern p : List.of(DAY_FIRST, YEAR_FIRST)) {
            Matcher m = p.matcher(t).useTransparentBounds(true);
            for (int at = 0; at < t.length(); at++) {
                if (!isDigit(t.charAt(at)) || (at > 0 && isDigit(t.charAt(at - 1)))) continue;
                if (!m.region(at, t.length()).lookingAt()) continue;
                at = m.end() - 1;
                boolean dayFirst = p == DAY_FIRST;
                int d = Integer.parseInt(m.group(dayFirst ? 1 : 4));
                int mo = Integer.parseInt(m.group(3));
                int y = Integer.parseInt(m.group(dayFirst ? 4 : 1));
                LocalDate date = date(y, mo, d);
                if (date == null) continue;
                found.add(new Candidate(w.normalized().originalStart(m.start()), w.normalized().originalEnd(m.end()),
                        DateSpan.day(date), TimePrecision.DAY));
            }
        }
    }

    /** A digit as the patterns' \d reads it (normalisation has folded Arabic-Indic digits to these). */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---- resolution

    /** When a report was published, as the days it may have been published on. */
    private record Publication(LocalDate published, TimePrecision precision, LocalDate first, LocalDate last) {
        Publication(LocalDate published, TimePrecision precision) {
            this(published, precision, firstDay(published, precision), lastDay(published, precision));
        }

        private static LocalDate firstDay(LocalDate d, TimePrecision p) {
            return switch (p) {
                case DAY -> d;
                case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> d.withDayOfMonth(1);
            };
        }

        private static LocalDate lastDay(LocalDate d, TimePrecision p) {
            return switch (p) {
                case DAY -> d;
                case WEEK -> d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                case MONTH -> d.withDayOfMonth(d.lengthOfMonth());
            };
        }

        DateSpan span() { return new DateSpan(first, last); }
    }

    private Candidate resolve(Kind kind, Slots s, Publication pub, int start, int end) {
        LocalDate ref = pub.last();
        switch (kind) {
            // Found only to hide the «اليوم» inside it, and dropped once the longest words are kept.
            case SAME_DAY: return new Candidate(start, end, null, null);
            // Dated once the dates before it are known (afterTheDayBefore); a day's precision marks it.
            case NEXT_DAY: return new Candidate(start, end, null, TimePrecision.DAY);
            case TODAY: return relative(start, end, pub, DateSpan::day, TimePrecision.DAY);
            case YESTERDAY: return relative(start, end, pub, d -> DateSpan.day(d.minusDays(1)), TimePrecision.DAY);
            // "overnight", «خلال الساعات الماضية»: the day before publication or the publication day itself.
            case PAST_DAY: return relative(start, end, pub, d -> new DateSpan(d.minusDays(1), d), TimePrecision.DAY);
            case DAY_BEFORE_YESTERDAY: return relative(start, end, pub, d -> DateSpan.day(d.minusDays(2)), TimePrecision.DAY);
            case DAYS_AGO: return relative(start, end, pub, d -> DateSpan.day(d.minusDays(s.count())), TimePrecision.DAY);
            case WEEK_AGO: return relative(start, end, pub, d -> DateSpan.day(d.minusDays(7)), TimePrecision.DAY);
            // "two weeks ago", «قبل نحو شهرين»: a count of weeks or months back is as exact as its unit, so the week or
            // the month around that day.
            case TWO_WEEKS_AGO, WEEKS_AGO: {
                int weeks = kind == Kind.TWO_WEEKS_AGO ? 2 : s.count();
                return relative(start, end, pub, d -> around(d.minusWeeks(weeks), 3), TimePrecision.WEEK);
            }
            case MONTH_AGO, TWO_MONTHS_AGO, MONTHS_AGO: {
                int months = kind == Kind.MONTH_AGO ? 1 : kind == Kind.TWO_MONTHS_AGO ? 2 : s.count();
                return relative(start, end, pub, d -> around(d.minusMonths(months), 15), TimePrecision.MONTH);
            }
            case YESTERDAY_WEEKDAY:
                // «ليلة أمس (الخميس)» in a statement quoted a day later: the weekday named, on or before yesterday.
                return relative(start, end, pub,
                        d -> DateSpan.day(d.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.of(s.weekday())))),
                        TimePrecision.DAY);
            case WEEKDAY:
                return relative(start, end, pub,
                        d -> DateSpan.day(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(s.weekday())))),
                        TimePrecision.DAY);
            // "overnight into Saturday": the night from the day before into the weekday named.
            case NIGHT_INTO_WEEKDAY:
                return relative(start, end, pub, d -> {
                    LocalDate day = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(s.weekday())));
                    return new DateSpan(day.minusDays(1), day);
                }, TimePrecision.DAY);
            case WEEKDAY_PAST:
                return relative(start, end, pub,
                        d -> DateSpan.day(d.with(TemporalAdjusters.previous(DayOfWeek.of(s.weekday())))),
                        TimePrecision.DAY);
            case THIS_WEEK: return relative(start, end, pub, d -> new DateSpan(d.minusDays(6), d), TimePrecision.WEEK);
            case LAST_WEEK, PAST_DAYS:
                return relative(start, end, pub, d -> new DateSpan(d.minusDays(7), d.minusDays(1)), TimePrecision.WEEK);
            case THIS_MONTH: return relative(start, end, pub, d -> month(YearMonth.from(d)), TimePrecision.MONTH);
            case LAST_MONTH: return relative(start, end, pub, d -> month(YearMonth.from(d).minusMonths(1)), TimePrecision.MONTH);
            case SINCE_MONTH_START: return relative(start, end, pub, d -> new DateSpan(d.withDayOfMonth(1), d), TimePrecision.DAY);
            // "earlier this year": from the first of January to the day of publication, a span of months.
            case SINCE_YEAR_START:
                return relative(start, end, pub, d -> new DateSpan(d.withDayOfYear(1), d), TimePrecision.MONTH);
            // «في الـ 11 من الشهر الجاري», «في 8 من الشهر الماضي»: a day of the month of publication, or of the one before.
            // A day the month has not is no date; «الشهر الجاري» alone is still read.
            case DAY_THIS_MONTH:
                if (date(ref.getYear(), ref.getMonthValue(), dayOfMonth(s)) == null) return null;
                return relative(start, end, pub, d -> dayOf(YearMonth.from(d), dayOfMonth(s)), TimePrecision.DAY);
            case DAY_LAST_MONTH:
                if (dayOfMonth(s) > YearMonth.from(ref).minusMonths(1).lengthOfMonth()) return null;
                return relative(start, end, pub, d -> dayOf(YearMonth.from(d).minusMonths(1), dayOfMonth(s)), TimePrecision.DAY);
            case IN_A_ROW: {
                if (pub.precision() != TimePrecision.DAY) return new Candidate(start, end, pub.span(), pub.precision());
                LocalDate d = pub.published();
                return new Candidate(start, end, new DateSpan(d.minusDays(s.ordinal() - 1L), d), TimePrecision.DAY);
            }
            case MONTH: {
                int year = s.month() <= ref.getMonthValue() ? ref.getYear() : ref.getYear() - 1;
                return new Candidate(start, end, DateSpan.month(year, s.month()), TimePrecision.MONTH);
            }
            case MONTH_PAST: {
                int year = s.month() < ref.getMonthValue() ? ref.getYear() : ref.getYear() - 1;
                return new Candidate(start, end, DateSpan.month(year, s.month()), TimePrecision.MONTH);
            }
            case MONTH_YEAR: return new Candidate(start, end, DateSpan.month(s.year(), s.month()), TimePrecision.MONTH);
            case SPRING, SUMMER, AUTUMN: {
                int first = kind == Kind.SPRING ? 3 : kind == Kind.SUMMER ? 6 : 9;
                return new Candidate(start, end, new DateSpan(LocalDate.of(s.year(), first, 1),
                        YearMonth.of(s.year(), first + 2).atEndOfMonth()), TimePrecision.MONTH);
            }
            case YEAR:
                return new Candidate(start, end, new DateSpan(LocalDate.of(s.year(), 1, 1), LocalDate.of(s.year(), 12, 31)),
                        TimePrecision.MONTH);
            // «خلال العام الجاري», "since the start of the year": the year of publication, over which a tally counts.
            case THIS_YEAR:
                return relative(start, end, pub, d -> new DateSpan(LocalDate.of(d.getYear(), 1, 1), LocalDate.of(d.getYear(), 12, 31)),
                        TimePrecision.MONTH);
            // "last year", «العام الماضي»: the year before publication, as a year is read.
            case LAST_YEAR:
                return relative(start, end, pub, d -> new DateSpan(LocalDate.of(d.getYear() - 1, 1, 1), LocalDate.of(d.getYear() - 1, 12, 31)),
                        TimePrecision.MONTH);
            // Periods that end at publication, so loosely told that what they hold is background, not news.
            case PAST_MONTHS: return relative(start, end, pub, d -> new DateSpan(d.minusMonths(3), d), TimePrecision.MONTH);
            case PAST_TWO_YEARS: return relative(start, end, pub, d -> new DateSpan(d.minusYears(2), d), TimePrecision.MONTH);
            case PAST_YEARS: return relative(start, end, pub, d -> new DateSpan(d.minusYears(3), d), TimePrecision.MONTH);
            // «في تشرين الثاني من العام الماضي», "in March last year": that month or day of the year before publication.
            case MONTH_LAST_YEAR:
                return relative(start, end, pub, d -> DateSpan.month(d.getYear() - 1, s.month()), TimePrecision.MONTH);
            case DATE_LAST_YEAR: {
                int day = dayOfMonth(s);
                if (date(ref.getYear() - 1, s.month(), day) == null || date(pub.first().getYear() - 1, s.month(), day) == null) {
                    return null;
                }
                return relative(start, end, pub, d -> DateSpan.day(date(d.getYear() - 1, s.month(), day)), TimePrecision.DAY);
            }
            case DATE: {
                // «السابع من أيار»: the day may be written as an ordinal.
                int day = dayOfMonth(s);
                LocalDate date;
                if (s.year() != null) {
                    date = date(s.year(), s.month(), day);
                } else {
                    date = date(ref.getYear(), s.month(), day);
                    if (date == null || date.isAfter(ref)) date = date(ref.getYear() - 1, s.month(), day);
                    if (date == null && s.month() == 2 && day == 29) date = latestLeapDay(ref);
                    if (date != null && s.weekday() != null) date = onItsWeekday(date, DayOfWeek.of(s.weekday()));
                }
                return date == null ? null : new Candidate(start, end, DateSpan.day(date), TimePrecision.DAY);
            }
            default: throw new IllegalStateException("Unhandled kind " + kind);
        }
    }

    /**
     * «الأحد 27 حزيران» with no year: the latest year, back from the one {@code date} has, in which that day is the
     * weekday the text gives, as a page read long after it was written (its publication day unknown) dates its news
     * so. A weekday that fits none of the last {@value #WEEKDAY_YEARS} years is a slip; the date stays.
     */
    private static LocalDate onItsWeekday(LocalDate date, DayOfWeek weekday) {
        for (int back = 0; back <= WEEKDAY_YEARS; back++) {
            LocalDate d = date.minusYears(back);
            if (d.getDayOfMonth() == date.getDayOfMonth() && d.getDayOfWeek() == weekday) return d;
        }
        return date;
    }

    /** The most days a text counts back ("three days ago", «قبل عشرة أيام»); more is no day it would count. */
    private static final int MOST_DAYS_AGO = 30;

    /** How many years back a weekday may date a day and month: every pair of them falls on each weekday within seven. */
    private static final int WEEKDAY_YEARS = 7;

    /**
     * When an event reported without a date word took place, as far as the report tells: on or before the day
     * it was published. The data model has no open-ended span, so it is the seven days ending on the last
     * possible publication day (as "this week" is read), at WEEK precision or the publication's if coarser:
     * the publication day at DAY precision would claim what the text does not say. The analyst narrows it in
     * review.
     */
    public static DateSpan byPublication(LocalDate published, TimePrecision publishedPrecision) {
        Publication pub = new Publication(published, publishedPrecision);
        return new DateSpan(pub.first().minusDays(BY_PUBLICATION_DAYS - 1L), pub.last());
    }

    /** The precision of {@link #byPublication}: WEEK, or the publication's own if it is coarser. */
    public static TimePrecision byPublicationPrecision(TimePrecision publishedPrecision) {
        return publishedPrecision.code() > TimePrecision.WEEK.code() ? publishedPrecision : TimePrecision.WEEK;
    }

    /** The days from {@code days} before {@code day} to {@code days} after it. */
    private static DateSpan around(LocalDate day, int days) {
        return new DateSpan(day.minusDays(days), day.plusDays(days));
    }

    /** How many days up to publication an undated event is taken to lie within: a news report's week. */
    static final int BY_PUBLICATION_DAYS = 7;

    private static Candidate relative(int start, int end, Publication pub, Function<LocalDate, DateSpan> f,
                                      TimePrecision own) {
        if (pub.precision() == TimePrecision.DAY) return new Candidate(start, end, f.apply(pub.published()), own);
        DateSpan a = f.apply(pub.first());
        DateSpan b = f.apply(pub.last());
        if (a.equals(b)) return new Candidate(start, end, a, own);
        TimePrecision p = own.code() >= pub.precision().code() ? own : pub.precision();
        return new Candidate(start, end, new DateSpan(a.start(), b.end()), p);
    }

    private static DateSpan month(YearMonth m) { return DateSpan.month(m.getYear(), m.getMonthValue()); }

    /** The day of the month a template's {day} or {ordinal} («السابع») gives. */
    private static int dayOfMonth(Slots s) {
        return s.day() != null ? s.day() : s.ordinal();
    }

    /** That day of the month, or the whole month where the month has no such day (a publication known to the week). */
    private static DateSpan dayOf(YearMonth m, int day) {
        LocalDate d = date(m.getYear(), m.getMonthValue(), day);
        return d != null ? DateSpan.day(d) : month(m);
    }

    private static LocalDate date(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) return null;
        return LocalDate.of(y, m, d);
    }

    private static LocalDate latestLeapDay(LocalDate ref) {
        for (int y = ref.getYear(); y > ref.getYear() - 8; y--) {
            LocalDate d = date(y, 2, 29);
            if (d != null && !d.isAfter(ref)) return d;
        }
        return null;
    }

    // ---- lexicons

    private static Lexicon load() {
        List<Template> templates = new ArrayList<>();
        for (LexiconCsv.Row row : LexiconCsv.read("date-phrases", "kind", "language", "phrase")) {
            Kind kind;
            try {
                kind = Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind '" + row.get("kind") + "'");
            }
            String[] parts = LexiconCsv.words(row.get("phrase"));
            if (parts.length == 0) throw row.error("empty phrase");
            for (String p : parts) {
                if (p.startsWith("{") && !List.of("{weekday}", "{month}", "{day}", "{year}", "{ordinal}", "{count}").contains(p)) {
                    throw row.error("unknown slot " + p);
                }
            }
            templates.add(new Template(kind, parts));
        }
        List<Name> months = new ArrayList<>();
        for (LexiconCsv.Row row : LexiconCsv.read("months", "month", "language", "name", "alone")) {
            Integer m = row.integer("month");
            if (m == null || m < 1 || m > 12) throw row.error("month must be 1–12");
            String alone = row.get("alone");
            if (!alone.equals("yes") && !alone.equals("no")) throw row.error("alone must be yes or no");
            months.add(new Name(m, LexiconCsv.words(row.get("name")), alone.equals("yes")));
        }
        List<Name> weekdays = new ArrayList<>();
        for (LexiconCsv.Row row : LexiconCsv.read("weekdays", "day", "language", "name")) {
            Integer d = row.integer("day");
            if (d == null || d < 1 || d > 7) throw row.error("day must be 1 (Monday) to 7 (Sunday)");
            weekdays.add(new Name(d, LexiconCsv.words(row.get("name")), true));
        }
        return new Lexicon(List.copyOf(templates), List.copyOf(months), List.copyOf(weekdays));
    }

    /**
     * {@code when}, or, where a day told a few words after it is one the event lasted into, the days from {@code when}
     * to that one: "clashes that began late Friday and lasted into Saturday", "from Friday until Saturday", «من مساء
     * الجمعة وحتى صباح السبت». A verb of lasting stands before "into" or "until", or the first day opens with "from":
     * "shot dead on Friday but not identified until Sunday" is Friday's.
     */
    static DateMention lastedInto(TokenizedText text, DateMention when, List<DateMention> dates) {
        if (when == null || when.precision() != TimePrecision.DAY || when.dates().days() != 1) return when;
        boolean from = opensWithFrom(text, when), night = opensWithNight(text, when);
        for (DateMention d : dates) {
            long after = ChronoUnit.DAYS.between(when.dates().end(), d.dates().start());
            if (d.span().start() < when.span().end() || d.precision() != TimePrecision.DAY || d.dates().days() != 1
                    || after < 1 || after > LASTED_DAYS) {
                continue;
            }
            int first = text.indexAt(when.span().end()), last = text.wordAt(d.span().start());
            if (last - first > LASTED_WORDS) continue;
            // «ليل الاثنين - الثلاثاء», «ليلة السبت على الأحد», "overnight Monday to Tuesday": a night that runs into the
            // next day is of both.
            if (night && after == 1 && betweenNightsDays(text, first, last)) {
                return new DateMention(Span.of(text.original(), when.span().start(), d.span().end()),
                        new DateSpan(when.dates().start(), d.dates().end()), TimePrecision.DAY);
            }
            for (int k = first; k <= last && text.joined(k); k++) {
                boolean until = UNTIL.contains(text.lower(k)) || UNTIL.contains(text.key(k));
                if (until && (from || k > 0 && LASTING.contains(text.lower(k - 1)))) {
                    return new DateMention(Span.of(text.original(), when.span().start(), d.span().end()),
                            new DateSpan(when.dates().start(), d.dates().end()), TimePrecision.DAY);
                }
            }
        }
        return when;
    }

    /** Whether "from" or «من» stands right before the date {@code when}: "from late Friday until Saturday". */
    private static boolean opensWithFrom(TokenizedText text, DateMention when) {
        int k = text.wordAt(when.span().start());
        return k > 0 && text.joined(k) && FROM.contains(text.lower(k - 1));
    }

    /** Whether the date {@code when} opens with a word of the night, or follows one: «ليلة الأحد», «ليل الاثنين», "overnight Monday". */
    private static boolean opensWithNight(TokenizedText text, DateMention when) {
        int k = text.wordAt(when.span().start());
        return k < text.size() && NIGHT.contains(text.lower(k)) || k > 0 && text.joined(k) && NIGHT.contains(text.lower(k - 1));
    }

    /** Whether only the words that join a night's two days stand from word {@code first} to before {@code last}. */
    private static boolean betweenNightsDays(TokenizedText text, int first, int last) {
        if (last - first > 1) return false;
        for (int k = first; k < last; k++) {
            if (!NIGHTS_DAYS_JOINED.contains(text.lower(k))) return false;
        }
        return true;
    }

    /** Words of the night before a day, as written (normalised). */
    private static final Set<String> NIGHT = Set.of("ليل", "ليله", "وليل", "وليله", "overnight", "night");
    /** Words between a night's two days, as written (normalised): «ليلة السبت على الأحد», "Monday to Tuesday". */
    private static final Set<String> NIGHTS_DAYS_JOINED = Set.of("علي", "الي", "to", "into", "and");

    /** The most days an event told as lasting from one day into another lasts. */
    private static final int LASTED_DAYS = 3;
    /** The most words between the day an event began and the day it lasted into: "and lasted into", «وحتى صباح». */
    private static final int LASTED_WORDS = 5;
    /** Words of lasting until a day, as written (normalised): "into", "until", «حتى». */
    private static final Set<String> UNTIL = Set.of("into", "until", "till", "through", "حتي", "وحتي");
    /** Verbs of lasting, as written (lower case): "lasted into", "continued until". */
    private static final Set<String> LASTING = Set.of("lasted", "lasting", "continued", "continuing", "raged", "raging",
            "went", "extended", "stretched", "on");
    /** Words that open the first day of a span, as written (normalised). */
    private static final Set<String> FROM = Set.of("from", "من", "ومن");
}
