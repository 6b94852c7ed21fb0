package org.furat.ingest;

import java.util.Set;

/**
 * Tells words of ground taken that name what a side set out to do from ground taken: «تمهيداً لعملية عسكرية لاستعادة
 * السيطرة على البلدات» (in preparation for an operation to regain control of the towns), "an offensive to retake the
 * town". The verbal noun with «ل» (to, in order to), the English verb after "to", says the aim, as words of trying
 * before them do («يحاول التنظيم استعادة مواقع خسرها», "in an attempt to regain control"); whether it was met the report
 * tells elsewhere, if at all. Not after words that say it was ("managed to take control"). Stateless.
 */
final class AimedAt {

    private AimedAt() {}

    /** The most words from a word of trying to the words of ground taken: «يحاول التنظيم استعادة». */
    private static final int TRYING_WORDS = 3;
    /** Words of trying, as written (normalised). */
    private static final Set<String> TRYING = Set.of("يحاول", "تحاول", "يحاولون", "حاول", "حاولت", "حاولوا", "محاوله",
            "لمحاوله", "trying", "tried", "tries", "attempt", "attempted", "attempting", "attempts");

    /** «أدى», «أدت» (led to), as written (normalised). */
    private static final Set<String> LED_TO = Set.of("ادي", "ادت", "يودي", "تودي");

    /** The words before "to" that make what follows done, not aimed at. */
    private static final Set<String> DONE = Set.of("managed", "able", "succeeded", "came", "went", "back");

    static boolean aimedAt(TokenizedText text, EventClassifier.Trigger trigger) {
        if (!trigger.type().changesTerritory()) return false;
        int k = text.indexAt(trigger.span().start());
        if (k >= text.size()) return false;
        // «إذ يحاول التنظيم استعادة مواقع خسرها», "in an attempt to take control": tried, not done (not across a comma:
        // "After two failed attempts, the SDF captured Hajin").
        for (int m = k - 1; m >= Math.max(0, k - TRYING_WORDS) && text.joined(m + 1) && !text.commaBefore(m + 1); m--) {
            if (TRYING.contains(text.lower(m))) return true;
        }
        if (text.get(k).arabic()) {
            // «لاستعادة», «للسيطرة»: «ل» on a verbal noun of the forms that begin with alef (a verb, «لتكسر», is no noun).
            String word = text.lower(k);
            // «ما أدى لاستعادة السيطرة»: what the event led to was done.
            boolean ledTo = k > 0 && text.joined(k) && LED_TO.contains(text.lower(k - 1));
            return !ledTo && (word.startsWith("لا") || word.startsWith("لل"));
        }
        return text.joined(k) && text.lower(k - 1).equals("to") && !(text.joined(k - 1) && DONE.contains(text.lower(k - 2)));
    }
}
