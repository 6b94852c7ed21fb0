package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.furat.model.TimePrecision;
import org.furat.store.SeedData;
import org.junit.jupiter.api.Test;

/** A page's links to other reports, kept among a report's lines. */
class RelatedLinksTest {

    private final RelatedLinks links = new RelatedLinks();

    private List<String> linesOf(String text) {
        return links.in(text).stream().map(Span::text).toList();
    }

    @Test
    void aHeadingAndTheTitlesListedUnderItAreLinks() {
        String text = """
                قصفت قوات النظام بلدة خشام أمس.
                اقرأ أيضاً:
                - مجهولون يحرقون صهريج نفط قرب حقل التنك
                - ذيبان: وقفة احتجاجية للمطالبة بالإفراج عن معتقلين

                تابعونا على تيليغرام ليصلكم كل جديد من دير الزور لحظة بلحظة، ولإرسال الصور والأخبار تواصلوا مع فريق التحرير.
                الأكثر قراءة:
                ١. ميليشيا فاطميون تستقدم تعزيزات إلى محيط قلعة الرحبة
                Related Articles

                SDF arrests three men in Busayrah
                اقرأ أيضاً: قسد تعتقل ثلاثة شبان في حملة دهم بقرية جديد بكارة
                وقالت مصادر محلية إن القصف أسفر عن مقتل طفل.
                """;
        assertEquals(List.of("اقرأ أيضاً:", "- مجهولون يحرقون صهريج نفط قرب حقل التنك", "- ذيبان: وقفة احتجاجية للمطالبة بالإفراج عن معتقلين",
                "الأكثر قراءة:", "١. ميليشيا فاطميون تستقدم تعزيزات إلى محيط قلعة الرحبة", "Related Articles",
                "SDF arrests three men in Busayrah", "اقرأ أيضاً: قسد تعتقل ثلاثة شبان في حملة دهم بقرية جديد بكارة"),
                linesOf(text), "a sentence ended with a full stop, or a long line, ends the list");
        assertEquals(List.of(), linesOf("Related to the attack, the SDF arrested three men in Busayrah\nقسد: ذات صلة بالهجوم"),
                "a heading's words inside a line head nothing");
        assertEquals(List.of("Related:", "SDF arrests three in Busayrah"),
                linesOf("Related:\nSDF arrests three in Busayrah\n\nRegime forces shelled Khasham on Monday\nTwo children were killed"),
                "a blank line ends the titles");
        assertEquals(List.of("Read more: SDF arrests three in Busayrah"),
                linesOf("Read more: SDF arrests three in Busayrah\nRegime forces shelled Khasham on Monday, killing two children"),
                "a heading with its title on its line is one link");
        assertEquals(List.of("Related Articles"), linesOf("Related Articles\nThe source said: \"Three civilians were killed.\""),
                "a sentence ended inside quotes is no title");
        assertEquals(List.of("Tags: Landmines, Hajin, SDF, ISIS cells"),
                linesOf("A landmine killed a shepherd near Hajin on Tuesday.\nTags: Landmines, Hajin, SDF, ISIS cells"),
                "a page's tags are topics, as links are");
    }

    @Test
    void anotherReportsTitleProposesNoEvent() {
        SeedData data = SeedData.fromClasspath();
        Extractor extractor = new Extractor(data.places(), data.groups(), data.actors());
        String text = "قصفت قوات النظام بلدة خشام أمس.\nاقرأ أيضاً:\n- قسد تعتقل ثلاثة شبان في بلدة ذيبان\n";
        List<Proposal> found = extractor.extract(text, LocalDate.of(2024, 9, 7), TimePrecision.DAY).proposals();
        assertEquals(1, found.size(), found::toString);
        assertEquals("قصفت قوات النظام بلدة خشام أمس.", found.get(0).evidence().text());
    }
}
