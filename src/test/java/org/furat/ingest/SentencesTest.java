package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where sentences end: full stops, question and exclamation marks, semicolons, line breaks; not abbreviations or
 * decimals.
 */
class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.of(text).stream().map(Span::text).toList();
    }

    @Test
    void stopsAndLineBreaksEndSentences() {
        assertEquals(List.of("قصفت القوات خشام.", "3 قتلى في هجين."), sentences("قصفت القوات خشام. 3 قتلى في هجين."));
        assertEquals(List.of("Headline", "The lead."), sentences("Headline\nThe lead."));
        assertEquals(List.of("Who did it?", "Nobody knows!"), sentences("Who did it? Nobody knows!"));
        assertEquals(List.of("قتل مدني في الجرذي؛", "كما اعتقلت قسد 5 شبان في ذيبان."),
                sentences("قتل مدني في الجرذي؛ كما اعتقلت قسد 5 شبان في ذيبان."), "a round-up parts its incidents by «؛»");
        assertEquals(List.of("A man was killed in Hajin;", "two were wounded in Susah."),
                sentences("A man was killed in Hajin; two were wounded in Susah."));
    }

    @Test
    void abbreviationsAndDecimalsDoNot() {
        assertEquals(List.of("Since Aug. 27, clashes have erupted in Dhiban."), sentences("Since Aug. 27, clashes have erupted in Dhiban."));
        assertEquals(List.of("U.S. forces shelled Khasham.", "The SDF arrested two men."),
                sentences("U.S. forces shelled Khasham. The SDF arrested two men."));
        assertEquals(List.of("A strike on Tuesday, i.e. yesterday."), sentences("A strike on Tuesday, i.e. yesterday."));
        assertEquals(List.of("It fell 18.5 km away."), sentences("It fell 18.5 km away."));
        assertEquals(List.of("ISIS killed four members of the U.S.-backed SDF in Hajin."),
                sentences("ISIS killed four members of the U.S.-backed SDF in Hajin."), "a hyphen after the stop goes on");
        assertEquals(List.of("Clashes in Hajin.", "A drone struck."), sentences("Clashes in Hajin. A drone struck."),
                "a capitalised word after a full stop starts a sentence");
        assertEquals(List.of("A raid at 11:00 p.m. (Syria time) on Dec. 10 killed two."),
                sentences("A raid at 11:00 p.m. (Syria time) on Dec. 10 killed two."), "the hour goes on");
        assertEquals(List.of("It began at 11 p.m.", "The SDF said so."), sentences("It began at 11 p.m. The SDF said so."));
    }

    @Test
    void aCommaAndAConnectorStartAClause() {
        assertEquals(List.of("قصفت القوات خشام", "في حين دارت اشتباكات في هجين."),
                sentences("قصفت القوات خشام، في حين دارت اشتباكات في هجين."));
        assertEquals(List.of("Clashes in Hajin", "while a drone struck Mayadin."), sentences("Clashes in Hajin, while a drone struck Mayadin."));
        assertEquals(List.of("قصفت القوات خشام كما قصفت هجين."), sentences("قصفت القوات خشام كما قصفت هجين."), "no comma, one clause");
        assertEquals(List.of("Clashes in Hajin, Susah", "while a drone struck Mayadin, Ashara", "while shells fell, too."),
                sentences("Clashes in Hajin, Susah,  while a drone struck Mayadin, Ashara,\twhile shells fell, too."),
                "only the commas before a connector, however spaced");
        assertEquals(List.of("Clashes in Hajin, whilever"), sentences("Clashes in Hajin, whilever"), "a connector is a whole word");
        assertEquals(List.of("اختطف التنظيم 19 شخصاً في ريف حماة", "في وقت قتل ثلاثة عناصر من قسد في ريف دير الزور."),
                sentences("اختطف التنظيم 19 شخصاً في ريف حماة، في وقت قتل ثلاثة عناصر من قسد في ريف دير الزور."));
    }

    @Test
    void anOpenerOfASeparateEventAfterACommaStartsAClause() {
        assertEquals(List.of("قتل 3 عناصر من قسد في الشحيل", "وفي سياق منفصل أصيب طفل بانفجار لغم في ذيبان."),
                sentences("قتل 3 عناصر من قسد في الشحيل، وفي سياق منفصل أصيب طفل بانفجار لغم في ذيبان."));
        assertEquals(List.of("Two SDF fighters were killed in Busayrah", "in a separate incident a mine wounded a boy."),
                sentences("Two SDF fighters were killed in Busayrah, in a separate incident a mine wounded a boy."));
    }
}
