package org.furat.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

    private static String norm(String s) { return ArabicNormalizer.normalize(s).text(); }

    private static String hex(int c) { return String.format("U+%04X", c); }

    @Nested
    class Normalize {

        @Test
        void removesEveryHarakaSuperscriptAlefAndQuranicMark() {
            for (int c = 0x064B; c <= 0x065F; c++) assertEquals("بت", norm("ب" + (char) c + "ت"), hex(c));
            assertEquals("رحمن", norm("رحمٰن"));
            for (int c = 0x06D6; c <= 0x06ED; c++) assertEquals("بت", norm("ب" + (char) c + "ت"), hex(c));
            assertEquals("كتب الولد", norm("كَتَبَ الوَلَدُ"));
        }

        @Test
        void removesTatweel() {
            assertEquals("قصف", norm("قـــصـف"));
        }

        @Test
        void removesZeroWidthAndInvisibleControls() {
            int[] removed = {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF,
                    0x00AD, 0x2060, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069};
            for (int c : removed) assertEquals("دير", norm("د" + (char) c + "ير"), hex(c));
        }

        @Test
        void unifiesAlefForms() {
            assertEquals("اااا", norm("أإآٱ"));
            assertEquals("ايران", norm("إيران"));
            assertEquals("احمد", norm("أحمد"));
        }

        @ParameterizedTest
        @CsvSource({
                "مستشفى, مستشفي",   // alef maqsura
                "قرية, قريه",       // ta marbuta
                "مؤتمر, موتمر",     // waw with hamza
                "رئيس, رييس",       // yeh with hamza
                "کتاب, كتاب",       // Persian keheh
                "ایران, ايران",     // Persian yeh
                "ہذا, هذا",         // Urdu heh goal
        })
        void foldsLetters(String in, String out) {
            assertEquals(out, norm(in));
        }

        @Test
        void foldsArabicIndicAndExtendedDigits() {
            assertEquals("0123456789", norm("٠١٢٣٤٥٦٧٨٩"));
            assertEquals("0123456789", norm("۰۱۲۳۴۵۶۷۸۹"));
            assertEquals("19 مره", norm("١٩ مرة"));
        }

        @Test
        void foldsPresentationForms() {
            assertEquals("احمد", norm("ﺃﺣﻤﺪ"));
            assertEquals("الله", norm("\uFDF2"));
            assertEquals("ك", norm("\uFB8E"));          // keheh isolated
            assertEquals("ي", norm("\uFBFC"));          // Farsi yeh isolated
            assertEquals("ه", norm("\uFE93"));          // ta marbuta isolated
            assertEquals("كتب", norm("ك\uFE70تب"));     // an isolated haraka vanishes
            assertEquals("كتب", norm("ك\uFE71تب"));     // tatweel with haraka vanishes
            assertEquals("\uFDFA", norm("\uFDFA"));    // several words in one char stay one char
            assertEquals("\uFD3E", norm("\uFD3E"));    // ornate parenthesis is no letter
        }

        @Test
        void everyPresentationFormBecomesArabicLettersOrNothingOrItself() {
            for (int c = 0xFB50; c <= 0xFEFF; c++) {
                if (c > 0xFDFF && c < 0xFE70) continue;
                String own = String.valueOf((char) c);
                Normalized nz = ArabicNormalizer.normalize(own);
                String out = nz.text();
                if (out.equals(own) || out.isEmpty()) continue;
                for (char d : out.toCharArray()) {
                    assertTrue(Character.isLetter(d) && d >= 0x0600 && d <= 0x06FF, hex(c) + " gave " + out);
                }
                assertEquals(out, norm(out), hex(c) + " normalises twice to something else");
                for (int i = 0; i < out.length(); i++) assertEquals(0, nz.originalStart(i));
                assertEquals(1, nz.originalEnd(out.length()));
            }
        }

        @Test
        void ligatureExpandsWithEveryCharMappingToIt() {
            Normalized nz = ArabicNormalizer.normalize("ﻻ بد");
            assertEquals("لا بد", nz.text());
            assertArrayEquals(new int[] {0, 0, 1, 2, 3, 4}, nz.toOriginal());
        }

        @Test
        void lowerCasesLettersOneCharForOne() {
            assertEquals("deir ez-zor airport", norm("Deir EZ-Zor AIRPORT"));
            assertEquals("i", norm("\u0130"));
            assertEquals("σσ", norm("ΣΣ"));
        }

        @Test
        void leavesPunctuationQuotesDashesAndSpacesAlone() {
            String s = "«قصف» “x” ‘y’ – — - ، ؛ ؟ .\t\n  ٪ ٫";
            Normalized nz = ArabicNormalizer.normalize(s);
            assertEquals(s, nz.text());
            for (int i = 0; i <= s.length(); i++) assertEquals(i, nz.originalStart(i));
        }

        @Test
        void keepsOtherScriptsAndEmoji() {
            String s = "Київ 東京 😀 𝐀";
            assertEquals("київ 東京 😀 𝐀", norm(s));
        }

        @Test
        void mapsSpansBackToTheOriginal() {
            String original = "قَصْفٌ ـعلى خشّام";
            Normalized nz = ArabicNormalizer.normalize(original);
            assertEquals("قصف علي خشام", nz.text());
            int a = nz.text().indexOf("خشام");
            int b = a + "خشام".length();
            assertEquals("خشّام", original.substring(nz.originalStart(a), nz.originalEnd(b)));
            int c = nz.text().indexOf("قصف");
            assertEquals("قَصْف", original.substring(nz.originalStart(c), nz.originalEnd(c + 3)));
            assertEquals(original.length(), nz.originalStart(nz.text().length()));
            assertEquals(original.length(), nz.originalLength());
            assertEquals(0, nz.originalEnd(0));
        }

        @Test
        void nullAndEmptyGiveEmpty() {
            assertEquals(new Normalized("", new int[] {0}), ArabicNormalizer.normalize(null));
            assertEquals(new Normalized("", new int[] {0}), ArabicNormalizer.normalize(""));
            Normalized onlyMarks = ArabicNormalizer.normalize("ًٌٍـ");
            assertEquals("", onlyMarks.text());
            assertArrayEquals(new int[] {4}, onlyMarks.toOriginal());
        }
    }

    @Nested
    class NormalizedValue {

        @Test
        void copiesItsArrayInAndOut() {
            int[] map = {0, 2, 3};
            Normalized nz = new Normalized("ab", map);
            map[0] = 9;
            assertEquals(0, nz.originalStart(0));
            nz.toOriginal()[1] = 9;
            assertEquals(2, nz.originalStart(1));
        }

        @Test
        void comparesByContent() {
            assertEquals(new Normalized("ab", new int[] {0, 2, 3}), new Normalized("ab", new int[] {0, 2, 3}));
            assertEquals(new Normalized("ab", new int[] {0, 2, 3}).hashCode(),
                    new Normalized("ab", new int[] {0, 2, 3}).hashCode());
            assertNotEquals(new Normalized("ab", new int[] {0, 2, 3}), new Normalized("ab", new int[] {0, 1, 3}));
        }

        @Test
        void rejectsBadMaps() {
            assertThrows(IllegalArgumentException.class, () -> new Normalized("ab", new int[] {0, 1}));
            assertThrows(IllegalArgumentException.class, () -> new Normalized("ab", new int[] {0, 2, 1}));
            assertThrows(IllegalArgumentException.class, () -> new Normalized("a", new int[] {-1, 1}));
            assertThrows(NullPointerException.class, () -> new Normalized(null, new int[] {0}));
        }

        @Test
        void rejectsIndicesOutsideTheText() {
            Normalized nz = ArabicNormalizer.normalize("abc");
            assertThrows(IndexOutOfBoundsException.class, () -> nz.originalStart(4));
            assertThrows(IndexOutOfBoundsException.class, () -> nz.originalEnd(-1));
        }
    }

    @Nested
    class Properties {

        private static final String[] PIECES = {
                "ا", "أ", "إ", "آ", "ٱ", "ب", "ت", "ة", "ث", "ج", "ح", "خ", "د", "ر", "ز", "س", "ش", "ص", "ع", "ف",
                "ق", "ك", "ل", "م", "ن", "ه", "و", "ؤ", "ي", "ى", "ئ", "ء", "ک", "ی", "ہ",
                "َ", "ُ", "ِ", "ّ", "ْ", "ً", "ٰ", "ۖ", "ـ", "\u200C", "\u200F", "\uFEFF", "\u061C",
                "٠", "٣", "٩", "۴", "1", "7",
                "a", "Z", "e", "\u0301", "İ",
                " ", " ", " ", "\n", "،", ".", "-", "«", "»", "\"", "(", "😀", "𝐀",
                "ﻻ", "ﷲ", "ﺃ", "\uFE70", "\uFDFA",
        };

        private static String randomText(Random random) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) s.append(PIECES[random.nextInt(PIECES.length)]);
            return s.toString();
        }

        @Test
        void tokensMapBackToTheirOriginalText() {
            Random random = new Random(20240601L);
            for (int run = 0; run < 500; run++) {
                String original = randomText(random);
                Normalized nz = ArabicNormalizer.normalize(original);
                int[] map = nz.toOriginal();
                assertEquals(nz.text().length() + 1, map.length, original);
                assertEquals(original.length(), map[map.length - 1], original);
                for (int i = 1; i < map.length; i++) assertTrue(map[i - 1] <= map[i], original);
                int previousEnd = 0;
                for (Token token : Tokenizer.tokens(original)) {
                    assertTrue(token.start() >= previousEnd, original);
                    String span = original.substring(token.start(), token.end());
                    assertEquals(token.form(), norm(span), "token " + token + " of " + original);
                    previousEnd = token.end();
                }
            }
        }

        @Test
        void normalizingTwiceChangesNothingAndNeverLengthensWithoutLigatures() {
            Random random = new Random(7L);
            for (int run = 0; run < 500; run++) {
                String original = randomText(random);
                String once = norm(original);
                assertEquals(once, norm(once), original);
                if (original.chars().noneMatch(c -> c >= 0xFB50 && c <= 0xFEFF)) {
                    assertTrue(once.length() <= original.length(), original);
                }
            }
        }

        @Test
        void everyNormalizedCharComesFromItsOriginalChar() {
            Random random = new Random(99L);
            for (int run = 0; run < 300; run++) {
                String original = randomText(random);
                Normalized nz = ArabicNormalizer.normalize(original);
                for (int i = 0; i < nz.text().length(); i++) {
                    int o = nz.originalStart(i);
                    assertTrue(norm(String.valueOf(original.charAt(o))).indexOf(nz.text().charAt(i)) >= 0
                            || Character.isSurrogate(original.charAt(o)), original + " at " + i);
                }
            }
        }
    }

    @Nested
    class SearchKey {

        private static String key(String s) { return ArabicNormalizer.searchKey(s); }

        @Test
        void examples() {
            assertEquals("قري سبع", key("وبالقرى السبع"));
            assertEquals(key("القرى السبع"), key("وبالقرى السبع"));
            assertTrue(List.of(key("مطار دير الزور").split(" ")).contains("زور"));
            assertEquals(key("خشام"), key("خشّام"));
            assertEquals(key("ايران"), key("إيران"));
            assertTrue(key("١٩ مرة").startsWith("19"));
            assertEquals(key("المريعية"), key("والمريعيه"));
            assertEquals("مريعيه", key("المريعية"));
        }

        @Test
        void joinsStemsBySingleSpaces() {
            assertEquals("قصف طيران حربي علي بلده ذيبان", key("  قَصَفَ الطيرانُ الحربيُّ، على بلدةِ «ذيبان»!  "));
            assertEquals("deir ez zor 4 killed", key("Deir ez-Zor: 4 KILLED"));
            assertEquals("", key(null));
            assertEquals("", key("…«»،"));
        }

        @Test
        void keysAreTheirOwnKeys() {
            String k = key("وبالقرى السبع قرب البوكمال والميادين ١٩ مرة Deir ez-Zor");
            assertEquals(k, key(k));
        }

        @Test
        void foldsSpellingVariantsTogether() {
            assertEquals(key("مستشفى الأسد"), key("مستشفي الاسد"));
            assertEquals(key("رئيس المؤتمر"), key("رييس الموتمر"));
            assertEquals(key("إيرانيّة"), key("ايرانيه"));
            assertEquals(key("قـــصـف"), key("قصف"));
            assertFalse(key("قصف").contains("ـ"));
        }
    }
}
