package org.furat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.furat.model.SubEventType;
import org.furat.text.ArabicNormalizer;

/**
 * A side named as who killed or wounded people tells an attack, though the sentence has no other event word: «قتلت
 * قسد مدنيين اثنين في بلدة ذيبان», "ISIS killed two civilians in Hajin". The verb is the event's word, a weak one
 * ({@link EventClassifier}), and the sentence must count whom it hurt: Arabic «قتل عناصر داعش في الاشتباكات» (ISIS
 * members were killed) has a side but no one counted after it. Stateless.
 */
final class SideKillings {

    private SideKillings() {}

    /** Arabic verbs of killing and wounding told first, before who did it, as written (normalised). */
    private static final Set<String> ARABIC_VERBS = Set.of("قتلت", "قتل", "قتلوا", "اصابت", "اصاب", "اصابوا", "جرحت", "جرح");
    /** English verbs of killing and wounding told after who did it. */
    private static final Set<String> ENGLISH_VERBS = Set.of("killed", "kill", "kills", "wounded", "injured", "wounds", "injures");
    /** English prepositions that make the side after them no subject of the verb. */
    private static final Set<String> PREPOSITIONS = Set.of("by", "of", "from", "with", "against", "for", "to");
    /** English auxiliaries between a side and its verb: "ISIS has killed". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had");

    /** Whether {@code trigger} is one this class found: a weak attack told by a verb of killing or wounding. */
    static boolean told(EventClassifier.Trigger trigger) {
        String word = trigger.span().text().toLowerCase(Locale.ROOT);
        return trigger.weak() && trigger.type() == SubEventType.ATTACK
                && (ENGLISH_VERBS.contains(word) || killsFirst(ArabicNormalizer.normalize(word).text()));
    }

    /** Whether {@code word} (normalised) is an Arabic verb of killing or wounding told before who did it. */
    static boolean killsFirst(String word) {
        return ARABIC_VERBS.contains(word);
    }

    /**
     * The verbs of {@code sides} (the sides {@code w} names) killing or wounding people a toll of {@code tolls} counts,
     * as weak attack triggers.
     */
    static List<EventClassifier.Trigger> find(TokenizedText w, List<ActorMention> sides, List<CasualtyMention> tolls) {
        List<EventClassifier.Trigger> found = new ArrayList<>();
        if (tolls.isEmpty()) return found;
        for (ActorMention side : sides) {
            if (side.actorKey().equals("civilians")) continue;
            int first = w.indexAt(side.span().start()), after = w.indexAt(side.span().end());
            int verb = -1;
            if (first > 0 && w.joined(first) && killsFirst(w.form(first - 1))) {
                verb = first - 1;
                int v = verb;
                // «قتلت قسد مدنيين اثنين»: the toll runs from the verb past the side to whom it counts.
                if (tolls.stream().noneMatch(t -> w.indexAt(t.span().start()) == v && t.span().end() > side.span().end())) verb = -1;
            } else if (after < w.size() && w.joined(after) && !afterPreposition(w, first)) {
                int v = AUXILIARIES.contains(w.lower(after)) && after + 1 < w.size() && w.joined(after + 1) ? after + 1 : after;
                if (ENGLISH_VERBS.contains(w.lower(v))
                        && tolls.stream().anyMatch(t -> w.indexAt(t.span().start()) == v)) verb = v;
            }
            if (verb >= 0) found.add(new EventClassifier.Trigger(SubEventType.ATTACK, w.span(verb, verb + 1), true));
        }
        return found;
    }

    /** Whether a preposition, perhaps with "the", stands before word {@code first}: "fighters backed by the US army killed". */
    private static boolean afterPreposition(TokenizedText w, int first) {
        int k = first - 1;
        if (k >= 0 && w.form(k).equalsIgnoreCase("the")) k--;
        return k >= 0 && PREPOSITIONS.contains(w.lower(k));
    }
}
