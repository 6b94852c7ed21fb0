package org.furat.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.furat.model.DateSpan;
import org.furat.model.EventType;
import org.furat.model.SubEventType;
import org.furat.text.ArabicNormalizer;
import org.furat.text.AttachedWords;

/**
 * Tells a proposal that only tells again an event the report proposed earlier, further on: news repeats its lead
 * in a later paragraph ("The shelling of the village on Monday killed four", after quotes and background), and
 * a round-up names the place of an event once more when it comes back to it. Such a proposal is the earlier one
 * told again, not a second event, when all of these hold:
 * <ul>
 * <li>it has the earlier proposal's sub-event type and the same dates (a sentence with no date of its own goes on
 *     from the report's last date, so a retelling has the date of what it retells);</li>
 * <li>its figures agree with the earlier proposal's ({@link Tolls#agree}): a second toll is a second event;</li>
 * <li>every place it names is one of the earlier proposal's places, and none is a region (a countryside holds
 *     many events); or it names no place at all, and nothing could place it apart from the earlier event.</li>
 * </ul>
 * A proposal that names a place the earlier one did not is kept apart: reports tell attacks on neighbouring
 * villages in one paragraph, and the coders of incident datasets keep them apart too. Of several earlier
 * proposals that fit, the latest is the one retold. The same class folds the other tellings of one event that a
 * report's order gives away: an announcement before the sentence that places it, a lead placed only in areas, a
 * headline dated only to the week of publication. Immutable and thread-safe.
 */
final class Retellings {

    /** A lead is a headline and the sentence after it: further on, a report tells its events one by one. */
    private static final int LEAD_PROPOSALS = 2;

    private final LocatingPlaces locatingPlaces;

    Retellings(LocatingPlaces locatingPlaces) {
        this.locatingPlaces = locatingPlaces;
    }

    /** The index in {@code earlier} of the proposal {@code later} tells again, or -1 when it tells a new event. */
    int retoldAt(List<Proposal> earlier, Proposal later) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (retells(earlier.get(i), later)) return i;
        }
        return -1;
    }

    /**
     * The index in {@code earlier} of the latest proposal on {@code later}'s dates with figures that agree, or -1: for
     * a telling with only a weak word of its event, which may stand for an event of any type, that names no place
     * ("locals must have helped with Monday's attack") or only areas that hold one of that proposal's
     * places ({@link #placedInside}: «هجمات استهدفت مواقع قسد في ريف دير الزور الشرقي», after the attack at a town
     * there that day).
     */
    int namedAgainAt(List<Proposal> earlier, Proposal later) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Proposal e = earlier.get(i);
            if (sameDatesAndTolls(e, later) && (later.places().isEmpty() || placedInside(e, later))) return i;
        }
        return -1;
    }

    /**
     * The index in {@code earlier} of the latest proposal of {@code later}'s type, on its dates, with figures that
     * agree and a place inside one of the areas {@code later} is placed at (a quarter of its city), where it is placed
     * at areas or cities only; or -1: «قصفت قوات النظام بلدة خشام أمس», then «وتعرض ريف دير الزور الشرقي لقصف مدفعي
     * أمس» tells that shelling again.
     */
    int toldOfItsAreaAt(List<Proposal> earlier, Proposal later) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Proposal e = earlier.get(i);
            if (e.type() == later.type() && sameDatesAndTolls(e, later) && placedInside(e, later)) return i;
        }
        return -1;
    }

    /**
     * Whether {@code later} is placed at areas or cities only, one of which holds a place of {@code earlier}'s (a
     * countryside its village, a city its quarter).
     */
    private boolean placedInside(Proposal earlier, Proposal later) {
        if (later.places().isEmpty()) return false;
        if (!later.places().stream().allMatch(area -> area.region() || area.groupKey() != null || locatingPlaces.city(area))) return false;
        return earlier.places().stream().anyMatch(p -> later.places().stream()
                .anyMatch(area -> locatingPlaces.liesIn(p, area) || locatingPlaces.quarterOf(p, area)));
    }

    /**
     * The proposals with a report's exercises told as one: news of drills tells them over several sentences, a
     * base in each, the weapons fired, the aircraft overhead, and incident datasets code one event for them. Each
     * later proposal of type {@link SubEventType#OTHER} (exercises, by the triggers that make it) dated to overlap
     * the first is folded into it ({@link Proposal#retoldBy}): the first keeps its evidence and adds the later one's
     * places, one exercise being held at several bases at once.
     */
    List<Proposal> exercisesFolded(List<Proposal> proposals) {
        List<Proposal> kept = new ArrayList<>(proposals.size());
        int first = -1;
        for (Proposal p : proposals) {
            if (p.type() != SubEventType.OTHER) {
                kept.add(p);
            } else if (first < 0) {
                first = kept.size();
                kept.add(p);
            } else if (kept.get(first).dates().overlaps(p.dates())) {
                kept.set(first, kept.get(first).retoldBy(p).alsoAt(p));
            } else {
                kept.add(p);
            }
        }
        return kept;
    }

    /**
     * The proposals with each that names no place folded into the next proposal of the same event after it: a
     * headline or a lead that announces "a drone strike today" before the paragraph that places it: the same
     * sub-event type, the same dates (or, for a proposal that places it, dates inside the announcement's, as a headline
     * with no date word is dated to the week of publication, or the night around the announcement's day: "on Wednesday",
     * then "the overnight strikes") and figures that agree. The later proposal keeps its
     * own evidence, places and date ({@link Proposal#retoldBy}).
     */
    List<Proposal> announcementsFolded(List<Proposal> proposals) {
        List<Proposal> kept = new ArrayList<>(proposals);
        for (int i = kept.size() - 2; i >= 0; i--) {
            Proposal announced = kept.get(i);
            if (!announced.places().isEmpty()) continue;
            for (int j = i + 1; j < kept.size(); j++) {
                Proposal later = kept.get(j);
                if (sameKind(announced, later) || later.type() == announced.type() && !later.places().isEmpty()
                        && (later.dates().within(announced.dates()) || aroundADay(announced.dates(), later.dates()))
                        && announced.tollsAgreeWith(later)) {
                    kept.set(j, later.retoldBy(announced));
                    kept.remove(i);
                    break;
                }
            }
        }
        return kept;
    }

    /**
     * The proposals with each of the report's lead placed only in areas folded into the first later proposal that
     * places the same event in one of them: a lead says «اشتباكات في ريف دير الزور الشرقي» and the body then tells
     * the clash at a village of that countryside. The lead is the proposals at the report's start placed only in
     * areas, at most a headline and its lead sentence, up to the first that names a more exact place or none;
     * what comes after is the body, where an area is an event's place of its own (a clash in a desert region is
     * told so and nowhere more exactly). The later proposal must have the lead's sub-event type, dates that overlap
     * the lead's (a lead says "this week" of what the body dates to a day), figures that agree and a place inside
     * one of the lead's areas (or, right after the lead, that area itself); it keeps its own evidence, places and
     * date ({@link Proposal#retoldBy}).
     */
    List<Proposal> areaLeadsFolded(List<Proposal> proposals) {
        List<Proposal> kept = new ArrayList<>(proposals);
        int body = 0;
        while (body < LEAD_PROPOSALS && body < kept.size() && !kept.get(body).places().isEmpty()
                && !exactlyPlaced(kept.get(body), kept)) {
            body++;
        }
        for (int i = body - 1; i >= 0; i--) {
            Proposal lead = kept.get(i);
            if (twoEvents(lead)) continue;
            for (int j = i + 1; j < kept.size(); j++) {
                Proposal later = kept.get(j);
                boolean next = j == i + 1;
                if (sameEventTold(lead, later) && later.dates().overlaps(lead.dates())
                        && lead.tollsAgreeWith(later)
                        && later.places().stream().anyMatch(p -> lead.places().stream()
                                .anyMatch(area -> locatingPlaces.liesIn(p, area) || locatingPlaces.quarterOf(p, area)
                                        || next && p.samePlaceAs(area)))) {
                    kept.set(j, later.retoldBy(lead).ofTheTypeOf(lead));
                    kept.remove(i);
                    break;
                }
            }
        }
        return kept;
    }

    /**
     * Whether {@code later} may tell {@code first}'s event by its type: the same, or a clash told with its sides and its
     * toll that a later telling tells as an attack with no sides ("ISIS militants attacked a checkpoint in the eastern
     * countryside", then "The attackers opened fire at the checkpoint at the entrance of al-Sabha"; «قتل عنصر من قسد برصاص مجهولين», then
     * «إن المسلحين أطلقوا النار على العنصر»); the type told with the sides is kept.
     */
    private static boolean sameEventTold(Proposal first, Proposal later) {
        return later.type() == first.type() || first.type() == SubEventType.ARMED_CLASH && later.type() == SubEventType.ATTACK
                && (first.actor1() != null || first.actor2() != null) && later.actor1() == null && later.actor2() == null
                && (first.killed().known() || first.injured().known());
    }

    /**
     * Whether {@code later} tells the protest {@code main} told as met by force: "Protesters clashed with SDF security
     * forces in al-Busayrah", then the body's "security forces opened fire on the demonstrators". The body's type, told
     * with what the force did, is kept.
     */
    private static boolean protestMetByForce(Proposal main, Proposal later) {
        return main.type() == SubEventType.PEACEFUL_PROTEST && (later.type() == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
                || later.type() == SubEventType.PROTEST_WITH_INTERVENTION);
    }

    /**
     * Whether a lead counts two events by the dual of its event word: «قضى موظفان … في هجومين لمسلحين مجهولين» sums up
     * the attacks the body tells one by one, and its toll is theirs together.
     */
    static boolean twoEvents(Proposal lead) {
        String word = ArabicNormalizer.normalize(lead.trigger().text().split("\\s+")[0]).text();
        return DUALS.has(word); // «بهجومين», «وغارتين»
    }

    /** Event words in the dual, as written (normalised): two attacks, two strikes, two bombings. */
    private static final AttachedWords DUALS = AttachedWords.of("هجومين", "هجومان", "هجمتين", "هجمتان", "غارتين", "غارتان", "تفجيرين",
            "تفجيران", "انفجارين", "انفجاران");

    /**
     * The proposals with each told in the report's headline alone folded into the body's telling of its event: a
     * headline sums up what the body then tells («قتيلان برصاص قسد خلال مظاهرة في زغير جزيرة.. وحملة اعتقالات في
     * القرية»), each event dated to the week of publication for want of a date word; a line dated to a day is a lead
     * paragraph with no full stop, not a headline, and is left as it is. A headline placed nowhere that the body tells
     * an event of its kind after is dropped: it sums up the body. A headline's proposal
     * is the body's first later one that shares a place with it (or lies in one of its areas), on dates inside the
     * headline's, with figures that agree: of its own sub-event type where there is one, else of its kind (a
     * headline's «قصف» is the body's air raid, its "downs drone" the body's drone brought down; see {@link #headlineWordFor});
     * the later proposal keeps its own evidence, type, places and date ({@link Proposal#retoldBy}). {@code headline}
     * is null for a report that has none.
     */
    List<Proposal> headlineFolded(List<Proposal> proposals, Span headline) {
        if (headline == null) return proposals;
        List<Proposal> kept = new ArrayList<>(proposals);
        for (int i = kept.size() - 1; i >= 0; i--) {
            Proposal told = kept.get(i);
            if (!told.evidence().within(headline) || told.dates().days() <= 2) continue;
            // «مقتل عنصر في قسد ومختار قرية برصاص مسلحين مجهولين وإصابة 3 آخرين بانفجار عبوة ناسفة»: a headline placed
            // nowhere sums up what the body tells; the body's tellings have the places and each event's own figures.
            if (targets(told).findAny().isEmpty()) {
                if (told.places().isEmpty() && toldInTheBody(kept, told, headline)) kept.remove(i);
                continue;
            }
            int body = bodyTelling(kept, told, headline, true);
            if (body < 0) body = bodyTelling(kept, told, headline, false);
            if (body >= 0) {
                kept.set(body, kept.get(body).retoldBy(told));
                kept.remove(i);
            } else if (toldPartByPart(kept, told, headline)) {
                // Its figures and sides are one part's; the body's telling of each part has its own.
                kept.remove(i);
            }
        }
        return kept;
    }

    /** The index of the body's first proposal that tells {@code told} again, of its type or only of its kind; or -1. */
    private int bodyTelling(List<Proposal> proposals, Proposal told, Span headline, boolean ofItsType) {
        for (int j = 0; j < proposals.size(); j++) {
            Proposal later = proposals.get(j);
            if (later.evidence().start() < headline.end()) continue;
            boolean typed = later.type() == told.type() || oneKindOfEvent(told.type(), later.type());
            if (ofItsType ? !typed : !headlineWordFor(told.type(), later.type())) continue;
            if (!(later.dates().within(told.dates()) || aroundADay(told.dates(), later.dates())) || !told.tollsAgreeWith(later)) continue;
            if (targets(later).anyMatch(p -> targets(told).anyMatch(h -> h.samePlaceAs(p)
                    || locatingPlaces.liesIn(p, h) || locatingPlaces.quarterOf(p, h)
                    || locatingPlaces.nearTown(p, h, HEADLINE_NEAR_KM) || locatingPlaces.inProvinceNamedBy(p, h)))) return j;
        }
        return -1;
    }

    /** Whether a proposal after the headline tells an event of {@code told}'s type or kind, on dates inside its own. */
    private static boolean toldInTheBody(List<Proposal> proposals, Proposal told, Span headline) {
        return proposals.stream().anyMatch(later -> later.evidence().start() >= headline.end()
                && (later.type() == told.type() || oneKindOfEvent(told.type(), later.type()) || headlineWordFor(told.type(), later.type()))
                && (later.dates().within(told.dates()) || aroundADay(told.dates(), later.dates())));
    }

    /**
     * Whether the body tells something at each of two or more places of {@code told}, in two or more proposals, on dates
     * inside the headline's: a headline that sums up two events in a line ("ISIS cells kill six regime soldiers in
     * Al-Bukamal desert, as Russian jets pound Al-Mayadin desert") is one proposal of one kind at the places of both,
     * which the body tells one by one.
     */
    private boolean toldPartByPart(List<Proposal> proposals, Proposal told, Span headline) {
        List<Proposal> body = proposals.stream().filter(p -> p.evidence().start() >= headline.end()
                && (p.dates().within(told.dates()) || aroundADay(told.dates(), p.dates()))).toList();
        List<Proposal> tellingAPart = body.stream()
                .filter(p -> targets(p).anyMatch(b -> targets(told).anyMatch(h -> sameOrAround(b, h)))).toList();
        // A headline at one place is left as it is: the body may tell an event of another kind there ("Protesters block
        // road in Khasham", then "US forces shelled Khasham"). At two places or more the kinds are not compared: the
        // headline's one kind is the summing-up's, and each part is proposed with its own from the body's words.
        return tellingAPart.size() >= 2 && targets(told).count() >= 2
                && targets(told).allMatch(h -> tellingAPart.stream().anyMatch(p -> targets(p).anyMatch(b -> sameOrAround(b, h))));
    }

    /** Whether the body's place {@code b} is the headline's {@code h}, lies in it or around it (a town's desert). */
    private boolean sameOrAround(PlaceMention b, PlaceMention h) {
        return b.samePlaceAs(h) || locatingPlaces.liesIn(b, h) || locatingPlaces.liesIn(h, b) || locatingPlaces.quarterOf(b, h);
    }

    /**
     * How near the body's place may lie to the headline's: a headline names the town a village of the body lies by
     * («بهجوم قرب البصيرة», then «عند مدخل قرية رميحين قرب بلدة البصيرة»).
     */
    private static final double HEADLINE_NEAR_KM = 3;

    /** A proposal's places that are no origin of its event («انطلاقاً من مواقعها في حطلة»). */
    private static Stream<PlaceMention> targets(Proposal p) {
        return p.places().stream().filter(m -> !p.origins().contains(m));
    }

    /**
     * Whether a headline's word for an event of sub-event type {@code told} may stand for the body's of type
     * {@code body}: one event type of ACLED's (explosions, battles, protests), a weapon's use and its use foiled,
     * or people shot and the protest they were shot at («قتيلان برصاص قسد» of protesters fired on) or the fight they fell in
     * («مقتل عنصر من قسد برصاص مجهولين», a fighter shot, which the body tells as a clash).
     */
    private static boolean headlineWordFor(SubEventType told, SubEventType body) {
        if (told.type() == body.type()) return true;
        return told.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE && body == SubEventType.DISRUPTED_WEAPONS_USE
                || told == SubEventType.ATTACK && (body == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
                        || body == SubEventType.ARMED_CLASH);
    }

    /**
     * The proposals with the report's first one, its main event, folded into the first later proposal that tells
     * it again dated more exactly: the same sub-event type, a place in common (or the district named after the first
     * one's town, which the first one then keeps), a date inside the first one's and figures that agree. A headline
     * with no date word is dated to the week ending on publication; the lead or a later paragraph then gives the day
     * («أمس»). The later proposal is kept, with the first one's figures where they are sharper. Two tellings dated
     * alike are left apart: a report often tells a second event at the place of its first, on the same day, and
     * names more places for it.
     */
    List<Proposal> mainEventFolded(List<Proposal> proposals) {
        if (proposals.size() < 2 || proposals.get(0).places().isEmpty()) return proposals;
        Proposal main = proposals.get(0);
        for (int j = 1; j < proposals.size(); j++) {
            Proposal later = proposals.get(j);
            if (later.type() != main.type() && !protestMetByForce(main, later) || later.dates().equals(main.dates())) continue;
            if (!later.dates().within(main.dates())) continue;
            if (!main.tollsAgreeWith(later)) continue;
            boolean samePlace = later.places().stream().anyMatch(p -> main.places().stream().anyMatch(m -> m.samePlaceAs(p)));
            // «ألقت قوى الأمن العام القبض على خلية في مدينة الميادين», then «وأوضح مدير منطقة الميادين أن عملية أمنية
            // نفذت مساء أمس»: told again at the district named after its town, the main event keeps its town. A province
            // holds many.
            boolean itsArea = !samePlace && !later.places().isEmpty()
                    && later.places().stream().allMatch(p -> main.places().stream().anyMatch(m -> locatingPlaces.unitOfItsSeat(p, m)));
            if (!samePlace && !itsArea) continue;
            List<Proposal> kept = new ArrayList<>(proposals);
            kept.set(j, samePlace ? later.retoldBy(main) : main.retoldBy(later).datedMoreExactlyBy(later));
            kept.remove(0);
            return kept;
        }
        return proposals;
    }

    /**
     * Whether a proposal names a place more exact than an area: a town, a village, a quarter, a facility. A city whose
     * quarters the report's other proposals name is an area too: «قصف على أحياء دير الزور», then the shelling of each.
     */
    private boolean exactlyPlaced(Proposal p, List<Proposal> all) {
        return p.places().stream().anyMatch(m -> !m.region() && m.groupKey() == null && !(locatingPlaces.city(m)
                && all.stream().anyMatch(o -> o != p && o.places().stream().anyMatch(q -> locatingPlaces.quarterOf(q, m)))));
    }

    /**
     * Whether {@code later} tells {@code earlier} again (see the class comment). At the same places, named again, or
     * with no place of its own, one event may be told with words of another sub-event of its kind: the battle for a
     * town as the town taken and as the fighting («سيطرت قسد على هجين» then «المعارك مستمرة في هجين»), people taken as
     * arrested and as kidnapped. Shelling
     * and an air raid at one village on one day are kept apart: reports tell both («وفي سياق متصل، استهدفت طائرة مسيرة»).
     */
    boolean retells(Proposal earlier, Proposal later) {
        boolean sameType = sameEventTold(earlier, later) || oneKindOfEvent(earlier.type(), later.type());
        if (!sameType || !sameDatesAndTolls(earlier, later)) return false;
        return later.places().stream()
                .allMatch(p -> !p.region() && earlier.places().stream().anyMatch(e -> e.samePlaceAs(p)));
    }

    /**
     * Whether a telling of sub-event type {@code later} may retell an event first told as {@code earlier}: types of one
     * of {@link #KINDS_OF_EVENT}, except ground taken after fighting told first, which is what the fighting came to,
     * a second event.
     */
    private static boolean oneKindOfEvent(SubEventType earlier, SubEventType later) {
        if (earlier == SubEventType.ARMED_CLASH && later.changesTerritory()) return false;
        return KINDS_OF_EVENT.stream().anyMatch(kind -> kind.contains(earlier) && kind.contains(later));
    }

    private static final List<Set<SubEventType>> KINDS_OF_EVENT = List.of(
            EnumSet.of(SubEventType.ARMED_CLASH, SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                    SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY),
            EnumSet.of(SubEventType.ARRESTS, SubEventType.ABDUCTION_FORCED_DISAPPEARANCE));

    /** The same sub-event type on the same dates, and figures that agree ({@link Tolls#agree}). */
    private static boolean sameKind(Proposal a, Proposal b) {
        return a.type() == b.type() && sameDatesAndTolls(a, b);
    }

    /**
     * Whether two tellings' dates are one day and the night around it: "on Wednesday" and "overnight", told «أمس» and
     * «خلال الساعات الماضية». Longer spans inside each other are left apart: a headline dated to the week holds every
     * event of it.
     */
    private static boolean aroundADay(DateSpan a, DateSpan b) {
        return a.days() <= 2 && b.days() <= 2 && (a.within(b) || b.within(a));
    }

    /** The same dates or a day and the night around it, and figures that agree ({@link Tolls#agree}). */
    private static boolean sameDatesAndTolls(Proposal a, Proposal b) {
        return (a.dates().equals(b.dates()) || aroundADay(a.dates(), b.dates())) && a.tollsAgreeWith(b);
    }

}
