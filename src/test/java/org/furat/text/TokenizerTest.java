package org.furat.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    /** A token's form and original span, as "form@start-end". */
    private static List<String> spans(String text) {
        return Tokenizer.tokens(text).stream().map(t -> t.form() + "@" + t.start() + "-" + t.end()).toList();
    }

    @Test
    void splitsOnEverythingButLettersAndDigits() {
        List<Token> tokens = Tokenizer.tokens("قصف على «دير-الزور»، ٣ قتلى (Deir ez-Zor)😀x");
        assertEquals(List.of("قصف", "علي", "دير", "الزور", "3", "قتلي", "deir", "ez", "zor", "x"),
                tokens.stream().map(Token::form).toList());
    }

    @Test
    void aFigureWithThousandsSeparatorsIsOneWord() {
        assertEquals(List.of("more", "than", "40,000", "people"), Tokenizer.tokens("more than 40,000 people").stream().map(Token::form).toList());
        assertEquals(List.of("1,200,000"), Tokenizer.tokens("1,200,000").stream().map(Token::form).toList());
        assertEquals(List.of("5", "6", "or", "7"), Tokenizer.tokens("5,6 or 7").stream().map(Token::form).toList(), "a list of figures");
        assertEquals(List.of("1200", "2000"), Tokenizer.tokens("1200,2000").stream().map(Token::form).toList());
        assertEquals(List.of("3,000,000", "000"), Tokenizer.tokens("3,000,000,000").stream().map(Token::form).toList(),
                "two separators at most: no figure of people runs past the millions");
    }

    @Test
    void aFigureTypedAgainstAnArabicWordIsAWordOfItsOwn() {
        assertEquals(List.of("مقتل", "18", "عنصرا"), Tokenizer.tokens("مقتل 18عنصراً").stream().map(Token::form).toList());
        assertEquals(List.of("t2", "u2"), Tokenizer.tokens("T2 U2").stream().map(Token::form).toList(), "Latin names keep their figures");
    }

    @Test
    void aFigureTypedAfterArabicLettersIsAWordOfItsOwn() {
        assertEquals(List.of("خلال", "ال", "24", "ساعه"), Tokenizer.tokens("خلال الـ24 ساعة").stream().map(Token::form).toList());
        assertEquals(List.of("ب", "3", "رصاصات"), Tokenizer.tokens("بـ3 رصاصات").stream().map(Token::form).toList());
        Token article = Tokenizer.tokens("الـ24").get(0);
        assertEquals(0, article.start());
        assertEquals(3, article.end(), "the article's span takes its tatweel");
        assertEquals(List.of("عام", "2020"), Tokenizer.tokens("عام2020").stream().map(Token::form).toList());
        assertEquals(List.of("f16"), Tokenizer.tokens("F16").stream().map(Token::form).toList(), "Latin names keep their figures");
    }

    @Test
    void spansAreOriginalOffsets() {
        String s = "  مطارُ ديرِ الزّور";
        List<Token> tokens = Tokenizer.tokens(s);
        assertEquals(3, tokens.size());
        assertEquals("مطارُ", s.substring(tokens.get(0).start(), tokens.get(0).end()));
        assertEquals("ديرِ", s.substring(tokens.get(1).start(), tokens.get(1).end()));
        assertEquals("الزّور", s.substring(tokens.get(2).start(), tokens.get(2).end()));
        assertEquals(List.of("مطار@2-7", "دير@8-12", "الزور@13-19"), spans(s));
    }

    @Test
    void spanTakesTrailingMarksAndTatweelButNotInvisibleControlsOrLeadingMarks() {
        assertEquals(List.of("قصف@1-6"), spans("\u064Eقصفٌـ\u200F،"));
        assertEquals(List.of("قتلي@0-7", "3@8-9"), spans("قتلىـــ ٣"));
    }

    @Test
    void marksJoinAWordButNeverStartOne() {
        assertEquals(List.of("cafe\u0301@0-5", "x@7-8"), spans("cafe\u0301 \u0301x"));
    }

    @Test
    void lettersOutsideTheBasicPlaneStayWhole() {
        assertEquals(List.of("𝐀𝐁@0-4", "київ@5-9"), spans("𝐀𝐁 Київ"));
    }

    @Test
    void presentationFormsAndLigaturesMapBackToTheirOneChar() {
        assertEquals(List.of("لا@0-1", "الله@2-3"), spans("ﻻ ﷲ"));
        // ﺍﻟﻘﺼﻒ: five presentation forms, one word; the offsets in the normalised text differ from the original's.
        String s = "و ﺍﻟﻘﺼﻒ";
        Token t = Tokenizer.tokens(s).get(1);
        assertEquals("القصف", t.form());
        assertEquals(2, t.start());
        assertEquals(7, t.end());
    }

    @Test
    void normalisedOffsetsPointIntoTheNormalisedText() {
        String s = "قَصَفَ الطيرانُ قريةَ «خشام»";
        Normalized nz = ArabicNormalizer.normalize(s);
        for (Token t : Tokenizer.tokens(s, nz)) {
            assertEquals(t.form(), nz.text().substring(t.normalizedStart(), t.normalizedEnd()));
            assertEquals(t.start(), nz.originalStart(t.normalizedStart()));
        }
        Token village = Tokenizer.tokens(s).get(2);
        assertEquals("قريه", village.form());
        assertEquals(12, village.normalizedStart()); // three harakat and a damma fewer before it
        assertEquals(16, village.start());
    }

    @Test
    void scriptIsToldByTheFirstChar() {
        List<Token> tokens = Tokenizer.tokens("قصف Deir ٣ 5km و5 Київ");
        assertEquals(List.of(Script.ARABIC, Script.LATIN, Script.DIGIT, Script.DIGIT, Script.ARABIC, Script.DIGIT, Script.LATIN),
                tokens.stream().map(Token::script).toList());
        assertTrue(tokens.get(0).arabic());
        assertFalse(tokens.get(1).arabic());
    }

    @Test
    void keysStripProcliticsOfArabicWordsOnly() {
        List<Token> tokens = Tokenizer.tokens("وبالقرى والفرات Wabal");
        assertEquals(List.of("قري", "فرات", "wabal"), tokens.stream().map(Token::key).toList());
    }

    @Test
    void latinWordsAreFoldedForNamesArabicOnesKeepTheirForm() {
        List<Token> tokens = Tokenizer.tokens("Dayr ʿAṭiyah Ḥamā والقرى");
        assertEquals(List.of("dayr", "atiyah", "hama", "والقري"), tokens.stream().map(Token::folded).toList());
        assertEquals(List.of("dayr", "atiyah", "hama", "قري"), tokens.stream().map(Token::foldedKey).toList());
        assertEquals("ʿaṭiyah", tokens.get(1).form(), "the form keeps what only names fold");
    }

    @Test
    void aWordOfModifierLettersAloneFoldsToNothing() {
        assertEquals("", Tokenizer.tokens("ʿ").get(0).folded());
    }

    @Test
    void sentenceBreaksAreClausePunctuationAndLineBreaksBetweenTwoWords() {
        List<Token> tokens = Tokenizer.tokens("قصف. قتل؛ جرح، دمر: a\nb c");
        assertEquals(List.of(false, true, true, false, true, true, false),
                tokens.stream().map(Token::sentenceBreakBefore).toList());
    }

    @Test
    void hardSeparatorsAlsoIncludeCommasAndBrackets() {
        List<Token> tokens = Tokenizer.tokens("دير الزور، الميادين (هجين) «الشعفة» x-y");
        assertEquals(List.of(false, false, true, true, true, false, false),
                tokens.stream().map(Token::hardSeparatorBefore).toList());
    }

    @Test
    void theStopOfAnAbbreviationPartsNothing() {
        List<Token> tokens = Tokenizer.tokens("Three U.S. soldiers died. Two more");
        assertEquals(List.of(false, false, false, false, false, true, false),
                tokens.stream().map(Token::hardSeparatorBefore).toList(), "the stop ending a sentence still parts");
    }

    @Test
    void spacedOnlyWhenNothingButWhiteSpaceParts() {
        List<Token> tokens = Tokenizer.tokens(" دير  الزور-الميادين «هجين»\nx");
        assertEquals(List.of(true, true, false, false, false), tokens.stream().map(Token::spacedBefore).toList());
        assertTrue(Tokenizer.tokens("a \n\t b").get(1).spacedBefore(), "line breaks are white space");
    }

    @Test
    void capitalisedIsReadInTheOriginal() {
        List<Token> tokens = Tokenizer.tokens("Deir ez-Zor دير");
        assertEquals(List.of(true, false, true, false), tokens.stream().map(Token::capitalised).toList());
        assertEquals("deir", tokens.get(0).form());
    }

    @Test
    void theKeyAndTheOtherReadingComeFromTheProcliticRules() {
        Token t = Tokenizer.tokens("وبالقصف").get(0);
        assertEquals("قصف", t.key());
        assertEquals("قرص", Tokenizer.tokens("بقرص").get(0).withoutFirstProclitic());
    }

    @Test
    void nothingToSplit() {
        assertEquals(List.of(), Tokenizer.tokens(null));
        assertEquals(List.of(), Tokenizer.tokens(" ،.«» ـَ"));
    }
}
