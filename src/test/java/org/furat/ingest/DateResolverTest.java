package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.furat.model.DateSpan;
import org.furat.model.TimePrecision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {

    private static final DateResolver RESOLVER = new DateResolver();
    /** A Tuesday. */
    private static final LocalDate PUB = LocalDate.of(2024, 11, 12);

    private static List<DateMention> find(String text) { return RESOLVER.find(text, PUB, TimePrecision.DAY); }

    /** The one mention of {@code text}, checking that its span reads {@code words}. */
    private static DateMention one(String text, String words, LocalDate pub, TimePrecision precision) {
        List<DateMention> found = RESOLVER.find(text, pub, precision);
        assertEquals(1, found.size(), () -> "mentions in '" + text + "': " + found);
        DateMention m = found.get(0);
        assertEquals(words, text.substring(m.span().start(), m.span().end()));
        assertEquals(words, m.span().text());
        return m;
    }

    private static DateMention one(String text, String words) { return one(text, words, PUB, TimePrecision.DAY); }

    private static void assertDay(DateMention m, LocalDate day) {
        assertEquals(DateSpan.day(day), m.dates());
        assertEquals(TimePrecision.DAY, m.precision());
    }

    private static void assertMonth(DateMention m, int year, int month) {
        assertEquals(DateSpan.month(year, month), m.dates());
        assertEquals(TimePrecision.MONTH, m.precision());
    }

    private static LocalDate d(int y, int m, int day) { return LocalDate.of(y, m, day); }

    @Nested
    class RelativeDaysArabic {

        @ParameterizedTest
        @CsvSource({
                "'قصفت القوات البلدة اليوم.', اليوم",
                "'قصفت القوات صباح اليوم البلدة', صباح اليوم",
                "'هجوم فجر اليوم على الحاجز', فجر اليوم",
                "'وقع انفجار مساء اليوم في المدينة', مساء اليوم",
                "'وظهرَ اليومِ سقطت قذيفة', ظهرَ اليومِ",
                "'قصفٌ صبـــاح الـيوم', صبـــاح الـيوم",
        })
        void todayIsThePublicationDay(String text, String words) {
            assertDay(one(text, words), PUB);
        }

        @ParameterizedTest
        @CsvSource({
                "'اندلعت اشتباكات أمس في الريف', أمس",
                "'اندلعت اشتباكات ليلة أمس', ليلة أمس",
                "'وفجرَ أمسِ هاجم مسلحون', فجرَ أمسِ",
                "'هاجم مسلحون الحاجز يوم أمس', يوم أمس",
                "'وقال مصدر إن الهجوم وقع بالأمس', الأمس",
                "'اشتباكات مساء امس', مساء امس",
        })
        void yesterdayIsTheDayBefore(String text, String words) {
            assertDay(one(text, words), PUB.minusDays(1));
        }

        @Test
        void yesterdayWithItsWeekdayIsThatWeekday() {
            // A statement made on Friday, quoted in a report published on Saturday: the weekday says which day.
            LocalDate saturday = d(2025, 8, 30);
            assertDay(one("فككت القوات ليلة أمس (الخميس) خلية", "ليلة أمس (الخميس", saturday, TimePrecision.DAY), d(2025, 8, 28));
            assertDay(one("هاجم مسلحون الحاجز أمس الجمعة", "أمس الجمعة", saturday, TimePrecision.DAY), d(2025, 8, 29));
            assertDay(one("هاجم مسلحون الحاجز اليوم الجمعة", "اليوم الجمعة", saturday, TimePrecision.DAY), d(2025, 8, 29));
        }

        @Test
        void daysCountedBackAreThatDay() {
            assertDay(one("قتل شاب في البلدة قبل يومين", "قبل يومين"), PUB.minusDays(2));
            assertDay(one("قتل شاب في البلدة منذ ثلاثة أيام", "منذ ثلاثة أيام"), PUB.minusDays(3));
            assertDay(one("قتل شاب في البلدة قبل 5 أيام", "قبل 5 أيام"), PUB.minusDays(5));
            assertDay(one("قتل شاب في البلدة قبل أسبوع", "قبل أسبوع"), PUB.minusDays(7));
            assertDay(one("Gunmen killed a man two days ago", "two days ago"), PUB.minusDays(2));
            assertDay(one("A week ago, gunmen killed a man", "A week ago"), PUB.minusDays(7));
            assertDay(one("هاجم مسلحون الحاجز أمس الأول", "أمس الأول"), PUB.minusDays(2));
        }

        @Test
        void weeksAndMonthsCountedBackAreTheWeekOrMonthAroundThatDay() {
            DateMention twoWeeks = one("قتل شاب في البلدة قبل أسبوعين", "قبل أسبوعين");
            assertEquals(new DateSpan(PUB.minusDays(17), PUB.minusDays(11)), twoWeeks.dates());
            assertEquals(TimePrecision.WEEK, twoWeeks.precision());
            assertEquals(new DateSpan(PUB.minusDays(24), PUB.minusDays(18)), one("Gunmen killed a man three weeks ago", "three weeks ago").dates());
            DateMention twoMonths = one("كان قد اعتقل على يد عناصر الحسبة قبل نحو شهرين", "قبل نحو شهرين");
            assertEquals(new DateSpan(d(2024, 8, 28), d(2024, 9, 27)), twoMonths.dates());
            assertEquals(TimePrecision.MONTH, twoMonths.precision());
            assertEquals(new DateSpan(d(2024, 7, 28), d(2024, 8, 27)), one("قتل شاب في البلدة منذ 3 أشهر", "منذ 3 أشهر").dates());
            assertEquals(new DateSpan(d(2024, 9, 27), d(2024, 10, 27)), one("He was detained a month ago", "a month ago").dates());
        }

        @Test
        void theSameDayIsNoDateOfItsOwn() {
            assertEquals(List.of(), find("وفي وقت سابق من اليوم ذاته، سقطت قذائف هاون على البلدة"), "not today");
            assertEquals(List.of(), find("On the same day, mortar shells hit the town."));
            assertEquals(1, find("قصفت قوات النظام البلدة اليوم").size(), "today alone is today");
        }

        @Test
        void dayBeforeYesterday() {
            assertDay(one("هاجم مسلحون الحاجز أول أمس", "أول أمس"), PUB.minusDays(2));
            assertDay(one("هاجم مسلحون الحاجز أوّل من أمس", "أوّل من أمس"), PUB.minusDays(2));
        }

        @Test
        void todayWithOnlyTheMonthKnownTakesThePublicationMonth() {
            DateMention m = one("قصفت القوات صباح اليوم البلدة", "صباح اليوم", d(2024, 11, 1), TimePrecision.MONTH);
            assertMonth(m, 2024, 11);
        }

        @Test
        void yesterdayWithOnlyTheMonthKnownIsTheMonthMovedBackADay() {
            DateMention m = one("اشتباكات أمس", "أمس", d(2024, 11, 1), TimePrecision.MONTH);
            assertEquals(new DateSpan(d(2024, 10, 31), d(2024, 11, 29)), m.dates());
            assertEquals(TimePrecision.MONTH, m.precision());
        }

        @Test
        void todayWithOnlyTheWeekKnownTakesTheWeek() {
            DateMention m = one("قصف اليوم", "اليوم", PUB, TimePrecision.WEEK);
            assertEquals(new DateSpan(d(2024, 11, 11), d(2024, 11, 17)), m.dates());
            assertEquals(TimePrecision.WEEK, m.precision());
        }
    }

    @Nested
    class Weekdays {

        @ParameterizedTest
        @CsvSource({
                "'قصفت الطائرات القرية يوم الأحد', يوم الأحد, 2024-11-10",
                "'قصفت الطائرات القرية الأحد', الأحد, 2024-11-10",
                "'قصفت الطائرات القرية يومَ الإثنين', يومَ الإثنين, 2024-11-11",
                "'هجوم الثلاثاء على الحاجز', الثلاثاء, 2024-11-12",
                "'هجوم يوم الأربعاء', يوم الأربعاء, 2024-11-06",
                "'وفي صباح الجمعة قصفت', صباح الجمعة, 2024-11-08",
                "'والسبت قصفت المدفعية', السبت, 2024-11-09",
                "'هجوم الأحد الماضي', الأحد الماضي, 2024-11-10",
                "'هجوم يوم الثلاثاء الماضي', يوم الثلاثاء الماضي, 2024-11-05",
                "'gunmen attacked the checkpoint on Monday', on Monday, 2024-11-11",
                "'Saturday night raid', Saturday night, 2024-11-09",
                "'a raid last Tuesday', last Tuesday, 2024-11-05",
        })
        void mostRecentSuchDay(String text, String words, LocalDate expected) {
            assertDay(one(text, words), expected);
        }

        @Test
        void weekdayWithOnlyTheMonthKnownSpansItsPossibleDays() {
            DateMention m = one("قصف يوم الأحد", "يوم الأحد", d(2024, 11, 1), TimePrecision.MONTH);
            assertEquals(new DateSpan(d(2024, 10, 27), d(2024, 11, 24)), m.dates());
            assertEquals(TimePrecision.MONTH, m.precision());
        }

        @Test
        void aNumberIsNotAWeekday() {
            assertEquals(List.of(), find("أحد العناصر"));
        }
    }

    @Nested
    class WeeksAndMonths {

        @Test
        void lastWeekIsTheSevenDaysBefore() {
            DateMention m = one("شهد الأسبوع الماضي تصعيداً", "الأسبوع الماضي");
            assertEquals(new DateSpan(d(2024, 11, 5), d(2024, 11, 11)), m.dates());
            assertEquals(TimePrecision.WEEK, m.precision());
            DateMention e = one("raids last week", "last week");
            assertEquals(m.dates(), e.dates());
        }

        @Test
        void theDaysJustPastAreTheSevenDaysBefore() {
            DateMention m = one("فككت وحدات الهندسة خلال الأيام الماضية عشرات العبوات", "خلال الأيام الماضية");
            assertEquals(new DateSpan(d(2024, 11, 5), d(2024, 11, 11)), m.dates());
            assertEquals(TimePrecision.WEEK, m.precision());
            assertEquals(m.dates(), one("clashes in recent days", "in recent days").dates());
        }

        @Test
        void recentMonthsAndYearsArePeriodsUpToPublication() {
            DateMention months = one("تعرضت القواعد لهجمات خلال الأشهر الماضية", "خلال الأشهر الماضية");
            assertEquals(new DateSpan(d(2024, 8, 12), PUB), months.dates());
            assertEquals(TimePrecision.MONTH, months.precision());
            assertEquals(months.dates(), one("attacks have risen in recent months", "in recent months").dates());
            assertEquals(new DateSpan(d(2022, 11, 12), PUB), one("وكان الموسم في العامين الماضيين قد شهد", "في العامين الماضيين").dates());
            assertEquals(new DateSpan(d(2021, 11, 12), PUB), one("تعرضت المدينة لغارات خلال الأعوام الماضية", "خلال الأعوام الماضية").dates());
            assertEquals(new DateSpan(d(2021, 11, 12), PUB), one("Israel has struck the area in recent years", "in recent years").dates());
        }

        @Test
        void thisWeekEndsOnPublication() {
            DateMention m = one("خلال هذا الأسبوع", "هذا الأسبوع");
            assertEquals(new DateSpan(d(2024, 11, 6), PUB), m.dates());
            assertEquals(TimePrecision.WEEK, m.precision());
        }

        @ParameterizedTest
        @CsvSource({
                "'قصف خلال الشهر الجاري', الشهر الجاري",
                "'وفي هذا الشهر', هذا الشهر",
                "'بالشهر الحالي', الشهر الحالي",
                "'strikes this month', this month",
        })
        void thisMonth(String text, String words) {
            assertMonth(one(text, words), 2024, 11);
        }

        @ParameterizedTest
        @CsvSource({
                "'قتل خلال الشهر الماضي', الشهر الماضي",
                "'وفي الشهر المنصرم', الشهر المنصرم",
                "'killed last month', last month",
        })
        void lastMonth(String text, String words) {
            assertMonth(one(text, words), 2024, 10);
        }

        @ParameterizedTest
        @CsvSource({
                "'اغتيال عدد من شيوخ المنطقة العام الماضي', العام الماضي",
                "'وفي السنة الماضية', السنة الماضية",
                "'killed last year', last year",
        })
        void lastYear(String text, String words) {
            DateMention d = one(text, words);
            assertEquals(new DateSpan(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), d.dates());
        }

        @ParameterizedTest
        @CsvSource({
                "'أحكمت سيطرتها على المدينة في تشرين الثاني من العام الماضي', تشرين الثاني من العام الماضي, 11",
                "'في شهر آذار من العام الماضي', شهر آذار من العام الماضي, 3",
                "'the town was taken in December last year', in December last year, 12",
        })
        void aMonthOfLastYearIsNotThisYears(String text, String words, int month) {
            assertMonth(one(text, words), 2023, month);
        }

        @ParameterizedTest
        @CsvSource({
                "'قتل في 5 آذار من العام الماضي', 5 آذار من العام الماضي, 2023-03-05",
                "'killed on March 5 last year', on March 5 last year, 2023-03-05",
        })
        void aDayOfLastYear(String text, String words, LocalDate expected) {
            assertDay(one(text, words), expected);
        }

        @ParameterizedTest
        @CsvSource({
                "'وشن التنظيم هجوماً في الـ 11 من الشهر الجاري', الـ 11 من الشهر الجاري, 2024-11-11",
                "'في 3 من الشهر الحالي', 3 من الشهر الحالي, 2024-11-03",
                "'في الثالث من الشهر الجاري', الثالث من الشهر الجاري, 2024-11-03",
                "'في 28 من الشهر الماضي', 28 من الشهر الماضي, 2024-10-28",
                "'on the 3rd of this month', 3rd of this month, 2024-11-03",
                "'on the 28th of last month', 28th of last month, 2024-10-28",
        })
        void aDayOfThisMonthOrTheLast(String text, String words, LocalDate expected) {
            assertDay(one(text, words), expected);
        }

        @Test
        void aDayTheMonthHasNotIsNoDay() {
            assertMonth(one("في 31 من الشهر الجاري", "الشهر الجاري"), 2024, 11);
        }

        @Test
        void lastMonthInJanuaryIsDecember() {
            assertMonth(one("الشهر الماضي", "الشهر الماضي", d(2025, 1, 3), TimePrecision.DAY), 2024, 12);
        }

        @ParameterizedTest
        @CsvSource({
                "'ومنذ مطلع الشهر الجاري، قصفت القوات', منذ مطلع الشهر الجاري",
                "'منذ بداية الشهر قصفت القوات', منذ بداية الشهر",
                "'قصفت منذُ بدايةِ الشهرِ الحالي', منذُ بدايةِ الشهرِ الحالي",
                "'19 strikes since the start of the month', since the start of the month",
        })
        void sinceTheStartOfTheMonth(String text, String words) {
            DateMention m = one(text, words);
            assertEquals(new DateSpan(d(2024, 11, 1), PUB), m.dates());
            assertEquals(TimePrecision.DAY, m.precision());
        }

        @Test
        void sinceTheStartOfTheMonthWithOnlyTheMonthKnownIsTheMonth() {
            assertMonth(one("منذ مطلع الشهر الجاري", "منذ مطلع الشهر الجاري", d(2024, 11, 1), TimePrecision.MONTH), 2024, 11);
        }
    }

    @Nested
    class MonthNames {

        @ParameterizedTest
        @CsvSource({
                "'شهد شهر تشرين الأول سلسلة هجمات', شهر تشرين الأول, 10, 2024",
                "'في تشرين الأوّل', في تشرين الأوّل, 10, 2024",
                "'خلال أكتوبر', خلال أكتوبر, 10, 2024",
                "'هجمات أكتوبر', أكتوبر, 10, 2024",
                "'في اكتوبر', في اكتوبر, 10, 2024",
                "'وفي كانون الثاني', كانون الثاني, 1, 2024",
                "'شهر يناير', شهر يناير, 1, 2024",
                "'هجمات في كانون الأول', في كانون الأول, 12, 2023",
                "'هجمات ديسمبر', ديسمبر, 12, 2023",
                "'خلال شهر آب', خلال شهر آب, 8, 2024",
                "'هجمات أغسطس', أغسطس, 8, 2024",
                "'هجمات إبريل', إبريل, 4, 2024",
                "'هجمات أيار', أيار, 5, 2024",
                "'هجمات مايو', مايو, 5, 2024",
                "'وبتشرين الثاني', تشرين الثاني, 11, 2024",
                "'هجمات نوفمبر', نوفمبر, 11, 2024",
                "'attacks in October', in October, 10, 2024",
                "'attacks in May', in May, 5, 2024",
                "'attacks during December', during December, 12, 2023",
                "'هجمات أيلول 2022', أيلول 2022, 9, 2022",
                "'شهر تموز من عام 2023', شهر تموز من عام 2023, 7, 2023",
                "'October 2023 attacks', October 2023, 10, 2023",
                "'تشرين الأول الماضي', تشرين الأول الماضي, 10, 2024",
                "'تشرين الثاني الماضي', تشرين الثاني الماضي, 11, 2023",
        })
        void monthInTheMostRecentYear(String text, String words, int month, int year) {
            assertMonth(one(text, words), year, month);
        }

        @Test
        void ambiguousNamesNeedMoreThanThemselves() {
            assertEquals(List.of(), find("قال أب الضحية"));
            assertEquals(List.of(), find("مارس الضغط على الأهالي"));
            assertEquals(List.of(), find("they may attack"));
        }

        @Test
        void theSameMonthAsAMonthPrecisePublicationIsThatMonth() {
            assertMonth(one("شهر تشرين الثاني", "شهر تشرين الثاني", d(2024, 11, 1), TimePrecision.MONTH), 2024, 11);
        }
    }

    @Nested
    class ExplicitDates {

        @ParameterizedTest
        @CsvSource({
                "'وفي 12 تشرين الأول 2024 قصفت', 12 تشرين الأول 2024, 2024-10-12",
                "'في ١٢ تشرين الأول ٢٠٢٤', ١٢ تشرين الأول ٢٠٢٤, 2024-10-12",
                "'قصف 12 أكتوبر', 12 أكتوبر, 2024-10-12",
                "'في 3 من شهر آذار عام 2023', 3 من شهر آذار عام 2023, 2023-03-03",
                "'في 5 آب', 5 آب, 2024-08-05",
                "'في 20 تشرين الثاني', 20 تشرين الثاني, 2023-11-20",
                "'بتاريخ ١٢/١٠/٢٠٢٤', ١٢/١٠/٢٠٢٤, 2024-10-12",
                "'بتاريخ 12/10/2024', 12/10/2024, 2024-10-12",
                "'بتاريخ 2024-10-12', 2024-10-12, 2024-10-12",
                "'بتاريخ 1-2-2024', 1-2-2024, 2024-02-01",
                "'on 12 October 2024 gunmen', on 12 October 2024, 2024-10-12",
                "'on October 12, 2024', 'on October 12, 2024', 2024-10-12",
                "'clashes October 12 near', October 12, 2024-10-12",
                "'the 3rd of March', the 3rd of March, 2024-03-03",
                "'وفي 8 من نيسان الماضي، عززت', 8 من نيسان الماضي, 2024-04-08",
                "'وفي 8 نيسان الفائت، عززت', 8 نيسان الفائت, 2024-04-08",
        })
        void dayPrecision(String text, String words, LocalDate expected) {
            assertDay(one(text, words), expected);
        }

        @ParameterizedTest
        @CsvSource({
                "'تبنى التنظيم يوم الأحد 27 حزيران عملية اغتيال', يوم الأحد 27 حزيران, 2021-06-27",
                "'gunmen attacked on Sunday, June 27 a post', 'on Sunday, June 27', 2021-06-27",
                "'في يوم الخميس 7 تشرين الثاني', يوم الخميس 7 تشرين الثاني, 2024-11-07",
        })
        void aWeekdayWithADayAndMonthDatesItToTheLatestYearItFits(String text, String words, LocalDate expected) {
            assertDay(one(text, words), expected);
        }

        @Test
        void impossibleDatesAreNotDates() {
            assertEquals(List.of(), find("بتاريخ 31/02/2024"));
            assertEquals(List.of(), find("بتاريخ 12/13/2024"));
        }

        @Test
        void aDayLaterInTheMonthOfAMonthPrecisePublicationIsThatYear() {
            assertDay(one("في 20 تشرين الثاني", "20 تشرين الثاني", d(2024, 11, 1), TimePrecision.MONTH), d(2024, 11, 20));
        }

        @Test
        void yearAloneIsTwelveMonths() {
            DateMention m = one("خلال عام 2023 قتل", "خلال عام 2023");
            assertEquals(new DateSpan(d(2023, 1, 1), d(2023, 12, 31)), m.dates());
            assertEquals(TimePrecision.MONTH, m.precision());
            DateMention e = one("in 2023 the attacks", "in 2023");
            assertEquals(m.dates(), e.dates());
            assertEquals(new DateSpan(d(2022, 1, 1), d(2022, 12, 31)), one("العام 2022م", "العام 2022م").dates());
        }

        @Test
        void aYearAfterAMonthsSecondNameIsTheDatesYear() {
            assertDay(one("وقع في 9 مارس/آذار 2023 انفجار", "9 مارس/آذار 2023"), d(2023, 3, 9));
            assertMonth(one("التي اندلعت في آب/أغسطس 2023 بين", "في آب/أغسطس 2023"), 2023, 8);
            assertDay(one("في 9 أيلول/سبتمبر قتل", "9 أيلول/سبتمبر"), d(2024, 9, 9));
            assertMonth(one("المواجهات التي اندلعت في أغسطس (آب) من العام الماضي", "في أغسطس (آب) من العام الماضي"), 2023, 8);
            assertMonth(one("اعتقل في نوفمبر (تشرين الثاني) الماضي", "في نوفمبر (تشرين الثاني) الماضي"), 2023, 11);
        }

        @Test
        void aSeasonOfAYearIsItsThreeMonths() {
            DateMention spring = one("In the spring of 2019, protests spread", "the spring of 2019");
            assertEquals(new DateSpan(d(2019, 3, 1), d(2019, 5, 31)), spring.dates());
            assertEquals(TimePrecision.MONTH, spring.precision());
            assertEquals(new DateSpan(d(2020, 6, 1), d(2020, 8, 31)), one("وفي صيف عام 2020 اندلعت", "صيف عام 2020").dates());
            assertEquals(new DateSpan(d(2021, 9, 1), d(2021, 11, 30)), one("in fall 2021 the raids", "fall 2021").dates());
            assertTrue(find("in the winter of 2018 the raids").isEmpty(), "winter, across two years, is not read");
        }
    }

    @Nested
    class RunsOfDays {

        @ParameterizedTest
        @CsvSource({
                "'لليوم الثاني على التوالي', لليوم الثاني على التوالي, 2",
                "'تدريبات ولليوم الثالث على التوالي', لليوم الثالث على التوالي, 3",
                "'لليـوم الخامس على التوالي', لليـوم الخامس على التوالي, 5",
                "'for the second day in a row', for the second day in a row, 2",
                "'for a third consecutive day', for a third consecutive day, 3",
                "'for the 4th straight day', for the 4th straight day, 4",
        })
        void nDaysEndingOnPublication(String text, String words, int n) {
            DateMention m = one(text, words);
            assertEquals(new DateSpan(PUB.minusDays(n - 1L), PUB), m.dates());
            assertEquals(TimePrecision.DAY, m.precision());
        }
    }

    @Nested
    class HoursJustPast {

        @ParameterizedTest
        @CsvSource({
                "'قتل عنصران خلال الساعات الماضية', خلال الساعات الماضية",
                "'قصف خلال الـ24 ساعة الماضية على البلدة', خلال الـ24 ساعة الماضية",
                "'قصف خلال الـ 24 ساعة الماضية', خلال الـ 24 ساعة الماضية",
                "'two fighters were killed overnight in Dhiban', overnight",
                "'strikes in the past 24 hours', in the past 24 hours",
        })
        void theDayBeforePublicationAndThePublicationDay(String text, String words) {
            DateMention m = one(text, words);
            assertEquals(new DateSpan(PUB.minusDays(1), PUB), m.dates());
            assertEquals(TimePrecision.DAY, m.precision());
        }

        @Test
        void overnightWithAWeekdayIsThatDay() {
            DateMention m = one("a man was shot dead overnight Thursday", "overnight Thursday");
            assertDay(m, PUB.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.THURSDAY)));
            assertDay(one("a man was shot dead on Thursday overnight", "Thursday overnight"),
                    PUB.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.THURSDAY)));
        }

        @Test
        void theFollowingDayIsTheDayAfterTheDayToldBefore() {
            List<DateMention> found = find("قتل مدني في ذيبان في 3 تشرين الثاني. وفي اليوم التالي خرج الأهالي في مظاهرة.");
            assertEquals(2, found.size(), found::toString);
            assertEquals(DateSpan.day(LocalDate.of(2024, 11, 4)), found.get(1).dates());
            assertEquals("اليوم التالي", found.get(1).span().text(), "not «اليوم», today");
            List<DateMention> english = find("A man was killed on Sunday. The following day, protesters blocked the road.");
            assertEquals(english.get(0).dates().start().plusDays(1), english.get(1).dates().start());
            assertTrue(find("The following day, protesters blocked the road.").isEmpty(), "no day before it: no date");
            assertTrue(find("Attacks went on last week. The next day, protesters blocked the road.").stream()
                    .noneMatch(d -> d.span().text().equals("The next day")), "after a week, no one day follows");
            assertEquals(1, find("A man was killed on Sunday. Residents said the council will meet the next day.").size(),
                    "further in a clause, the next day tells of something else");
            assertEquals(1, find("قتل شاب يوم الأحد. وذلك في اليوم التالي لوصول تعزيزات إلى البلدة.").size(),
                    "the day after something named: a day of its own");
        }

        @Test
        void theYearATallyCountsOverIsTheYearOfPublication() {
            DateMention m = one("اعتقلت قسد العشرات خلال العام الجاري", "العام الجاري");
            assertEquals(new DateSpan(LocalDate.of(PUB.getYear(), 1, 1), LocalDate.of(PUB.getYear(), 12, 31)), m.dates());
            assertEquals(TimePrecision.MONTH, m.precision());
            assertEquals(m.dates(), one("more than 200 suspects detained since the start of the year",
                    "since the start of the year").dates());
        }

        @Test
        void earlierThisYearIsFromJanuaryToPublication() {
            DateMention m = one("The SDF arrested him earlier this year in Hajin", "earlier this year");
            assertEquals(new DateSpan(LocalDate.of(PUB.getYear(), 1, 1), PUB), m.dates(), "not the whole year, nor after publication");
            assertEquals(TimePrecision.MONTH, m.precision());
            assertEquals(m.dates(), one("اعتقلته قسد في وقت سابق من هذا العام", "وقت سابق من هذا العام").dates());
            assertEquals(m.dates(), one("وفي وقت سابق من هذا العام، اعتقلت قسد شاباً", "وقت سابق من هذا العام").dates(),
                    "opening its sentence with «وفي»");
        }

        @Test
        void overnightIntoAWeekdayIsTheNightBeforeIt() {
            DateMention m = one("jets pounded the districts overnight into Saturday", "overnight into Saturday");
            java.time.LocalDate saturday = PUB.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SATURDAY));
            assertEquals(new DateSpan(saturday.minusDays(1), saturday), m.dates());
            assertEquals(TimePrecision.DAY, m.precision());
        }
    }

    @Nested
    class English {

        @ParameterizedTest
        @CsvSource({
                "'an attack today', today, 0",
                "'an attack this morning', this morning, 0",
                "'shelling Yesterday', Yesterday, 1",
                "'clashes last night', last night, 1",
                "'the day before yesterday', the day before yesterday, 2",
        })
        void relativeDays(String text, String words, int daysBefore) {
            assertDay(one(text, words), PUB.minusDays(daysBefore));
        }
    }

    @Nested
    class Ordering {

        @Test
        void mentionsComeInTextOrderAndTheLongestWins() {
            String text = "قصفت القوات أمس القرية، وصباح اليوم تجدد القصف لليوم الثاني على التوالي. "
                    + "ومنذ مطلع الشهر الجاري قتل 5 أشخاص، بعد هجمات شهر تشرين الأول.";
            List<DateMention> found = find(text);
            assertEquals(List.of("أمس", "صباح اليوم", "لليوم الثاني على التوالي", "منذ مطلع الشهر الجاري",
                    "شهر تشرين الأول"), found.stream().map(m -> m.span().text()).toList());
            for (int i = 1; i < found.size(); i++) assertTrue(found.get(i - 1).span().end() <= found.get(i).span().start());
        }

        @Test
        void emptyAndNullTextsGiveNothing() {
            assertEquals(List.of(), find(""));
            assertEquals(List.of(), find(null));
            assertEquals(List.of(), find("لا تاريخ هنا"));
        }

        @Test
        void aPhraseDoesNotRunAcrossASentenceEnd() {
            List<DateMention> found = find("قتل 12. تشرين الأول");
            assertEquals(1, found.size());
            assertEquals("تشرين الأول", found.get(0).span().text());
        }
    }

    @Nested
    class Seed {

        private final String text = read();

        private static String read() {
            try (InputStream in = DateResolverTest.class.getResourceAsStream("seed-000.txt")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private final List<DateMention> found = RESOLVER.find(text, d(2024, 11, 1), TimePrecision.MONTH);

        private DateMention reading(String words) {
            return found.stream().filter(m -> m.span().text().equals(words)).findFirst()
                    .orElseThrow(() -> new AssertionError("no mention '" + words + "' in " + found));
        }

        @Test
        void findsTheFourDates() {
            assertEquals(List.of("صباح اليوم", "لليوم الثاني على التوالي", "منذ مطلع الشهر الجاري", "شهر تشرين الأول"),
                    found.stream().map(m -> m.span().text()).toList());
            for (DateMention m : found) assertEquals(m.span().text(), text.substring(m.span().start(), m.span().end()));
        }

        @Test
        void resolvesAgainstTheMonth() {
            assertMonth(reading("صباح اليوم"), 2024, 11);
            assertMonth(reading("منذ مطلع الشهر الجاري"), 2024, 11);
            assertMonth(reading("شهر تشرين الأول"), 2024, 10);
            DateMention run = reading("لليوم الثاني على التوالي");
            assertTrue(run.dates().within(DateSpan.month(2024, 11)), run::toString);
        }
    }

    @Test
    void anEventWithNoDateWordIsOnOrBeforeTheDayOfPublicationNotOnIt() {
        assertEquals(new DateSpan(LocalDate.of(2024, 11, 6), PUB), DateResolver.byPublication(PUB, TimePrecision.DAY));
        assertEquals(TimePrecision.WEEK, DateResolver.byPublicationPrecision(TimePrecision.DAY));
        // Published some day of the ISO week of the 12th (Monday 11th to Sunday 17th): the week before its first day, to its last.
        assertEquals(new DateSpan(LocalDate.of(2024, 11, 5), LocalDate.of(2024, 11, 17)), DateResolver.byPublication(PUB, TimePrecision.WEEK));
        assertEquals(TimePrecision.WEEK, DateResolver.byPublicationPrecision(TimePrecision.WEEK));
        assertEquals(new DateSpan(LocalDate.of(2024, 10, 26), LocalDate.of(2024, 11, 30)), DateResolver.byPublication(PUB, TimePrecision.MONTH));
        assertEquals(TimePrecision.MONTH, DateResolver.byPublicationPrecision(TimePrecision.MONTH));
    }

    @Nested
    class WordsBeforeADate {
        @Test
        void aPartOfAMonthIsThoseDays() {
            DateMention mid = one("في منتصف شباط الماضي عثر الأهالي على جثة", "منتصف شباط الماضي");
            assertEquals(new DateSpan(d(2024, 2, 11), d(2024, 2, 20)), mid.dates());
            assertEquals(TimePrecision.DAY, mid.precision());
            assertEquals(new DateSpan(d(2024, 8, 1), d(2024, 8, 10)), one("In early August, people protested", "early August").dates());
            assertEquals(new DateSpan(d(2024, 2, 21), d(2024, 2, 29)), one("في أواخر شباط الماضي", "أواخر شباط الماضي").dates(),
                    "the last part ends with the month");
        }

        @Test
        void aPartOfAYearIsAThirdOfIt() {
            DateMention late = one("انسحبت الميليشيات أواخر العام الماضي", "أواخر العام الماضي");
            assertEquals(new DateSpan(d(2023, 9, 1), d(2023, 12, 31)), late.dates(), "not the last days of January");
            assertEquals(TimePrecision.MONTH, late.precision());
            assertEquals(new DateSpan(d(2023, 1, 1), d(2023, 4, 30)), one("The militias withdrew early last year", "early last year").dates());
            assertEquals(new DateSpan(d(2022, 5, 1), d(2022, 8, 31)), one("انسحبت الميليشيات في منتصف عام 2022", "منتصف عام 2022").dates());
        }

        @Test
        void aMonthNamedTwiceIsOneDate() {
            List<DateMention> found = find("استقدم التحالف في 9 أيلول/سبتمبر تعزيزات إلى القاعدة");
            assertEquals(1, found.size(), found.toString());
            assertEquals(DateSpan.day(d(2024, 9, 9)), found.get(0).dates());
            assertEquals("9 أيلول/سبتمبر", found.get(0).span().text());
        }

        @Test
        void tonightIsTodayAndLastNightYesterday() {
            assertEquals(DateSpan.day(PUB), one("هاجم التنظيم هذه الليلة حاجزاً", "هذه الليلة").dates());
            assertEquals(DateSpan.day(PUB.minusDays(1)), one("سيطرت القوات الليلة الماضية على البلدة", "الليلة الماضية").dates());
        }

        @Test
        void sinceADateRunsToPublication() {
            assertEquals(new DateSpan(d(2024, 8, 27), PUB), one("Since Aug. 27, clashes have erupted", "Since Aug. 27").dates());
            assertEquals(new DateSpan(d(2024, 10, 27), PUB), one("تدور اشتباكات منذ 27 تشرين الأول", "منذ 27 تشرين الأول").dates());
        }
    }

    @Test
    void aDayWrittenAsAnOrdinalIsThatDay() {
        assertDay(one("نشر المركز الإعلامي في السابع من أيار 2025 خبراً", "السابع من أيار 2025"), LocalDate.of(2025, 5, 7));
        assertDay(one("وفي الثالث من شهر تشرين الأول قصفت", "الثالث من شهر تشرين الأول"), LocalDate.of(2024, 10, 3));
        assertDay(one("وفي السابع والعشرين من تشرين الأول قصفت", "السابع والعشرين من تشرين الأول"), LocalDate.of(2024, 10, 27));
    }

    @Test
    void theDayAPageStatesOutrightIsFoundInItsOpening() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertEquals(java.util.Optional.of(LocalDate.of(2025, 5, 7)),
                RESOLVER.statedDay("مركز الأخبار – نشر المركز، الأربعاء السابع من أيار 2025، خبراً. وقال أمس إن…", today));
        assertEquals(java.util.Optional.of(LocalDate.of(2021, 12, 14)),
                RESOLVER.statedDay("Deadly raid in eastern Syria\nTuesday, Dec 14, 2021\nBEIRUT: Kurdish forces killed five.", today));
        assertEquals(java.util.Optional.empty(), RESOLVER.statedDay("قصفت القوات بلدة خشام أمس 12 تشرين الأول.", today),
                "a day and month without a year depend on when the page was written");
        assertEquals(java.util.Optional.of(LocalDate.of(2021, 10, 12)),
                RESOLVER.statedDay("قصفت القوات بلدة خشام أمس الثلاثاء 12 تشرين الأول.", today),
                "with its weekday, the latest year the day fell on it");
        assertEquals(java.util.Optional.empty(), RESOLVER.statedDay("قصفت القوات بلدة خشام يوم الثلاثاء الماضي واليوم.", today),
                "a weekday or today alone depend on when the page was written");
        assertEquals(java.util.Optional.empty(), RESOLVER.statedDay("Clashes on 3 March 2031 were forecast.", today),
                "a day after the import is no publication day");
        assertEquals(java.util.Optional.of(LocalDate.of(2021, 5, 31)),
                RESOLVER.statedDay("On May 24, 2021, ISIS members were arrested. Published 31 May 2021.", today),
                "a page is written on or after every day its opening dates");
        String late = "x".repeat(DateResolver.OPENING_CHARS) + " 7 May 2025";
        assertEquals(java.util.Optional.empty(), RESOLVER.statedDay(late, today), "only the opening is read");
    }
}
