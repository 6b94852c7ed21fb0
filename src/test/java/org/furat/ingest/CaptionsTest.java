package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.furat.model.TimePrecision;
import org.furat.store.SeedData;
import org.junit.jupiter.api.Test;

/** The captions of a page's pictures, kept among a report's lines. */
class CaptionsTest {

    private final Captions captions = new Captions();

    private List<String> captionsOf(String text) {
        return captions.in(text).stream().map(Span::text).toList();
    }

    @Test
    void aLineNamingAPhotoOrEndingWithAPicturesCreditIsACaption() {
        String text = """
                Four SDF fighters were wounded in an IED blast west of Deir Ezzor
                Fighters of the SDF are seen in Deir Ezzor, May 1, 2018. Photo by Reuters
                عناصر من قوات التحالف الدولي خلال تدريب عسكري في ريف دير الزور الشرقي / 7 ديسمبر 2021 (فرانس برس)
                دخان يتصاعد من سيارة أصابها قصف مجهول المصدر في محيط البوكمال - 5 أيلول 2024 (منصات التواصل)
                مقتل عنصرين من قوات سوريا الديمقراطية (قسد)
                ونشرت منصات التواصل مقاطع مصورة من الاشتباكات في بلدة ذيبان.
                (صورة من الأرشيف لمظاهرة سابقة في ريف دير الزور)
                صورة من الأرشيف لآثار القصف على الميادين
                صورة: سيارة جامعي الكمأة بعد انفجار اللغم - فرات بوست
                * الصورة: دمار في بلدة هجين جراء القصف
                صور: آثار القصف على أحد المنازل في بلدة بقرص (صدى الشرقية)
                صور ناشطون آثار القصف على بلدة بقرص
                صور الأقمار الصناعية تظهر دماراً في الميادين.
                صورة الوضع الأمني في ريف دير الزور
                صورة من داخل المشفى الوطني في الميادين بعد قصف اليوم
                📷 صورة من مظاهرة البصيرة – صدى الشرقية
                📸 قصف مدفعي لقوات النظام على بلدة خشام صباح اليوم
                """;
        assertEquals(List.of("Fighters of the SDF are seen in Deir Ezzor, May 1, 2018. Photo by Reuters",
                "عناصر من قوات التحالف الدولي خلال تدريب عسكري في ريف دير الزور الشرقي / 7 ديسمبر 2021 (فرانس برس)",
                "دخان يتصاعد من سيارة أصابها قصف مجهول المصدر في محيط البوكمال - 5 أيلول 2024 (منصات التواصل)",
                "(صورة من الأرشيف لمظاهرة سابقة في ريف دير الزور)",
                "صورة من الأرشيف لآثار القصف على الميادين",
                "صورة: سيارة جامعي الكمأة بعد انفجار اللغم - فرات بوست",
                "* الصورة: دمار في بلدة هجين جراء القصف", "صور: آثار القصف على أحد المنازل في بلدة بقرص (صدى الشرقية)",
                "📷 صورة من مظاهرة البصيرة – صدى الشرقية"),
                captionsOf(text), "an acronym in brackets, or a credit inside a sentence, or «صور» (depicted) unlabelled,"
                        + " makes no caption");
    }

    @Test
    void aCaptionProposesNoEventAndDatesNone() {
        SeedData data = SeedData.fromClasspath();
        Extractor extractor = new Extractor(data.places(), data.groups(), data.actors());
        String text = "قصف مدفعي على بلدة خشام - 5 من أيلول 2019 (أرشيف)\nقصفت قوات النظام بلدة خشام.";
        List<Proposal> found = extractor.extract(text, LocalDate.of(2024, 9, 7), TimePrecision.DAY).proposals();
        assertEquals(1, found.size(), found::toString);
        assertEquals("قصفت قوات النظام بلدة خشام.", found.get(0).evidence().text());
        assertEquals(LocalDate.of(2024, 9, 1), found.get(0).dates().start(), "the week ending on publication, not the picture's day");
    }
}
