package org.furat.ingest;

import static org.furat.ingest.CasualtyMention.Kind.INJURED;
import static org.furat.ingest.CasualtyMention.Kind.KILLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.furat.model.Casualties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CasualtyExtractorTest {

    private static final CasualtyExtractor EXTRACTOR = new CasualtyExtractor();

    private static List<CasualtyMention> find(String text) { return EXTRACTOR.find(text); }

    /** The one mention of {@code text}, checking its kind and that its span reads {@code words}. */
    private static CasualtyMention one(String text, CasualtyMention.Kind kind, String words) {
        List<CasualtyMention> found = find(text);
        assertEquals(1, found.size(), () -> "mentions in '" + text + "': " + found);
        CasualtyMention m = found.get(0);
        assertEquals(kind, m.kind());
        assertEquals(words, text.substring(m.span().start(), m.span().end()));
        assertEquals(words, m.span().text());
        return m;
    }

    private static Casualties range(Integer best, Integer low, Integer high) { return new Casualties(best, low, high); }

    /** A mention as "KIND words count" for whole-list comparisons. */
    private static String show(CasualtyMention m) {
        return m.kind() + " " + m.span().text() + " " + m.count().describe();
    }

    /** Asserts the first injured mention in {@code text}: its words and its exact count. */
    private static void assertFirstInjured(String text, String words, int exactly) {
        CasualtyMention injured = find(text).stream().filter(m -> m.kind() == CasualtyMention.Kind.INJURED)
                .findFirst().orElseThrow(() -> new AssertionError("no injured in '" + text + "': " + find(text)));
        assertEquals(words, injured.span().text());
        assertEquals(Casualties.exactly(exactly), injured.count());
    }

    private static List<String> shown(String text) { return find(text).stream().map(CasualtyExtractorTest::show).toList(); }

    @Nested
    class ArabicCounts {

        @ParameterizedTest
        @CsvSource({
                "'أسفر القصف عن مقتل 3 عناصر من قسد', مقتل 3 عناصر, 3",
                "'أسفر القصف عن مقتل ٣ عناصر', مقتل ٣ عناصر, 3",
                "'وبمقتل 4 مدنيين', مقتل 4 مدنيين, 4",
                "'ما أدى إلى مقتل ثلاثة مدنيين', مقتل ثلاثة مدنيين, 3",
                "'مقتل ثلاث نساء', مقتل ثلاث نساء, 3",
                "'مقتلُ خمسةِ أشخاصٍ', مقتلُ خمسةِ أشخاصٍ, 5",
                "'مصرع اثنين من العناصر', مصرع اثنين من العناصر, 2",
                "'مصرع اثنتين من النساء', مصرع اثنتين من النساء, 2",
                "'استشهاد عشرة مدنيين', استشهاد عشرة مدنيين, 10",
                "'مقتل أحد عشر عنصراً', مقتل أحد عشر عنصراً, 11",
                "'مقتل إحدى عشرة امرأة', مقتل إحدى عشرة امرأة, 11",
                "'مقتل اثني عشر شخصاً', مقتل اثني عشر شخصاً, 12",
                "'مقتل خمسة عشر عنصراً', مقتل خمسة عشر عنصراً, 15",
                "'مقتل عشرين عنصراً', مقتل عشرين عنصراً, 20",
                "'مقتل خمسة وعشرين شخصاً', مقتل خمسة وعشرين شخصاً, 25",
                "'مقتل مئة وخمسين شخصاً', مقتل مئة وخمسين شخصاً, 150",
                "'مقتل مائة شخص', مقتل مائة شخص, 100",
                "'مقتل ثلاثمائة شخص', مقتل ثلاثمائة شخص, 300",
                "'مقتل ثلاثة آلاف شخص', مقتل ثلاثة آلاف شخص, 3000",
                "'مقتل أحد العناصر', مقتل أحد العناصر, 1",
                "'قُتل 7 أشخاص في القصف', قُتل 7 أشخاص, 7",
                "'سقوط 5 قتلى في الغارة', 5 قتلى, 5",
                "'خمسة قتلى في الغارة', خمسة قتلى, 5",
                "'استشهاد ١٤ مدنياً', استشهاد ١٤ مدنياً, 14",
                "'مقتل 3 أشخاص على الأقل', مقتل 3 أشخاص على الأقل, ",
                "'قال ناشطون إن ثمانية مدنيين قتلوا بالقصف', ثمانية مدنيين قتلوا, 8",
                "'استشهد أربعة مدنيين بالقصف', استشهد أربعة مدنيين, 4",
                "'ارتقى عنصران من الأمن العام', ارتقى عنصران, 2",
                "'وأسفر القصف عن ارتقاء عنصرين', ارتقاء عنصرين, 2",
                "'أن شخصين قتلوا بانفجار لغم', شخصين قتلوا, 2",
                "'ما أودى بحياة 4 مدنيين', أودى بحياة 4 مدنيين, 4",
                "'عثر أهالي القرية على جثة شاب', جثة, 1",
                "'ما أسفر عن مقتلهما', مقتلهما, 2",
                "'أدى القصف إلى مقتل 18عنصراً', مقتل 18عنصراً, 18",
                "'إن 7 عناصر من الميليشيات الموالية لإيران قتلوا بالغارة', 7 عناصر من الميليشيات الموالية لإيران قتلوا, 7",
                "'اغتيال الشيخ قرب البلدة', اغتيال الشيخ, 1",
                "'وقتل في القصف على بلدة خشام 4 مدنيين', قتل في القصف على بلدة خشام 4 مدنيين, 4",
                "'وقتل خلال الاشتباكات 3 عناصر من قسد', قتل خلال الاشتباكات 3 عناصر, 3",
                "'بينما قتل ذبحاً ثلاثة عناصر من قسد', قتل ذبحاً ثلاثة عناصر, 3",
                "'أسفرت الاشتباكات عن القضاء على 14 إرهابياً', القضاء على 14 إرهابياً, 14",
                "'اغتال مسلحون مجهولون صيدلانياً داخل صيدليته', اغتال مسلحون مجهولون صيدلانياً, 1",
        })
        void killed(String text, String words, Integer exactly) {
            CasualtyMention m = one(text, KILLED, words);
            if (exactly != null) assertEquals(Casualties.exactly(exactly), m.count());
        }

        @Test
        void gunmenAfterAnAssassinationVerbAreNotCountedAsKilled() {
            assertEquals(List.of(), shown("اغتال مسلحون مجهولون إمام مسجد البلدة."), "the gunmen were not killed");
        }

        @Test
        void theDeadListedOneByOneAreCounted() {
            String listed = "ونعت صفحات موالية للنظام القتلى، وهم: الملازم أول \"علي ديوب\"، والمساعد أول \"سامر يوسف\"، والرقيب"
                    + " \"محمود الخضر\"، فيما أُصيب ٩ آخرون.";
            assertEquals(List.of("KILLED القتلى، وهم: الملازم أول \"علي ديوب\"، والمساعد أول \"سامر يوسف\"، والرقيب \"محمود الخضر 3",
                    "INJURED أُصيب ٩ آخرون 9"), shown(listed));
            assertEquals(Casualties.exactly(3), one("ونشرت الشبكة أسماء القتلى وهم كل من محمد العلي وأحمد الحسين وخالد الجاسم.",
                    KILLED, "القتلى وهم كل من محمد العلي وأحمد الحسين وخالد الجاسم").count());
            assertEquals(range(null, 1, null), one("ونقل الجرحى، وهم من المدنيين، إلى المشفى الوطني.", INJURED, "الجرحى").count(),
                    "items that open on no person list nobody");
            assertEquals(range(null, 1, null), one("وشيع الأهالي القتلى وهم من أبناء البلدة.", KILLED, "القتلى").count(),
                    "who they were, not a list");
        }

        @ParameterizedTest
        @CsvSource({
                "'وإصابة 12 آخرين بجروح', إصابة 12 آخرين, 12",
                "'وإِصابةِ ١٢ آخرين', إِصابةِ ١٢ آخرين, 12",
                "'واصابة 4 مدنيين', اصابة 4 مدنيين, 4",
                "'أصيب 6 عناصر بجروح', أصيب 6 عناصر, 6",
                "'وأُصيب ثمانية أطفال', أُصيب ثمانية أطفال, 8",
                "'جرح 3 مدنيين', جرح 3 مدنيين, 3",
                "'خلف 9 جرحى', 9 جرحى, 9",
                "'ما خلف 12 جريحاً', 12 جريحاً, 12",
                "'وقوع 5 إصابات', 5 إصابات, 5",
                "'إصابة مدني بجروح', إصابة مدني, 1",
                "'إصابة شخصين', إصابة شخصين, 2",
                "'إصابة طفلة', إصابة طفلة, 1",
                "'وأصيب جراء الانفجار 5 مدنيين', أصيب جراء الانفجار 5 مدنيين, 5",
        })
        void injured(String text, String words, int exactly) {
            assertEquals(Casualties.exactly(exactly), one(text, INJURED, words).count());
        }

        @Test
    void aTollRisenAfterALongAccountOfTheEventIsTheFigureItRoseTo() {
        CasualtyMention risen = one("ارتفعت حصيلة قتلى قوات الأسد في الهجوم الذي نفذته خلايا تنظيم الدولة الإسلامية على حافلة مبيت"
                + " عسكرية قرب قرية كباجب على طريق دير الزور – تدمر، مساء الأحد، إلى ١١ عنصراً.", CasualtyMention.Kind.KILLED,
                "حصيلة قتلى قوات الأسد في الهجوم الذي نفذته خلايا تنظيم الدولة الإسلامية على حافلة مبيت عسكرية قرب قرية كباجب على"
                        + " طريق دير الزور – تدمر، مساء الأحد، إلى ١١ عنصراً");
        assertEquals(range(11, 11, 11), risen.count());
    }

    @Test
    void aFigureAVerbOfRisingCameToHasRisenWhateverItCounts() {
        assertEquals(List.of("قتل 9 مدنيين false", "ترتفع مساء أمس إلى 12 قتيلاً true"),
                risen("قتل 9 مدنيين في حصيلة أولية قبل أن ترتفع مساء أمس إلى 12 قتيلاً."), "the day between is the rise's");
        assertEquals(List.of("killed nine people false", "rose on Tuesday to 12 dead true"),
                risen("A strike killed nine people, a figure that rose on Tuesday to 12 dead."));
        assertEquals(List.of("قتل 9 مدنيين false"), risen("قتل 9 مدنيين في الطريق إلى 3 قرى."), "«إلى» with no rise");
    }

    @Test
    void aDeadOfEachSideAreTwiceThoseCounted() {
        assertEquals(List.of("KILLED قتيلين سقطا من كل طرف 4"), shown("وأضاف أن قتيلين سقطا من كل طرف في الاشتباكات."));
        assertEquals(List.of("KILLED قتيلين من كل طرف 4"), shown("وسقط قتيلين من كل طرف."));
        assertEquals(List.of("KILLED قتيلين 2"), shown("وأضاف أن قتيلين سقطا في الاشتباكات."));
    }

    @Test
    void thoseAmongTheHurtArePartOfTheirFigure() {
        assertEquals(List.of("KILLED قتل خمسة أشخاص 5"), shown("قتل خمسة أشخاص، وكان بين القتلى طفلان."));
        assertEquals(List.of("INJURED أصيب ستة 6"), shown("أصيب ستة، بينما كان بين الجرحى امرأة وطفل أصيبا برصاص طائش."));
        assertEquals(List.of("KILLED Five people were killed 5"), shown("Five people were killed. Among the dead were two children."));
        assertEquals(List.of("KILLED قتل طفلان 2"), shown("قتل طفلان في القصف."), "no one among");
        assertTrue(shown("قتل مدنيان بقصف على بلدة الشحيل، وكان بين الجرحى امرأة وطفل أصيبا بشظايا.")
                .contains("INJURED امرأة وطفل أصيبا 2"), "the only figure of wounded");
    }

    private static List<String> risen(String text) {
        return find(text).stream().map(m -> m.span().text() + " " + m.risen()).toList();
    }

    @Test
    void whoseServiceThePeopleCountedAreIn() {
        assertEquals(range(2, 2, 2), one("Two members of the General Security service were killed on Monday.",
                CasualtyMention.Kind.KILLED, "Two members of the General Security service were killed").count());
        assertEquals(range(1, 1, 1), one("A member of the Syrian regime's Military Security branch was shot dead by gunmen.",
                CasualtyMention.Kind.KILLED, "A member of the Syrian regime's Military Security branch was shot dead").count());
        assertEquals(range(1, 1, 1), one("A member of the regime's Military Security was shot dead.",
                CasualtyMention.Kind.KILLED, "A member of the regime's Military Security was shot dead").count());
        assertEquals(range(1, 1, 1), one("A car bomb killed a lieutenant colonel of the regime's Military Security branch.",
                CasualtyMention.Kind.KILLED, "killed a lieutenant colonel").count(), "an officer named by rank");
        assertEquals(range(1, 1, 1), one("قتل عقيد في قوات النظام بانفجار عبوة ناسفة.", CasualtyMention.Kind.KILLED, "قتل عقيد").count());
        assertEquals(range(3, 3, 3), one("An officer of the unit said three people were killed.",
                CasualtyMention.Kind.KILLED, "three people were killed").count(), "people counted after the officer are the toll");
    }

    @Test
    void aKillingSomeoneIsAccusedOrWantedForIsNoToll() {
        assertEquals(List.of(), find("Two of them were wanted over the killing of civilians during the war."));
        assertEquals(List.of(), find("اعتقلت قوى الأمن شاباً بتهمة قتل مدنيين"));
        assertEquals(1, find("Two civilians were killed on Monday.").size(), "a toll with no accusation stays");
        assertEquals(1, find("Suspected ISIS gunmen killed two shepherds near Khasham.").size(), "suspects who killed");
        assertEquals(1, find("Two explosive charges killed three soldiers.").size(), "charges that killed");
        assertEquals(1, find("اشتباك مع مطلوبين أسفر عن مقتل عنصرين من قسد").size(), "a clash with wanted men");
    }

    @Test
        void aDateAfterAFrontedPhraseCountsNobody() {
            assertEquals(List.of(), shown("قتل في 4 تشرين الأول قيادي بارز"));
        }

        @Test
        void theSeedSentence() {
            String text = "أسفرت عن مقتل عنصر من “الدفاع الذاتي” وإصابة 12 آخرين بجروح";
            assertEquals(List.of("KILLED مقتل عنصر 1", "INJURED إصابة 12 آخرين 12"), shown(text));
        }

        @Test
        void killedAndInjuredInOneSentence() {
            assertEquals(List.of("KILLED مقتل 3 عناصر 3", "INJURED 5 جرحى 5"), shown("مقتل 3 عناصر و5 جرحى"));
            assertEquals(List.of("KILLED 3 قتلى 3", "INJURED 7 جرحى 7"), shown("سقوط 3 قتلى و7 جرحى"));
            assertEquals(List.of("KILLED مقتل طفل 1", "INJURED إصابة والدته 1"), shown("ومقتل طفل وإصابة والدته"));
            // A noun not in the lexicon gives no figure, so nothing rather than a guess.
            assertEquals(List.of("KILLED مقتل طفل 1"), shown("مقتل طفل وإصابة جاره"));
        }
    }

    @Nested
    class KinAndOrdinals {

        @ParameterizedTest
        @CsvSource({
                "'مقتل والدته', مقتل والدته, 1",
                "'إصابة زوجها بجروح', إصابة زوجها, 1",
                "'مقتل والدته وشقيقه', مقتل والدته وشقيقه, 2",
                "'مقتل رجل وزوجته وطفليهما', مقتل رجل وزوجته وطفليهما, 4",
                "'ما أدى لإصابة زوجته وطفليه بجروح', إصابة زوجته وطفليه, 3",
                "'مقتل شاب ونجليه', مقتل شاب ونجليه, 3",
                "'مقتل طفل وامرأة في القصف', مقتل طفل وامرأة, 2",
                "'مقتل قائد ومرافقه', مقتل قائد ومرافقه, 2",
                "'أصيب ثلاثة من أبنائه', أصيب ثلاثة من أبنائه, 3",
                "'مقتل طفل وأمه', مقتل طفل وأمه, 2",
                "'مقتل رجل وأبوه وأخيه', مقتل رجل وأبوه وأخيه, 3",
                "'مقتل شاب وأبيه', مقتل شاب وأبيه, 2",
                "'إصابة امرأة وأخيها', إصابة امرأة وأخيها, 2",
                "'مقتل 4 مدنيين و3 عناصر من قسد', مقتل 4 مدنيين و3 عناصر, 7",
                "'مقتل طبيب وسائقه', مقتل طبيب وسائقه, 2",
                "'اغتال مسلحون مجهولون مساء أمس مختار الحي', اغتال مسلحون مجهولون مساء أمس مختار, 1",
                "'أعدم مسلحون صباح اليوم الثلاثاء رجلاً في ساحة عامة', أعدم مسلحون صباح اليوم الثلاثاء رجلاً, 1",
                "'قتل مسلحون مجهولون مساء الخميس الماضي شاباً', قتل مسلحون مجهولون مساء الخميس الماضي شاباً, 1",
                "'قضى مواطنان برصاص قناص', قضى مواطنان, 2",
                "'وأضاف المصدر أن عنصراً رابعاً أصيب بجروح بليغة', عنصراً رابعاً أصيب, 1",
                "'His nephew, who was travelling with him, was wounded', 'nephew, who was travelling with him, was wounded', 1",
                "'توفي شاب أصيب بجروح في القصف', توفي شاب, 1",
                "'وأضاف المصدر أن عنصراً ثانياً أصيب بجروح', عنصراً ثانياً أصيب, 1",
                "'وكانت امرأة قد استشهدت يوم الخميس الماضي', امرأة قد استشهدت, 1",
                "'Two civilians, one of them a child, were killed on Tuesday', 'Two civilians, one of them a child, were killed', 2",
                "'a drone strike killing a senior ISIS logistics official', killing a senior ISIS logistics official, 1",
                "'قضى مواطنان، هما رجل وطفل، برصاص قناص', قضى مواطنان, 2",
                "'قتل شابان هما علاء الجداع وعبود العصمان', قتل شابان, 2",
                "'بأن امرأة وطفلاً قتلا جراء القصف', امرأة وطفلاً قتلا, 2",
                "'أسفرت عن مقتل عنصرين من قسد وأحد المهاجمين', مقتل عنصرين من قسد وأحد المهاجمين, 3",
                "'أسفرت عن مقتل عنصرين من قسد ومهاجم', مقتل عنصرين من قسد ومهاجم, 3",
                "'مقتل 9 مدنيين من عائلتين، بينهم 4 أطفال وسيدتان', مقتل 9 مدنيين, 9",
                "'اغتال مسلحون يستقلون دراجة نارية، مساء أمس، عضواً في المجلس', اغتال مسلحون يستقلون دراجة نارية، مساء أمس، عضواً, 1",
                "'مقتل مواطنتين بقصف', مقتل مواطنتين, 2",
                "'Gunmen shot dead a tribal notable in Dhiban', shot dead a tribal notable, 1",
                "'اغتال مسلحون يستقلون دراجة نارية مختار قرية الجفرة', اغتال مسلحون يستقلون دراجة نارية مختار, 1",
                "'مقتل 4 مدنيين وثلاثة عناصر من قسد', مقتل 4 مدنيين وثلاثة عناصر, 7",
                "'قتل 5 عناصر من قوات النظام و3 من الميليشيات الإيرانية', قتل 5 عناصر من قوات النظام و3, 8",
                "'14 civilians, two of whom were children, were killed on Thursday', '14 civilians, two of whom were children, were killed', 14",
                "'إن 19 مدنياً، بينهم ستة أطفال، قتلوا في غارات', '19 مدنياً، بينهم ستة أطفال، قتلوا', 19",
                "'قتل مدرس برصاص مسلحين', قتل مدرس, 1",
                "'Six civilians, at least three of them children, were killed', 'Six civilians, at least three of them children, were killed', 6",
                "'ما أدى إلى مقتل مدنيين اثنين وعنصر من قسد', مقتل مدنيين اثنين وعنصر, 3",
                "'ما أدى إلى مقتل مرتزقين اثنين وإصابة ثالث', مقتل مرتزقين اثنين, 2",
                "'eliminating 12 militants', eliminating 12 militants, 12",
                "'ما أدى إلى مقتل مدنيين اثنين وثلاثة عناصر من قسد', مقتل مدنيين اثنين وثلاثة عناصر, 5",
                "'ما أدى إلى إصابة صاحب المحل وأحد الزبائن بجروح', إصابة صاحب المحل وأحد الزبائن, 2",
                "'ما أدى إلى إصابة مدني وأحد الزبائن بجروح', إصابة مدني وأحد الزبائن, 2",
                "'injuring three Russian soldiers and two Syrian interpreters', injuring three Russian soldiers and two Syrian interpreters, 5",
                "'قُتل عنصر في ميليشيا الدفاع الوطني الموالية للنظام وطفل كان برفقته', قُتل عنصر في ميليشيا الدفاع الوطني الموالية للنظام وطفل, 2",
                "'توفي راعي أغنام وطفلان من أبنائه بانفجار لغم', توفي راعي أغنام وطفلان, 3",
                "'مقتل سائق شاحنة وعنصرين من قسد', مقتل سائق شاحنة وعنصرين, 3",
        })
        void personNounsWithPossessivesAndJoinedByWaAddUp(String text, String words, int exactly) {
            assertEquals(Casualties.exactly(exactly), find(text).get(0).count());
            assertEquals(words, find(text).get(0).span().text());
        }

        @Test
        void aClauseOpenedAfterASidesNameCountsItsOwnPeople() {
            assertEquals(List.of("KILLED قتل 3 عناصر 3", "KILLED قتل مسلحان 2"),
                    shown("قتل 3 عناصر من قسد بينما قتل مسلحان من العشائر في اشتباكات"));
        }

        @Test
        void aPersonToldByNameIsOne() {
            assertEquals(List.of("KILLED مقتل محمد العلي 1"), shown("مقتل محمد العلي برصاص مجهولين"));
            assertEquals(List.of("KILLED مقتل محمد العلي وأحمد الحسين 2"), shown("مقتل محمد العلي وأحمد الحسين برصاص مجهولين"));
            assertEquals(List.of("KILLED مقتل المدعو محمد العلي 1"), shown("مقتل المدعو محمد العلي"));
            assertEquals(List.of("KILLED قتل محمد حسين يعقوب 1"), shown("قتل محمد حسين يعقوب في بلدة الشحيل"));
            assertEquals(List.of("KILLED killed Mohammed al-Ali 1"), shown("gunmen killed Mohammed al-Ali in Shuhayl"));
            assertEquals(List.of("KILLED Mohammed al-Ali was killed 1"), shown("Mohammed al-Ali was killed in Shuhayl"));
            assertEquals(List.of(), find("مقتل محمد في الحادثة"), "a given name alone may be a word or a village");
            assertEquals(List.of("KILLED مقتل خالد فرحان 1"), shown("مقتل خالد فرحان برصاص مجهولين"), "a family name starting with ف");
        }

        @Test
        void aPluralWithAPossessiveIsAtLeastTwo() {
            assertEquals(range(null, 2, null), find("مقتل أطفالها").get(0).count());
        }

        @Test
        void anOrdinalStandingAloneIsOneMorePerson() {
            assertEquals(List.of("KILLED قُتل عنصران 2", "INJURED أصيب ثالث 1"), shown("قُتل عنصران من قوات النظام وأصيب ثالث بانفجار لغم"));
            assertEquals(List.of("KILLED قتل عنصر 1", "INJURED أصيب ثانٍ 1"), shown("قتل عنصر وأصيب ثانٍ بجروح"));
        }

        @Test
        void anEnglishOrdinalAfterTheArticleIsOneMorePerson() {
            assertEquals(List.of("KILLED killed two children 2", "INJURED injured a third 1"),
                    shown("the explosion killed two children and injured a third"));
        }

        @Test
        void anOrdinalBeforeANounOrWithTheArticleIsNoCount() {
            assertEquals(List.of(), find("أعلنت قسد مقتل ثالث عنصر من صفوفها خلال أسبوع"));
            assertEquals(List.of(), find("مقتل الثاني من نوعه"));
        }

        @Test
        void aFeminineEndingIsNotReadAsADualWithHis() {
            assertEquals(Casualties.exactly(1), one("مقتل شخصية بارزة", CasualtyMention.Kind.KILLED, "مقتل شخصية").count(),
                    "a figure is one person, not «شخصي» + «ه» read as «شخصين»");
        }
    }

    @Nested
    class SingularsAndDuals {

        @ParameterizedTest
        @CsvSource({
                "'مقتل عنصر من قسد', مقتل عنصر, 1",
                "'مقتل مدني برصاص', مقتل مدني, 1",
                "'مقتل طفل بانفجار لغم', مقتل طفل, 1",
                "'ومقتل امرأة', مقتل امرأة, 1",
                "'مقتل شاب برصاص مجهولين', مقتل شاب, 1",
                "'مقتل الشاب محمد', مقتل الشاب, 1",
                "'مقتل قيادي في الميليشيا', مقتل قيادي, 1",
                "'مقتل عنصرين من قسد', مقتل عنصرين, 2",
                "'مقتل عنصران', مقتل عنصران, 2",
                "'مصرع شخصين', مصرع شخصين, 2",
                "'مقتل طفلتين', مقتل طفلتين, 2",
                "'سقوط قتيل', قتيل, 1",
                "'سقوط قتيلين', قتيلين, 2",
                "'سقوط قتيلَيْن', قتيلَيْن, 2",
        })
        void countTheNoun(String text, String words, int exactly) {
            assertEquals(Casualties.exactly(exactly), one(text, KILLED, words).count());
        }

        @Test
        void aFormThatIsDualOrPluralIsAtLeastTwo() {
            assertEquals(range(null, 2, null), one("مقتل مدنيين بقصف", KILLED, "مقتل مدنيين").count());
            assertEquals(range(null, 2, null), one("ومقتل مقاتلين", KILLED, "مقتل مقاتلين").count());
            assertEquals(range(null, 2, null), one("مقتل عناصر من قسد", KILLED, "مقتل عناصر").count());
        }
    }

    @Nested
    class VagueAndQualified {

        @ParameterizedTest
        @CsvSource({
                "'مقتل عشرات المدنيين', مقتل عشرات المدنيين, 20, 99",
                "'مقتل العشرات', مقتل العشرات, 20, 99",
                "'مقتل العشرات من العناصر', مقتل العشرات من العناصر, 20, 99",
                "'عشرات القتلى', عشرات القتلى, 20, 99",
                "'مقتل مئات الأشخاص', مقتل مئات الأشخاص, 200, 999",
                "'مقتل بضعة عناصر', مقتل بضعة عناصر, 3, 9",
        })
        void vagueIsARangeWithNoBest(String text, String words, int low, int high) {
            assertEquals(range(null, low, high), one(text, KILLED, words).count());
        }

        @ParameterizedTest
        @CsvSource({
                "'مقتل نحو 20 عنصراً', مقتل نحو 20 عنصراً, 20, 15, 25",
                "'مقتل قرابة 20 شخصاً', مقتل قرابة 20 شخصاً, 20, 15, 25",
                "'مقتل حوالي 20 شخصاً', مقتل حوالي 20 شخصاً, 20, 15, 25",
                "'مقتل حوالى عشرين شخصاً', مقتل حوالى عشرين شخصاً, 20, 15, 25",
                "'مقتل ما يقارب 8 أشخاص', مقتل ما يقارب 8 أشخاص, 8, 6, 10",
                "'مقتل أكثر من 10 مدنيين', مقتل أكثر من 10 مدنيين, 10, 10, ",
                "'مقتل ما لا يقل عن 5 أشخاص', مقتل ما لا يقل عن 5 أشخاص, 5, 5, ",
                "'مقتل 5 أشخاص على الأقل', مقتل 5 أشخاص على الأقل, 5, 5, ",
                "'مقتل ما يصل إلى 12 مدنياً', مقتل ما يصل إلى 12 مدنياً, 12, 1, 12",
        })
        void qualifiersMakeRanges(String text, String words, Integer best, Integer low, Integer high) {
            assertEquals(range(best, low, high), one(text, KILLED, words).count());
        }

        @Test
        void casualtiesWithNoFigureAreAtLeastOne() {
            String text = "مخلفة قتلى وجرحى";
            List<CasualtyMention> found = find(text);
            assertEquals(List.of("KILLED قتلى ≥1", "INJURED جرحى ≥1"), found.stream().map(CasualtyExtractorTest::show).toList());
            assertEquals(range(null, 1, null), found.get(0).count());
        }

        @Test
        void aFigureSharedByBothKindsIsNotReported() {
            assertEquals(List.of(), find("مقتل وإصابة 5 أشخاص"));
            assertEquals(List.of(), find("سقوط 20 قتيلاً وجريحاً"));
            assertEquals(List.of(), find("سقط اليوم حوالي 50 شخصاً بين قتيل وجريح"),
                    "people counted between dead and wounded: neither «قتيل» nor «جريح» is one person");
            assertEquals(List.of(), find("dozens of fighters were killed and wounded"));
            assertEquals(List.of(), find("an air strike killed or wounded five militiamen"), "the count after both verbs");
            assertEquals(List.of("KILLED killed five 5", "INJURED wounded three militiamen 3"),
                    find("killed five and wounded three militiamen").stream().map(CasualtyExtractorTest::show).toList());
            assertEquals(List.of(), find("said two of the fighters were killed and wounded"));
        }
    }

    @Nested
    class English {

        @Test
        void aRecordsLabelColonAndFigure() {
            assertEquals(List.of("KILLED Fatalities: 0 0"), shown("04 March 2025 | Muhassan | Arrests of four men. Fatalities: 0."));
            assertEquals(List.of("KILLED killed: 6-9 6–9", "INJURED injured: 4 4"),
                    shown("Civilians reported killed: 6-9\nCivilians reported injured: 4"));
            assertEquals(List.of("KILLED القتلى: 3 3"), shown("عدد القتلى: 3"));
            assertEquals(List.of(), shown("Time: 11:30"), "no label of harm");
        }

        @Test
        void damageWithoutCasualtiesIsNobodyHurt() {
            assertEquals(List.of("KILLED without casualties 0", "INJURED without casualties 0"),
                    shown("A grenade hit a house in Shuhayl, causing material damage without casualties."));
        }

        @Test
        void aSidesAcronymBeforeItsMenIsNoStopInTheToll() {
            assertEquals(List.of("KILLED killing nine NDF members and two regime soldiers 11"),
                    shown("ISIS ambushed a bus, killing nine NDF members and two regime soldiers who were escorting it."));
        }

        @Test
        void peopleOfASideNamedAfterThemAndMorePeopleAddUp() {
            assertEquals(List.of("KILLED Two members of the General Security and three smugglers were killed 5"),
                    shown("Two members of the General Security and three smugglers were killed on Wednesday."));
        }

        @Test
        void aTotalIsTheWholeCount() {
            assertEquals(List.of("KILLED killed a total of 17 civilians 17"), shown("The strikes killed a total of 17 civilians."));
            assertEquals(List.of("KILLED مقتل ما مجموعه 17 مدنياً 17"), shown("أسفر القصف عن مقتل ما مجموعه 17 مدنياً."));
        }

        @Test
        void theKillingOfPeopleCountsThem() {
            assertEquals(List.of("KILLED the killing of five ISIS members 5"), shown("The fighting that followed led to the killing of five ISIS members."));
            assertEquals(List.of("INJURED the wounding of two civilians 2"), shown("The shelling led to the wounding of two civilians."));
        }

        @Test
        void aDeathTollThatRoseGivesItsLatestFigure() {
            assertEquals(List.of("KILLED death toll rose to 12 12"), shown("The death toll rose to 12 on Tuesday."));
            assertEquals(List.of("KILLED put the death toll at 14 14"), shown("The monitor put the death toll at 14."));
            assertEquals(List.of("KILLED death toll from the attack on Dhiban at 10 am rose to 12 12"),
                    shown("The death toll from the attack on Dhiban at 10 am rose to 12."), "an hour is no toll");
            assertEquals(List.of("KILLED killed hundreds 200–999"), shown("Clashes between 2015 and 2019 killed hundreds."),
                    "years are no range of people");
            assertEquals(List.of("KILLED killed between 2,000 and 3,000 people 2000–3000"),
                    shown("Clashes killed between 2,000 and 3,000 people."), "a figure written with a separator is no year");
            assertEquals(List.of(), shown("There was no word on how many were killed."), "no news is no zero");
            assertEquals(List.of("KILLED one was killed 1", "INJURED four more were wounded 4"),
                    shown("one was killed and four more were wounded"));
            assertEquals(List.of("KILLED Between 14 and 19 civilians were killed 14–19"), shown("Between 14 and 19 civilians were killed"
                    + " when aircraft struck boats."), "a range, whose lower figure the datasets record");
            assertEquals(List.of("KILLED Seven to nine civilians, including three children, died 7–9"), shown("Seven to nine civilians,"
                    + " including three children, died in the strike."), "a range told with \"to\"");
            assertEquals(List.of("KILLED قتل 5 إلى 7 مدنيين 5–7"), shown("قتل 5 إلى 7 مدنيين في القصف."));
            assertEquals(List.of("KILLED مقتل ما بين خمسة وثمانية من سائقيها 5–8"), shown("ومقتل ما بين خمسة وثمانية من سائقيها."),
                    "two units joined by «و» are a range's two ends, not one number");
            assertEquals(List.of("KILLED مقتل خمسة وعشرين شخصاً 25"), shown("مقتل خمسة وعشرين شخصاً."), "a unit with its tens");
            assertEquals(List.of("KILLED مقتل ما بين ثلاثة آلاف وخمسة آلاف شخص 3000–5000"), shown("مقتل ما بين ثلاثة آلاف وخمسة آلاف شخص."),
                    "a number with its own scale after «و» is the range's other end");
            assertEquals(List.of("KILLED قتل خلاله ما لا يقل عن سبعة عناصر من قوات الأسد و12 من مقاتلي ≥19"),
                    shown("قتل خلاله ما لا يقل عن سبعة عناصر من قوات الأسد و12 من مقاتلي التنظيم."), "at least seven and twelve");
            assertEquals(List.of("KILLED مقتل 23 عنصراً 23"), shown("مقتل 23 عنصراً من قوات النظام والمسلحين الموالين لها."),
                    "the side's men and the militiamen loyal to it: whose they are, not more of them");
            assertEquals(List.of("KILLED death toll rose from five to seven 7"), shown("The death toll rose from five to seven."),
                    "a toll risen from one figure to another is no range");
            assertEquals(List.of("KILLED death toll from an ambush on a bus carrying soldiers in Deir al-Zour province in"
                    + " eastern Syria has risen to 25 25"), shown("The death toll from an ambush on a bus carrying soldiers in Deir al-Zour"
                    + " province in eastern Syria has risen to 25."));
            assertEquals(13, find("The death toll from the ISIS attack on the bus carrying soldiers near Al-Mayadin has risen to 13.")
                    .get(0).count().low(), "the event told at length between the toll and its figure");
            assertEquals(List.of("KILLED حصيلة القتلى إلى 12 12"), shown("وارتفعت حصيلة القتلى إلى 12 جراء القصف."));
        }

        @Test
        void aTollNamedBeforeTheEventItCountsGivesTheFigureItCameTo() {
            assertEquals(List.of("KILLED death toll from the attack in Shuhayl rose to 12 12"),
                    shown("The death toll from the attack in Shuhayl rose to 12."));
            assertEquals(List.of("KILLED number of people killed in the blast has risen to 8 8"),
                    shown("The number of people killed in the blast has risen to 8."));
            assertEquals(List.of("KILLED حصيلة قتلى القصف على بلدة الشحيل إلى 9 أشخاص 9"),
                    shown("وارتفعت حصيلة قتلى القصف على بلدة الشحيل إلى 9 أشخاص."));
            assertEquals(List.of("KILLED حصيلة القتلى في بلدة الشحيل 8 أشخاص 8"),
                    shown("وبلغت حصيلة القتلى في بلدة الشحيل 8 أشخاص."), "the verb of reaching told first");
            assertEquals(List.of("INJURED عدد الجرحى إلى 14 14"), shown("وارتفع عدد الجرحى إلى 14."));
            assertEquals(List.of("KILLED الحصيلة إلى ثلاثة قتلى 3"), shown("وارتفعت الحصيلة إلى ثلاثة قتلى."), "the toll, told bare");
            assertEquals(List.of("KILLED الحصيلة بلغت امرأة وطفلها 2"), shown("وأفاد نشطاء أن الحصيلة بلغت امرأة وطفلها."),
                    "people named one by one");
            assertEquals(List.of("KILLED القتلى ≥1"), shown("وارتفعت حصيلة القتلى في الطريق إلى دير الزور."),
                    "a toll with no figure in reach says people died, not how many");
        }

        @Test
        void aTollNamedByWhomItCountsAndWhatBefellThem() {
            assertEquals(List.of("KILLED عدد مقاتلي العشيرة الذين لقوا حتفهم إلى 24 24"),
                    shown("وارتفع عدد مقاتلي العشيرة الذين لقوا حتفهم إلى 24."));
            assertEquals(List.of("KILLED إلى 24 عدد مقاتلي العشيرة الذين لقوا حتفهم 24"),
                    shown("وارتفع إلى 24 عدد مقاتلي العشيرة الذين لقوا حتفهم في الاشتباكات."), "the figure told first");
            assertEquals(List.of("KILLED إلى 24 عدد القتلى 24"), shown("ارتفع إلى 24 عدد القتلى."));
            assertEquals(List.of("KILLED إلى ٩ على الأقل عدد المدنيين الذين قضوا ≥9"),
                    shown("ارتفع إلى ٩ على الأقل عدد المدنيين الذين قضوا جراء الغارات."), "the figure qualified before the name");
            assertEquals(List.of("KILLED إلى 19 بينهم 7 أطفال و4 مواطنات، عدد المدنيين الذين قتلوا 19"),
                    shown("ارتفع إلى 19 بينهم 7 أطفال و4 مواطنات، عدد المدنيين الذين قتلوا جراء الغارات."), "an aside on who were among them");
            assertEquals(List.of("KILLED لقي ما لا يقل عن 11 عنصراً من التنظيم مصرعهم ≥11"),
                    shown("لقي ما لا يقل عن 11 عنصراً من التنظيم مصرعهم."), "a qualified figure between the verb and its close");
        }

        @Test
        void peopleNamedByWhoseTheyAreAreCounted() {
            assertEquals(List.of("INJURED injured her two children 2"), shown("Shelling injured her two children."));
            assertEquals(List.of("KILLED killing its driver 1"), shown("Gunmen opened fire on a car, killing its driver."));
            assertEquals(List.of("KILLED killed a man and his two sons 3"), shown("The strike killed a man and his two sons."));
            assertEquals(List.of("KILLED killed one shepherd 1", "INJURED injured another 1"),
                    shown("A landmine killed one shepherd and injured another."));
            assertEquals(List.of("INJURED Two civilians sustained injuries 2"), shown("Two civilians sustained injuries in the shelling."));
            assertEquals(List.of("INJURED Three U.S. service members were treated for minor injuries 3"),
                    shown("Three U.S. service members were treated for minor injuries at Green Village."), "U.S., whose stops part nothing");
        }

        @Test
        void aFigureACommaEndsCountsNobodyAfterIt() {
            assertEquals(List.of("KILLED a 14-year-old boy was killed 1", "INJURED brother wounded 1"),
                    shown("On July 9, a 14-year-old boy was killed and his brother wounded when a landmine exploded."));
            assertEquals(List.of("INJURED أصيبت سيدة 1"), shown("مساء الإثنين، أصيبت سيدة بجروح خطيرة برصاص عشوائي."),
                    "Monday, «الإثنين», is also the word for two");
        }

        @Test
        void killedOneFighterAndWoundedTwelve() {
            assertEquals(List.of("KILLED killed one fighter 1", "INJURED wounded twelve 12"),
                    shown("The strike killed one fighter and wounded twelve."));
        }

        @ParameterizedTest
        @CsvSource({
                "'3 people were killed in the strike', KILLED, 3 people were killed, 3",
                "'two civilians were killed', KILLED, two civilians were killed, 2",
                "'Two civilians have been killed', KILLED, Two civilians have been killed, 2",
                "'the blast killed 4 soldiers', KILLED, killed 4 soldiers, 4",
                "'killed a civilian', KILLED, killed a civilian, 1",
                "'twenty-five people died', KILLED, twenty-five people died, 25",
                "'injuring 12 others', INJURED, injuring 12 others, 12",
                "'five were wounded', INJURED, five were wounded, 5",
                "'a hundred and five were injured', INJURED, hundred and five were injured, 105",
                "'leaving three SDF members dead', KILLED, three SDF members dead, 3",
                "'two Iranian militiamen were killed', KILLED, two Iranian militiamen were killed, 2",
                "'killing two Iran-backed fighters', KILLED, killing two Iran-backed fighters, 2",
                "'the attack killed a Syrian soldier', KILLED, killed a Syrian soldier, 1",
                "'three members of the SDF have been killed', KILLED, three members of the SDF have been killed, 3",
                "'two of the fighters were wounded', INJURED, two of the fighters were wounded, 2",
                "'the strike killed two of the fighters', KILLED, killed two of the fighters, 2",
                "'a child and his mother were killed', KILLED, a child and his mother were killed, 2",
                "'killing a man, his wife and their son', KILLED, 'killing a man, his wife and their son', 3",
                "'a civilian was killed in the shelling', KILLED, a civilian was killed, 1",
                "'three Syrian Democratic Forces (SDF) fighters were injured', INJURED, three Syrian Democratic Forces (SDF) fighters were injured, 3",
                "'two fighters of an Iran-backed militia were killed', KILLED, two fighters of an Iran-backed militia were killed, 2",
                "'the night raid killed two suspected jihadists', KILLED, killed two suspected jihadists, 2",
                "'two US soldiers and three fighters of the Kurdish-led SDF were killed', KILLED, two US soldiers and three fighters of the Kurdish-led SDF were killed, 5",
                "'two fighters and a civilian were killed', KILLED, two fighters and a civilian were killed, 3",
                "'Eight fighters from the Syrian Democratic Forces and 15 jihadists have been killed', KILLED, Eight fighters from the Syrian Democratic Forces and 15 jihadists have been killed, 23",
                "'a cell killed a commander of the Deir Ezzor Military Council (DMC) and his bodyguard', KILLED, killed a commander of the Deir Ezzor Military Council (DMC) and his bodyguard, 2",
                "'Three people from the same family were killed', KILLED, Three people from the same family were killed, 3",
                "'an SDF fighter succumbed to his wounds', KILLED, an SDF fighter succumbed, 1",
                "'He died of his wounds the next day', KILLED, He died, 1",
                "'The war killed 1,200 people', KILLED, 'killed 1,200 people', 1200",
                "'The war has cost 3,000,000,000 dollars and killed 1,200 people', KILLED, 'killed 1,200 people', 1200",
                "'She was wounded in the blast', INJURED, She was wounded, 1",
                "'gunmen killed an elderly man', KILLED, killed an elderly man, 1",
                "'the strike killed two doctors and a nurse', KILLED, killed two doctors and a nurse, 3",
                "'Three civilians, a woman among them, died in the strike', KILLED, 'Three civilians, a woman among them, died', 3",
                "'لغم يقتل شقيقين في حطلة', KILLED, يقتل شقيقين, 2",
                "'غارة تصيب ثلاثة مدنيين', INJURED, تصيب ثلاثة مدنيين, 3",
        })
        void exactCounts(String text, CasualtyMention.Kind kind, String words, int exactly) {
            assertEquals(Casualties.exactly(exactly), one(text, kind, words).count());
        }

        @Test
        void aCountAmongTheDeadIsAtLeastThatMany() {
            assertEquals(range(2, 2, null), one("two children were among the dead", KILLED, "two children were among the dead").count());
            assertEquals(range(1, 1, null), one("a nurse was among the wounded", INJURED, "a nurse was among the wounded").count());
            assertEquals(Casualties.exactly(2), one("two children were killed", KILLED, "two children were killed").count(),
                    "told as a toll, not a part of one");
        }

        @Test
        void rangesAndBounds() {
            assertEquals(range(5, 5, null), one("at least 5 dead", KILLED, "at least 5 dead").count());
            assertEquals(range(null, 20, 99), one("dozens injured", INJURED, "dozens injured").count());
            assertEquals(range(null, 20, 99), one("dozens of people were injured", INJURED,
                    "dozens of people were injured").count());
            assertEquals(range(10, 10, null), one("more than 10 civilians were killed", KILLED,
                    "more than 10 civilians were killed").count());
            assertEquals(range(20, 15, 25), one("about 20 people were killed", KILLED, "about 20 people were killed").count());
            assertEquals(range(12, 1, 12), one("up to 12 civilians were killed", KILLED, "up to 12 civilians were killed").count(),
                    "the figure stated is the one datasets record");
        }

        @Test
        void peopleNamedInThePluralAfterAFigureAreAmongThoseItCounts() {
            assertEquals(range(19, 19, null), one("At least 19 government soldiers and allied militiamen were killed", KILLED,
                    "At least 19 government soldiers and allied militiamen were killed").count());
            assertEquals(range(null, 7, null), one("The strike killed five SDF fighters and civilians", KILLED,
                    "killed five SDF fighters and civilians").count(), "civilians are no allies of the fighters counted");
            assertEquals(Casualties.exactly(3), one("three truffle hunters, including a 15-year-old boy, were killed", KILLED,
                    "three truffle hunters, including a 15-year-old boy, were killed").count());
        }

        @Test
        void aPartCountedAtLeastMakesTheWholeAtLeast() {
            assertEquals(range(19, 19, null), one("leaving 11 regime members and at least 8 ISIS fighters dead", KILLED,
                    "11 regime members and at least 8 ISIS fighters dead").count());
        }

        @Test
        void aSideNamedBeforeAVerbOfHarmAddsNobody() {
            assertEquals(List.of("KILLED Two members of the SDF were killed 2", "INJURED three civilians were wounded 3"),
                    shown("Two members of the SDF were killed and three civilians were wounded."));
        }

        @Test
        void noFigureNoMention() {
            assertEquals(List.of(), find("The attack killed in the night."));
        }
    }

    /** Words that say nobody was harmed give an explicit zero; a denial or missing news gives no figure. */
    @Nested
    class Denied {

        @ParameterizedTest
        @CsvSource({
                "'سقطت قذائف دون أن تسفر عن إصابات', دون أن تسفر عن إصابات",
                "'دون أن يسفر القصف عن أي إصابات', دون أن يسفر القصف عن أي إصابات",
                "'انفجرت عبوة دون وقوع إصابات', دون وقوع إصابات",
                "'ولم تسفر عن خسائر بشرية', لم تسفر عن خسائر بشرية",
                "'انفجار عبوة، ولا إصابات', لا إصابات",
                "'No casualties were reported.', No casualties",
                "'The drone struck without causing injuries.', without causing injuries",
                "'Nobody was hurt.', Nobody was hurt",
                "'and no one was hurt', no one was hurt",
                "'قصفت قوات النظام البادية دون تحقيق إصابة أي هدف', دون تحقيق إصابة",
                "'adding that no U.S. personnel were hurt.', no U.S. personnel were hurt",
                "'There were no human casualties.', no human casualties",
                "'سقطت في محيط الحقل دون أن تسبب أضراراً بشرية', دون أن تسبب أضراراً بشرية",
                "'An IED exploded in an oil tanker, causing material damage only.', material damage only",
                "'انفجرت عبوة بصهريج نفط ما أدى إلى أضرار مادية فقط', أضرار مادية فقط",
                "'ألقى مجهولون قنبلة على منزل ما أدى إلى أضرار مادية دون إصابات', دون إصابات",
        })
        void nobodyHarmedIsZeroOfBothKinds(String text, String words) {
            assertEquals(List.of("KILLED " + words + " 0", "INJURED " + words + " 0"), shown(text));
        }

        @Test
        void aPersonAndHisAssistantAreTwo() {
            assertEquals(List.of("KILLED killing the driver and his assistant 2"), shown("killing the driver and his assistant."));
            assertEquals(List.of("KILLED مقتل السائق ومساعده 2"), shown("ما أدى إلى مقتل السائق ومساعده."));
        }

        @Test
        void anAttemptSurvivedKilledNobody() {
            assertEquals(List.of("KILLED من محاولة اغتيال 0"), shown("نجا أحد وجهاء العشيرة في البلدة من محاولة اغتيال."));
            assertEquals(List.of("KILLED survived an assassination attempt 0"), shown("A tribal elder survived an assassination attempt."));
        }

        @Test
        void aDenialOfOneKindIsZeroOfThatKind() {
            assertEquals(List.of("KILLED No civilians were killed 0"), shown("No civilians were killed."));
            assertEquals(List.of("KILLED no one was killed 0"), shown("and no one was killed"));
            assertEquals(List.of("KILLED No Syrian soldiers were killed 0"), shown("No Syrian soldiers were killed, SANA said."));
            assertEquals(List.of("KILLED لا قتلى 0"), shown("لا قتلى"));
            assertEquals(List.of("INJURED لم يصب أحد 0"), shown("ولم يصب أحد"));
        }

        @Test
        void aDenialOfTwoHarmsJoinedByOrDeniesBoth() {
            assertEquals(List.of("KILLED دون سقوط قتلى أو جرحى 0", "INJURED دون سقوط قتلى أو جرحى 0"),
                    shown("انفجر لغم آخر دون سقوط قتلى أو جرحى"));
            assertEquals(List.of("KILLED no deaths or injuries 0", "INJURED no deaths or injuries 0"),
                    shown("There were no deaths or injuries."));
            assertEquals(List.of("INJURED دون وقوع إصابات 0", "KILLED دون وقوع إصابات 0").stream().sorted().toList(),
                    shown("انفجرت عبوة دون وقوع إصابات").stream().sorted().toList(), "one harm alone as before");
        }

        @Test
        void survivingAnAssassinationAttemptIsNobodyKilled() {
            assertEquals(Casualties.exactly(0), one("نجا القيادي من محاولة اغتيال في البلدة", KILLED, "نجا القيادي من محاولة اغتيال").count());
            assertEquals(List.of(), find("نجا القيادي من محاولة اغتيال").stream().filter(m -> m.kind() == INJURED).toList(),
                    "nothing said of the wounded");
        }

        @Test
        void aDenialBySomeoneOrNoNewsGivesNoFigure() {
            assertEquals(List.of(), find("نفى مصدر عسكري في قسد سقوط قتلى في صفوف قواته"));
            assertEquals(List.of(), find("دون ورود أنباء عن إصابات"));
            assertEquals(List.of(), find("دون توفر معلومات عن الضحايا حتى اللحظة"));
            assertEquals(List.of(), find("There were no reports of casualties."));
        }

        @Test
        void aNegationThatDeniesNoHarmLeavesTheCountAlone() {
            assertEquals(List.of("KILLED مقتل 3 أشخاص 3"), shown("لا يزال القصف مستمرا بعد مقتل 3 أشخاص"));
            assertEquals(List.of("KILLED القتلى ≥1"), shown("لم يعرف عدد القتلى")); // unknown, not none
        }
    }

    @Nested
    class LivesLost {

        @ParameterizedTest
        @CsvSource({
                "'فقد منير المهباش حياته برصاص مسلحين', فقد منير المهباش حياته, 1",
                "'تسبب الهجوم في فقدان أربعة عناصر من قسد حياتهم', فقدان أربعة عناصر من قسد حياتهم, 4",
                "'وأسفر الاستهداف عن فقدان \"اللبن\" حياته', فقدان \"اللبن\" حياته, 1",
                "'فقد شقيقان حياتهما بانفجار لغم', فقد شقيقان حياتهما, 2",
                "'لقي عنصر من قوى الأمن الداخلي \"الأسايش\" حتفه برصاص مسلحين', لقي عنصر من قوى الأمن الداخلي \"الأسايش\" حتفه, 1",
        })
        void whoLostTheirLivesIsNamedBeforeTheirLife(String text, String words, int exactly) {
            assertEquals(Casualties.exactly(exactly), one(text, KILLED, words).count());
        }

        @Test
        void aCommaEndsWhoLostTheirLife() {
            assertEquals(List.of(), shown("فقد شاب الاتصال بأهله، وعُثر على آخر فاقداً حياته."));
        }

        @ParameterizedTest
        @CsvSource({
                "'لقي ثلاثة عناصر من قسد مصرعهم في الهجوم', لقي ثلاثة عناصر من قسد مصرعهم, 3",
                "'فارق شاب الحياة متأثراً بجراحه', فارق شاب الحياة, 1",
                "'أودى الانفجار بحياة أربعة أشخاص', بحياة أربعة أشخاص, 4",
                "'عثر الأهالي على جثث ثلاثة شبان', جثث ثلاثة شبان, 3",
                "'قضى شخصان في الانفجار', قضى شخصان, 2",
                "'توفي طفل متأثرا بجروحه', توفي طفل, 1",
                "'The bombing claimed the lives of four civilians.', claimed the lives of four civilians, 4",
                "'The explosion resulted in the death of two people.', the death of two people, 2",
                "'Two fighters lost their lives in the attack.', Two fighters lost their lives, 2",
                "'Three people, including a child, were killed in the strike.', 'Three people, including a child, were killed', 3",
                "'Nine people, including fighters of the so-called Islamic State (ISIS) and a driver, were killed.', 'Nine people, including fighters of the so-called Islamic State (ISIS) and a driver, were killed', 9",
                "'راح ضحيته خمسة أشخاص', راح ضحيته خمسة أشخاص, 5",
                "'راح ضحية القصف على البلدة ثلاثة مدنيين', راح ضحية القصف على البلدة ثلاثة مدنيين, 3",
                "'Gunmen shot dead a local official.', shot dead a local official, 1",
                "'Five people were reported dead.', Five people were reported dead, 5",
                "'نفذ التنظيم عملية إعدام بحق شاب في القرية', إعدام بحق شاب, 1",
                "'ISIS executed two shepherds near the town.', executed two shepherds, 2",
                "'عزاء القيادي مأمون التراك الذي قضى أمس بانفجار عبوة', الذي قضى, 1",
        })
        void otherWaysOfTellingDeaths(String text, String words, int exactly) {
            assertEquals(Casualties.exactly(exactly), one(text, KILLED, words).count());
        }

        @ParameterizedTest
        @CsvSource({
                "'اغتال مجهولون المسؤول العام عن الحواجز', اغتال مجهولون المسؤول, 1",
                "'قتل مسلحون مجهولون شاباً في البلدة', قتل مسلحون مجهولون شاباً, 1",
                "'اغتال مسلحون ملثمون ثلاثة عناصر من قسد', اغتال مسلحون ملثمون ثلاثة عناصر, 3",
                "'اغتال مسلحون مجهولون عضواً في المجلس المدني', اغتال مسلحون مجهولون عضواً, 1",
                "'اغتال مسلحان مجهولان عنصراً في قسد', اغتال مسلحان مجهولان عنصراً, 1",
                "'مسلحون مجهولون يغتالون عضواً في المجلس المدني', يغتالون عضواً, 1",
                "'Unidentified gunmen assassinated a member of the council.', assassinated a member, 1",
        })
        void whoKilledStandsBetweenTheVerbAndWhomItKilled(String text, String words, int exactly) {
            assertEquals(Casualties.exactly(exactly), one(text, KILLED, words).count());
        }

        @ParameterizedTest
        @CsvSource({
                "'أطلق مسلحون النار على شاب وقتلوه', قتلوه, 1",
                "'هاجم مسلحون عنصراً من قسد وقتلوه', قتلوه, 1",
                "'اعترض مسلحون سيارة تقل شقيقين وقتلوهما', قتلوهما, 2",
                "'Gunmen stopped a shepherd and shot him dead.', shot him dead, 1",
                "'Gunmen opened fire on the mukhtar of the village, killing him.', killing him, 1",
        })
        void aVerbWithItsObjectPronounCountsWhomItKilled(String text, String words, int exactly) {
            assertEquals(Casualties.exactly(exactly), one(text, KILLED, words).count());
        }

        @ParameterizedTest
        @CsvSource({
                "'قتل عنصر من كل طرف خلال الاشتباكات', قتل عنصر من كل طرف, 2",
                "'أسفرت الاشتباكات عن مقتل 3 عناصر من كل جانب', مقتل 3 عناصر من كل جانب, 6",
                "'Two fighters on each side were killed in the clashes.', Two fighters on each side were killed, 4",
        })
        void peopleOfEachSideAreCountedForBothSides(String text, String words, int exactly) {
            assertEquals(Casualties.exactly(exactly), one(text, KILLED, words).count());
        }

        @ParameterizedTest
        @CsvSource({
                "'أسفر الهجوم عن مقتل 6 من مقاتلي العشائر و4 من عناصر قسد', مقتل 6 من مقاتلي العشائر و4 من عناصر, 10",
                "'قتل خلالها ثلاثة من القوات الحكومية واثنان من قسد', قتل خلالها ثلاثة من القوات الحكومية واثنان, 5",
                "'قتل راعيان في القصف', قتل راعيان, 2",
                "'killing all three fighters on board', killing all three fighters, 3",
                "'two of its fighters were martyred in clashes', two of its fighters were martyred, 2",
                "'A landmine killed a shepherd and 20 of his sheep.', killed a shepherd, 1",
                "'ما أدى إلى مقتل سائق الشاحنة وعنصرين', مقتل سائق الشاحنة وعنصرين, 3",
                "'2 من الميليشيات الموالية لإيران قتلا بانفجار عبوة', 2 من الميليشيات الموالية لإيران قتلا, 2",
                "'2 من عناصر الميليشيات قتلوا بانفجار عبوة', 2 من عناصر الميليشيات قتلوا, 2",
        })
        void peopleOfSeveralSidesAddUpAndOnlyPeopleCount(String text, String words, int exactly) {
            assertEquals(Casualties.exactly(exactly), one(text, KILLED, words).count());
        }

        @Test
        void animalsCountedAloneAreNoPeople() {
            assertEquals(List.of("KILLED a shepherd was killed 1"), shown("a shepherd was killed. Two of his sheep were also killed."));
        }

        @Test
        void aFrontedPhraseEndsAtItsClause() {
            assertEquals(List.of("KILLED قتل في الهجوم عنصران 2", "INJURED أصيب ثلاثة من المهاجمين 3"),
                    shown("وقتل في الهجوم عنصران من قسد، فيما أصيب ثلاثة من المهاجمين"));
            assertEquals(List.of("KILLED One ISIS operative who opened fire on the assault force was killed 1"),
                    shown("One ISIS operative who opened fire on the assault force was killed."), "a relative clause with no commas");
            assertEquals(List.of("KILLED قتل خلاله مسلحان اثنان من أبناء العشائر ومقاتل 3"),
                    shown("قتل خلاله مسلحان اثنان من أبناء العشائر ومقاتل من قسد."), "those told after them add up");
        }

        @Test
        void whatPeopleWereDoingRunsToWhatBefellThem() {
            assertEquals(List.of("KILLED driver transporting sheep to Homs was shot dead 1"),
                    shown("A truck driver transporting sheep to Homs was shot dead by unknown gunmen."));
            assertEquals(List.of("KILLED Two army personnel were martyred 2", "INJURED three others were injured 3"),
                    shown("Two army personnel were martyred and three others were injured."), "personnel are people");
        }

        @Test
        void theLastOfSomethingIsNoOtherPerson() {
            assertTrue(find("ونؤكد أن قواتنا ماضية في ملاحقة فلول داعش حتى القضاء على آخر خلاياها.").isEmpty());
            assertEquals(List.of("KILLED قتل عنصران 2", "INJURED أصيب آخر 1"), shown("قتل عنصران وأصيب آخر الليلة الماضية."));
            assertEquals(List.of("KILLED قتل شاب 1", "INJURED أصيب آخر 1"), shown("قتل شاب وأصيب آخر حينها برصاص مجهولين في ذيبان."));
        }

        @Test
        void peopleWithAVerbOfTheirOwnAfterThoseKilledAreNotAmongThem() {
            assertEquals(List.of("KILLED killed two soldiers 2", "INJURED three civilians were wounded 3"),
                    shown("The blast killed two soldiers, and three civilians were wounded."));
            assertEquals(List.of("KILLED killed two children 2"),
                    shown("The shelling killed two children, and the fighters responded by shelling regime positions."));
            assertEquals(List.of("KILLED Two SDF fighters and three civilians were killed 5"),
                    shown("Two SDF fighters and three civilians were killed in the blast."), "a verb they share");
            assertEquals(List.of("KILLED killed two soldiers and three civilians 5"), shown("The blast killed two soldiers and three civilians."));
        }

        @Test
        void someOfThoseCountedWhoDiedAreDead() {
            assertEquals(List.of("KILLED killing one officer 1", "INJURED wounding four others 4", "KILLED one of whom later died 1"),
                    shown("killing one officer and wounding four others, one of whom later died in hospital"));
            assertEquals(List.of("INJURED أصيب ثلاثة آخرون 3", "KILLED توفي أحدهم 1"), shown("وأصيب ثلاثة آخرون، توفي أحدهم لاحقاً متأثراً بجراحه."));
            assertEquals(List.of("KILLED Fifteen people were killed 15"), shown("Fifteen people were killed, three of whom were killed in"
                    + " a second strike."), "some of the dead are no more dead");
            assertEquals(List.of("KILLED مقتل خمسة مدنيين 5"), shown("مقتل خمسة مدنيين، قضى أحدهم تحت الأنقاض."), "one of the dead");
            assertEquals(List.of("KILLED توفي أحد الجرحى 1"), shown("وتوفي أحد الجرحى لاحقاً."), "one of the wounded died");
        }

        @Test
        void oneOfThemAfterHarmIsOnePerson() {
            assertEquals(List.of("KILLED مقتل أحدهم 1", "INJURED إصابة عنصر 1"),
                    shown("اندلع اشتباك مع مطلوبين أسفر عن مقتل أحدهم وإصابة عنصر من الأمن العام."));
            assertEquals(List.of("INJURED إصابة أحدهما 1"), shown("أطلق مسلحون النار على شابين ما أدى لإصابة أحدهما."));
            assertEquals(List.of("KILLED قتل عنصران 2", "KILLED مقتل أحدهما 1"), shown("قتل عنصران من قسد في هجوم على حاجز. وفي"
                    + " هجوم آخر على دورية، أطلق مسلحون النار على عنصرين ما أدى لمقتل أحدهما."), "the dead of another sentence");
        }

        @Test
        void whomAHarmBefellAsAPronounThenMorePeople() {
            assertEquals(List.of("INJURED إصابته واثنين من مرافقيه 3"), shown("ما أدى لإصابته واثنين من مرافقيه."));
            assertEquals(List.of("KILLED مقتله وزوجته 2"), shown("ما أدى لمقتله وزوجته."));
            assertTrue(shown("عثر الأهالي على جثة وامرأة مصابة بجروح.").stream().noneMatch(s -> s.endsWith(" 2")),
                    "«جثة» ends in ة, no pronoun");
            assertEquals(List.of("KILLED مقتله 1", "INJURED إصابة اثنين 2"), shown("أدى لمقتله وإصابة اثنين."));
        }

        @Test
        void aTimeBetweenTheVerbAndWhomItCountsIsFronted() {
            assertEquals(List.of("KILLED قضى اليوم طفلان 2", "INJURED أصيب ثالث 1"), shown("قضى اليوم طفلان شقيقان وأصيب ثالث."));
            assertEquals(List.of("INJURED أصيب صباح اليوم ثلاثة مدنيين 3"), shown("أصيب صباح اليوم ثلاثة مدنيين."));
            assertEquals(List.of(), shown("قتل يوم 4 تشرين الأول."), "a date is no count");
        }

        @Test
        void theWoundsSomeoneDiedOfAreNoInjury() {
            assertEquals(List.of("KILLED فارق عنصر في قسد الحياة 1"), shown("فارق عنصر في قسد الحياة متأثراً بإصابته في الهجوم"));
            assertEquals(List.of("KILLED توفي عنصران 2"), shown("توفي عنصران من قسد متأثرين بجراحهما التي أصيبا بها"));
            assertTrue(find("توفي عنصر من قسد متأثراً بجراحه، وأصيب آخران في الهجوم").stream()
                    .anyMatch(m -> m.kind() == CasualtyMention.Kind.INJURED), "others wounded, after a comma");
            assertEquals(List.of("KILLED فارق على إثرها الحياة 1"), shown("ما أدى إلى إصابته بجروح بليغة فارق على إثرها الحياة."),
                    "wounds he died as a result of");
            assertEquals(List.of("INJURED أصيب ثلاثة مدنيين 3"), shown("أصيب ثلاثة مدنيين بجروح، نقلوا على إثرها إلى المشفى."));
            assertEquals(List.of("KILLED فارق الحياة 1"), shown("أصيب شاب بجروح بليغة برصاص مجهولين يوم أمس، فارق الحياة على إثرها."),
                    "after a comma");
            assertTrue(find("أصيب ثلاثة شبان بجروح برصاص مجهولين، توفي أحدهم على إثرها.").stream()
                    .anyMatch(m -> m.kind() == CasualtyMention.Kind.INJURED), "one of them died, not all");
        }

        @Test
        void aVerbAfterItsSubjectWithAnObjectCountsTheObject() {
            assertEquals(List.of("KILLED قتل راعياً 1"), shown("أقدم عنصر من داعش قتل راعياً في البادية"));
            assertEquals(List.of(), shown("سحب التنظيم قتلاه وجرحاه"), "«قتلاه»: its dead, uncounted");
        }

        @ParameterizedTest
        @CsvSource({
                "'أودى انفجار لغم بحياة طفل وأصاب شقيقه بجروح', أصاب شقيقه بجروح, 1",
                "'أصاب قناص من القوات الحكومية عنصرين من قسد بجروح', أصاب قناص من القوات الحكومية عنصرين من قسد بجروح, 2",
                "'أصابت قذيفة هاون ثلاثة أطفال بجروح متفاوتة', أصابت قذيفة هاون ثلاثة أطفال بجروح, 3",
        })
        void anActiveVerbOfHittingWithItsWoundsCountsTheWounded(String text, String words, int exactly) {
            assertFirstInjured(text, words, exactly);
        }

        @Test
        void hittingAThingWoundsNobody() {
            assertEquals(List.of(), shown("أصابت القذيفة منزلاً في البلدة"));
        }

        @Test
        void aDefiniteNounInsideAFrontedPhraseIsPartOfIt() {
            assertEquals(Casualties.exactly(3), one("قتل في الهجوم على منزل المختار ثلاثة مدنيين", KILLED,
                    "قتل في الهجوم على منزل المختار ثلاثة مدنيين").count());
        }

        @ParameterizedTest
        @CsvSource({
                "'Two members were killed and a third was injured.', a third was injured, 1",
                "'A child was killed and four other people were injured.', four other people were injured, 4",
                "'A man was shot dead, and his brother was seriously wounded.', brother was seriously wounded, 1",
        })
        void oneMoreInjuredByAnOrdinalAnotherNounOrAnAdverb(String text, String words, int exactly) {
            assertFirstInjured(text, words, exactly);
        }

        @ParameterizedTest
        @CsvSource({
                "'The explosion killed the driver of a nearby vehicle.', killed the driver, 1",
                "'Gunmen killed a former ISIS member in the village.', killed a former ISIS member, 1",
                "'A drone strike killed a senior ISIS leader and two of his companions.', 'killed a senior ISIS leader and two of his companions', 3",
                "'The raid killed an ISIS leader and one associated fighter.', 'killed an ISIS leader and one associated fighter', 2",
        })
        void whomAVerbKilledWithTheOrAnAdjective(String text, String words, int exactly) {
            assertEquals(Casualties.exactly(exactly), one(text, KILLED, words).count());
        }

        @Test
        void aFatherOfFourCountsNoDead() {
            assertTrue(find("Khalil, a father of four, was shot dead on Thursday.").stream()
                    .noneMatch(m -> Casualties.exactly(4).equals(m.count())), "his four children are alive");
        }

        @Test
        void gunmenKilledWithNobodyAfterThemAreTheDead() {
            assertEquals(List.of("KILLED قتل مسلحون ≥2"), shown("قتل مسلحون في الاشتباكات"));
        }

        @ParameterizedTest
        @CsvSource({
                "'تعرض مدني لإصابة بليغة برصاص مجهولين', تعرض مدني لإصابة, 1",
                "'وتعرض ثلاثة عناصر لجروح في الهجوم', تعرض ثلاثة عناصر لجروح, 3",
        })
        void whoSufferedAnInjuryIsNamedBeforeIt(String text, String words, int exactly) {
            assertEquals(Casualties.exactly(exactly), one(text, INJURED, words).count());
        }

        @Test
        void sufferingWithoutAnInjuryOrSomeoneNamedCountsNoOne() {
            assertEquals(List.of(), find("تعرض الحاجز لإطلاق نار"));
            assertEquals(List.of(), find("تعرض لإصابة في الهجوم").stream().filter(m -> m.kind() == INJURED).toList());
        }

        @Test
        void aClosingWordOfTwoCountsEveryoneBeforeIt() {
            assertEquals(Casualties.exactly(2), one("لقي طفل ووالدته حتفهما بانفجار لغم", KILLED, "لقي طفل ووالدته حتفهما").count());
            assertEquals(Casualties.exactly(1), one("لقي طفل حتفه بانفجار لغم", KILLED, "لقي طفل حتفه").count());
            assertEquals(Casualties.exactly(3), one("لقي طفلان ووالدتهما حتفهم بانفجار لغم", KILLED, "لقي طفلان ووالدتهما حتفهم").count());
        }

        @Test
        void partsToldAfterATotalAreWhoItCounted() {
            assertEquals(Casualties.exactly(12), one("مقتل ١٢ شخصاً، هم ٥ عناصر من \"قسد\" و٧ من مسلحي العشائر", KILLED,
                    "مقتل ١٢ شخصاً").count());
            assertEquals(Casualties.exactly(12), one("قتل 12 شخصا بينهم 5 عناصر من قسد و7 من مسلحي العشائر", KILLED,
                    "قتل 12 شخصا").count());
            assertEquals(Casualties.exactly(10), one("مقتل 6 من مقاتلي العشائر و4 من عناصر قسد", KILLED,
                    "مقتل 6 من مقاتلي العشائر و4 من عناصر").count(), "parts told with no total are added up");
        }

        @Test
        void losingWithoutALifeIsNoDeath() {
            assertEquals(List.of(), find("فقد الاتصال مع ثلاثة عناصر من قسد"));
            assertEquals(List.of(), find("فقدان أربعة عناصر من قسد في البادية"), "missing, not dead");
        }
    }

    @Nested
    class Robustness {

        @Test
        void diacriticsTatweelAndHamzaFormsDoNotMatter() {
            assertEquals(Casualties.exactly(3), one("مَقْتَلُ ثَلاثَةِ عَناصِرَ", KILLED, "مَقْتَلُ ثَلاثَةِ عَناصِرَ").count());
            assertEquals(Casualties.exactly(12), one("اِصابة ١٢ اخرين", INJURED, "اِصابة ١٢ اخرين").count());
            assertEquals(Casualties.exactly(1), one("مقـــتل عنـصر", KILLED, "مقـــتل عنـصر").count());
            assertEquals(Casualties.exactly(2), one("مقتل إثنين", KILLED, "مقتل إثنين").count());
        }

        @Test
        void prefixesAreLeftOutOfTheSpan() {
            String text = "وبمقتل عنصر، فإصابة 3 مدنيين";
            List<CasualtyMention> found = find(text);
            assertEquals(List.of("KILLED مقتل عنصر 1", "INJURED إصابة 3 مدنيين 3"),
                    found.stream().map(CasualtyExtractorTest::show).toList());
            assertEquals(text.indexOf("مقتل"), found.get(0).span().start());
        }

        @Test
        void unrelatedUsesOfTheTriggersGiveNothing() {
            assertEquals(List.of(), find("إصابة الهدف بدقة"));
            assertEquals(List.of(), find("عملية قتل غامضة"));
            assertEquals(List.of(), find(""));
            assertEquals(List.of(), find(null));
        }

        @Test
        void mentionsComeInTextOrder() {
            String text = "قتل 3 أشخاص أمس. وفي هجوم آخر أصيب عنصران، وسقط 4 قتلى.";
            List<CasualtyMention> found = find(text);
            assertEquals(List.of(KILLED, INJURED, KILLED), found.stream().map(CasualtyMention::kind).toList());
            for (int i = 1; i < found.size(); i++) {
                assertEquals(true, found.get(i - 1).span().end() <= found.get(i).span().start());
            }
        }
    }

    @Nested
    class Seed {

        private static String read() {
            try (InputStream in = CasualtyExtractorTest.class.getResourceAsStream("seed-000.txt")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void killedOneInjuredTwelve() {
            String text = read();
            List<CasualtyMention> found = find(text);
            assertEquals(List.of("KILLED قتلى ≥1", "INJURED جرحى ≥1", "KILLED مقتل عنصر 1", "INJURED إصابة 12 آخرين 12"),
                    found.stream().map(CasualtyExtractorTest::show).toList());
            for (CasualtyMention m : found) assertEquals(m.span().text(), text.substring(m.span().start(), m.span().end()));
            assertEquals(Casualties.exactly(1), found.get(2).count());
            assertEquals(Casualties.exactly(12), found.get(3).count());
        }
    }
}
