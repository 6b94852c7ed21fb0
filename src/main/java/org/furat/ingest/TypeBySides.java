package org.furat.ingest;

import java.util.Set;
import org.furat.model.SubEventType;

/**
 * The sub-event type as ACLED's definitions make it once the sides are known: the words say what was done, the
 * sides say which category it falls in. Ground taken by the government or its allies is "Government regains
 * territory"; a one-sided attack on civilians with no word of clashes is an "Attack" (an assassination stays an
 * attack whoever its victim: the corpus coders code a fighter shot by unknown gunmen so); people taken by an
 * authority that holds the area (the government, the SDF) are "Arrests", not abductions. Stateless.
 */
final class TypeBySides {

    private TypeBySides() {}

    /** The government and the forces fighting for it. */
    private static final Set<String> GOVERNMENT_SIDE = Set.of(
            "syrian_government", "syrian_transitional_government", "russia", "iran_militias");
    /**
     * Those who hold and police an area of Deir ez-Zor, and the foreign forces that raid with them: their detentions
     * are arrests.
     */
    private static final Set<String> AUTHORITIES = Set.of(
            "syrian_government", "syrian_transitional_government", "sdf", "sdf_self_defence", "us_forces", "coalition");
    private static final String CIVILIANS = "civilians";

    /** Whether Arabic clash words name an attack («هجوم مسلح», «بهجوم»), which one side may make on civilians. */
    private static boolean anAttack(EventClassifier.Trigger trigger) {
        String words = org.furat.text.ArabicNormalizer.normalize(trigger.span().text()).text();
        return words.startsWith("هجوم") || words.startsWith("بهجوم") || words.startsWith("لهجوم") || words.startsWith("هجمات");
    }

    /** People taken by an authority are arrested; by anyone else, or by no side named, abducted. */
    static SubEventType peopleTakenBy(ActorMention actor1) {
        return actor1 != null && AUTHORITIES.contains(actor1.actorKey()) ? SubEventType.ARRESTS
                : SubEventType.ABDUCTION_FORCED_DISAPPEARANCE;
    }

    static SubEventType of(EventClassifier.Trigger trigger, ActorMention actor1, ActorMention actor2) {
        SubEventType type = trigger.type();
        String acting = actor1 == null ? null : actor1.actorKey();
        String actedOn = actor2 == null ? null : actor2.actorKey();
        return switch (type) {
            case NON_STATE_ACTOR_OVERTAKES_TERRITORY ->
                    acting != null && GOVERNMENT_SIDE.contains(acting) ? SubEventType.GOVERNMENT_REGAINS_TERRITORY : type;
            // «هجوم مسلح على سيارة مدنية»: an armed attack on civilians is no clash.
            case ARMED_CLASH -> (trigger.weak() || anAttack(trigger)) && CIVILIANS.equals(actedOn) ? SubEventType.ATTACK : type;
            // "The SDF has killed at least 40 ISIS militants": a side that killed another's fighters, told with no
            // word of how, fought them.
            case ATTACK -> SideKillings.told(trigger) && acting != null && actedOn != null && !CIVILIANS.equals(actedOn)
                    ? SubEventType.ARMED_CLASH : type;
            case ABDUCTION_FORCED_DISAPPEARANCE -> peopleTakenBy(actor1);
            default -> type;
        };
    }
}
