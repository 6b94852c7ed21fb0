package org.furat.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchQueryTest {

    private static final List<String> NASTY = List.of(
            "\"", "\"\"", "\"قصف", "قصف\"", "AND", "OR", "NOT", "NEAR", "*", "**", ")", "(", "()", "NEAR(", "NEAR(a b, 5)",
            "-x", "a:b", "body:قصف", "{body}: x", "^قصف", "+", "a OR b", "a AND NOT b", "(قصف OR دير)", "x*",
            "' OR 1=1 --", "'); DROP TABLE t; --", "\\", "%", "_", "\u0000", "\uD800", "\uDC00x", "😀", "🇸🇾 قصف",
            "\u200F\u202B\uFEFF", "ـــ", "ًٌٍ", "ﷺ", "\t\n\r", "   ", "", "قصف ".repeat(5000), "x".repeat(10_000));

    private static Connection db;
    private static final List<String> DOCS = List.of(
            "قَصَفَ الطيرانُ الحربيُّ قريةَ الشعفة بريف دير الزور الشرقي",
            "انفجار سيارة مفخخة في مدينة الميادين وإصابة ٣ مدنيين",
            "اشتباكات بين قوات سوريا الديمقراطية ومسلحين في بلدة ذيبان",
            "مسيّرة إيرانية تستهدف موقعاً قرب البوكمال على الحدود مع العراق",
            "Airstrike near Deir ez-Zor AIRPORT kills 4",
            "الأهالي يعودون إلى القرى السبع بعد انسحاب الميليشيات من ضفة الفرات",
            "سقوط قذيفة على مشفى الأسد في مؤتمر لرئيس المجلس");

    @BeforeAll
    static void openDatabase() throws SQLException {
        db = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement st = db.createStatement()) {
            st.execute("CREATE VIRTUAL TABLE t USING fts5(body)");
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO t (rowid, body) VALUES (?, ?)")) {
            for (int i = 0; i < DOCS.size(); i++) {
                ps.setInt(1, i + 1);
                ps.setString(2, ArabicNormalizer.searchKey(DOCS.get(i)));
                ps.executeUpdate();
            }
        }
    }

    @AfterAll
    static void closeDatabase() throws SQLException {
        db.close();
    }

    private static Set<Integer> sqlite(SearchQuery query) throws SQLException {
        Set<Integer> rows = new TreeSet<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT rowid FROM t WHERE t MATCH ?")) {
            ps.setString(1, query.fts5Match());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(rs.getInt(1));
            }
        }
        return rows;
    }

    private static Set<Integer> inJava(SearchQuery query) {
        Set<Integer> rows = new TreeSet<>();
        for (int i = 0; i < DOCS.size(); i++) {
            if (query.matches(ArabicNormalizer.searchKey(DOCS.get(i)))) rows.add(i + 1);
        }
        return rows;
    }

    private static Set<Integer> rows(String list) {
        Set<Integer> rows = new TreeSet<>();
        for (String n : list.trim().split(" +")) if (!n.isEmpty()) rows.add(Integer.parseInt(n));
        return rows;
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
            "قصف | 1",
            "قَصْف | 1",
            "الشعفة | 1",
            "الشعفه | 1",
            "بالشعفة | 1",
            "ريف الشرقي | 1",
            "دير الزور | 1",
            "بدير الزور | 1",
            "الميادين | 2",
            "بالميادين | 2",
            "المَيادين | 2",
            "٣ مدنيين | 2",
            "3 | 2",
            "إصابة | 2",
            "اصابه | 2",
            "قوات سوريا | 3",
            "وقوات | 3",
            "بذيبان | 3",
            "ذيبان | 3",
            "إيرانية | 4",
            "ايرانيه | 4",
            "إيران | 4",
            "والبوكمال | 4",
            "بوكمال | 4",
            "مسيرة | 4",
            "deir | 5",
            "DEIR EZ-ZOR | 5",
            "airport | 5",
            "القرى السبع | 6",
            "للقرى | 1 6",
            "قري | 1 6",
            "الاهالى | 6",
            "أهالي | 6",
            "فرات | 6",
            "بالفرات | 6",
            "مشفي الاسد | 7",
            "مؤتمر | 7",
            "موتمر | 7",
            "رئيس | 7",
            "رييس | 7",
            "قذيفه | 7",
            "علي | 4 7",
            "قصف الميادين | ''",
            "حلب | ''",
            "يف | ''",
    })
    void findsDocumentsHoweverTheQueryIsSpelt(String input, String expected) throws SQLException {
        SearchQuery query = SearchQuery.parse(input);
        Set<Integer> want = rows(expected.replace("'", ""));
        assertEquals(want, sqlite(query), input + " as " + query.fts5Match());
        assertEquals(want, inJava(query), input + " in Java");
    }

    @Test
    void nastyInputsNeverThrowAndRunInSqlite() {
        for (String input : NASTY) {
            SearchQuery query = assertDoesNotThrow(() -> SearchQuery.parse(input), input);
            checkBounds(query);
            if (!query.isEmpty()) assertDoesNotThrow(() -> sqlite(query), query.fts5Match());
            assertDoesNotThrow(() -> inJava(query));
        }
    }

    @Test
    void randomInputsNeverThrowAndAgreeWithSqlite() throws SQLException {
        Random random = new Random(42L);
        String alphabet = "\"'*()-:^+{}[]\\;,.ANDORNOTnear قصف دير الزورًّـأإآىةؤئ٠١٢😀\u200F\uFEFF\uFDFA\uFEFB";
        for (int run = 0; run < 500; run++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            SearchQuery query = SearchQuery.parse(s.toString());
            checkBounds(query);
            if (!query.isEmpty()) assertEquals(sqlite(query), inJava(query), s + " as " + query.fts5Match());
        }
    }

    /**
     * Any char at all, lone surrogates included. SQLite's tokenizer may not know every letter Java knows, so
     * only the absence of errors is checked here.
     */
    @Test
    void arbitraryCharsNeverThrowAndRunInSqlite() {
        Random random = new Random(43L);
        for (int run = 0; run < 500; run++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(80);
            for (int i = 0; i < n; i++) s.append((char) random.nextInt(0x10000));
            SearchQuery query = assertDoesNotThrow(() -> SearchQuery.parse(s.toString()));
            checkBounds(query);
            if (!query.isEmpty()) assertDoesNotThrow(() -> sqlite(query), query.fts5Match());
        }
    }

    private static void checkBounds(SearchQuery query) {
        assertTrue(query.terms().size() <= SearchQuery.MAX_TERMS);
        for (String term : query.terms()) {
            assertFalse(term.isEmpty());
            assertTrue(term.length() <= SearchQuery.MAX_TERM_LENGTH);
            assertFalse(term.contains(" "));
        }
        assertEquals(query.terms().size(), Set.copyOf(query.terms()).size());
        assertEquals(query.isEmpty(), query.terms().isEmpty());
        assertEquals(query.isEmpty(), query.fts5Match().isEmpty());
    }

    @Test
    void nullBlankAndPunctuationGiveTheEmptyQuery() {
        for (String input : new String[] {null, "", "   ", "\"\"", "()*:^-", "ـًّ", "«»،؟"}) {
            SearchQuery query = SearchQuery.parse(input);
            assertTrue(query.isEmpty(), String.valueOf(input));
            assertEquals(List.of(), query.terms());
            assertEquals("", query.fts5Match());
            assertTrue(query.matches("قصف"));
            assertTrue(query.matches(null));
        }
    }

    @Test
    void termsAreSearchKeysInOrderWithoutRepeats() {
        assertEquals(List.of("قري", "سبع"), SearchQuery.parse("وبالقرى السبع").terms());
        assertEquals(List.of("قصف", "دير", "زور"), SearchQuery.parse("قصف القصف وقصف دير الزور بالقصف").terms());
        assertEquals(List.of("قصف", "and", "دير", "x"), SearchQuery.parse("\"قصف\" AND (دير) -x").terms());
    }

    @Test
    void keepsAtMost32Terms() {
        StringBuilder s = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            s.append("w").append(i).append(' ');
            if (i < 32) expected.add("w" + i);
        }
        assertEquals(expected, SearchQuery.parse(s.toString()).terms());
    }

    @Test
    void cutsLongTermsToPrefixesThatStillMatch() {
        String word = "قصف".repeat(40);
        SearchQuery query = SearchQuery.parse(word);
        assertEquals(List.of(word.substring(0, 64)), query.terms());
        assertTrue(query.matches(word));
        String astral = "a" + "𝐀".repeat(40);
        String term = SearchQuery.parse(astral).terms().get(0);
        assertEquals(63, term.length());
        assertFalse(Character.isHighSurrogate(term.charAt(term.length() - 1)));
    }

    @Test
    void fts5MatchQuotesEachTermAsAPrefix() {
        assertEquals("\"قري\"* \"سبع\"*", SearchQuery.parse("وبالقرى السبع").fts5Match());
        assertEquals("\"and\"* \"near\"* \"x\"*", SearchQuery.parse("AND NEAR( \"x").fts5Match());
    }

    @Test
    void matchesWholeWordPrefixesOnly() {
        String doc = ArabicNormalizer.searchKey("قرية المريعية قرب مطار دير الزور");
        assertTrue(SearchQuery.parse("القرى").matches(doc));
        assertTrue(SearchQuery.parse("مريع مطار").matches(doc));
        assertTrue(SearchQuery.parse("والمريعية").matches(doc));
        assertFalse(SearchQuery.parse("ريه").matches(doc));
        assertFalse(SearchQuery.parse("مطار حلب").matches(doc));
        assertFalse(SearchQuery.parse("قصف").matches(null));
    }

    @Test
    void equalQueriesForEquivalentInput() {
        assertEquals(SearchQuery.parse("وبالقرى السبع"), SearchQuery.parse("القُرى  السَّبع"));
        assertEquals(SearchQuery.parse("وبالقرى السبع").hashCode(), SearchQuery.parse("القُرى  السَّبع").hashCode());
    }
}
