package org.furat.ingest;

import java.util.List;
import java.util.Set;

/**
 * Tells event words that a side denies took place: «نفت قسد الأنباء التي تحدثت عن اشتباكات في بلدة ذيبان», «نفت قسد
 * وقوع اشتباكات», "The SDF denied reports that ISIS fighters had seized a checkpoint". What is denied is told, not
 * reported as news, and the coders code no incident for it. A denial of harm («نفى مصدر وقوع قتلى جراء القصف») leaves the
 * event that did not harm anyone (the casualty words between make it so), and a denial of responsibility («نفى
 * التنظيم مسؤوليته عن الهجوم») leaves the event whose author is in doubt. Stateless.
 */
final class DeniedEvents {

    private DeniedEvents() {}

    /** The most words between a verb of denying and the event words it denies: «الأنباء التي تحدثت عن». */
    private static final int DENIED_WORDS = 10;

    /** Verbs of denying, as written (normalised, lower case). */
    private static final Set<String> DENY = Set.of("نفي", "نفت", "ينفي", "تنفي", "نفوا", "ونفت", "ونفي", "denied", "denies");
    /** What a denial may be of that leaves the event told: who did it. */
    private static final Set<String> RESPONSIBILITY = Set.of("مسووليته", "مسووليتها", "مسووليه", "تورطه", "تورطها",
            "علاقته", "علاقتها", "responsibility", "involvement", "role");

    /** Words of harm (normalised; proclitics may go before them): a denial of them is of the toll, not the event. */
    private static final Set<String> HARM = Set.of("قتلي", "اصابات", "اصابه", "ضحايا", "خساير", "جرحي", "casualties",
            "deaths", "injuries", "dead", "fatalities");

    /**
     * Whether {@code trigger} is told as what did not happen: «دون مواجهات», «من دون وقوع اشتباكات», "without any
     * clashes", "no clashes were reported".
     */
    static boolean without(TokenizedText text, EventClassifier.Trigger trigger) {
        int first = text.indexAt(trigger.span().start());
        for (int k = first - 1; k >= Math.max(0, first - 1 - NEGATED_WORDS) && text.joined(k + 1); k--) {
            String word = text.lower(k);
            if (WITHOUT.contains(word)) return true;
            if (!BETWEEN_NEGATION.contains(word)) break;
        }
        // «دون أن تتدخل قوات الأمن لتفريقها»: who did not intervene may stand between.
        for (int k = first - 1; k >= Math.max(2, first - 1 - INTERVENER_WORDS) && text.joined(k + 1); k--) {
            if (INTERVENING.contains(text.lower(k))) {
                return text.lower(k - 1).equals("ان") && WITHOUT.contains(text.lower(k - 2));
            }
        }
        return false;
    }

    /** The most words of who did not intervene, between the verb and the event words: «قوات الأمن الداخلي». */
    private static final int INTERVENER_WORDS = 3;
    /** «تتدخل», «يتدخل»: to intervene (normalised). */
    private static final Set<String> INTERVENING = Set.of("تتدخل", "يتدخل");

    /** The most words between a word of absence and the event words: «دون وقوع», "without any reported". */
    private static final int NEGATED_WORDS = 2;
    /** Words of absence (normalised): without, no. */
    private static final Set<String> WITHOUT = Set.of("دون", "بدون", "without", "no");
    /** Words that may stand between them and the event words: any, the occurrence of, that («دون أن يسفر»), reported. */
    private static final Set<String> BETWEEN_NEGATION = Set.of("اي", "وقوع", "حدوث", "تسجيل", "ان", "any", "reported", "further");

    /** Whether {@code trigger} is denied by a verb of denying before it in its sentence (see the class comment). */
    static boolean denied(TokenizedText text, EventClassifier.Trigger trigger, List<CasualtyMention> tolls) {
        int first = text.indexAt(trigger.span().start());
        for (int k = first - 1; k >= Math.max(0, first - DENIED_WORDS) && text.joined(k + 1); k--) {
            if (!DENY.contains(text.lower(k))) continue;
            int verbEnd = text.end(k);
            for (int m = k + 1; m < first; m++) {
                String word = text.lower(m);
                if (RESPONSIBILITY.contains(word) || HARM.stream().anyMatch(word::endsWith)) return false;
            }
            return tolls.stream().noneMatch(c -> c.span().start() >= verbEnd && c.span().end() <= trigger.span().start());
        }
        return false;
    }
}
