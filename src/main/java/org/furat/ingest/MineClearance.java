package org.furat.ingest;

import java.util.List;
import java.util.Set;
import org.furat.model.SubEventType;

/**
 * Tells event words of defusing that clear what a side left behind: «تواصل فرق الهندسة تفكيك العبوات والألغام التي زرعها
 * التنظيم في أحياء البلدة», "teams are dismantling the mines left behind by ISIS". Clearing a town of the
 * explosives left in it is work done over days, not an incident: the coders code a device found and defused, not
 * this. Stateless.
 */
final class MineClearance {

    private MineClearance() {}

    /** The most words between the event words and what was left: «الناسفة والألغام التي زرعها». */
    private static final int LEFT_WORDS = 5;
    /** Verbs of leaving or planting after a relative pronoun (normalised): «التي خلفها», «التي زرعها». */
    private static final Set<String> LEFT = Set.of("خلفها", "خلفه", "خلفتها", "خلفوها", "زرعها", "زرعه", "زرعتها", "زرعوها",
            "تركها", "تركه", "تركتها", "تركوها");
    /** Relative pronouns (normalised): «التي», «الذي». */
    private static final Set<String> WHICH = Set.of("التي", "الذي");

    /**
     * Whether {@code t}, event words of a bomb or of a weapon's use stopped, are what was cleared of what a side left or
     * planted: a word of clearing before them or in them, a relative clause of leaving after them. A mine left behind
     * that went off («انفجر لغم من الألغام التي خلفها التنظيم») was no clearing.
     */
    static boolean clears(TokenizedText text, EventClassifier.Trigger t, List<CasualtyMention> tolls) {
        if (t.type() != SubEventType.DISRUPTED_WEAPONS_USE && t.type() != SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED) return false;
        int first = text.indexAt(t.span().start()), end = text.indexAt(t.span().end());
        int from = first;
        boolean clearing = false;
        for (int k = first; k >= Math.max(0, first - CLEARING_WORDS) && !clearing; k--) {
            for (int m = k; m < end && !clearing; m++) clearing = clearing(text.key(m));
            from = k;
            if (k > 0 && !text.joined(k)) break;
        }
        if (!clearing) return false;
        // «قتل عنصر من فرق الهندسة أثناء تفكيك لغم …»: someone hurt while clearing makes it an incident.
        if (tolls.stream().anyMatch(c -> text.sameSentence(first, text.indexAt(c.span().start())))) return false;
        for (int k = end; k + 1 < text.size() && k < end + LEFT_WORDS && text.joined(k + 1) && !text.commaBefore(k + 1); k++) {
            String word = text.lower(k), next = text.lower(k + 1);
            if (WHICH.contains(word) && LEFT.contains(next) || word.equals("left") && next.equals("behind")) {
                return manyBetween(text, from, k);
            }
        }
        return false;
    }

    /**
     * Whether words {@code from} to {@code to} (excluded) count many devices («عشرات العبوات», «الألغام», "the mines"): a
     * device defused alone ("defused an IED left behind by ISIS") is one the coders code.
     */
    private static boolean manyBetween(TokenizedText text, int from, int to) {
        for (int m = from; m < to; m++) {
            if (MANY.contains(text.key(m)) || MANY.contains(text.lower(m))) return true;
        }
        return false;
    }

    /** Plural devices and «عشرات» (dozens), as written (normalised, lower case) or as {@link TokenizedText#key} writes them. */
    private static final Set<String> MANY = Set.of("عشرات", "عبوات", "العبوات", "الغام", "الالغام", "مخلفات", "mines",
            "explosives", "ieds", "devices", "bombs", "dozens");

    /** The most words between a word of clearing and the event words: «تفكيك عشرات العبوات و». */
    private static final int CLEARING_WORDS = 3;

    /** Whether a word (as {@link TokenizedText#key} writes it) is one of clearing: dismantling, removing, defusing. */
    private static boolean clearing(String key) {
        return CLEARING.stream().anyMatch(key::startsWith);
    }

    private static final java.util.List<String> CLEARING = java.util.List.of("تفكيك", "فكك", "ازاله", "نزع", "dismantl", "defus",
            "clear", "remov");
}
