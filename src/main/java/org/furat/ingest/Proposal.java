package org.furat.ingest;

import java.util.ArrayList;
import java.util.List;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;

/**
 * An incident the extractor proposes from one sentence, for the analyst to check: what happened, when, where,
 * who, how many, and the sentence that says so.
 *
 * @param evidence  the sentence, and any sentences right after it that only say where the fire came from or who
 *                  reports it (see {@link Extractor})
 * @param type      the sub-event its trigger words signal
 * @param trigger   the words that signal it
 * @param dates     when: from a date in the sentence, else the week ending on publication at WEEK precision
 *                  (see {@link DateResolver#byPublication}): the event happened on or before the report
 * @param places    the places in the sentence (a group stands for its members); may be empty (unlocated)
 * @param origins   those of the places the fire came from ("من قاعدتها في معمل كونيكو", "مصدره مواقع في …")
 * @param fallbackPlace the report's dateline place, used at region precision when the sentence names none
 * @param actor1    the side that acts, or null
 * @param actor2    the side acted on, or null
 */
public record Proposal(Span evidence, SubEventType type, Span trigger, DateSpan dates, TimePrecision timePrecision,
                       List<PlaceMention> places, List<PlaceMention> origins, PlaceMention fallbackPlace,
                       ActorMention actor1, ActorMention actor2, Casualties killed, Casualties injured) {
    public Proposal {
        places = List.copyOf(places);
        origins = List.copyOf(origins);
        if (!places.containsAll(origins)) throw new IllegalArgumentException("Origins must be among the places");
    }

    /**
     * This proposal, made from a report's lead, with the proposal of the headline that announced the same event
     * (or of an earlier sentence that told it less exactly) folded in: the evidence grown to {@code evidence}; the lead's places and figures, the headline's where the
     * lead has none (a headline often names the place or toll the lead leaves out); the lead's date, and the lead's
     * sides where it names any (a headline's short syntax often puts the side struck first, where the actor would
     * stand), else the headline's («مقتل عنصرين من قوات الحكومة بانفجار», then «انفجرت عبوة ناسفة في بادية العشارة»),
     * and a side the lead leaves out from the headline ({@link #sidesWith}). {@code headlinePlaced}: the headline
     * names the event's place more exactly than the lead, which names only the area it lies in ("Gunmen kill council
     * official in Dhiban", then "… in the eastern countryside of Deir ez-Zor"); its places are the event's.
     */
    Proposal leading(Proposal headline, Span evidence, boolean headlinePlaced) {
        // The places come from one sentence, never a mix: the lead's, else the headline's, else a dateline.
        boolean placedByHeadline = headlinePlaced || places.isEmpty() && (!headline.places.isEmpty() || fallbackPlace == null);
        Proposal located = placedByHeadline ? headline : this;
        Sides sides = sidesWith(headline);
        return new Proposal(evidence, type, trigger, dates, timePrecision,
                located.places, located.origins, located.fallbackPlace,
                sides.actor1(), sides.actor2(),
                killed.known() ? killed : headline.killed, injured.known() ? injured : headline.injured);
    }

    /**
     * This proposal with the type its toll makes it, once every telling is read: people killed in an arrest of
     * civilians («مقتل شخصين … خلال محاولة اعتقالهما من قبل قسد») were attacked; a raid that killed members of an armed
     * side ("a raid near Busayrah … killed five suspected jihadists") was a clash with them.
     */
    Proposal typedByItsToll() {
        if (type != SubEventType.ARRESTS && type != SubEventType.ABDUCTION_FORCED_DISAPPEARANCE || killed.low() == null
                || killed.low() == 0) {
            return this;
        }
        // «قتل ستة مدنيين وخُطف ثمانية آخرون في هجوم»: people killed where others were taken were attacked (fighters
        // taken after a clash fought it).
        SubEventType byToll = actor2 == null || "civilians".equals(actor2.actorKey()) ? SubEventType.ATTACK : SubEventType.ARMED_CLASH;
        return new Proposal(evidence, byToll, trigger, dates, timePrecision, places, origins, fallbackPlace, actor1, actor2, killed, injured);
    }

    /**
     * This proposal, a protest, as what the next sentence's event words make it: "Residents protested in Dhiban" then
     * "Security forces dispersed them with batons" is one protest, with intervention.
     */
    Proposal protestMetBy(List<EventClassifier.Trigger> later) {
        SubEventType met = protestMet(type, later);
        return met == type ? this : new Proposal(evidence, met, trigger, dates, timePrecision, places, origins, fallbackPlace,
                actor1, actor2, killed, injured);
    }

    /**
     * A protest of sub-event type {@code type} as what event words {@code words} say was done to it (the most severe),
     * or {@code type} itself where it is no protest.
     */
    static SubEventType protestMet(SubEventType type, List<EventClassifier.Trigger> words) {
        if (!protest(type)) return type;
        SubEventType met = type;
        for (EventClassifier.Trigger t : words) {
            Integer s = PROTEST_SEVERITY.get(t.type());
            if (s != null && s > PROTEST_SEVERITY.get(met)) met = t.type();
        }
        return met;
    }

    /** Whether {@code type} is a protest, whatever was done to it: left alone, broken up or fired on. */
    static boolean protest(SubEventType type) {
        return PROTEST_SEVERITY.containsKey(type);
    }

    /** Protests by what was done to them: left alone, broken up, fired on. */
    private static final java.util.Map<SubEventType, Integer> PROTEST_SEVERITY = java.util.Map.of(
            SubEventType.PEACEFUL_PROTEST, 0, SubEventType.PROTEST_WITH_INTERVENTION, 1,
            SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, 2);

    /**
     * This proposal with its sides named as on the day it began: "the Syrian army" in a report of 10 December 2024
     * on fighting of 3 December is the former government's ({@link SideSuccessions}).
     */
    Proposal withSidesOfItsDay() {
        ActorMention one = actor1 == null ? null : actor1.on(dates.start());
        ActorMention two = actor2 == null ? null : actor2.on(dates.start());
        if (one == actor1 && two == actor2) return this;
        return new Proposal(evidence, type, trigger, dates, timePrecision, places, origins, fallbackPlace, one, two, killed, injured);
    }

    /**
     * This proposal with its evidence grown to {@code evidence}, {@code moreOrigins} added as origins, and the
     * follow-up's figures taken for the kinds it had none of, or where they say more exactly what its own say (two
     * figures for one event are never added up).
     */
    Proposal followedBy(Span evidence, List<PlaceMention> moreOrigins, Casualties moreKilled, Casualties moreInjured) {
        List<PlaceMention> allPlaces = new ArrayList<>(places);
        List<PlaceMention> allOrigins = new ArrayList<>(origins);
        for (PlaceMention m : moreOrigins) {
            if (!allPlaces.contains(m)) allPlaces.add(m);
            if (!allOrigins.contains(m)) allOrigins.add(m);
        }
        return new Proposal(evidence, type, trigger, dates, timePrecision, allPlaces, allOrigins, fallbackPlace,
                actor1, actor2, Tolls.sharper(killed, moreKilled), Tolls.sharper(injured, moreInjured));
    }

    /** This proposal with its evidence grown to {@code evidence} and its figures now these: more told, or a toll risen. */
    Proposal countedAgain(Span evidence, Casualties newKilled, Casualties newInjured) {
        return new Proposal(evidence, type, trigger, dates, timePrecision, places, origins, fallbackPlace,
                actor1, actor2, newKilled, newInjured);
    }

    /**
     * This proposal with another telling of its event folded in ({@link Retellings}): its own evidence, places,
     * date and type; of the two tellings' figures, the sharper ({@link Tolls#sharper}); the sides of both
     * ({@link #sidesWith}). The evidence stays this proposal's own: grown to the other telling it would take in the
     * events told between them.
     */
    Proposal retoldBy(Proposal retelling) {
        Sides sides = sidesWith(retelling);
        return new Proposal(evidence, type, trigger, dates, timePrecision, places, origins, fallbackPlace,
                sides.actor1(), sides.actor2(), Tolls.sharper(killed, retelling.killed), Tolls.sharper(injured, retelling.injured));
    }

    private record Sides(ActorMention actor1, ActorMention actor2) {}

    /**
     * The sides of one event told twice: this telling's where it names any, else the other's; then a side this one
     * leaves out, named by the other where it is no side this one names ("A car bomb killed two US soldiers", then
     * "An ISIS car bomb rocked the convoy"). One actor is never both sides.
     */
    private Sides sidesWith(Proposal other) {
        boolean sided = actor1 != null || actor2 != null;
        ActorMention one = sided ? actor1 : other.actor1, two = sided ? actor2 : other.actor2;
        if (one == null && other.actor1 != null && !other.actor1.sameSideAs(two)) one = other.actor1;
        if (two == null && other.actor2 != null && !other.actor2.sameSideAs(one)) two = other.actor2;
        return new Sides(one, two);
    }

    /** Whether this proposal's figures and {@code other}'s can count the same people, of both kinds ({@link Tolls#agree}). */
    boolean tollsAgreeWith(Proposal other) {
        return Tolls.agree(killed, other.killed) && Tolls.agree(injured, other.injured);
    }

    /**
     * Whether both proposals give the same figures of dead and wounded, some of them more than none: «استشهاد عسكريين
     * اثنين وإصابة 4» then «استشهد عسكريان اثنان وأصيب أربعة آخرون». Told so, two tellings are one event whatever kind
     * each one's words make it.
     */
    boolean sameTollAs(Proposal other) {
        boolean someHurt = killed.best() != null && killed.best() > 0 || injured.best() != null && injured.best() > 0;
        return someHurt && killed.equals(other.killed) && injured.equals(other.injured);
    }

    /** This proposal with the side that claimed it as the side that acted ({@link Claims}), its evidence grown to {@code evidence}. */
    Proposal claimedBy(ActorMention claimant, Span evidence) {
        return new Proposal(evidence, type, trigger, dates, timePrecision, places, origins, fallbackPlace, claimant, actor2,
                killed, injured);
    }

    /** This proposal as an event of {@code like}'s type, which it is told to be like («قصف مماثل», "a similar strike"). */
    Proposal ofTheTypeOf(Proposal like) {
        return new Proposal(evidence, like.type, trigger, dates, timePrecision, places, origins, fallbackPlace, actor1, actor2,
                killed, injured);
    }

    /** This proposal with the sides {@code acting} and {@code actedOn}. */
    Proposal between(ActorMention acting, ActorMention actedOn) {
        return new Proposal(evidence, type, trigger, dates, timePrecision, places, origins, fallbackPlace, acting, actedOn,
                killed, injured);
    }

    /** This proposal with {@code side} as the side acted on, where a later toll counts its people. */
    Proposal hurting(ActorMention side) {
        return new Proposal(evidence, type, trigger, dates, timePrecision, places, origins, fallbackPlace, actor1, side,
                killed, injured);
    }

    /**
     * This proposal dated as {@code other} where {@code other}'s dates lie inside its own and say more: a telling
     * dated to the week of publication, then to the day.
     */
    Proposal datedMoreExactlyBy(Proposal other) {
        if (!other.dates.within(dates) || other.dates.equals(dates)) return this;
        return new Proposal(evidence, type, trigger, other.dates, other.timePrecision, places, origins, fallbackPlace,
                actor1, actor2, killed, injured);
    }

    /** This proposal with {@code other}'s places (and origins) added after its own, all else its own. */
    Proposal alsoAt(Proposal other) {
        List<PlaceMention> allPlaces = new ArrayList<>(places);
        List<PlaceMention> allOrigins = new ArrayList<>(origins);
        for (PlaceMention m : other.places) if (!allPlaces.contains(m)) allPlaces.add(m);
        for (PlaceMention m : other.origins) if (!allOrigins.contains(m)) allOrigins.add(m);
        return new Proposal(evidence, type, trigger, dates, timePrecision, allPlaces, allOrigins, fallbackPlace,
                actor1, actor2, killed, injured);
    }

    /** This proposal, told with no place, placed at {@code where} by a later sentence: its evidence grown to {@code evidence}. */
    Proposal placedBy(List<PlaceMention> where, List<PlaceMention> whereFrom, Span evidence) {
        return new Proposal(evidence, type, trigger, dates, timePrecision, where, whereFrom, fallbackPlace, actor1, actor2,
                killed, injured);
    }
}
