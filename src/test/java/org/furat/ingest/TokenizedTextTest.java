package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.furat.text.ArabicNormalizer;
import org.furat.text.Script;
import org.furat.text.Token;
import org.junit.jupiter.api.Test;

class TokenizedTextTest {

    private static List<String> texts(List<Span> spans) {
        return spans.stream().map(Span::text).toList();
    }

    @Test
    void spansReadBackTheOriginalAcrossDiacriticsTatweelAndPresentationForms() {
        // Harakat, a shadda, tatweel inside and after a word, and a word in presentation forms (ﺍﻟﻘﺼﻒ).
        String s = "قُتِلَ ثلاثةُ عناصـــرٍ في ﺍﻟﻘﺼﻒ على دير الزّور";
        TokenizedText t = new TokenizedText(s);
        assertEquals(List.of("قتل", "ثلاثه", "عناصر", "في", "القصف", "علي", "دير", "الزور"),
                t.tokens().stream().map(Token::form).toList());
        assertEquals("قُتِلَ", t.span(0, 1).text());
        assertEquals("عناصـــرٍ", t.span(2, 3).text(), "tatweel inside and a haraka after the last letter belong to the word");
        assertEquals("ﺍﻟﻘﺼﻒ", t.span(4, 5).text());
        assertEquals("ثلاثةُ عناصـــرٍ", t.span(1, 3).text());
        assertEquals("دير الزّور", t.span(6, 8).text());
        for (int i = 0; i < t.size(); i++) {
            Token token = t.get(i);
            assertEquals(token.form(), ArabicNormalizer.normalize(s.substring(t.start(i, 0), t.end(i))).text());
        }
    }

    @Test
    void aTrimLeavesTheProcliticsOutOfTheSpanEvenBehindDiacritics() {
        String s = "وَبِالقصف";
        TokenizedText t = new TokenizedText(s);
        TokenizedText.Hit hit = t.phraseAt(0, new String[] {"القصف"});
        assertEquals(2, hit.trim());
        assertEquals("القصف", t.span(0, hit.trim(), hit.end()).text(), "two letters in, past their harakat");
    }

    @Test
    void phrasesMatchWithProcliticsOnTheFirstWordOnlyAndNeverAcrossASentenceBreak() {
        TokenizedText t = new TokenizedText("وعلى الأقل قتل. على الأقل، على. الأقل");
        assertEquals(new TokenizedText.Hit(2, 1), t.phraseAt(0, new String[] {"علي", "الاقل"}));
        assertEquals(new TokenizedText.Hit(5, 0), t.phraseAt(3, new String[] {"علي", "الاقل"}), "a comma is no sentence break");
        assertNull(t.phraseAt(5, new String[] {"علي", "الاقل"}), "a full stop is");
        assertNull(t.phraseAt(1, new String[] {"الاقل", "قتل", "علي"}), "nor across, to the next sentence");
        assertNull(t.phraseAt(6, new String[] {"الاقل", "قتل"}), "not past the last word");
    }

    @Test
    void conjoinedPhrasesLetAConjunctionOntoATwoLetterWord() {
        TokenizedText t = new TokenizedText("ولم تسفر");
        assertNull(t.phraseAt(0, new String[] {"لم", "تسفر"}));
        assertEquals(new TokenizedText.Hit(2, 1), t.phraseAt(0, new String[] {"لم", "تسفر"}, true));
    }

    @Test
    void joinedTellsWordsOfOneSentence() {
        TokenizedText t = new TokenizedText("قصف مدفعي؛ قتلى\nجرحى: 3 و 4");
        assertFalse(t.joined(0), "the first word joins nothing");
        assertTrue(t.joined(1));
        assertFalse(t.joined(2), "؛");
        assertFalse(t.joined(3), "a line break");
        assertFalse(t.joined(4), ":");
        assertTrue(t.joined(5));
        assertFalse(t.joined(t.size()), "past the end");
    }

    @Test
    void sentencesComeFromTheSameText() {
        TokenizedText t = new TokenizedText("قصف على هجين.\nقتل 3 مدنيين، وجرح 18.5 آخرون! Was it?");
        assertEquals(List.of("قصف على هجين.", "قتل 3 مدنيين، وجرح 18.5 آخرون!", "Was it?"), texts(t.sentences()));
        assertSame(t.sentences(), t.sentences(), "split once");
    }

    @Test
    void numberedCoresAndLowerCaseAreWorkedOutOnce() {
        LexiconCores.number("قصف");
        LexiconCores.number("عنصر");
        TokenizedText t = new TokenizedText("وبالقصف عنصراً Killed");
        assertArrayEquals(new int[] {LexiconCores.number("قصف")}, t.lexiconCores(0));
        assertArrayEquals(new int[] {LexiconCores.number("عنصر")}, t.lexiconCores(1));
        assertSame(t.lexiconCores(1), t.lexiconCores(1));
        assertEquals("killed", t.lower(2));
        assertSame(t.lower(2), t.lower(2));
    }

    @Test
    void scriptsOfAMixedReport() {
        TokenizedText t = new TokenizedText("قصف Deir ez-Zor ٣ 12");
        assertEquals(List.of(Script.ARABIC, Script.LATIN, Script.LATIN, Script.LATIN, Script.DIGIT, Script.DIGIT),
                t.tokens().stream().map(Token::script).toList());
        assertEquals("3", t.form(4));
    }

    @Test
    void indexAtFindsTheFirstWordStartingAtOrAfterAnOffset() {
        String s = "قصف على «بريف» دير";
        TokenizedText t = new TokenizedText(s);
        assertEquals(0, t.indexAt(0));
        assertEquals(1, t.indexAt(1), "inside the first word: the next one");
        assertEquals(2, t.indexAt(s.indexOf("بريف")));
        assertEquals(3, t.indexAt(s.indexOf("ريف")), "a name inside a word starts no word");
        assertEquals(4, t.indexAt(s.length()));
    }

    /**
     * Random texts of short and long words, long blanks, commas and breaks: the word at each offset, whether two words
     * share a clause and whether a comma comes before a word read what a walk over the words and chars reads.
     */
    @Test
    void wordsByOffsetClausesAndCommasReadAsAWalkOverTheTextDoes() {
        String[] pieces = {"ق", "قصف", "عناصرهم", "a", "Deir", " ", "                    ", "،", ",", ".", "\n", "؛", ": ",
                "ـ", "َ", "٣"};
        Random random = new Random(11L);
        for (int run = 0; run < 300; run++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(80); i > 0; i--) b.append(pieces[random.nextInt(pieces.length)]);
            String s = b.toString();
            TokenizedText t = new TokenizedText(s);
            for (int offset = -2; offset <= s.length() + 40; offset++) {
                int first = 0;
                while (first < t.size() && t.get(first).start() < offset) first++;
                assertEquals(first, t.indexAt(offset), s + " @" + offset);
            }
            for (int i = 0; i < t.size(); i++) {
                boolean comma = false;
                for (int c = i == 0 ? 0 : t.end(i - 1); i > 0 && c < t.get(i).start(); c++) {
                    comma |= s.charAt(c) == ',' || s.charAt(c) == '،';
                }
                assertEquals(comma, t.commaBefore(i), s + " #" + i);
            }
            // From the word before the first to one past the last, which indexAt gives for an offset after every word.
            for (int i = -1; i <= t.size(); i++) {
                for (int j = -1; j <= t.size(); j++) {
                    boolean broken = false;
                    for (int k = Math.min(i, j) + 1; k <= Math.max(i, j) && k < t.size(); k++) broken |= t.get(k).sentenceBreakBefore();
                    assertEquals(!broken, t.sameSentence(i, j), s + " #" + i + " #" + j);
                }
            }
        }
    }

    @Test
    void emptyAndNullTextHaveNoWords() {
        assertEquals(0, new TokenizedText(null).size());
        assertEquals(List.of(), new TokenizedText("").sentences());
        assertEquals(0, new TokenizedText(" ،. ").size());
    }

    /** Random texts of Arabic, marks, tatweel, presentation forms and punctuation: every span reads its words back. */
    @Test
    void everySpanOfWordsReadsBackItsWords() {
        String[] pieces = {"ق", "ت", "ل", "و", "ب", "ال", "َ", "ّ", "ـ", "ﻻ", "ﺍ", "ﻟ", "\u200C", "٣", "a", "B", " ", " ",
                "،", ".", "\n", "؛", "«"};
        Random random = new Random(5L);
        for (int run = 0; run < 300; run++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) b.append(pieces[random.nextInt(pieces.length)]);
            String s = b.toString();
            TokenizedText t = new TokenizedText(s);
            for (int from = 0; from < t.size(); from++) {
                for (int to = from + 1; to <= t.size(); to++) {
                    String span = t.span(from, to).text();
                    List<String> forms = new TokenizedText(span).tokens().stream().map(Token::form).toList();
                    assertEquals(t.tokens().subList(from, to).stream().map(Token::form).toList(), forms, s);
                }
            }
        }
    }
}
