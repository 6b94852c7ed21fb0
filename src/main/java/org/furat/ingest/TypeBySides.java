package org.furat.ingest;

import java.util.Set;
import org.furat.text.Proclitics;
import org.furat.model.SubEventType;

/**
 * The sub-event type as ACLED's definitions make it once the sides are known: the words say what was done, the
 * sides say which category it falls in. Ground taken by the government or its allies is "Government regains
 * territory"; a one-sided attack on civilians with no word of clashes is an "Attack" (an assassination stays an
 * attack whoever its victim: the corpus coders code a fighter shot by unknown gunmen so), while an attack on a unit
 * of armed men (a checkpoint, a patrol, a position), or on a side's men at their post, is fought, an "Armed clash";
 * people taken by an authority that holds the area (the government, the SDF) are "Arrests", not abductions. Stateless.
 */
final class TypeBySides {

    private TypeBySides() {}

    /** The government and the forces fighting for it. */
    private static final Set<String> GOVERNMENT_SIDE = Set.of(
            "syrian_government", "syrian_transitional_government", "russia", "iran_militias");
    /**
     * Those who hold and police an area of Deir ez-Zor (the Iran-backed militias held al-Mayadin and Albu Kamal for
     * the government), and the foreign forces that raid with them: their detentions are arrests.
     */
    private static final Set<String> AUTHORITIES = Set.of("syrian_government", "syrian_transitional_government", "sdf",
            "sdf_self_defence", "iran_militias", "us_forces", "coalition");
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

    /**
     * {@link #of}, and an attack on a unit of an armed side, named right after the attack's words, an armed clash:
     * "gunmen opened fire on an SDF patrol", «هاجم مسلحون حاجزاً لقسد» (the men at a checkpoint fire back; the corpus
     * coders code such attacks as clashes, and the killing of a member at his home as an attack). Not where the
     * sentence names civilians ({@code civiliansNamed}): "a truck driver was shot dead at a Fourth Division checkpoint".
     */
    static SubEventType of(TokenizedText text, EventClassifier.Trigger trigger, ActorMention actor1, ActorMention actor2,
                           boolean civiliansNamed) {
        SubEventType type = of(trigger, actor1, actor2);
        if (type != SubEventType.ATTACK || civiliansNamed || actor2 == null || CIVILIANS.equals(actor2.actorKey())) return type;
        if (actor1 != null && CIVILIANS.equals(actor1.actorKey())) return type;
        if (atTheirPost(text, actor2)) return SubEventType.ARMED_CLASH;
        int from = text.indexAt(trigger.span().end());
        // "an SDF Internal Security Forces checkpoint": capitalised words after the side's name go on naming its unit.
        int afterName = text.indexAt(actor2.span().end());
        while (afterName < text.size() && text.joined(afterName) && !text.get(afterName).arabic()
                && text.get(afterName).capitalised()) {
            afterName++;
        }
        int to = Math.max(from + UNIT_WORDS, afterName + UNIT_AFTER_NAME);
        boolean fire = FIRE.stream().anyMatch(trigger.span().text().toLowerCase(java.util.Locale.ROOT)::contains);
        // "an SDF patrol came under fire": the unit told before the words of what it came under.
        if (trigger.span().text().toLowerCase(java.util.Locale.ROOT).startsWith("under ")) {
            int at = text.indexAt(trigger.span().start());
            for (int k = at - 1; k >= Math.max(0, at - UNDER_WORDS) && text.joined(k + 1); k--) {
                if (UNITS.contains(text.lower(k))) return SubEventType.ARMED_CLASH;
            }
        }
        for (int k = from; k < to && k < text.size() && text.joined(k); k++) {
            // "was shot dead at a Fourth Division checkpoint": where it happened, not what was attacked (fire opened "at"
            // a checkpoint was aimed at it).
            if (!fire && LOCATING.contains(text.lower(k))) return type;
            String word = text.lower(k);
            // An indefinite unit is the one struck («حاجزاً لقسد»); «المسؤول عن الحواجز» names checkpoints in general.
            if (!Proclitics.hasArticle(word) && UNITS.stream().anyMatch(unit -> Proclitics.matchNoun(word, unit) >= 0)) {
                return SubEventType.ARMED_CLASH;
            }
        }
        return type;
    }

    /**
     * Whether the side struck is told at a unit of its own: its name, then within {@link #POST_WORDS} words of the
     * sentence's clause a preposition of place and a post ("shot dead a member of the General Security at a checkpoint",
     * «اغتال مسلحون عنصرين من قسد … أثناء تواجدهما على حاجز»). Men killed at their post were a unit of armed men
     * attacked, as the corpus README codes "shootings or killings of armed personnel". Not a side named after the
     * place ("a driver was shot dead at a Fourth Division checkpoint": its checkpoint is where, not whom).
     */
    private static boolean atTheirPost(TokenizedText text, ActorMention struck) {
        int after = text.indexAt(struck.span().end());
        // Within its clause: "…, days after an attack on a checkpoint" tells another event's post.
        for (int k = after; k < Math.min(text.size() - 1, after + POST_WORDS) && text.joined(k)
                && (k == after || !text.commaBefore(k)); k++) {
            if (!POST_PLACES.contains(text.lower(k))) continue;
            int unit = k + 1;
            if (unit + 1 < text.size() && text.joined(unit + 1) && POST_DETERMINERS.contains(text.lower(unit))) unit++;
            if (text.joined(unit) && !text.commaBefore(unit) && POSTS.contains(text.key(unit))) return true;
        }
        return false;
    }

    /** Posts men hold, as search keys: not positions («مواقع التواصل» are social media) nor convoys. */
    private static final Set<String> POSTS = Set.of("checkpoint", "checkpoints", "post", "patrol", "حاجز", "حواجز", "نقطه",
            "نقاط", "دوريه");

    /** How far after the struck side's name its post may be told. */
    private static final int POST_WORDS = 10;
    /** Prepositions that tell where men stood (normalised). */
    private static final Set<String> POST_PLACES = Set.of("at", "on", "عند", "علي", "في");
    /** Words between the preposition and the unit: "at a checkpoint", "at their post". */
    private static final Set<String> POST_DETERMINERS = Set.of("a", "an", "the", "their", "his", "its");

    /** Words of firing, after which "at" names what was fired at. */
    private static final Set<String> FIRE = Set.of("fire", "النار");
    /** Prepositions that say where something happened (normalised). */
    private static final Set<String> LOCATING = Set.of("at", "near", "in", "outside", "inside", "عند", "قرب", "في", "بالقرب");
    /**
     * Units of armed men an attack may strike (normalised; Arabic ones also with a proclitic or an accusative alef,
     * «لحاجز», «حاجزاً», not with the article). Not "post", "position" or «موقع», which are as often a job, a view or a website.
     */
    private static final Set<String> UNITS = Set.of("checkpoint", "checkpoints", "patrol", "patrols", "positions", "convoy",
            "convoys", "حاجز", "حواجز", "دوريه", "دوريات", "نقطه", "نقاط", "مواقع", "رتل", "ارتال");
    /**
     * How far the unit may lie after the attack's words, or after the side's name where that comes later ("on the road
     * to Hajin, an SDF patrol", «حاجزاً لقسد»).
     */
    private static final int UNIT_WORDS = 5, UNIT_AFTER_NAME = 2;
    /** How far before "under fire" the unit that came under it may be named: "an SDF patrol came under fire". */
    private static final int UNDER_WORDS = 3;

    static SubEventType of(EventClassifier.Trigger trigger, ActorMention actor1, ActorMention actor2) {
        SubEventType type = trigger.type();
        String acting = actor1 == null ? null : actor1.actorKey();
        String actedOn = actor2 == null ? null : actor2.actorKey();
        return switch (type) {
            case NON_STATE_ACTOR_OVERTAKES_TERRITORY ->
                    acting != null && GOVERNMENT_SIDE.contains(acting) ? SubEventType.GOVERNMENT_REGAINS_TERRITORY : type;
            // «هجوم مسلح على سيارة مدنية»: an armed attack on civilians is no clash.
            case ARMED_CLASH -> (trigger.weak() || anAttack(trigger)) && CIVILIANS.equals(actedOn) ? SubEventType.ATTACK : type;
            // "SDF fighters have killed at least 40 ISIS members": a side that killed another's fighters, told with no
            // word of how, fought them.
            case ATTACK -> SideKillings.told(trigger) && acting != null && actedOn != null && !CIVILIANS.equals(actedOn)
                    ? SubEventType.ARMED_CLASH : type;
            case ABDUCTION_FORCED_DISAPPEARANCE -> peopleTakenBy(actor1);
            default -> type;
        };
    }
}
