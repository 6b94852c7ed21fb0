package org.furat.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcliticsTest {

    @Test
    void theArticleAfterAttachedProcliticsMakesAWordDefinite() {
        for (String word : List.of("القصف", "وبالغاره", "فالهجوم", "للقصف", "وللقصف")) {
            assertTrue(Proclitics.hasArticle(word), word);
        }
        for (String word : List.of("قصف", "لقصف", "بقصف", "ال", "مقتل")) {
            assertFalse(Proclitics.hasArticle(word), word);
        }
    }

    @Nested
    class Stem {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                // the article and its combinations
                "القري, قري", "وبالقري, قري", "والقري, قري", "فالقري, قري", "بالقري, قري", "كالقري, قري",
                "للقري, قري", "وللقري, قري", "فللقري, قري", "فبالقري, قري", "الزور, زور", "السبع, سبع",
                // single proclitics
                "وقوات, قوات", "بريف, ريف", "لقوات, قوات", "فقصف, قصف", "كقايد, قايد", "وبريف, ريف",
                // remainder too short: the letter stays
                "ولد, ولد", "بيت, بيت", "وقت, وقت", "بلد, بلد", "فيه, فيه", "لكن, لكن", "ويد, ويد",
                // ال needs two letters after it
                "اليد, يد", "الي, الي", "الا, الا", "واليد, يد",
                // the same key with and without prefixes, also for stems starting with a proclitic letter
                "لجنه, جنه", "اللجنه, جنه", "للجنه, جنه", "الليل, ليل", "لليل, ليل",
                "اللاذقيه, اذقيه", "للاذقيه, اذقيه",
                // kept whole
                "الله, الله", "لله, الله", "ولله, الله", "والله, الله", "بالله, الله", "اللهم, اللهم",
                "فرات, فرات", "الفرات, فرات", "والفرات, فرات", "بالفرات, فرات", "للفرات, فرات",
                "البوكمال, بوكمال", "بوكمال, بوكمال", "فرقه, فرقه", "الفرقه, فرقه", "والوزير, وزير",
                // words that are no proclitic at all
                "مطار, مطار", "دير, دير", "خشام, خشام", "19, 19",
        })
        void stripsProclitics(String word, String stem) {
            assertEquals(stem, Proclitics.stem(word));
        }

        @Test
        void leavesLatinAndOtherScriptsAlone() {
            assertEquals("alraqqa", Proclitics.stem("alraqqa"));
            assertEquals("wabal", Proclitics.stem("wabal"));
            assertEquals("", Proclitics.stem(""));
            assertEquals("", Proclitics.stem(null));
        }

        /** Letters no kept-whole stem can be built from, so that only the stripping rule is at work. */
        private static final String STEM_LETTERS = "قعدرسنتحمجطش";
        private static final String[] PREFIXES = {
                "و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال",
                "وب", "فب", "ول", "وك",
        };

        @Test
        void prefixedAndBareFormsShareOneKey() {
            Random random = new Random(3L);
            String letters = STEM_LETTERS + "وبلفك";
            for (int run = 0; run < 400; run++) {
                StringBuilder w = new StringBuilder();
                int n = 3 + random.nextInt(5);
                for (int i = 0; i < n; i++) w.append(letters.charAt(random.nextInt(letters.length())));
                String bare = w.toString();
                String key = Proclitics.stem(bare);
                assertTrue(key.length() >= 2 && bare.endsWith(key), bare);
                assertEquals(key, Proclitics.stem(key), "stemming twice: " + bare);
                for (String prefix : PREFIXES) {
                    assertEquals(key, Proclitics.stem(prefix + bare), prefix + " + " + bare);
                }
            }
        }
    }

    @Nested
    class MatchWord {

        @ParameterizedTest(name = "{0} ~ {1}: {2}")
        @CsvSource({
                // equal words, and the article added or written لل
                "قتل, قتل, 0", "اليوم, يوم, 0", "لليوم, اليوم, 0",
                // up to three proclitics, left out of the span
                "وقتل, قتل, 1", "وبالعنصر, العنصر, 2", "فبالعنصر, عنصر, 2",
                // ل + ال written لل: the لل stays in the span
                "وللعنصر, عنصر, 1", "للعنصر, العنصر, 0",
                // two-letter lexicon words take no proclitic; a word that only ends with the pattern does not match
                "ولم, لم, -1", "مقتل, قتل, -1", "قتلى, قتل, -1",
                // Latin words match exactly
                "killed, killed, 0", "skilled, killed, -1",
        })
        void leavesOutTheProclitics(String word, String pattern, int trim) {
            assertEquals(trim, Proclitics.matchWord(word, pattern));
        }

        @Test
        void nounsAlsoMatchInTheAccusativeAndConjoinedTwoLetterWords() {
            assertEquals(0, Proclitics.matchNoun("عنصرا", "عنصر"));
            assertEquals(1, Proclitics.matchNoun("وعنصرا", "عنصر"));
            assertEquals(-1, Proclitics.matchWord("عنصرا", "عنصر"));
            assertEquals(1, Proclitics.matchConjoined("ولم", "لم"));
            assertEquals(-1, Proclitics.matchConjoined("بلم", "لم"));
        }

        @Test
        void everyMatchingLexiconWordHasItsCoreAmongTheWordsCores() {
            Random random = new Random(11L);
            String letters = "قعدرسنتوبلفكا";
            String[] prefixes = {"", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "وبال", "ولل"};
            for (int run = 0; run < 2000; run++) {
                StringBuilder w = new StringBuilder();
                int n = 2 + random.nextInt(4);
                for (int i = 0; i < n; i++) w.append(letters.charAt(random.nextInt(letters.length())));
                String pattern = (random.nextBoolean() ? "ال" : "") + w;
                String word = prefixes[random.nextInt(prefixes.length)] + w + (random.nextInt(4) == 0 ? "ا" : "");
                if (Proclitics.matchNoun(word, pattern) >= 0) {
                    assertTrue(List.of(Proclitics.cores(word)).contains(Proclitics.core(pattern)), word + " ~ " + pattern);
                }
            }
        }

        @Test
        void coresAreTheEndingsBehindAttachableLetters() {
            assertArrayEquals(new String[] {"وبالقصف", "بالقصف", "القصف", "لقصف", "قصف"}, Proclitics.cores("وبالقصف"));
            assertArrayEquals(new String[] {"مقتل"}, Proclitics.cores("مقتل"));
            assertArrayEquals(new String[] {"عنصرا", "عنصر"}, Proclitics.cores("عنصرا"));
            assertEquals("يوم", Proclitics.core("اليوم"));
            assertEquals("ال", Proclitics.core("ال"));
        }
    }

    @Nested
    class Names {

        @Test
        void attachmentsInFrontOfANamesWords() {
            assertTrue(Proclitics.attachedTo("وبالكسره", "الكسره", true));
            assertTrue(Proclitics.attachedTo("للبوكمال", "البوكمال", true));
            assertTrue(Proclitics.attachedTo("كسره", "الكسره", true), "the name's own article may be left out");
            assertFalse(Proclitics.attachedTo("الكرديه", "الورديه", true), "two names that share a stem");
            assertFalse(Proclitics.attachedTo("اليه", "كاليه", true), "a name starting with a preposition's letter");
            assertFalse(Proclitics.attachedTo("وبالزور", "الزور", false), "only a name's first word takes a preposition");
        }

        @Test
        void theOtherReadingDropsAFirstProcliticTheStemKept() {
            assertEquals("قرص", Proclitics.withoutFirst("بقرص", Proclitics.stem("بقرص")), "a stem kept whole");
            assertEquals("قت", Proclitics.withoutFirst("وقت", Proclitics.stem("وقت")), "a stem too short to strip");
            assertEquals(null, Proclitics.withoutFirst("والقري", Proclitics.stem("والقري")), "the stem already dropped it");
            assertEquals(null, Proclitics.withoutFirst("دير", "دير"));
            assertEquals(null, Proclitics.withoutFirst("وم", "وم"), "two letters stay whole");
        }
    }
}
