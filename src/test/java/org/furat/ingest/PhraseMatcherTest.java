package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrases found word by word, with gaps for the words Arabic puts between a verb and the rest of its phrase. */
class PhraseMatcherTest {

    private static List<String> found(PhraseMatcher<String> m, String text) {
        TokenizedText words = new TokenizedText(text);
        return m.find(words).stream().map(f -> f.value() + ":" + words.span(f.from(), f.to() + 1).text()).toList();
    }

    @Test
    void aGapStandsForTheSubjectBetweenTheVerbAndTheRest() {
        PhraseMatcher<String> m = new PhraseMatcher<>(true);
        m.add("سيطرت … على", "taken");
        assertEquals(List.of("taken:سيطرت قوات العشائر على"), found(m, "سيطرت قوات العشائر على بلدة الشحيل."));
        assertEquals(List.of("taken:سيطرت على"), found(m, "سيطرت على بلدة الشحيل."), "a gap may hold no word");
        assertEquals(List.of(), found(m, "سيطرت قوات سوريا الديمقراطية المدعومة أمريكياً على البلدة."),
                "a gap holds at most " + PhraseMatcher.GAP_WORDS + " words");
        assertEquals(List.of(), found(m, "سيطرت قوات العشائر. وعلى الطريق قصف."), "a gap ends with its sentence");
    }

    @Test
    void aLongGapHoldsASubjectAndWhoseItIs() {
        PhraseMatcher<String> m = new PhraseMatcher<>(true);
        m.add("فككت …… عبوة", "defused");
        m.add("سيطرت … على", "taken");
        assertEquals(List.of("defused:فككت فرق الهندسة التابعة لـ \"قسد\" عبوة"), found(m, "فككت فرق الهندسة التابعة لـ \"قسد\" عبوة ناسفة."));
        assertEquals(List.of(), found(m, "فككت فرق الهندسة التابعة لقوات سوريا الديمقراطية المدعومة أمريكياً عبوة ناسفة."),
                "a long gap holds at most " + PhraseMatcher.LONG_GAP_WORDS + " words");
        assertEquals(List.of(), found(m, "سيطرت فرق الهندسة التابعة لـ \"قسد\" على البلدة."), "a short gap stays short");
    }

    @Test
    void theLongestPhraseAtAWordWinsWithOrWithoutAGap() {
        PhraseMatcher<String> m = new PhraseMatcher<>(true);
        m.add("opened fire", "attack");
        m.add("opened fire on … protesters", "force");
        assertEquals(List.of("force:opened fire on the protesters"), found(m, "Guards opened fire on the protesters."));
        assertEquals(List.of("attack:opened fire"), found(m, "Guards opened fire on a car."));
    }

    @Test
    void inPrefixModeEveryNextWordThatBeginsTheTextsWordIsFollowed() {
        PhraseMatcher<String> m = new PhraseMatcher<>(true);
        m.add("قصف م", "short");
        m.add("قصف مدفعي عنيف", "long");
        m.add("قصف مدفع", "gun");
        assertEquals(List.of("long:قصفت مدفعية عنيفة"), found(m, "قصفت مدفعية عنيفة البلدة."));
        assertEquals(List.of("short:قصف مدفعية"), found(m, "قصف مدفعية ثقيلة البلدة."),
                "of phrases that end together, the first added");
        assertEquals(List.of(), found(m, "قصف البلدة."), "a next word the text's word does not begin");
        PhraseMatcher<String> whole = new PhraseMatcher<>(true);
        whole.add("قصف مدفع", "gun");
        assertEquals(List.of("gun:قصف مدفع"), found(whole, "قصف مدفع البلدة."), "a next word that is the whole word");
    }

    @Test
    void aPhraseDoesNotRunOnIntoTheNextSentence() {
        PhraseMatcher<String> m = new PhraseMatcher<>(true);
        m.add("air strike", "air");
        assertEquals(List.of(), found(m, "They came by air. Strike teams followed."));
        assertEquals(List.of("air:air strike"), found(m, "An air strike hit the town."));
    }

    @Test
    void anArabicWordIsFoundWithTheAlefOfItsIndefiniteAccusative() {
        PhraseMatcher<String> m = new PhraseMatcher<>(false);
        m.add("طفل", "civilians");
        m.add("هجوم إسرائيلي", "israel");
        assertEquals(List.of("civilians:طفلاً"), found(m, "قتل طفلاً في القصف."));
        assertEquals(List.of("civilians:طفلا"), found(m, "قتل طفلا في القصف."), "written without its mark too");
        assertEquals(List.of("israel:هجوماً إسرائيلياً"), found(m, "شنت طائرات هجوماً إسرائيلياً على المطار."));
        assertEquals(List.of(), found(m, "قصف طفلان."), "a dual is another word");
    }

    @Test
    void ofTwoPhrasesOverTheSameWordsTheOneWithTheLongerFirstWordWinsThenTheFirstAdded() {
        PhraseMatcher<String> m = new PhraseMatcher<>(true);
        m.add("قصف", "shelling");
        m.add("قصفت", "shelled");
        m.add("ق", "letter");
        assertEquals(List.of("shelled:قصفت"), found(m, "قصفت الطائرات البلدة."), "each begins the word; the longer is more exact");
        PhraseMatcher<String> same = new PhraseMatcher<>(true);
        same.add("قصف", "first");
        same.add("قصف", "second");
        assertEquals(List.of("first:قصفت"), found(same, "قصفت الطائرات البلدة."), "as long: the first added");
        PhraseMatcher<String> exact = new PhraseMatcher<>(false);
        exact.add("قسد", "sdf");
        exact.add("قس", "short");
        assertEquals(List.of("sdf:قسد"), found(exact, "هاجمت قسد البلدة."), "a name is found whole, not by its first letters");
        assertEquals(List.of("short:قسا"), found(exact, "رأى قسا."), "a short word found with its accusative alef");
    }

    @Test
    void phrasesThatShareTheirFirstWordsAreFoundEachByItsOwnRest() {
        PhraseMatcher<String> m = new PhraseMatcher<>(false);
        m.add("قوات سوريا الديمقراطية", "sdf");
        m.add("قوات الحكومة", "government");
        m.add("قوات", "forces");
        m.add("قوات سوريا", "short");
        assertEquals(List.of("sdf:قوات سوريا الديمقراطية", "government:وقوات الحكومة", "forces:قوات", "short:قوات سوريا"),
                found(m, "هاجمت قوات سوريا الديمقراطية وقوات الحكومة ثم قوات أخرى ثم قوات سوريا."));
    }

    @Test
    void aGapTakesTheFewestWordsThatLetItsPhraseEnd() {
        PhraseMatcher<String> m = new PhraseMatcher<>(true);
        m.add("fire … on … car", "car");
        m.add("fire … on", "fire");
        // "fire on the car on a car": the first gaps that fit end the phrase at the first "car".
        assertEquals(List.of("car:fire on the car"), found(m, "They opened fire on the car on a car."));
        assertEquals(List.of("fire:fire at will on"), found(m, "fire at will on them."));
    }
}
