package org.furat.ingest;

import java.time.LocalDate;
import java.util.List;
import org.furat.text.ArabicNormalizer;
import org.furat.text.Proclitics;

/**
 * Leaves out the events a report recalls as background: "Back in 2016 the town changed hands twice", «وكانت
 * اشتباكات قد اندلعت في آب الماضي» in a November report, "a like raid in July left six dead" in a December
 * one. What marks them is a sentence that names no place on the map and is dated only
 * loosely (a month, a season, a year: more than the week an undated sentence is given) to a time the report does
 * not cover as news: over before the month before publication, after publication (a list of other articles), or
 * a season or more long. The incident datasets the extractor feeds leave such recollections out.
 *
 * <p>Kept: any such event placed, even only in a region (that is a report of its own), and a round-up of the
 * month just past («شهد شهر تشرين الأول سلسلة من الهجمات الصاروخية» in a report of early November), which is
 * the report's news.
 */
final class BackgroundEvents {

    /** The loosest span an event sentence of news is dated to: the week ending on publication. */
    private static final long NEWS_DAYS = 7;
    /** How far back a round-up's news reaches: the month before publication. */
    private static final long ROUND_UP_DAYS = 31;
    /** News dated to a day, or to a night across two. */
    private static final long NEWS_OF_A_DAY = 2;
    /** The shortest month: a span this long is known to a month at best. */
    private static final long MONTH_DAYS = 28;
    /** A span this long (a season, a year) is a period, not an event's date. */
    private static final long PERIOD_DAYS = 62;

    private BackgroundEvents() {}

    /** {@code proposals} without the background ones, in order; {@code published}, the report's publication day. */
    static List<Proposal> withoutBackground(List<Proposal> proposals, LocalDate published) {
        return proposals.stream().filter(p -> !background(p, published)).toList();
    }

    /**
     * {@code proposals} without those dated loosely (a month, a season) to a time before the report's first event and
     * told in the pluperfect or likened to it: «وكان عنصر آخر من قسد قد قتل الشهر الماضي في بلدة البصيرة», "Last month,
     * a similar explosion killed two children in Mazloum"; or known only to a month that ended over a month before it,
     * however told ("In January 2021, strikes attributed to Israel killed dozens"). Placed or not, what had happened
     * before the news is its background. A like event of the days before («في انفجار مماثل ببلدة كباجب الاثنين الماضي»)
     * is news the coders code.
     */
    static List<Proposal> withoutRecalled(TokenizedText text, List<Proposal> proposals, LocalDate published) {
        if (proposals.size() < 2) return proposals;
        // "In February 2018, US strikes near the Conoco field killed scores …" opening a report of 2024 whose news follows:
        // the news starts with its first event not known only to a month long past.
        Proposal first = proposals.stream().filter(p -> !longPast(p, published)).findFirst().orElse(proposals.get(0));
        // Ending the day the first event begins («أواخر الشهر الماضي» before «منذ فجر الخميس», the month's last day) is
        // before it still.
        boolean newsOfADay = first.dates().days() <= NEWS_OF_A_DAY;
        return proposals.stream().filter(p -> p == first || !recalled(text, p, first.dates().start(), newsOfADay)
                && !howTheNewsBegan(text, p, first) && !firstReportOfAnEventTold(text, p, proposals)).toList();
    }

    /**
     * Whether {@code p} tells how the news event began, before it, in the pluperfect and by its definite name, at none
     * of its own places: «تتواصل الاشتباكات لليوم الرابع في ذيبان والشحيل», then «وكانت الاشتباكات قد اندلعت يوم الأحد
     * الماضي» («وكانت الاشتباكات قد تجددت صباح اليوم» is news of its own).
     */
    private static boolean howTheNewsBegan(TokenizedText text, Proposal p, Proposal news) {
        return p.type() == news.type() && p.dates().end().isBefore(news.dates().start()) && pluperfect(text, p.trigger())
                && Extractor.definite(text, p.trigger()) && p.places().stream().allMatch(q -> news.places().stream().anyMatch(q::samePlaceAs));
    }

    /**
     * Whether {@code p} is how a source first reported an event told before it, by its definite name: «ارتفع إلى 21 عدد
     * المدنيين الذين قضوا جراء الغارات …» then «وكان المرصد السوري نشر يوم أمس أن 14 مدنياً قضوا في الغارات». The news is
     * the event's telling with its figures now; the first report is that event, however near its day.
     */
    private static boolean firstReportOfAnEventTold(TokenizedText text, Proposal p, List<Proposal> proposals) {
        if (!opensAsAnEarlierReport(text, p.trigger()) || !Extractor.definite(text, p.trigger())) return false;
        // At a place of its own («وكان المرصد أشار إلى مقتل 3 مدنيين في الغارات على بلدة البصيرة»), it is another event.
        return proposals.stream().takeWhile(e -> e != p).anyMatch(e -> e.type() == p.type()
                && p.places().stream().allMatch(q -> e.places().stream().anyMatch(q::samePlaceAs)));
    }

    /** Whether {@code p} is known only to a month (or longer) that ended over a month before {@code day}. */
    private static boolean longPast(Proposal p, LocalDate day) {
        return p.dates().days() >= MONTH_DAYS && p.dates().end().isBefore(day.minusDays(ROUND_UP_DAYS));
    }

    /**
     * Whether {@code p} is told as what had happened before the news that starts on {@code news}: dated loosely to a
     * time before it and told in the pluperfect or likened to it, or told in the pluperfect and over a month before it
     * however exactly dated («وكانت وحدات الجيش قد فكت في الخامس من أيلول الماضي الحصار», in a November report).
     */
    private static boolean recalled(TokenizedText text, Proposal p, LocalDate news, boolean newsOfADay) {
        // «يذكر أن مخلفات الحرب ما تزال منتشرة، وسبق أن انفجر لغم مماثل بجرار زراعي»: a reminder that tells what happened
        // before, whatever its date (in a post with no date, the news's); not what it tells of today («يذكر أن قسد اعتقلت
        // اليوم ثلاثة شبان، وسبق أن اعتقلت عشرات»: the event words before «سبق أن» are a verb of their own).
        if (opensAsAReminder(text, p.trigger()) && (toldAsBefore(text, p.trigger())
                || !verbOfItsOwn(text, p.trigger()) && toldAsBeforeInItsSentence(text, p.trigger()))) {
            return true;
        }
        // «وتأتي عملية الاغتيال بعد أيام من اغتيال عضو … في بلدة الشحيل»: what the news came days after, dated no
        // further ("days after unidentified aircraft struck a convoy … last Thursday" is dated apart, and may be news).
        if (SubordinateTriggers.cameDaysAfter(text, p.trigger()) && !p.dates().end().isBefore(news)) return true;
        if (!p.dates().start().isBefore(news)) return false;
        // «وكانت قسد قد نفذت، خلال الشهر الجاري، عدة عمليات مماثلة أسفرت عن القبض على عشرات»: the month had begun before
        // the news, and what is told in the pluperfect or likened to the news was before it, however far the month runs
        // (not the week: «خلال الأسبوع الجاري» may hold the news's own).
        if (p.dates().end().isAfter(news)) {
            return p.dates().days() > NEWS_DAYS && (pluperfect(text, p.trigger()) || likenedInItsSentence(text, p.trigger()));
        }
        // «وكان المرصد السوري قد أشار في الخامس من الشهر الجاري إلى مقتل مدني», «ونشر المرصد في الـ 12 من الشهر الجاري أن
        // عنصراً قتل»: what a source had reported before the news is its background, however near.
        if (reportedEarlier(text, p.trigger()) || opensAsAnEarlierReport(text, p.trigger()) || toldAtTheTime(text, p.trigger())) {
            return true;
        }
        // «إذ سبق أن خُطف عدد من العاملين خلال الأشهر الماضية»: told as having happened before, as the pluperfect tells it.
        if (pluperfect(text, p.trigger()) || toldAsBefore(text, p.trigger())) {
            // «يذكر أن الطائرات الأمريكية كانت قد استهدفت في 8 تشرين الثاني الجاري مستودعاً»: told as a reminder.
            if (opensAsAReminder(text, p.trigger())) return true;
            return p.dates().days() >= NEWS_DAYS || p.dates().end().isBefore(news.minusDays(ROUND_UP_DAYS));
        }
        // "In January 2021, strikes attributed to Israel killed dozens", «في أيلول الماضي»: known only to a month that
        // ended over a month before the news, however told, what happened then is its background. The month just past
        // ("Rockets were fired at the Conoco base last month") may be news the coders code.
        if (longPast(p, news)) return true;
        // "In December, an IED killed an SDF officer near al-Busayrah", in a report whose news is of a day in January: a
        // month by its name that ended before the day of the news is what came before it. "Last month, rockets were fired
        // at the Conoco base" may be news the coders code, and so is what the month saw («وشهد شهر تشرين الأول سلسلة من
        // الهجمات», a round-up of the month just past).
        if (newsOfADay && p.dates().days() >= MONTH_DAYS && p.dates().end().isBefore(news) && !monthToldAsNews(p)) return true;
        // A like event of last week («في انفجار مماثل ببلدة الشحيل الأسبوع الماضي») is news the coders code; of last
        // month, told by its own words or its sentence's («تشهد البلدات احتجاجات متكررة، إذ خرجت مظاهرات مماثلة في
        // بلدتي الحوايج والبصيرة خلال كانون الثاني الماضي»), background.
        return p.dates().days() > NEWS_DAYS && (likened(text, p.trigger()) || likenedInItsSentence(text, p.trigger()));
    }

    /**
     * Whether {@code p}'s words tell its month as news: "last month" (data/lexicons/date-phrases.csv), not a month by its
     * name, or what the month saw («شهد شهر تشرين الأول», "October saw", "the month witnessed").
     */
    private static boolean monthToldAsNews(Proposal p) {
        String words = ArabicNormalizer.normalize(p.evidence().text()).text().toLowerCase(java.util.Locale.ROOT);
        return LAST_MONTH.stream().anyMatch(words::contains) || MONTH_SAW.matcher(words).find();
    }

    private static final java.util.regex.Pattern MONTH_SAW = java.util.regex.Pattern.compile("شهد(ت)? شهر| saw | witnessed ");

    /** The words of "last month", normalised and in lower case: «الشهر الماضي», "the previous month". */
    private static final List<String> LAST_MONTH = LexiconCsv.read("date-phrases", "kind", "language", "phrase").stream()
            .filter(row -> row.get("kind").equals("last_month"))
            .map(row -> ArabicNormalizer.normalize(row.get("phrase")).text().toLowerCase(java.util.Locale.ROOT)).toList();

    /** Whether a word of likeness stands in the sentence of the event words {@code trigger}. */
    private static boolean likenedInItsSentence(TokenizedText text, Span trigger) {
        return anyWordOfItsSentence(text, trigger, k -> LIKE.contains(text.lower(k)));
    }

    /** Whether a word of the sentence of the event words {@code trigger}, by its index, is one {@code word} accepts. */
    private static boolean anyWordOfItsSentence(TokenizedText text, Span trigger, java.util.function.IntPredicate word) {
        int at = text.indexAt(trigger.start()), k = at;
        while (k > 0 && text.sameSentence(k - 1, at)) k--;
        for (; k < text.size() && text.sameSentence(at, k); k++) if (word.test(k)) return true;
        return false;
    }

    /**
     * Whether the event words {@code trigger} follow «سبق أن» (it happened before that) in their clause: «وسبق أن قتل
     * عنصران في البلدة الشهر الماضي», «إذ سبق لقسد أن اعتقلت». Not event words before it («…، وسبق أن نفذت حملة مماثلة» tells the
     * first event) nor in another clause after it («كما», «فيما»).
     */
    private static boolean toldAsBefore(TokenizedText text, Span trigger) {
        int first = text.indexAt(trigger.start());
        // Within the clause of the event words: not past a comma or a relative pronoun («المسلحين الذين سبق أن هددوا
        // الشاب، هاجموا منزله» tells the attack).
        for (int k = first - 1; k >= Math.max(0, first - PLUPERFECT_WORDS) && text.joined(k + 1) && !text.commaBefore(k + 1)
                && !ANOTHER_CLAUSE.contains(text.lower(k)) && !Sentences.RELATIVE_PRONOUNS.contains(text.lower(k)); k--) {
            if (BEFORE_THAT.contains(text.lower(k)) && thatFollows(text, k + 1)) return true;
        }
        return false;
    }

    /**
     * Whether event words are one word that may be a verb, which tells an event of its own clause («اعتقلت»), not a
     * noun or a phrase that a later clause's verb may tell of («مخلفات الحرب»): no article, no ending of a plural or a
     * feminine noun («ات», «ة»).
     */
    private static boolean verbOfItsOwn(TokenizedText text, Span trigger) {
        int k = text.indexAt(trigger.start());
        if (k >= text.size() || !text.get(k).arabic()) return true;
        if (text.indexAt(trigger.end()) > k + 1) return false;
        String word = Proclitics.stem(text.lower(k));
        return !word.startsWith("ال") && !word.endsWith("ات") && !word.endsWith("ه");
    }

    /** Whether «سبق أن» (it happened before that) stands anywhere in the sentence of the event words {@code trigger}. */
    private static boolean toldAsBeforeInItsSentence(TokenizedText text, Span trigger) {
        return anyWordOfItsSentence(text, trigger, k -> BEFORE_THAT.contains(text.lower(k)) && thatFollows(text, k + 1));
    }

    /**
     * Whether «أن» follows at word {@code k}, or a doer with «ل» and then «أن» («سبق لقسد أن»): «سبق» as "it happened
     * before that", not as "preceded" («سبقت الاشتباكات حملة اعتقالات») nor «كما سبق ذكره».
     */
    private static boolean thatFollows(TokenizedText text, int k) {
        if (k >= text.size() || !text.joined(k)) return false;
        if (THAT.contains(text.lower(k))) return true;
        return text.lower(k).startsWith("ل") && k + 1 < text.size() && text.joined(k + 1) && THAT.contains(text.lower(k + 1));
    }

    /** «أن», with «و» or not, as written (normalised). */
    private static final java.util.Set<String> THAT = java.util.Set.of("ان", "وان");

    /** «سبق» and «سبقت», with «و» or not, as written (normalised). */
    private static final java.util.Set<String> BEFORE_THAT = java.util.Set.of("سبق", "وسبق", "سبقت", "وسبقت");

    /** Whether the event words {@code trigger} name an event like the news: «بهجوم مماثل», "a similar explosion". */
    static boolean likened(TokenizedText text, Span trigger) {
        int first = text.indexAt(trigger.start()), last = text.indexAt(trigger.end()) - 1;
        for (int k = first; k >= Math.max(0, first - 2); k--) {
            if (LIKE.contains(text.lower(k))) return true;
            if (k > 0 && !text.joined(k)) break;
        }
        for (int k = last + 1; k <= Math.min(text.size() - 1, last + 2) && text.joined(k); k++) {
            if (LIKE.contains(text.lower(k))) return true;
        }
        return false;
    }

    /**
     * Whether the event words {@code trigger} are what a source reported before the news: a verb of reporting before them
     * in their sentence, told in the pluperfect («وكان المرصد قد وثق قبل أيام مقتل شاب», "SOHR had reported that") or
     * with the day of its report right after it («ونشر المرصد السوري في الـ 18 من تموز الجاري أن مسلحين اغتالوا شاباً»).
     */
    static boolean reportedEarlier(TokenizedText text, Span trigger) {
        int first = text.indexAt(trigger.start());
        // Within the report's clause: «…، كما قتل عنصر أمس» and "…, and on Thursday a fighter was shot" are news of their own
        // (a comma may stand inside the report: «قد أشار في الخامس من الشهر الجاري، إلى مقتل مدني»).
        for (int k = first - 1; k >= Math.max(0, first - REPORT_WORDS) && text.joined(k + 1)
                && !ANOTHER_CLAUSE.contains(text.lower(k)); k--) {
            boolean announced = ANNOUNCED.contains(text.lower(k));
            if (!REPORTED.contains(text.lower(k)) && !announced) continue;
            if (announced) return wasOpening(text, k);
            String before = k > 0 && text.joined(k) ? text.lower(k - 1) : "";
            if (before.equals("had") || before.equals("قد") && wasBefore(text, k - 1)) return true;
            // «وكان المرصد السوري نشر في الثالث والعشرين من»: «كان» opening the verb's clause, «قد» left out.
            if (text.get(k).arabic() && wasOpening(text, k)) return true;
            // "SOHR documented on November 28, 2020 the death of 14 militiamen": the day of its record, right after it.
            // Not "reported on March 9 that", which is how English tells yesterday's news.
            if (!text.get(k).arabic()) {
                return text.lower(k).equals("documented") && k + 2 < first && text.lower(k + 1).equals("on")
                        && dayAndMonthAt(text, k + 2);
            }
            // «في الـ 18 من», «في الخامس من»: a day of the month, the report's; «يوم السبت الفائت», a weekday past.
            int day = k + 1 + subjectWords(text, k + 1, first);
            return k + 3 < first && (text.lower(day).equals("في") && dayOfMonthAt(text, day + 1) || weekdayPastAt(text, day));
        }
        return false;
    }

    /**
     * Whether «كان» opens the clause of the verb at word {@code verb}, a source's words at most between them: «وكان
     * المرصد السوري نشر», not «وكانت البلدة هادئة، وذكر المرصد».
     */
    private static boolean wasOpening(TokenizedText text, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 1 - SOURCE_WORDS) && text.joined(k + 1) && !text.commaBefore(k + 1); k--) {
            if (WAS.contains(text.lower(k))) return k == 0 || !text.joined(k) || text.commaBefore(k);
        }
        return false;
    }

    /** Whether «كان» stands a few words before «قد» at word {@code qad} («وكان المرصد السوري قد»): «وقد وثق» is the news. */
    private static boolean wasBefore(TokenizedText text, int qad) {
        for (int k = qad - 1; k >= Math.max(0, qad - 1 - SOURCE_WORDS) && text.joined(k + 1); k--) {
            if (WAS.contains(text.lower(k))) return true;
        }
        return false;
    }

    /** How many words of a source stand at word {@code k} before «في» or «يوم» (at most a few, before {@code limit}). */
    private static int subjectWords(TokenizedText text, int k, int limit) {
        for (int m = k; m < Math.min(limit, k + SOURCE_WORDS) && text.joined(m); m++) {
            if (text.lower(m).equals("في") || text.lower(m).equals(DAY)) return m - k;
        }
        return 0;
    }

    /** «يوم» as written (normalised). */
    private static final String DAY = "يوم";

    /** Whether «يوم», a weekday and «الفائت» or «الماضي» stand at word {@code k}: «يوم السبت الفائت», the week's past. */
    private static boolean weekdayPastAt(TokenizedText text, int k) {
        return k + 2 < text.size() && text.lower(k).equals(DAY) && text.joined(k + 1) && text.joined(k + 2)
                && WEEKDAYS.contains(text.lower(k + 1)) && PAST.contains(text.lower(k + 2));
    }

    /** Arabic weekdays with the article, as written (normalised), from data/lexicons/weekdays.csv. */
    private static final java.util.Set<String> WEEKDAYS = LexiconCsv.read("weekdays", "day", "language", "name").stream()
            .filter(row -> row.get("language").equals("ar")).map(row -> ArabicNormalizer.normalize(row.get("name")).text())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** «الفائت», «الماضي» (last, past), as written (normalised). */
    private static final java.util.Set<String> PAST = java.util.Set.of("الفايت", "الماضي");

    /** Whether an English month's name, or a day in figures and the month's name, stands at word {@code k}. */
    private static boolean dayAndMonthAt(TokenizedText text, int k) {
        if (k + 1 < text.size() && Character.isDigit(text.form(k).charAt(0)) && text.form(k).length() <= 2) k++;
        return MONTHS_EN.contains(text.lower(k));
    }

    /** English months' names (data/lexicons/months.csv, those read alone), in lower case. */
    private static final java.util.Set<String> MONTHS_EN = LexiconCsv.read("months", "month", "language", "name", "alone")
            .stream().filter(row -> row.get("language").equals("en") && row.get("alone").equals("yes"))
            .map(row -> row.get("name").toLowerCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether a day of the month starts at word {@code k}, then «من»: in figures, «الـ» before it or not («الـ 18 من»,
     * «12 من»), or as an ordinal in words («الخامس من», «الثالث والعشرين من»).
     */
    private static boolean dayOfMonthAt(TokenizedText text, int k) {
        if (k < text.size() && (text.lower(k).equals("الـ") || text.lower(k).equals("ال"))) k++;
        if (k + 1 < text.size() && Character.isDigit(text.form(k).charAt(0)) && text.form(k).length() <= 2) {
            return text.lower(k + 1).equals("من");
        }
        int[] ordinal = NumberWords.standard().ordinal(text, k);
        return ordinal != null && ordinal[0] <= 31 && ordinal[1] < text.size() && text.joined(ordinal[1])
                && text.lower(ordinal[1]).equals("من");
    }

    /**
     * How many words before event words are read for a verb of reporting: a source, the day of its report, whom it
     * befell («ونشر المرصد السوري في الـ 12 من الشهر الجاري، أن عنصراً من قسد قتل بهجوم»).
     */
    private static final int REPORT_WORDS = 16;

    /**
     * Whether the sentence of event words says it was told at the time: "the Observatory said at the time", «بحسب ما
     * وثقه المرصد السوري في حينه».
     */
    private static boolean toldAtTheTime(TokenizedText text, Span trigger) {
        int at = text.indexAt(trigger.start());
        for (int k = at + 1; k < text.size() && text.sameSentence(at, k); k++) {
            String word = text.lower(k);
            // «في حينه» after a verb of reporting; not «حينها» (at that moment: «وكان يستقلها حينها قيادي»).
            if (word.equals("حينه") && text.lower(k - 1).equals("في") && reportingBefore(text, k - 1)) return true;
            // "the Observatory said at the time"; not "who were on guard at the time".
            if (word.equals("time") && k >= 3 && text.lower(k - 1).equals("the") && text.lower(k - 2).equals("at")
                    && SAYING.contains(text.lower(k - 3))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb of reporting, its object pronoun on it or not («وثقه», «ذكره»), stands a few words before word {@code k}. */
    private static boolean reportingBefore(TokenizedText text, int k) {
        for (int m = k - 1; m >= Math.max(0, k - SOURCE_WORDS) && text.joined(m + 1); m--) {
            String word = text.lower(m);
            if (REPORTED.contains(word) || REPORTED.stream().anyMatch(v -> word.startsWith(v) && word.length() <= v.length() + 2)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence of event words opens as a reminder: «يذكر أن», «يشار إلى أن», "It is worth noting that". */
    private static boolean opensAsAReminder(TokenizedText text, Span trigger) {
        int at = text.indexAt(trigger.start()), k = at;
        while (k > 0 && text.sameSentence(k - 1, at)) k--;
        String first = text.lower(k);
        return REMINDERS.contains(first) || first.equals("it") && k + 3 < text.size() && text.lower(k + 1).equals("is")
                && text.lower(k + 2).equals("worth") && text.lower(k + 3).equals("noting");
    }

    /**
     * Whether the sentence of event words opens with a source's earlier report, «كان» first: «وكان المرصد السوري نشر في
     * التاسع من الشهر الجاري أن قوات النظام دخلت البوكمال، قبل أن يشن التنظيم هجوماً معاكساً». All it tells, to its end,
     * is what that report told, up to a clause of its own («، كما قتل عنصر أمس»: news).
     */
    private static boolean opensAsAnEarlierReport(TokenizedText text, Span trigger) {
        int at = text.indexAt(trigger.start()), k = at;
        while (k > 0 && text.sameSentence(k - 1, at)) k--;
        if (!WAS.contains(text.lower(k)) || !text.get(k).arabic()) return false;
        for (int m = k + 1; m < Math.min(at, k + 2 + SOURCE_WORDS) && text.joined(m) && !text.commaBefore(m); m++) {
            if (REPORTED.contains(text.lower(m)) || ANNOUNCED.contains(text.lower(m))) {
                for (int n = m + 1; n < at; n++) if (ANOTHER_CLAUSE.contains(text.lower(n))) return false;
                return true;
            }
        }
        return false;
    }

    /** Words that open a reminder, as written (normalised): «يذكر», «يشار», «ويذكر». */
    private static final java.util.Set<String> REMINDERS = java.util.Set.of("يذكر", "ويذكر", "يشار", "ويشار");

    /** The most words of a source named between a verb of reporting and the day of its report: «المرصد السوري لحقوق الإنسان». */
    private static final int SOURCE_WORDS = 5;
    /** Words that open a clause of its own after a report told (normalised, lower case). */
    private static final java.util.Set<String> ANOTHER_CLAUSE = java.util.stream.Stream.concat(
            SubordinateTriggers.CLAUSE_OPENERS.stream(), java.util.stream.Stream.of("and")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Verbs of reporting, as written (normalised, lower case). */
    private static final java.util.Set<String> REPORTED = java.util.Set.of("اشار", "واشار", "نشر", "ونشر", "وثق", "ووثق", "ذكر",
            "وذكر", "رصد", "ورصد", "افاد", "وافاد", "reported", "documented");
    /** Verbs of announcing (normalised): a side's earlier announcement, after «كان» only («وكانت قسد أعلنت في 3 من أيلول»). */
    private static final java.util.Set<String> ANNOUNCED = java.util.Set.of("اعلن", "اعلنت", "اعلنوا");

    /** Words of likeness, as written (normalised). */
    private static final java.util.Set<String> LIKE = java.util.Set.of("similar", "مماثل", "مماثله", "مشابه", "مشابهه");

    /**
     * Whether the event words {@code trigger} are told in the pluperfect: «كان»/«كانت» and then «قد» before them in
     * their sentence, «كان» opening it, or "had" ("had been killed in a similar attack").
     */
    static boolean pluperfect(TokenizedText text, Span trigger) {
        int first = text.indexAt(trigger.start()), after = text.indexAt(trigger.end());
        if (opensInThePluperfect(text, first)) return true;
        // «وكانت المواجهات قد اندلعت»: the event's noun told between «كان» and «قد».
        boolean hadAfter = after < text.size() && text.joined(after) && text.lower(after).equals("قد");
        // «وكانت فصائل إدارة العمليات العسكرية قد دخلت المدينة مطلع الشهر، عقب انسحاب قوات النظام»: «كان» is looked
        // for as far before «قد» as «قد» may stand before the event words.
        // A relative clause has a tense of its own: «وكان الأهالي قد طالبوا … بإخراج قسد من البلدة التي شهدت الأسبوع الماضي
        // اشتباكات» tells the clashes.
        int qad = -1;
        for (int k = first - 1; k >= Math.max(0, (qad < 0 ? first : qad) - PLUPERFECT_WORDS) && text.joined(k + 1); k--) {
            String word = text.lower(k);
            if (word.equals("had")) return !backshifted(text, k);
            if (qad < 0 && Sentences.RELATIVE_PRONOUNS.contains(word)) return false;
            if (word.equals("قد") && qad < 0) qad = k;
            if ((qad >= 0 || hadAfter && k >= first - 2) && WAS.contains(word)) return true;
            // «وكانت وحدات الجيش تمكنت الشهر الماضي من كسر الحصار»: opening the sentence, «كان» needs no «قد».
            if (WAS.contains(word) && (k == 0 || !text.joined(k))) return true;
        }
        return false;
    }

    /**
     * Whether the sentence of word {@code at} opens in the pluperfect, «كان» first and «قد» a few words on, and tells word
     * {@code at} in that clause: «وكانت وحدات الجيش قد أنهت في أيلول الماضي عمليات تمشيط واسعة في البادية، عثرت خلالها
     * على مستودعات أسلحة». Not a clause of its own after it («، كما قتل عنصر أمس») or a relative clause, whose tense is
     * its own.
     */
    private static boolean opensInThePluperfect(TokenizedText text, int at) {
        int k = at;
        while (k > 0 && text.sameSentence(k - 1, at)) k--;
        if (k == at || !WAS.contains(text.lower(k)) || !text.get(k).arabic()) return false;
        int qad = -1;
        for (int m = k + 1; m < Math.min(at, k + 2 + SOURCE_WORDS) && qad < 0; m++) if (text.lower(m).equals("قد")) qad = m;
        if (qad < 0) return false;
        for (int m = qad + 1; m < at; m++) {
            String word = text.lower(m);
            if (ANOTHER_CLAUSE.contains(word) || Sentences.RELATIVE_PRONOUNS.contains(word)) return false;
        }
        return true;
    }

    /**
     * Whether "had" at word {@code had} is what a source said, put in the past as English reports speech ("the SDF
     * announced that they had captured the field"): a verb of saying a few words before it, "that" or no word between
     * it and the subject. That is the news, told; not what had happened before it.
     */
    private static boolean backshifted(TokenizedText text, int had) {
        // "had killed a civilian three weeks earlier": what had happened before the news, whoever tells it.
        for (int k = had + 1; k < Math.min(text.size(), had + CLAUSE_WORDS) && text.joined(k) && !text.commaBefore(k); k++) {
            if (EARLIER.contains(text.lower(k))) return false;
        }
        for (int k = had - 1; k >= Math.max(0, had - SUBJECT_WORDS - 1) && text.joined(k + 1); k--) {
            // "said then that it had", "said last month it had seized": what was said before the news.
            if (SAID_BEFORE.contains(text.lower(k))) return false;
            if (SAYING.contains(text.lower(k))) return true;
        }
        return false;
    }

    /** How far after "had" its clause is read for a word that puts it before the news. */
    private static final int CLAUSE_WORDS = 12;
    /** Words that put what "had" happened before the news, as written (lower case). */
    private static final java.util.Set<String> EARLIER = java.util.Set.of("earlier", "ago", "before", "previously");

    /** The most words of a subject between a verb of saying and "had": "that the Islamic State group". */
    private static final int SUBJECT_WORDS = 5;
    /** Words between a verb of saying and "had" that put the saying itself before the news, as written (lower case). */
    private static final java.util.Set<String> SAID_BEFORE = java.util.Set.of("time", "last", "earlier", "previously", "then",
            "ago", "before", "month", "week", "year");
    /** English verbs of saying, as written (lower case). */
    private static final java.util.Set<String> SAYING = java.util.Set.of("said", "says", "announced", "reported", "claimed",
            "stated", "added", "confirmed", "told", "noted", "explained", "declared");

    /** How many words before event words are read for «كان … قد» or "had": a subject, a verb, a date between. */
    private static final int PLUPERFECT_WORDS = 12;
    /** «كان» and «كانت», with «و» or not, as written (normalised). */
    private static final java.util.Set<String> WAS = java.util.Set.of("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا");

    /**
     * Whether {@code p} is background: dated to a period (a season, a year: "last year", «العام الماضي», "in recent
     * years"), placed or not, whether it ended before the news or runs up to it; or, unplaced, dated loosely to a time
     * the news does not reach.
     */
    static boolean background(Proposal p, LocalDate published) {
        // «وشهدت ذيبان خلال الأعوام الماضية عدة عمليات اغتيال», «أسفرت خلال العام الجاري عن اعتقال العشرات»: what a
        // period holds is a pattern or a tally, not one event, whenever it ended.
        if (p.dates().days() > PERIOD_DAYS) return true;
        if (!p.places().isEmpty() || p.dates().days() <= NEWS_DAYS) return false;
        return p.dates().start().isAfter(published)
                || p.dates().end().isBefore(published.minusDays(ROUND_UP_DAYS));
    }
}
