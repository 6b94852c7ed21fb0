package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.furat.text.Proclitics;
import org.junit.jupiter.api.Test;

/** The index only narrows the search: every lexicon word that matches a text word is among those it gives. */
class FirstWordIndexTest {

    private static final List<String> LEXICON = words("قتل وقتل اليوم يوم عنصر العنصر امس ال killed a 5");

    private static List<String> words(String text) {
        TokenizedText w = new TokenizedText(text);
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) forms.add(w.form(i));
        return forms;
    }

    /** Checks every word of {@code text} against every lexicon word, the slow way, and against the index. */
    private static void assertSuperset(List<String> lexicon, String text) {
        FirstWordIndex<String> index = new FirstWordIndex<>(lexicon, s -> s);
        TokenizedText w = new TokenizedText(text);
        for (int i = 0; i < w.size(); i++) {
            List<String> given = index.at(w, i);
            for (String pattern : lexicon) {
                if (Proclitics.matchNoun(w.form(i), pattern) >= 0) {
                    String word = w.form(i);
                    assertTrue(given.contains(pattern), () -> pattern + " matches " + word + " but the index gave " + given);
                }
            }
            List<Integer> order = given.stream().map(lexicon::indexOf).toList();
            assertEquals(order.stream().sorted().distinct().toList(), order, "lexicon order, no repeats");
            assertEquals(!given.isEmpty(), index.any(w, i), "any item at " + w.form(i));
        }
    }

    @Test
    void givesEveryWordThatMatchesWithProcliticsArticleOrAccusative() {
        assertSuperset(LEXICON, "وقتل لليوم واليوم باليوم يوم عنصراً بالعنصر وعنصر للعنصر أمس وأمس killed Killed a 5 و5");
    }

    @Test
    void mergesTwoCoresOfOneWordInLexiconOrder() {
        FirstWordIndex<String> index = new FirstWordIndex<>(LEXICON, s -> s);
        assertEquals(List.of("قتل", "وقتل"), index.at(new TokenizedText("وقتل"), 0));
        assertEquals(List.of(), index.at(new TokenizedText("مقتل"), 0));
    }

    @Test
    void aTextReadBeforeAnIndexWasBuiltStillFindsItsItems() {
        TokenizedText w = new TokenizedText("وصل الموكب المزركش");
        FirstWordIndex<String> before = new FirstWordIndex<>(List.of("موكب"), s -> s);
        assertEquals(List.of("موكب"), before.at(w, 1));
        // A lexicon word no index had before: the text's numbering of its words' cores is out of date and is redone.
        FirstWordIndex<String> after = new FirstWordIndex<>(List.of("مزركش"), s -> s);
        assertEquals(List.of("مزركش"), after.at(w, 2));
        assertEquals(List.of(), after.at(w, 1));
    }

    @Test
    void holdsForTheNumberWordsOverTheSeedReport() throws IOException {
        List<String> lexicon = new ArrayList<>();
        for (LexiconCsv.Row row : LexiconCsv.read("number-words", "phrase")) lexicon.add(LexiconCsv.words(row.get("phrase"))[0]);
        for (LexiconCsv.Row row : LexiconCsv.read("person-nouns", "word")) lexicon.add(LexiconCsv.words(row.get("word"))[0]);
        String seed;
        try (InputStream in = FirstWordIndexTest.class.getResourceAsStream("/org/furat/data/sources/000_0ae79604f75c76f4.txt")) {
            seed = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertSuperset(lexicon.stream().distinct().toList(), seed + " ثلاثة وثلاثين الثالث عنصراً والعشرات");
    }
}
