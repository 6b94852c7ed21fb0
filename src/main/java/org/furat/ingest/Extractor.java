package org.furat.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.furat.model.Actor;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.EventType;
import org.furat.model.Place;
import org.furat.model.PlaceGroup;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import org.furat.text.FullStops;
import org.furat.text.Proclitics;

/**
 * Reads a news report and proposes incidents: it finds places, dates, actors, casualty counts and the words
 * that say what happened, then makes one proposal per sentence that reports an event (background and opinion
 * sentences, with no event words, make none). A sentence listing many places with one action is one proposal
 * linked to all of them; a place named after an origin cue is where the fire came from ({@link OriginCues}). A
 * sentence that only tells more of the event proposed from the sentence before it, who reports it, where the
 * fire came from or its toll, makes no proposal of its own: it joins that proposal's evidence, its origins that
 * proposal's places and its figures the kinds that proposal had none of ({@link FollowUps}). An event told again
 * further on, announced before it is placed, or led by a headline placed only in areas or dated only to the week
 * of publication is one proposal ({@link Retellings}); an unplaced event recalled from another time makes none
 * ({@link BackgroundEvents}). Build once per gazetteer; thread-safe.
 */
public final class Extractor {

    /** Of a sentence's triggers, the one that names its event: strong words before weak ones, then by {@link #weight}. */
    private static final Comparator<EventClassifier.Trigger> BY_WEIGHT = Comparator
            .comparing(EventClassifier.Trigger::weak).thenComparingInt(t -> weight(t.type()));

    private final PlaceMatcher places;
    private final ProvinceNames provinces;
    private final LatinSpellings otherSpellings;
    private final GenericStatements generic = new GenericStatements();
    private final Captions captions = new Captions();
    private final RelatedLinks relatedLinks = new RelatedLinks();
    private final ActorMatcher actors;
    /** The side each base is held by (data/lexicons/base-holders.csv), by place key, for the sides of the actor list. */
    private final Map<String, String> baseHolders;
    private final EventClassifier events = new EventClassifier();
    /** The number words, loaded once and read by both the date and the casualty finder. */
    private final NumberWords numbers = NumberWords.standard();
    private final DateResolver dates = new DateResolver(numbers);
    private final CasualtyExtractor casualties = new CasualtyExtractor(numbers);
    private final OriginCues originCues = new OriginCues();
    private final FollowUps followUps = new FollowUps();
    private final SeparateEvents separateEvents = new SeparateEvents();
    private final Claims claims = new Claims();
    private final LocatingPlaces locatingPlaces;
    private final ActorRoles roles = new ActorRoles();
    private final Retellings retellings;

    public Extractor(List<Place> gazetteer, List<PlaceGroup> groups, List<Actor> actorList) {
        this.places = new PlaceMatcher(gazetteer, groups);
        this.provinces = new ProvinceNames(gazetteer, groups);
        this.otherSpellings = new LatinSpellings(gazetteer);
        this.locatingPlaces = new LocatingPlaces(gazetteer);
        this.retellings = new Retellings(locatingPlaces);
        this.actors = new ActorMatcher(actorList);
        // A side an analyst merged away or never had holds no base here.
        Set<String> sides = new HashSet<>();
        for (Actor a : actorList) sides.add(a.key());
        Map<String, String> held = new java.util.HashMap<>();
        for (LexiconCsv.Row row : LexiconCsv.read("base-holders", "place", "actor")) {
            if (sides.contains(row.get("actor"))) held.put(row.get("place"), row.get("actor"));
        }
        this.baseHolders = Map.copyOf(held);
    }

    /** The day a report with no publication date states it was written, if it does ({@link DateResolver#statedDay}). */
    public java.util.Optional<LocalDate> statedDay(String text, LocalDate notAfter) {
        return dates.statedDay(text, notAfter);
    }

    public Extraction extract(String text, LocalDate published, TimePrecision publishedPrecision) {
        return extract(text, published, publishedPrecision, true);
    }

    /**
     * @param publicationKnown false when {@code published} is only the day a page with no date was read: dates are
     *     still read against it, but a name whose side changed on a day («الجيش السوري») keeps its earlier side,
     *     as the page may be older than the change
     */
    public Extraction extract(String text, LocalDate published, TimePrecision publishedPrecision, boolean publicationKnown) {
        // Normalised and cut into tokens and sentences once; every finder reads this one form.
        TokenizedText tokenized = new TokenizedText(text);
        List<ActorMention> actorMentions = RepeatedHeads.with(tokenized, actors.find(tokenized, publicationKnown ? published : null));
        // «قوات مجلس دير الزور العسكري»: a place named inside a side's name is part of the name.
        List<PlaceMention> placeMentions = locatingPlaces.namesakesOutside(tokenized,
                withOtherSpellings(tokenized, places.findIn(tokenized)).stream()
                        .filter(p -> actorMentions.stream().noneMatch(a -> p.span().within(a.span())))
                        .map(m -> provinces.read(text, m)).toList());
        List<DateMention> dateMentions = dates.findIn(tokenized, published, publishedPrecision);
        // «ارتفع إلى 340 عدد القتلى منذ انطلاق العملية»: a running total counts no event.
        RunningTotals totals = RunningTotals.in(tokenized, dateMentions, published);
        List<CasualtyMention> tollsFound = totals.without(
                outsideDates(casualties.findIn(tokenized, sideEnds(tokenized, actorMentions)), dateMentions));
        // Captions and other reports' titles tell no event of this report, and date none.
        List<Span> leftoverLines = new ArrayList<>(captions.in(text));
        leftoverLines.addAll(relatedLinks.in(text));
        List<EventClassifier.Trigger> found = GroundWeapons.fought(tokenized, java.util.stream.Stream.concat(events.find(tokenized).stream(),
                        SideKillings.find(tokenized, actorMentions, tollsFound).stream())
                .sorted(java.util.Comparator.comparingInt(t -> t.span().start())).toList());
        List<Span> untold = found.stream().filter(t -> hypothetical(tokenized, t.span()) || countedFrom(tokenized, t))
                .map(EventClassifier.Trigger::span).toList();
        List<EventClassifier.Trigger> triggers = found.stream()
                .filter(t -> !untold.contains(t.span()) && !andAfterAny(tokenized, untold, t.span())
                        && !AimedAt.aimedAt(tokenized, t) && !MineClearance.clears(tokenized, t, tollsFound)
                        && !inAny(leftoverLines, t.span()) && !inHashtag(text, t.span())
                        && !DeniedEvents.denied(tokenized, t, tollsFound) && !DeniedEvents.without(tokenized, t))
                .toList();
        // "arrested people after the killing of one of its members": a toll that caused the event told is not its toll.
        // Nor do they count or place any: "Related stories / SDF: coalition-backed raid kills ISIS emir in Hasakah".
        List<CasualtyMention> casualtyMentions = tollsFound.stream()
                .filter(c -> !SubordinateTriggers.causeToll(tokenized, c, triggers) && !inAny(leftoverLines, c.span())).toList();
        Dateline dateline = dateline(text, placeMentions);
        List<PlaceMention> origins = originCues.origins(tokenized, placeMentions);
        List<Span> reportCues = followUps.reportCues(tokenized);
        Within<Span> claimsIn = new Within<>(claims.find(tokenized), s -> s);

        // Filed by position once, so each sentence finds its own mentions without a look at all of them.
        Within<PlaceMention> placesIn = new Within<>(placeMentions.stream().filter(p -> !inAny(leftoverLines, p.span())).toList(),
                PlaceMention::span);
        // "in retaliation for the attack on Tower 22 in late January": the day of what an event answered dates neither it
        // nor the sentences after it.
        List<DateMention> datesOfEvents = dateMentions.stream()
                .filter(d -> !SubordinateTriggers.datesWhatWasAnswered(tokenized, d.span(), triggers)).toList();
        Within<DateMention> datesIn = new Within<>(datesOfEvents, DateMention::span);
        Within<CasualtyMention> casualtiesIn = new Within<>(casualtyMentions, CasualtyMention::span);
        Within<ActorMention> actorsIn = new Within<>(actorMentions, ActorMention::span);
        Within<Span> reportCuesIn = new Within<>(reportCues, s -> s);
        Within<Span> openersIn = new Within<>(separateEvents.find(tokenized), s -> s);
        Within<EventClassifier.Trigger> triggersIn = new Within<>(triggers, EventClassifier.Trigger::span);
        Set<PlaceMention> isOrigin = new HashSet<>(origins);

        List<Proposal> proposals = new ArrayList<>();
        List<PlaceMention> previousPlaces = List.of();
        Proposal previous = null; // the proposal made or grown last, if any
        // The dates outside the dateline in text order, and the last one read before the current sentence.
        Set<DateMention> saidOn = datesOfSaying(tokenized, dateMentions, reportCues);
        Set<DateMention> spokenOn = statementDates(tokenized, dateMentions, reportCues, saidOn, triggers);
        List<DateMention> eventDates = datesOfEvents.stream()
                .filter(d -> !inDateline(dateline, d.span()) && !inAny(leftoverLines, d.span()) && !spokenOn.contains(d)
                        && !RunningTotals.datesAStartCountedFrom(tokenized, d.span())).toList();
        int datesRead = 0;
        List<Span> clauses = withListsRejoined(tokenized, tokenized.sentences(), triggers, casualtyMentions);
        List<Span> sentences = CoordinatedEvents.parted(tokenized, clauses, triggers, placeMentions, casualtyMentions, BY_WEIGHT);
        Proposal fromHeadline = null; // the headline's proposal, until the first event sentence after it
        boolean headlineRead = false; // the first event sentence, the headline or not, has been read
        Set<String> told = new HashSet<>(); // the sentences read, as written
        Span tollAhead = null; // a clause of only a toll, joined by a comma to the event clause after it
        for (int s = 0; s < sentences.size(); s++) {
            Span sentence = sentences.get(s);
            // A page that prints its title twice, or a paragraph again, tells nothing the second time.
            if (!told.add(asWritten(sentence.text()))) {
                tollAhead = null;
                continue;
            }
            List<PlaceMention> named = placesIn.in(sentence).stream()
                    .filter(p -> !p.outsideMap() && !inDateline(dateline, p.span())).toList();
            // «خشام بريف دير الزور»: the countryside says where Khasham lies; it is no second event place. A home town does
            // not stand for the event's place here («خطف معلم من أبناء بلدة الكسرة على الطريق الواصل بين البصيرة والصبحة»).
            List<PlaceMention> locating = locatingPlaces.locatingIn(tokenized,
                    named.stream().filter(p -> !AsidePlaces.aside(tokenized, p)).toList());
            // «قتل شاب ينحدر من بلدة الشحيل … في مدينة البصيرة»: a home town or a hospital's town is no second event place.
            List<PlaceMention> here = AsidePlaces.eventPlaces(tokenized, named.stream().filter(p -> !locating.contains(p)).toList());
            // «ما أسباب التظاهر؟»: a question (a subheading, a reader's) tells no event; nor does what people are charged
            // with («وآخر متورطاً في زرع العبوات الناسفة»).
            // A round-up's title («حصيلة اليوم| …») lists the incidents the report tells one by one after it.
            List<EventClassifier.Trigger> said = asks(text, sentence) || RoundUpTitles.isTitle(tokenized, sentence) ? List.of()
                    : withoutCharges(tokenized, triggersIn.in(sentence));
            while (datesRead < eventDates.size() && eventDates.get(datesRead).span().end() <= sentence.start()) datesRead++;
            DateMention dateBefore = datesRead > 0 ? eventDates.get(datesRead - 1) : null;
            // «ليل الاثنين - الثلاثاء» told before: the days of both, not the second alone.
            if (datesRead > 1) {
                DateMention lasted = DateResolver.lastedInto(tokenized, eventDates.get(datesRead - 2), List.of(dateBefore));
                if (lasted != eventDates.get(datesRead - 2)) dateBefore = lasted;
            }
            Proposal made = null;
            boolean retoldEarlier = false; // the sentence retold a proposal other than the last one
            // An event placed off the map, named right after its words ("shells on Hasaka countryside"), is not where
            // the report was filed, nor, placed nowhere else, more of the event told before it («هاجمت خلية نقطة
            // عسكرية في ريف الحسكة»); a place off the map named elsewhere in the sentence may be context («بالتزامن مع
            // التصعيد العسكري في لبنان»).
            boolean offTheMap = placesIn.in(sentence).stream().anyMatch(p -> p.outsideMap() && !inDateline(dateline, p.span())
                    && (said.stream().anyMatch(t -> p.span().start() >= t.span().end()
                            && p.span().start() - t.span().end() <= OFF_THE_MAP_CHARS) || framedBy(tokenized, sentence, p)));
            boolean onlyOffTheMap = offTheMap && here.isEmpty();
            // "US forces responded by shelling the launch sites", «وردّت القوات الأمريكية بقصف»: a sentence whose event
            // words a verb of answering comes before tells a second event, never more of or again the one it answers.
            boolean answer = !said.isEmpty()
                    && Responses.answering(tokenized, Span.of(text, sentence.start(), said.get(0).span().start()));
            // «وفي سياق منفصل، …», "In a separate incident, …": a new event, whatever it shares with the one before.
            // «الأمن العام يعتقل 14 شخصاً بحملة دهم في الميادين.. ومقتل عنصر باشتباك»: a headline's items, joined by two dots.
            boolean apart = openersIn.in(sentence).stream().anyMatch(o -> SeparateEvents.opens(tokenized, sentence, o))
                    || secondHeadlineItem(tokenized, sentence, said);
            // «وخلال الحملة، اندلع اشتباك قصير»: fighting during the event before, an event of its own where that one was.
            boolean during = happenedDuring(tokenized, sentence, said, previous);
            // A quarter the gazetteer lacks lies in the town named before, unless the sentence is told apart from what
            // came before («وفي سياق منفصل») and does not name the town again («بالمدينة»).
            boolean inTheTownBefore = !apart || refersBack(tokenized, sentence, triggersIn.in(sentence));
            apart |= during;
            if (!said.isEmpty()) {
                FollowUps.Sentence facts = new FollowUps.Sentence(sentence, said, here,
                        here.stream().filter(isOrigin::contains).toList(),
                        datesIn.in(sentence).stream().filter(d -> !inDateline(dateline, d.span()) && !spokenOn.contains(d)).toList(),
                        casualtiesIn.in(sentence), !reportCuesIn.in(sentence).isEmpty());
                // «ويشكو سكان الشحيل من المداهمات», «ويعد هذا الهجوم الثالث على القاعدة»: events in general, or the one
                // just told counted among others.
                boolean inGeneral = generic.speaksInGeneral(tokenized, facts) || generic.countsTheEventAgain(tokenized, facts)
                        || generic.countsEvents(tokenized, facts);
                if (!apart && previous != null && previous == lastOf(proposals) && TollsTold.moreHurt(tokenized, previous, facts)) {
                    // «…، كما قتل مدنيان كانا قرب الحاجز», "while two attackers were also killed": more people of the
                    // event just told, whose only event words are the toll's.
                    made = previous.countedAgain(Span.of(text, previous.evidence().start(), sentence.end()),
                            TollsTold.countedOn(tokenized, previous.killed(), facts.casualties(), CasualtyMention.Kind.KILLED),
                            TollsTold.countedOn(tokenized, previous.injured(), facts.casualties(), CasualtyMention.Kind.INJURED));
                    proposals.set(proposals.size() - 1, made);
                } else if (!apart && previous != null && !onlyOffTheMap && !cameAfter(tokenized, sentence, said) && !answer
                        && followUps.follows(previous, facts)) {
                    Proposal met = facts.reported() ? previous : previous.protestMetBy(said);
                    made = withTheHurt(tokenized, followedBy(tokenized, met, sentence, facts, facts.origins()),
                            actorsIn.in(sentence), facts.casualties());
                    proposals.set(proposals.size() - 1, made);
                } else if (previous != null && previous == lastOf(proposals) && !claimsIn.in(sentence).isEmpty() && here.isEmpty()
                        && said.stream().allMatch(t -> t.weak() || definite(tokenized, t.span()))) {
                    // "ISIS claimed responsibility for the attack on Thursday", «وتبنى تنظيم داعش الهجوم»: the claim of the
                    // event just told, dated the day it was made; who claimed it is read below.
                    made = null;
                } else if ((tellsNothingOfItsOwn(facts, placesIn.in(sentence),
                        during || refersBack(tokenized, sentence, triggersIn.in(sentence))) || followedOnly(tokenized, previous, fromHeadline, facts))
                        && !proposals.isEmpty() || inGeneral || totals.tells(sentence, said)) {
                    // "SDF forces imposed a cordon around the village after the attack": what followed the event told.
                    // «وتستمر الاشتباكات», «حالات خطف في المنطقة»: event words with no place, toll or date, after the
                    // report's events, speak of fighting in general; «يرتفع إلى 41 عدد الذين قتلوا في عمليات اغتيال منذ
                    // مطلع نيسان» counts many events. The words stay highlighted for the analyst.
                    made = null;
                    // "Security forces dispersed them with batons": what was done to the protest just told (not a
                    // general statement or a total, nor what some only reported of it).
                    Proposal met = previous == null ? null : previous.protestMetBy(said);
                    if (met != previous && previous == lastOf(proposals) && !facts.reported()
                            && !inGeneral && !totals.tells(sentence, said)) {
                        made = followedBy(tokenized, met, sentence, facts, List.of());
                        proposals.set(proposals.size() - 1, made);
                    }
                } else {
                    List<PlaceMention> where = here.isEmpty() && (during || refersBack(tokenized, sentence, triggersIn.in(sentence)))
                            || onlyAreas(here) && !previousPlaces.isEmpty() && refersToASettlement(tokenized, sentence) ? previousPlaces
                            : inTheTownBefore ? withTheirTown(tokenized, here, previousPlaces) : here;
                    made = propose(tokenized, facts, where, where.stream().filter(isOrigin::contains).toList(),
                            where.isEmpty() && dateline != null && !offTheMap ? dateline.place() : null, actorsIn.in(sentence),
                            dateBefore, published, publishedPrecision);
                    boolean sameKindOrToll = fromHeadline != null && (fromHeadline.type() == made.type()
                            || fromHeadline.sameTollAs(made) && placesAgree(fromHeadline, made));
                    if (!apart && sameKindOrToll && proposals.get(proposals.size() - 1) == fromHeadline) {
                        // The lead tells what the headline announced: one event, told by the lead. The same figures of
                        // dead and wounded tell it, whatever kind each one's words make it (a "terrorist attack" on a
                        // bus of soldiers in the headline, an «اعتداء» in the lead).
                        made = made.leading(fromHeadline, Span.of(text, fromHeadline.evidence().start(), sentence.end()),
                                placedInsideAreasOf(fromHeadline, made));
                        proposals.set(proposals.size() - 1, made);
                    } else if (!apart && !proposals.isEmpty() && placesWithin(proposals.get(proposals.size() - 1), made)) {
                        // «قتل عنصران بانفجار عبوة بريف دير الزور الشرقي» then «وانفجرت العبوة في بلدة الشحيل»: the
                        // same event told again, placed more exactly.
                        Proposal earlier = proposals.get(proposals.size() - 1);
                        made = made.leading(earlier, Span.of(text, earlier.evidence().start(), sentence.end()), false);
                        proposals.set(proposals.size() - 1, made);
                    } else if (!apart && previous != null && previous == lastOf(proposals) && !reportCuesIn.in(sentence).isEmpty() && !answer
                            && !saysAlso(tokenized, sentence) && !opensLater(tokenized, sentence)
                            && toldAgain(tokenized, previous, made, said, locating)) {
                        // «وقالت شبكة محلية إن القصف أصاب سيارة قرب طريق السكرية»: another source telling the event
                        // just told, by its definite name, places it where it says; one event, the first telling's.
                        made = previous.retoldBy(made).alsoAt(made).datedMoreExactlyBy(made);
                        proposals.set(proposals.size() - 1, made);
                    } else {
                        // «وارتفعت حصيلة قتلى القصف على خشام إلى 5»: a toll risen since tells the event again, by
                        // its new figure, which replaces the first.
                        // A tally that also counts places off the map («ليرتفع عدد من قتلوا غيلةً في حلب
                        // والرقة والحسكة ودير الزور … إلى 383») counts people of other events: it may tell the event again, but its
                        // figures are not the event's. One place off the map («بينهم نازحون من حلب») is no tally.
                        boolean elsewhereToo = placesIn.in(sentence).stream()
                                .filter(p -> p.outsideMap() && !inDateline(dateline, p.span())).count() >= 2;
                        boolean risen = !elsewhereToo && facts.casualties().stream().anyMatch(CasualtyMention::risen);
                        Proposal retelling = risen || elsewhereToo
                                ? made.countedAgain(made.evidence(), Casualties.UNKNOWN, Casualties.UNKNOWN) : made;
                        int retold = answer || apart ? -1 : retellings.retoldAt(proposals, retelling);
                        if (retold < 0 && !answer && !apart && !onlyOffTheMap && said.stream().allMatch(EventClassifier.Trigger::weak)) {
                            retold = retellings.namedAgainAt(proposals, retelling);
                        }
                        if (retold < 0 && !answer && !apart) retold = retellings.toldOfItsAreaAt(proposals, retelling);
                        if (retold < 0) {
                            made = byTheSameSide(tokenized, likeTheLast(tokenized, made, proposals), proposals);
                            proposals.add(made);
                        } else {
                            // The event of an earlier paragraph told again: that proposal, not a second one.
                            Proposal first = proposals.get(retold).retoldBy(retelling);
                            proposals.set(retold, !risen ? first : first.countedAgain(first.evidence(),
                                    TollsTold.countedOn(tokenized, first.killed(), facts.casualties(), CasualtyMention.Kind.KILLED),
                                    TollsTold.countedOn(tokenized, first.injured(), facts.casualties(), CasualtyMention.Kind.INJURED)));
                            retoldEarlier = retold < proposals.size() - 1;
                            made = proposals.get(retold);
                        }
                    }
                }
                fromHeadline = !headlineRead && made != null && proposals.size() == 1 && endsLine(text, sentence) ? made : null;
                headlineRead |= made != null;
            }
            // "A drone strike killed five …" then "SOHR said the car was struck on the road out of al-Kishmah toward
            // al-Duwair": a reported sentence with no event words of its own places the event just told with none.
            // "Gunmen shot dead a civilian in the eastern Deir ez-Zor countryside", then "The man was killed in front of
            // his house in the village of Dhiban": a sentence with none that tells of the people hurt places an event
            // told only in areas at a village inside them (one that only describes the area names its landmarks).
            // "The victims were from Mahkan; the wounded were taken to a hospital in al-Mayadin": home towns and
            // hospitals place nothing.
            List<PlaceMention> wentOn = here.stream().filter(p -> !AsidePlaces.aside(tokenized, p)).toList();
            if (said.isEmpty() && previous != null && previous == lastOf(proposals)
                    && wentOn.stream().anyMatch(p -> !p.region() && p.groupKey() == null)
                    && (previous.places().isEmpty() && !reportCuesIn.in(sentence).isEmpty()
                            || !casualtiesIn.in(sentence).isEmpty() && placesInItsAreas(previous, wentOn))) {
                made = previous.placedBy(wentOn, wentOn.stream().filter(isOrigin::contains).toList(),
                        Span.of(text, previous.evidence().start(), sentence.end()));
                proposals.set(proposals.size() - 1, made);
            }
            // «مجهولون أطلقوا النار على أحد عناصر قسد», then «وتبنى تنظيم داعش عملية الاغتيال»: who claimed it acted.
            Proposal claimed = made != null ? made : previous;
            if (claimed != null && claimed == lastOf(proposals) && claimed.actor1() == null && !claimsIn.in(sentence).isEmpty()) {
                ActorMention claimant = Claims.claimant(tokenized, claimsIn.in(sentence).get(0), actorsIn.in(sentence));
                if (claimant != null && !claimant.sameSideAs(claimed.actor2())) {
                    made = claimed.claimedBy(claimant,
                            Span.of(text, claimed.evidence().start(), Math.max(claimed.evidence().end(), sentence.end())));
                    proposals.set(proposals.size() - 1, made);
                }
            }
            // «قصفت طائرة مسيرة سيارة في بلدة خشام» then «وأكدت المصادر سقوط 7 قتلى», "Three soldiers were killed and four
            // wounded": a toll with no event words, place or date of its own counts the event just told; a sentence saying
            // nobody was hurt ("No one was hurt, a US official said") counts it only where it has no figure.
            // A toll given with the day a source spoke ("The Civil Defence said on Monday that seven people had been
            // killed") counts it too, as does one naming only the town of the hospital the wounded were taken to.
            // "Two SDF fighters were killed, while four others sustained injuries in an ISIS attack": the toll told
            // first, in a clause of its own, counts the event of the clause after it.
            if (tollAhead != null && made != null && made == lastOf(proposals) && !retoldEarlier) {
                List<CasualtyMention> toll = casualtiesIn.in(tollAhead);
                made = made.followedBy(Span.of(text, Math.min(tollAhead.start(), made.evidence().start()), made.evidence().end()),
                        List.of(), TollsTold.countedOn(tokenized, Casualties.UNKNOWN, toll, CasualtyMention.Kind.KILLED),
                        TollsTold.countedOn(tokenized, Casualties.UNKNOWN, toll, CasualtyMention.Kind.INJURED));
                proposals.set(proposals.size() - 1, made);
            }
            tollAhead = said.isEmpty() && here.isEmpty() && s + 1 < sentences.size()
                    && casualtiesIn.in(sentence).stream().anyMatch(c -> c.count().low() != null && c.count().low() > 0)
                    && clauseBefore(text, sentence, sentences.get(s + 1)) && !triggersIn.in(sentences.get(s + 1)).isEmpty() ? sentence : null;
            List<CasualtyMention> tollHere = casualtiesIn.in(sentence);
            Proposal counted = tollRisenOn(made != null ? made : previous, proposals, tollHere);
            // "No casualties were reported": nobody hurt, where the event has no figure yet. "The death toll rose to two
            // on Friday": the day a toll rose is not the event's.
            boolean nobodyHurt = counted != null && !counted.killed().known() && !counted.injured().known()
                    && !tollHere.isEmpty() && tollHere.stream().allMatch(c -> c.count().known() && c.count().high() != null
                            && c.count().high() == 0);
            boolean risenSince = tollHere.stream().anyMatch(CasualtyMention::risen);
            if (tollAhead == null && said.isEmpty() && counted != null && (counted == lastOf(proposals) || risenSince && proposals.contains(counted))
                    && (nobodyHurt || tollHere.stream().anyMatch(c -> c.count().low() != null && c.count().low() > 0))
                    && wentOn.stream().allMatch(p -> isOrigin.contains(p) || counted.places().stream().anyMatch(q -> p.samePlaceAs(q)))
                    && (risenSince || datesIn.in(sentence).stream()
                            .allMatch(d -> inDateline(dateline, d.span()) || spokenOn.contains(d) || saidOn.contains(d)))) {
                List<CasualtyMention> toll = tollHere;
                made = counted.countedAgain(Span.of(text, counted.evidence().start(), sentence.end()),
                        TollsTold.countedOn(tokenized, counted.killed(), toll, CasualtyMention.Kind.KILLED),
                        TollsTold.countedOn(tokenized, counted.injured(), toll, CasualtyMention.Kind.INJURED));
                made = withTheHurt(tokenized, made, actorsIn.in(sentence), toll);
                proposals.set(proposals.lastIndexOf(counted), made);
                if (fromHeadline == counted) fromHeadline = made; // a subheading's toll: the lead still tells the headline
            }
            // A sentence with no event words (a quote, a comment) between an event and more of it leaves the
            // event open: "Who flew the drone is not known" may come two sentences after the strike.
            // A retelling of an event before the last proposal ends what the last one told: what follows it is
            // read on its own, not added to an event several sentences back.
            // A toll that rose on an event before the last leaves the last one open no more: what follows is read on its own.
            if (made != null) previous = retoldEarlier || made != lastOf(proposals) ? null : made;
            // "The wounded were taken to the hospital in al-Mayadin": a hospital's town or a home town is not where the
            // report's events went on.
            if (!wentOn.isEmpty()) previousPlaces = inTheTownBefore ? withTheirTown(tokenized, wentOn, previousPlaces) : wentOn;
        }
        return new Extraction(Language.detect(text), placeMentions, dateMentions, actorMentions, casualtyMentions,
                triggers.stream().map(EventClassifier.Trigger::span).toList(),
                ClashesGoneOn.sided(Responses.answered(tokenized, placedWhereAnyIs(tokenized, oneProposalPerEvent(tokenized, proposals, published)))).stream()
                        .map(p -> publicationKnown ? p.withSidesOfItsDay() : p).toList());
    }

    /**
     * The event a toll counts: {@code last}, the event just told, unless the toll is one that rose and {@code last} has
     * none of its own, where it is the last event before it that has a toll of the kind: "dozens were killed", a
     * capture told after, then "the death toll had risen to 41".
     */
    private static Proposal tollRisenOn(Proposal last, List<Proposal> proposals, List<CasualtyMention> toll) {
        if (last == null || last != lastOf(proposals) || last.killed().known() || last.injured().known()
                || toll.stream().noneMatch(CasualtyMention::risen)) {
            return last;
        }
        for (int i = proposals.size() - 2; i >= 0; i--) {
            Proposal earlier = proposals.get(i);
            boolean sameKind = toll.stream().anyMatch(c -> c.kind() == CasualtyMention.Kind.KILLED ? earlier.killed().known()
                    : earlier.injured().known());
            if (sameKind) return earlier;
        }
        return last;
    }

    /**
     * {@code event} with the side that acted in the last event of its type before it, where it names none and is told
     * as one more of them: "Another strike on Sunday hit a house in al-Quriya", «غارة أخرى», «وفي غارة ثانية».
     */
    private static Proposal byTheSameSide(TokenizedText text, Proposal event, List<Proposal> earlier) {
        if (event.actor1() != null || !toldAsAnother(text, event.trigger())) return event;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Proposal e = earlier.get(i);
            if (e.type() != event.type()) continue;
            ActorMention acting = e.actor1();
            return acting == null || acting.sameSideAs(event.actor2()) ? event : event.between(acting, event.actor2());
        }
        return event;
    }

    /**
     * {@code event} as of the kind of the last event before it, where it is told to be like it and both are fire on an
     * area: «كما طال قصف مماثل أطراف بلدة الشعفة», after air strikes, is one more air strike ("a similar strike").
     */
    private static Proposal likeTheLast(TokenizedText text, Proposal event, List<Proposal> earlier) {
        // «لقصف مماثل من قبل قوات النظام», "similar shelling": a side of its own, or words of artillery, tell the kind.
        if (earlier.isEmpty() || event.actor1() != null || !FIRE_ON_AN_AREA.contains(event.type())
                || !AMBIGUOUS_FIRE.contains(text.key(text.indexAt(event.trigger().start()))) || !BackgroundEvents.likened(text, event.trigger())) {
            return event;
        }
        Proposal last = earlier.get(earlier.size() - 1);
        return FIRE_ON_AN_AREA.contains(last.type()) ? event.ofTheTypeOf(last) : event;
    }

    /** Words of fire (keys) that Arabic and English use for air strikes and artillery alike: «قصف», "strike". */
    private static final Set<String> AMBIGUOUS_FIRE = Set.of("قصف", "strike", "strikes");
    private static final Set<SubEventType> FIRE_ON_AN_AREA = Set.of(SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SHELLING_ARTILLERY_MISSILE);

    /**
     * Whether event words are told as one more: "another", "a second" before them, «أخرى», «ثانية» after them, or like
     * the last («مماثل», "similar"); or done
     * also, by whoever did the last ("They also raided a house in al-Sabha", «كما اعتقلت», «واعتقلت أيضاً شاباً»).
     */
    private static boolean toldAsAnother(TokenizedText text, Span words) {
        if (BackgroundEvents.likened(text, words)) return true;
        int first = text.indexAt(words.start()), after = text.indexAt(words.end());
        if (first > 0 && text.joined(first) && ANOTHER_BEFORE.contains(text.lower(first - 1))) return true;
        for (int k = after; k < Math.min(after + ALSO_AFTER_WITHIN, text.size()) && text.joined(k); k++) {
            if (text.lower(k).equals(ALSO_AR)) return true;
        }
        return after < text.size() && text.joined(after) && ANOTHER_AFTER.contains(text.lower(after));
    }

    private static final Set<String> ANOTHER_BEFORE = Set.of("another", "second", "also", "كما");
    private static final Set<String> ANOTHER_AFTER = Set.of("اخري", "اخر", "ثانيه", "ثان");
    /** «أيضاً» (also), normalised, a few words after the event's words: «واعتقلت الدورية أيضاً». */
    private static final String ALSO_AR = "ايضا";
    private static final int ALSO_AFTER_WITHIN = 3;

    /** {@code earlier} told on by {@code sentence}: its evidence grown to the sentence's end, with its origins and tolls. */
    private static Proposal followedBy(TokenizedText text, Proposal earlier, Span sentence, FollowUps.Sentence facts,
                                       List<PlaceMention> origins) {
        return earlier.followedBy(Span.of(text.original(), earlier.evidence().start(), sentence.end()), origins,
                TollsTold.countedOn(text, Casualties.UNKNOWN, notRisenFrom(earlier.killed(), facts.casualties()), CasualtyMention.Kind.KILLED),
                TollsTold.countedOn(text, Casualties.UNKNOWN, notRisenFrom(earlier.injured(), facts.casualties()), CasualtyMention.Kind.INJURED));
    }

    /**
     * {@code toll} without the figures it says have risen when the event's figure has a best number: «ما أدى إلى مقتل
     * ستة عناصر على الأقل», then «أفاد المرصد بارتفاع حصيلة القتلى إلى تسعة»: the first figure told as fact stays.
     */
    private static List<CasualtyMention> notRisenFrom(Casualties figure, List<CasualtyMention> toll) {
        return figure.best() == null ? toll : toll.stream().filter(c -> !c.risen()).toList();
    }

    /**
     * The proposals of a report that places some of its events, without those told with no place by indefinite
     * words. In a report that places events, such a one is mostly its headline's summary, a comparison or a
     * statistic (a title such as "Drone strike kills three in Syria, monitor says" or «غارات عنيفة على سوريا», bases in
     * Iraq and Syria under fire); its words stay highlighted for the analyst. Event words that name an event
     * already told («أن القصف تجدد أمس», "The shelling killed two") keep theirs, as does a report that places none.
     */
    private static List<Proposal> placedWhereAnyIs(TokenizedText text, List<Proposal> proposals) {
        if (proposals.stream().noneMatch(Extractor::placed)) return proposals;
        return proposals.stream().filter(p -> placed(p) || definite(text, p.trigger())).toList();
    }

    private static boolean placed(Proposal p) {
        return !p.places().isEmpty() || p.fallbackPlace() != null;
    }

    /**
     * The proposals of a report read as a whole: the tellings a report's order gives away as one event folded
     * together ({@link Retellings}), then the events it recalls from another time left out ({@link BackgroundEvents}).
     */
    private List<Proposal> oneProposalPerEvent(TokenizedText text, List<Proposal> proposals, LocalDate published) {
        List<Proposal> folded = retellings.exercisesFolded(retellings.mainEventFolded(retellings.headlineFolded(
                retellings.areaLeadsFolded(retellings.announcementsFolded(proposals)), headline(text.original(), proposals))));
        return BackgroundEvents.withoutBackground(BackgroundEvents.withoutRecalled(text, folded, published), published).stream()
                .map(Proposal::typedByItsToll).toList();
    }

    /**
     * The report's headline, if it has one: the line its first proposal starts in, when that line is short, ends in
     * no full stop and the report goes on after it (a lead paragraph is long and ends in one); else null.
     */
    static Span headline(String text, List<Proposal> proposals) {
        if (proposals.isEmpty()) return null;
        int first = proposals.stream().mapToInt(p -> p.evidence().start()).min().getAsInt();
        int start = text.lastIndexOf('\n', first - 1) + 1, end = text.indexOf('\n', first);
        if (end < 0 || end - start > HEADLINE_CHARS) return null;
        String line = text.substring(start, end).strip();
        if (line.isEmpty() || ".!?؟".indexOf(line.charAt(line.length() - 1)) >= 0) return null;
        return Span.of(text, start, end);
    }

    /** The longest a headline runs: two clauses of news, not a paragraph. */
    private static final int HEADLINE_CHARS = 200;

    /**
     * Whether {@code later} tells the event of {@code earlier} again, placed more exactly: the same type, on the same
     * dates, with no other figure, {@code earlier} placed only in areas and every place of {@code later} in one of them.
     */
    private boolean placesWithin(Proposal earlier, Proposal later) {
        if (earlier.type() != later.type() || !earlier.dates().equals(later.dates())) return false;
        if (earlier.places().isEmpty() || later.places().isEmpty()) return false;
        if (earlier.places().stream().anyMatch(p -> !p.region() && p.groupKey() == null)) return false;
        if (Retellings.twoEvents(earlier)) return false;
        if (conflicting(earlier.killed(), later.killed()) || conflicting(earlier.injured(), later.injured())) return false;
        return later.places().stream().allMatch(p -> earlier.places().stream().anyMatch(area -> locatingPlaces.liesIn(p, area)));
    }

    /**
     * Whether two tellings may be placed as one event: one has no place, they share a place, or a place of one lies in an
     * area of the other («بادية الميادين», then «الطريق الواصل بين مدينتي الميادين وتدمر»).
     */
    private boolean placesAgree(Proposal a, Proposal b) {
        if (a.places().isEmpty() || b.places().isEmpty()) return true;
        return a.places().stream().anyMatch(p -> b.places().stream()
                .anyMatch(q -> p.samePlaceAs(q) || locatingPlaces.liesIn(p, q) || locatingPlaces.liesIn(q, p)));
    }

    /**
     * Whether {@code exact} is placed only at towns, villages or quarters that lie in the areas {@code lead} is placed
     * at, and nowhere else: the headline's place is where the lead's countryside saw the event. Not at a city, which
     * a headline names for its province («أحداث عنيفة في دير الزور», then «في عدة مناطق من المحافظة»).
     */
    private boolean placedInsideAreasOf(Proposal exact, Proposal lead) {
        return onlyAreas(lead.places()) && !exact.places().isEmpty() && exact.origins().isEmpty()
                && exact.places().stream().allMatch(p -> !p.region() && p.groupKey() == null && !locatingPlaces.city(p)
                        && lead.places().stream().anyMatch(area -> locatingPlaces.liesIn(p, area)));
    }

    /**
     * {@code event} with the side whose people {@code toll}, told after it, counts as the side acted on, where it has
     * none: "A car bomb exploded near a military position", then "The blast killed five SDF members".
     */
    private static Proposal withTheHurt(TokenizedText text, Proposal event, List<ActorMention> named, List<CasualtyMention> toll) {
        if (event.actor2() != null) return event;
        ActorMention hurt = ActorRoles.countedIn(text, named, toll);
        return hurt == null || hurt.sameSideAs(event.actor1()) ? event : event.hurting(hurt);
    }

    /**
     * Whether {@code event} is placed only in areas and each town, village or site of {@code here} lies in one of them.
     */
    private boolean placesInItsAreas(Proposal event, List<PlaceMention> here) {
        if (event.places().isEmpty() || event.places().stream().anyMatch(a -> !a.region() && a.groupKey() == null)) return false;
        return here.stream().filter(p -> !p.region() && p.groupKey() == null)
                .allMatch(p -> event.places().stream().anyMatch(area -> locatingPlaces.liesIn(p, area)));
    }

    /** How many chars lie between two spans (0 when they overlap). */
    private static int distance(Span a, Span b) {
        return Math.max(0, Math.max(a.start() - b.end(), b.start() - a.end()));
    }

    /**
     * Whether {@code later}, told by a source, is {@code earlier} told again: its event words ({@code said}) name it
     * as one already known («القصف», «الغارة», "the strike", "the incident"; only a weak word such as «استهدف» may go
     * without the article), on dates that overlap, with figures that agree, as an event of the same kind (a strike
     * that one source calls shelling and another an air raid). Or, with no such name, it tells an event of the same
     * type at a town, village or quarter of the first telling: «قتل مدنيان إثر إطلاق النار عليهما في محيط بلدة
     * الشحيل», then «وقال مصدر إنه تعرض الشابان إلى إطلاق نار … بين قرية الزر وبلدة الشحيل»; or, with no toll of its
     * own, at a quarter of that town or a village the source locates by it ("near the town of Hajin", then "posts on the
     * edge of al-Bahra village, north of Hajin", {@code locating} being the places that locate others in the source's
     * sentence).
     */
    private boolean toldAgain(TokenizedText text, Proposal earlier, Proposal later, List<EventClassifier.Trigger> said,
                              List<PlaceMention> locating) {
        if (!earlier.dates().overlaps(later.dates())) return false;
        if (!earlier.tollsAgreeWith(later)) return false;
        if (earlier.type() == later.type() && sharesExactPlace(earlier, later)) return true;
        // At a quarter of its town or a village located by it, with no toll of its own: "gunmen shot dead a shepherd in
        // al-Bahra village, north of Hajin" is a second killing.
        boolean locatedByIts = locating.stream().anyMatch(l -> !l.region() && earlier.places().stream().anyMatch(l::samePlaceAs));
        boolean noTollOfItsOwn = !later.killed().known() && !later.injured().known();
        if (earlier.type() == later.type() && noTollOfItsOwn && (inItsQuarters(earlier, later) || locatedByIts)) return true;
        if (!definite(text, later.trigger()) && !(namesItsTargetAgain(text, earlier, later.trigger())
                        && (later.places().isEmpty() || placesAgree(earlier, later)))
                || theAircraft(text, later.trigger())) {
            return false;
        }
        if (said.stream().anyMatch(t -> !t.weak() && !definite(text, t.span()))) return false;
        // A weapon stopped, named again ("shot down a drone", then "the drone was Iranian-made"), is the same event; so is
        // one told with the same figures of dead and wounded («استهدفت الحافلة بالقذائف الصاروخية … ما أدى إلى استشهاد
        // عسكريين اثنين وإصابة أربعة», after an «اعتداء» on a bus that killed two and wounded four).
        return earlier.type() == later.type() || earlier.sameTollAs(later) && placesAgree(earlier, later)
                || (STRIKES_ON_AN_AREA.contains(earlier.type()) || earlier.type() == SubEventType.DISRUPTED_WEAPONS_USE)
                        && STRIKES_ON_AN_AREA.contains(later.type());
    }

    /**
     * Whether the words right after event words name with the article what {@code earlier}'s evidence named without
     * it: «استهدفت صباح اليوم الحافلة» after «هجوم إرهابي استهدف حافلة مبيت», "targeted the bus" after "attacked a bus".
     * What was struck, named again, names its event again.
     */
    private static boolean namesItsTargetAgain(TokenizedText text, Proposal earlier, Span words) {
        Set<String> namedFirst = new HashSet<>();
        for (int k = text.indexAt(earlier.evidence().start()); k < text.size() && text.get(k).start() < earlier.evidence().end(); k++) {
            boolean indefinite = text.get(k).arabic() ? !Proclitics.hasArticle(text.form(k))
                    : k > 0 && ActorRoles.INDEFINITE_ARTICLES.contains(text.lower(k - 1));
            if (indefinite) namedFirst.add(text.key(k));
        }
        int after = text.indexAt(words.end());
        for (int k = after; k < Math.min(text.size(), after + TARGET_WORDS) && text.joined(k) && !text.commaBefore(k); k++) {
            String key = text.key(k);
            // A time («صباح اليوم») may stand between; a side's forces («القوات») are no thing struck.
            if (PhraseMatcher.TIME_WORDS.contains(key) || RepeatedHeads.ARABIC_FORCE_NOUNS.contains(key)) continue;
            if (namedFirst.contains(key) && definite(text, text.span(k, k + 1))) return true;
        }
        return false;
    }

    /** How far after event words what they struck may be named: «استهدفت صباح اليوم الحافلة». */
    private static final int TARGET_WORDS = 4;

    /**
     * Whether event words are the aircraft that struck, which Arabic names with the article whether told before or not
     * («استهدفت الطائرات الحربية السورية مقرات في المريعية»): no event named again. «الطائرة» (the aircraft, one) may be.
     */
    private static boolean theAircraft(TokenizedText text, Span words) {
        int k = text.indexAt(words.start());
        return k < text.size() && text.get(k).arabic() && aircraft(text, k) && !Proclitics.stem(text.lower(k)).equals("طايره");
    }

    /**
     * Whether {@code later} names a quarter of a city or town {@code earlier} is placed at: a source telling the strikes
     * on Albu Kamal again names the quarters they hit («في حي الكتف ومنطقة الحزام الشرقي للمدينة»).
     */
    private boolean inItsQuarters(Proposal earlier, Proposal later) {
        return later.places().stream().anyMatch(p -> earlier.places().stream().anyMatch(city -> locatingPlaces.quarterOf(p, city)));
    }

    /** Whether {@code later} names a town, village, quarter or facility of {@code earlier}'s (not an area). */
    private static boolean sharesExactPlace(Proposal earlier, Proposal later) {
        return later.places().stream().anyMatch(p -> !p.region() && p.groupKey() == null
                && earlier.places().stream().anyMatch(p::samePlaceAs));
    }

    /** Whether event words begin with the article or after one: «القصف», «وبالغارة», "the strike", "this attack". */
    static boolean definite(TokenizedText text, Span words) {
        int k = text.indexAt(words.start());
        if (k >= text.size()) return false;
        String form = text.form(k);
        if (text.get(k).arabic()) return Proclitics.hasArticle(form);
        return k > 0 && text.joined(k) && DEFINITE_EN.contains(text.lower(k - 1));
    }

    private static final Set<String> DEFINITE_EN = Set.of("the", "this", "that");

    /**
     * Whether a sentence says its event came on top of another, or answered it: «طالت القذائف أيضاً حي القصور»,
     * «ردت قوات النظام على ذلك القصف», "also hit", "in response".
     */
    private static boolean saysAlso(TokenizedText text, Span sentence) {
        for (int k = text.indexAt(sentence.start()); k < text.size() && text.get(k).start() < sentence.end(); k++) {
            if (ALSO.contains(text.lower(k))) return true;
        }
        return false;
    }

    /** Words, as written (normalised), of events on top of another or answering it; «وردت» (came in) is none. */
    private static final Set<String> ALSO = Set.of("ايضا", "وايضا", "كذلك", "ردت", "ردا", "also", "response",
            "retaliation", "retaliated", "retaliatory");

    private static boolean conflicting(Casualties a, Casualties b) {
        return a.known() && b.known() && !a.equals(b);
    }

    /**
     * The mentions the gazetteer's spellings found, and in text order with them the places spelled otherwise. A name
     * the matcher took for a place it does not know ("the village of al-Safafneh") is a place spelled otherwise when
     * its skeleton is a gazetteer place's: that place replaces the unknown name.
     */
    private List<PlaceMention> withOtherSpellings(TokenizedText text, List<PlaceMention> placed) {
        List<PlaceMention> found = otherSpellings.withLongerNames(text, placed);
        List<PlaceMention> known = found.stream().filter(m -> m.unknownName() == null).toList();
        List<PlaceMention> more = new ArrayList<>(otherSpellings.findIn(text, known));
        more.addAll(otherSpellings.ofArabicNames(text, found));
        if (more.isEmpty()) return found;
        List<PlaceMention> all = new ArrayList<>(otherSpellings.choseBeside(found, more).stream().filter(m -> m.unknownName() == null
                || more.stream().noneMatch(o -> o.span().start() < m.span().end() && m.span().start() < o.span().end())).toList());
        all.addAll(more);
        all.sort(Comparator.comparingInt(m -> m.span().start()));
        return all;
    }

    /**
     * The dates that say when a source spoke, where the sentence dates its event too: «… على حافلة عسكرية الخميس، وفق
     * ما أفاد المرصد الجمعة», "killed on Tuesday, the Observatory said on Wednesday". A date a few words after words
     * of reporting is the statement's when another date of its sentence lies nearer the sentence's event words: that
     * one dates the event, and the sentences after it that give no date of their own. Nearest the event words, or
     * alone, the statement's date stays: the coders then date the event to the day it was reported.
     */
    private static Set<DateMention> statementDates(TokenizedText text, List<DateMention> dates, List<Span> reportCues,
                                                   Set<DateMention> saidOn, List<EventClassifier.Trigger> triggers) {
        Set<DateMention> spoken = new HashSet<>();
        for (DateMention d : dates) {
            int at = text.indexAt(d.span().start());
            if (!afterReportCue(text, at, reportCues)) continue;
            // «قال المرصد السوري اليوم إن شاباً قتل … أمس», "SOHR said on Saturday that gunmen killed … on Thursday": a
            // date right before what the source said is the day it spoke, where what it said gives another.
            if (saidOn.contains(d) && dates.stream().anyMatch(o -> o.span().start() > d.span().end()
                            && text.sameSentence(text.indexAt(o.span().start()), at))) {
                spoken.add(d);
                continue;
            }
            // "CENTCOM said in a statement the following day that the raid …": a source speaking the day after the day told
            // before it, of the event by its definite name, spoke of that day's event (of another, "announced on Monday that
            // they had seized a weapons depot", it dates it).
            if (saidOn.contains(d) && dayAfterTheDateBefore(dates, d) && toldAgainAfter(text, triggers, at)) {
                spoken.add(d);
                continue;
            }
            // «وأصدر المركز الإعلامي لقسد، الجمعة، بياناً جاء فيه: "فككت قواتنا ليلة أمس (الخميس) خلية"», 'the SDF said
            // on Friday: "Our forces struck on Thursday"': a date before the words quoted is the day they were spoken.
            if (dates.stream().anyMatch(o -> o.span().start() > d.span().end() && quotedAfter(text, d.span().end(), o.span().start()))) {
                spoken.add(d);
                continue;
            }
            for (EventClassifier.Trigger t : triggers) {
                int word = text.indexAt(t.span().start());
                if (!text.sameSentence(word, at)) continue;
                boolean otherNearer = dates.stream().anyMatch(o -> o != d
                        && text.sameSentence(text.indexAt(o.span().start()), word)
                        && distance(o.span(), t.span()) < distance(d.span(), t.span()));
                if (otherNearer) spoken.add(d);
            }
        }
        return spoken;
    }

    /** Whether event words follow word {@code at} in its sentence, all naming an event by its definite name. */
    private static boolean toldAgainAfter(TokenizedText text, List<EventClassifier.Trigger> triggers, int at) {
        List<EventClassifier.Trigger> after = triggers.stream().filter(t -> text.indexAt(t.span().start()) > at
                && text.sameSentence(text.indexAt(t.span().start()), at)).toList();
        return !after.isEmpty() && after.stream().allMatch(t -> definite(text, t.span()));
    }

    /** Whether {@code d} is one day, the day after the one day the date before it in {@code dates} (in text order) gives. */
    private static boolean dayAfterTheDateBefore(List<DateMention> dates, DateMention d) {
        int at = dates.indexOf(d);
        if (at < 1 || d.precision() != TimePrecision.DAY || d.dates().days() != 1) return false;
        DateMention before = dates.get(at - 1);
        return before.precision() == TimePrecision.DAY && before.dates().days() == 1
                && before.dates().end().plusDays(1).equals(d.dates().start());
    }

    /**
     * Whether the text from {@code from} to {@code to} opens a quotation, a colon then maybe a quotation mark, within
     * one sentence: what lies at {@code to} is what a source said.
     */
    private static boolean quotedAfter(TokenizedText text, int from, int to) {
        String between = text.original().substring(from, to);
        if (between.indexOf(':') < 0 || between.length() > QUOTE_OPENING_CHARS) return false;
        for (int k = 0; k < between.length(); k++) {
            char c = between.charAt(k);
            if (c == '\n' || c == '\r' || c == '.' && FullStops.endsSentence(text.original(), from + k) || "!?؟".indexOf(c) >= 0) return false;
        }
        return true;
    }

    /** How far a date before a quotation may lie from the date quoted: a statement's subject and a few words of its own. */
    private static final int QUOTE_OPENING_CHARS = 200;

    /**
     * The dates of saying: right after words of reporting and right before what was said, "said on Monday that",
     * «وقال المرصد اليوم إن». Whether or not a date of the event follows, they date the saying.
     */
    private static Set<DateMention> datesOfSaying(TokenizedText text, List<DateMention> dates, List<Span> reportCues) {
        Set<DateMention> saying = new HashSet<>();
        for (DateMention d : dates) {
            int at = text.indexAt(d.span().start()), next = text.indexAt(d.span().end());
            if (next >= text.size() || !text.sameSentence(at, next) || !SAID_THAT.contains(text.lower(next))) {
                continue;
            }
            if (afterReportCue(text, at, reportCues)) saying.add(d);
        }
        return saying;
    }

    /** Whether word {@code at} follows words of reporting closely, in their sentence: «قال المرصد السوري اليوم». */
    private static boolean afterReportCue(TokenizedText text, int at, List<Span> reportCues) {
        return reportCues.stream().anyMatch(cue -> {
            int cueEnd = text.indexAt(cue.end()) - 1;
            return cueEnd < at && at - cueEnd <= STATEMENT_DATE_WORDS && text.sameSentence(cueEnd, at);
        });
    }

    /** Words that open what a source said: that. */
    static final Set<String> SAID_THAT = Set.of("ان", "that");

    /** The most words between words of reporting and the date of the statement: the source's name («المرصد السوري»). */
    private static final int STATEMENT_DATE_WORDS = 5;

    /** The proposal a sentence makes on its own. */
    private Proposal propose(TokenizedText text, FollowUps.Sentence sentence, List<PlaceMention> where, List<PlaceMention> origins,
                                    PlaceMention fallback, List<ActorMention> who, DateMention dateBefore,
                                    LocalDate published, TimePrecision publishedPrecision) {
        List<EventClassifier.Trigger> told = SubordinateTriggers.told(text, sentence.triggers());
        // "killing a senior ISIS official and capturing one of his associates": people captured are taken (arrested or
        // abducted, as the sides tell: TypeBySides), and weighed so, not as ground is; "Militias seized six houses
        // belonging to displaced families": property seized is looted, weighed after a headquarters set up in it.
        List<EventClassifier.Trigger> weighed = (told.isEmpty() ? sentence.triggers() : told).stream()
                .map(t -> t.type().changesTerritory() ? takingOf(text, t) : t)
                .toList();
        // "attacked an SDF post and then withdrew", «هاجم مسلحون حاجزاً … وسط انسحاب العناصر»: a withdrawal told after a
        // fight or an attack is how it ended, not an event of its own kind. (Reinforcements after a fight told again are
        // the news: «تصدت للهجوم …، مضيفاً أن تعزيزات عسكرية وصلت».)
        List<EventClassifier.Trigger> notEndings = weighed.stream().filter(t -> !withdrawalAfterAFight(t, weighed)).toList();
        List<EventClassifier.Trigger> candidates = notEndings.isEmpty() ? weighed : notEndings;
        EventClassifier.Trigger first = candidates.stream().min(BY_WEIGHT).orElseThrow();
        // "arrested two suspects and seized weapons and ammunition": what a raid found is part of the arrests; "killed in
        // an exchange of fire when a patrol intercepted a convoy": what was stopped in a fight is part of the fight.
        EventClassifier.Trigger trigger = first.type() != SubEventType.DISRUPTED_WEAPONS_USE ? first : candidates.stream()
                .filter(t -> (t.type() == SubEventType.ARRESTS || t.type() == SubEventType.ARMED_CLASH) && !t.weak())
                .findFirst().orElse(first);
        // A sentence without a date word goes on from the last date the report gave before it ("أمس" in the lead,
        // the events of that day after it), as the corpus coders read it. Where the report gave none yet, the
        // sentence says only that it happened by the time it was reported.
        // Of several dates, the one nearest the words that say what happened: «هاجم مسلحون اليوم حاجزاً ... وقالوا إن
        // هجوماً مثله وقع أمس» dates the attack today.
        // A day outranks a longer time: «انفجر لغم من مخلفات معارك صيف 2017 في ذيبان اليوم» happened today.
        List<DateMention> days = sentence.dates().stream().filter(d -> d.precision() == TimePrecision.DAY).toList();
        DateMention when = DateResolver.lastedInto(text, (days.isEmpty() ? sentence.dates() : days).stream()
                .min(Comparator.comparingInt(d -> distance(d.span(), trigger.span()))).orElse(dateBefore), sentence.dates());
        DateSpan span = when != null ? when.dates() : DateResolver.byPublication(published, publishedPrecision);
        TimePrecision precision = when != null ? when.precision() : DateResolver.byPublicationPrecision(publishedPrecision);
        boolean handedOver = handedOver(text, sentence, trigger);
        ActorRoles.Sides sides = roles.of(text, sentence.span(), trigger.span(),
                handedOver ? SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY : trigger.type(), who, sentence.casualties());
        ActorMention actor1 = sides.actor1(), actor2 = sides.actor2();
        SubEventType type = handedOver ? SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY
                : TypeBySides.of(text, trigger, actor1, actor2, who.stream().anyMatch(a -> "civilians".equals(a.actorKey())));
        // «تجمع عشرات الشبان …، فأطلق عناصر الحاجز الرصاص في الهواء لتفريقهم»: a protest its sentence says was broken up.
        type = Proposal.protestMet(type, sentence.triggers());
        // «فككت وحدات الهندسة التابعة لقوى الأمن الداخلي (الأسايش) صباح اليوم عبوة ناسفة»: a bomb that a verb of defusing
        // opens its clause with was disrupted, however long the subject between them.
        if (type == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED && sentence.casualties().stream().noneMatch(c -> c.count().known())
                && defusedInItsClause(text, sentence.span(), trigger.span())) {
            type = SubEventType.DISRUPTED_WEAPONS_USE;
        }
        // «الطائرات … قصفت منازل المدنيين», «قصفت طائرات التحالف»: aircraft "shell" in Arabic as guns do, and target or
        // attack («استهدفت الطائرات الروسية رتلاً», «طيران التحالف استهدف منازل المدنيين», "drones attacked"); what
        // they fire is an air strike, on fighters or on civilians.
        // An attack's aircraft are those right after its weak word, never a few words before it (gunmen may stand between).
        boolean aircraftNear = type == SubEventType.ATTACK ? trigger.weak() && aircraftRightAfter(text, trigger.span())
                : (type == SubEventType.SHELLING_ARTILLERY_MISSILE || type == SubEventType.ARMED_CLASH && trigger.weak())
                        && aircraftNamed(text, trigger.span());
        boolean struckFromTheAir = type == SubEventType.ATTACK || type == SubEventType.ARMED_CLASH
                || type == SubEventType.SHELLING_ARTILLERY_MISSILE;
        if (aircraftNear || struckFromTheAir && trigger.weak() && aircraftStruckBefore(text, sentence.span(), trigger.span())) {
            type = SubEventType.AIR_DRONE_STRIKE;
        }
        // "The arrest of an ISIS cell", «تفكيك خلية تابعة لتنظيم داعش وإلقاء القبض على أفرادها»: ISIS named after the words
        // of an arrest is whose men were taken, by the other side named if any; named before them ("ISIS militants
        // arrested five civilians") it took them, which is an abduction.
        if (type == SubEventType.ARRESTS && actor1 != null && ISIS.equals(actor1.actorKey())) {
            if (actor1.span().start() < trigger.span().start()) {
                type = TypeBySides.peopleTakenBy(actor1);
            } else {
                ActorMention taken = actor1;
                actor1 = actor2 != null && !"civilians".equals(actor2.actorKey()) ? actor2 : null;
                actor2 = taken;
            }
        }
        // Shells, bombs and mines that strike an area hit whoever holds it: «قصفت أحياء المدينة الخاضعة لسيطرة
        // التنظيم» is a strike on ISIS when the sentence names no other side struck; ground taken ("entered the IS
        // stronghold of Mayadin") was taken from whoever held it.
        if (actor2 == null && sides.holder() != null && (STRIKES_ON_AN_AREA.contains(type) || type.changesTerritory())) {
            actor2 = sides.holder();
        }
        // A suicide bombing no side is named for, on a day since ISIS took the governorate in 2014, is ISIS's: no other
        // side there has sent suicide bombers since, and the corpus coders code such bombings so.
        if (type == SubEventType.SUICIDE_BOMB && actor1 == null && !span.start().isBefore(SUICIDE_BOMBERS_ONLY_ISIS_FROM)) {
            actor1 = new ActorMention(ISIS, trigger.span());
        }
        // Rockets fired at the Conoco base strike the US forces there (data/lexicons/base-holders.csv).
        if (actor2 == null && STRIKES_ON_AN_AREA.contains(type)) {
            actor2 = heldBase(where.stream().filter(p -> !origins.contains(p)).toList(), actor1);
        }
        // «نهب محصول القمح من أراضٍ تعود لمهجرين», "looted shops": property looted or destroyed with no side named as
        // its owner was civilians' (as the corpus coders code it); the words of looting stand for them.
        if (type == SubEventType.LOOTING_PROPERTY_DESTRUCTION && actor2 == null && (actor1 == null || !"civilians".equals(actor1.actorKey()))) {
            actor2 = new ActorMention("civilians", trigger.span());
        }
        // An exercise acts on nobody: «تدريبات التحالف ضد تنظيم الدولة» names whom it trains against; the side that
        // holds it is the first the sentence names, whatever words stand before it («أكبر قواعد التحالف، وشاركت
        // فيها قوات التحالف بأسلحة ثقيلة»).
        if (type == SubEventType.OTHER) {
            if (actor1 == null) actor1 = who.stream().filter(a -> !"civilians".equals(a.actorKey())).findFirst().orElse(null);
            actor2 = null;
        }
        List<CasualtyMention> toll = sentence.casualties();
        Casualties killed = TollsTold.countedOn(text, Casualties.UNKNOWN, toll, CasualtyMention.Kind.KILLED);
        Casualties injured = TollsTold.countedOn(text, Casualties.UNKNOWN, toll, CasualtyMention.Kind.INJURED);
        // «اغتال مسلحون مجهولون … أحد وجهاء عشيرة البكارة», "gunmen assassinated a tribal elder": an assassination told
        // with no toll killed the one it names, as the corpus coders count it.
        if (!killed.known() && !injured.known() && type == SubEventType.ATTACK && Assassinations.toldDone(text, sentence.span(), trigger.span())) {
            killed = Casualties.exactly(1);
        }
        // A protest broken up with people killed or wounded met excessive force, as ACLED defines it (lethal violence
        // or violence that wounds): «قتل ثلاثة برصاص قسد خلال قمع مظاهرة», «لتفريق المتظاهرين ما أدى لإصابة ثلاثة».
        // So were protesters a toll counts, shot ("Two protesters were shot dead by SDF members", «قتل متظاهر برصاص»).
        boolean protesters = toll.stream().anyMatch(c -> PROTESTERS.matcher(c.span().text().toLowerCase(Locale.ROOT)).find());
        boolean hurt = killed.low() != null && killed.low() > 0 || injured.low() != null && injured.low() > 0;
        if (hurt && (type == SubEventType.PEACEFUL_PROTEST || type == SubEventType.PROTEST_WITH_INTERVENTION
                || protesters && (type == SubEventType.ATTACK || type == SubEventType.ARMED_CLASH))) {
            type = SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
        }
        // Protesters are no side of the actor list: «مظاهرات احتجاجا على ممارسات قسد» is a protest against the SDF, not
        // by it. A peaceful protest has no side acted on; the side that broke one up is the one acted on.
        if (PROTESTS.contains(type)) {
            ActorMention protestedAgainst = actor1 != null ? actor1 : actor2;
            actor1 = null;
            if (type == SubEventType.PEACEFUL_PROTEST) actor2 = null;
            else if (type == SubEventType.PROTEST_WITH_INTERVENTION) actor2 = protestedAgainst;
        } else if (type == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS) {
            // The side that used the force acted; the protesters, no side of the list, were acted on ("two young men
            // were killed when SDF members opened fire on a demonstration": the SDF, not the young men).
            actor1 = actor1 != null && !"civilians".equals(actor1.actorKey()) ? actor1
                    : actor2 != null && !"civilians".equals(actor2.actorKey()) ? actor2 : null;
            actor2 = null;
        }
        return new Proposal(sentence.span(), type, trigger.span(), span, precision, where, origins, fallback,
                actor1, actor2, killed, injured);
    }

    /** Words of taking ground as what they took: people taken (an abduction, for now) or property looted. */
    private static EventClassifier.Trigger takingOf(TokenizedText text, EventClassifier.Trigger t) {
        Seized what = seized(text, t.span());
        if (what == null) return t;
        return new EventClassifier.Trigger(what == Seized.PEOPLE ? SubEventType.ABDUCTION_FORCED_DISAPPEARANCE
                : SubEventType.LOOTING_PROPERTY_DESTRUCTION, t.span(), t.weak());
    }

    /** What words of taking took, where not ground. */
    private enum Seized { PEOPLE, PROPERTY }

    /**
     * What the English words of taking {@code trigger} take, where it is people ("seized a senior ISIS leader",
     * "captured two militants") or property ("seized six houses"); null for ground or no taking.
     */
    private static Seized seized(TokenizedText text, Span trigger) {
        String taking = trigger.text().toLowerCase(Locale.ROOT);
        if (TAKING.stream().noneMatch(taking::startsWith)) return null; // "withdrew, a commander said": no taking
        int k = text.indexAt(trigger.end());
        for (int m = k; m < Math.min(text.size(), k + SEIZED_WORDS) && text.joined(m) && !text.get(m).hardSeparatorBefore(); m++) {
            String word = text.lower(m);
            // "captured by tribal fighters": who took it.
            if (PLACE_NOUNS_SEIZED.contains(word) || word.equals("by") || word.equals("from")) return null;
            // "capturing the militants' final encampment": whose the thing taken was.
            if (possessor(text, m)) continue;
            // "seized 15-year-old Ahmad"
            if (PEOPLE_SEIZED.contains(word) || word.equals("old") && m > k && text.form(m - 1).equalsIgnoreCase("year")) return Seized.PEOPLE;
            if (PROPERTY_SEIZED.contains(word)) return Seized.PROPERTY;
        }
        return null;
    }

    /**
     * Whether an apostrophe right after word {@code k} makes it an owner: "the militants' camp", "the group's"; not a
     * closing quote ("ISIS 'emir'").
     */
    private static boolean possessor(TokenizedText text, int k) {
        String original = text.original();
        int end = text.end(k);
        if (end >= original.length() || "'’".indexOf(original.charAt(end)) < 0) return false;
        boolean s = end + 1 < original.length() && original.charAt(end + 1) == 's';
        return s || text.lower(k).endsWith("s") && (end + 1 >= original.length() || Character.isWhitespace(original.charAt(end + 1)));
    }

    /** The English words of taking whose object may be a person. */
    private static final List<String> TAKING = List.of("seiz", "captur");

    /** The most words from "seized" to whom it seized: "a senior ISIS attack cell leader". */
    private static final int SEIZED_WORDS = 6;
    private static final Set<String> PEOPLE_SEIZED = Set.of("leader", "leaders", "commander", "commanders", "official",
            "officials", "member", "members", "operative", "operatives", "facilitator", "militant", "militants", "suspect",
            "suspects", "fighter", "fighters", "emir", "financier", "man", "men", "woman", "women", "boy", "boys", "girl",
            "girls", "child", "children", "teenager", "teenagers", "youth", "youths", "civilian", "civilians", "shepherd",
            "shepherds", "doctor", "teacher", "driver", "trader", "worker", "workers", "people", "person", "persons",
            "associate", "associates", "aide", "aides", "accomplice", "accomplices", "deputy", "bodyguard", "bodyguards");
    /** Property taken from its owners. */
    private static final Set<String> PROPERTY_SEIZED = Set.of("house", "houses", "home", "homes", "property", "properties",
            "farmland", "farmlands", "farms", "shops", "livestock", "cars", "vehicles", "belongings");
    private static final Set<String> PLACE_NOUNS_SEIZED = Set.of("town", "village", "city", "area", "areas", "field", "base",
            "positions", "control");

    /**
     * Whether a sentence tells ground changing hands as one side withdrew, with no fighting: «دخلت قسد مدينة دير الزور
     * بعد انسحاب الجيش السوري», «إحكام سيطرتها على المدينة بعد انسحاب قسد»: taken or entered, and a withdrawal, and
     * no clash or attack told with them.
     */
    private static boolean handedOver(TokenizedText text, FollowUps.Sentence sentence, EventClassifier.Trigger chosen) {
        // "captured the al-Omar oil field, the largest in the country, without a fight", «دخلت المدينة دون قتال»: ground
        // taken with no fighting, said after the words of ground taken, where nobody was hurt.
        if (chosen.type().changesTerritory() && sentence.casualties().stream().noneMatch(c -> c.count().known())) {
            String after = text.original().substring(chosen.span().end(), sentence.span().end()).toLowerCase(Locale.ROOT);
            if (WITHOUT_A_FIGHT.stream().anyMatch(after::contains)) return true;
        }
        List<EventClassifier.Trigger> said = sentence.triggers();
        boolean withdrawal = said.stream().anyMatch(Extractor::withdrawal);
        // «هاجم مسلحون نقطة لقسد وسيطروا عليها بعد انسحاب عناصرها»: ground taken in an attack was fought for.
        if (!withdrawal || said.stream().anyMatch(t -> t.type() == SubEventType.ARMED_CLASH || t.type() == SubEventType.ATTACK)) {
            return false;
        }
        // «تمكن مقاتلو العشائر من السيطرة على ثلاث نقاط … بعد انسحاب عناصرها», "seized several SDF checkpoints": ground
        // won or seized was taken by force, whoever withdrew.
        if (chosen.type().changesTerritory()) {
            return !TAKEN_BY_FORCE.contains(text.lower(text.wordAt(chosen.span().start()))) || text.hasKey(sentence.span(), DEALS);
        }
        for (int k = text.indexAt(sentence.span().start()); k < text.size() && text.get(k).start() < sentence.span().end(); k++) {
            if (ENTERED.contains(text.lower(k))) return true;
        }
        return false;
    }

    /** Whether a verb of defusing stands before the words {@code trigger} in their clause (no comma between). */
    private static boolean defusedInItsClause(TokenizedText text, Span sentence, Span trigger) {
        int first = text.indexAt(sentence.start());
        for (int k = text.indexAt(trigger.start()) - 1; k >= first; k--) {
            if (DEFUSED.contains(text.lower(k))) return true;
            if (text.commaBefore(k)) return false;
        }
        return false;
    }

    /** Verbs of defusing a bomb, as written (normalised). */
    private static final Set<String> DEFUSED = Set.of("فككت", "فكك", "فككوا", "تفكيك", "ابطلت", "ابطل", "ابطال", "defused");

    private static final List<String> WITHDRAWAL = List.of("انسحاب", "withdr");

    /** Whether {@code t} is a withdrawal that a fight or an attack among {@code said} is told before. */
    private static boolean withdrawalAfterAFight(EventClassifier.Trigger t, List<EventClassifier.Trigger> said) {
        return withdrawal(t) && said.stream().anyMatch(f -> f.span().end() <= t.span().start()
                && (f.type() == SubEventType.ARMED_CLASH || f.type() == SubEventType.ATTACK));
    }

    /** Whether {@code t} is a word of withdrawing: «انسحاب», "withdrew". */
    private static boolean withdrawal(EventClassifier.Trigger t) {
        return t.type() == SubEventType.CHANGE_TO_GROUP_ACTIVITY
                && WITHDRAWAL.stream().anyMatch(w -> t.span().text().toLowerCase(Locale.ROOT).contains(w));
    }
    /** Words that say ground changed hands with no fighting, as written (lower case). */
    private static final List<String> WITHOUT_A_FIGHT = List.of("without a fight", "without fighting", "without resistance",
            "without a shot", "دون قتال", "دون معارك", "دون اشتباكات", "دون مقاومة");
    /** Words of a deal, as keys: "captured the town after ISIS withdrew under a deal", «بموجب اتفاق», «تسوية». */
    private static final Set<String> DEALS = Set.of("اتفاق", "اتفاقيه", "تسويه", "deal", "agreement", "settlement");
    /** The first words of taking ground by force, as written (normalised): managed to, seized, stormed, captured. */
    private static final Set<String> TAKEN_BY_FORCE = Set.of("تمكن", "تمكنت", "تمكنوا", "seized", "stormed", "captured");
    /** «دخلت قسد المدينة», "entered the city". */
    private static final Set<String> ENTERED = Set.of("دخلت", "دخل", "entered");

    private static final Set<SubEventType> PROTESTS = Set.of(SubEventType.PEACEFUL_PROTEST, SubEventType.VIOLENT_DEMONSTRATION,
            SubEventType.PROTEST_WITH_INTERVENTION);

    private static final Set<SubEventType> STRIKES_ON_AN_AREA = Set.of(SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);

    /**
     * The casualty mentions whose first and last words are no date's: «أصيب آب الماضي» (wounded last August) is no
     * father wounded, «آب» and «أب» being one word once normalised; the date finder tells them apart by context. A
     * date inside a mention, between its words of harm and its figure, is the event's: «ارتفع عدد ضحايا القصف على
     * البلدة أمس إلى 11 قتيلاً».
     */
    private static List<CasualtyMention> outsideDates(List<CasualtyMention> found, List<DateMention> dates) {
        if (dates.isEmpty()) return found;
        // The characters dates cover, marked once: checking each mention against every date grew with their product.
        java.util.BitSet dated = new java.util.BitSet();
        for (DateMention d : dates) dated.set(d.span().start(), d.span().end());
        return found.stream().filter(c -> !dated.get(c.span().start()) && !dated.get(c.span().end() - 1)).toList();
    }

    /**
     * Whether a sentence tells its event as one that came after the event before: «وهاجم أهالي القتلى عقب الحادثة
     * مقرات تابعة لقسد», "Relatives stormed the SDF post after the incident". It tells a second event, not more of
     * the first.
     */
    private static boolean cameAfter(TokenizedText text, Span sentence, List<EventClassifier.Trigger> said) {
        if (said.isEmpty()) return false;
        int from = text.indexAt(said.get(0).span().end());
        for (int k = from; k + 1 < text.size() && text.get(k + 1).start() < sentence.end(); k++) {
            if (!AFTER.contains(text.lower(k))) continue;
            String next = text.lower(k + 1);
            if (THAT_EVENT.contains(next)) return true;
            if (next.equals("the") && k + 2 < text.size() && THAT_EVENT.contains(text.lower(k + 2))) return true;
        }
        return false;
    }

    private static final Set<String> AFTER = Set.of("بعد", "عقب", "اثر", "after", "following");

    /** Whether {@code word} is one of {@code words}, or one with «و» (and) written on: «وبعد», «وخلال». */
    private static boolean oneOf(String word, Set<String> words) {
        return words.contains(word) || word.startsWith("و") && words.contains(word.substring(1));
    }

    /**
     * Whether {@code sentence}, whose event words are {@code triggers}, opens with what came after the event before, named
     * by its definite event words or as that event: «وعقب الانفجار بدقائق»، «وبعد ذلك», "Following the attack", "After the
     * incident"; not a time of day («وبعد الظهر»).
     */
    private static boolean opensAfterTheEventBefore(TokenizedText text, Span sentence, List<EventClassifier.Trigger> triggers) {
        int k = text.indexAt(sentence.start());
        if (k + 1 >= text.size() || !text.joined(k + 1)) return false;
        String opening = text.lower(k), next = text.lower(k + 1);
        if (!oneOf(opening, AFTER)) return false;
        if (THAT_EVENT.contains(next)) return true;
        int named = DEFINITE_EN.contains(next) ? k + 2 : next.startsWith("ال") && text.get(k + 1).arabic() ? k + 1 : -1;
        return named >= 0 && named < text.size() && triggers.stream().anyMatch(t -> text.wordAt(t.span().start()) == named);
    }

    /**
     * The word of {@code sentence} that names the event before, definite, where the sentence opens with what went on
     * while that event lasted: «وخلال الحملة، اندلع اشتباك قصير …», "During the demonstration, clashes broke out …";
     * else -1. Not a time («وخلال الأسبوع الماضي»), which names no event.
     */
    private static int opensDuringTheEventBefore(TokenizedText text, Span sentence) {
        int k = text.indexAt(sentence.start());
        if (k + 1 >= text.size() || !text.joined(k + 1)) return -1;
        String opening = text.lower(k);
        if (!oneOf(opening, DURING)) return -1;
        int named = DEFINITE_EN.contains(text.lower(k + 1)) ? k + 2 : k + 1;
        return named < text.size() && text.joined(named) && LASTING.contains(text.lower(named)) ? named : -1;
    }

    /**
     * Whether {@code sentence}, whose event words are {@code said}, tells fighting that broke out during an event of
     * another kind before it ({@link #opensDuringTheEventBefore}): a clash during a security campaign or a demonstration
     * is an event of its own, where the one it happened during was. Not what was seized («ضبطت أسلحة خفيفة وعبوات
     * ناسفة») or who was held during a raid, which is the raid's, nor what was done to a protest, which makes the protest
     * one met by force ({@link Proposal#protestMetBy}).
     */
    private static boolean happenedDuring(TokenizedText text, Span sentence, List<EventClassifier.Trigger> said, Proposal previous) {
        int named = opensDuringTheEventBefore(text, sentence);
        if (previous == null || named < 0) return false;
        List<EventClassifier.Trigger> after = said.stream().filter(t -> text.wordAt(t.span().start()) > named).toList();
        return after.stream().noneMatch(t -> t.type() == previous.type())
                && after.stream().anyMatch(t -> t.type().type() == org.furat.model.EventType.BATTLES)
                && previous.protestMetBy(after) == previous;
    }

    /** Words that open what went on while something lasted, as written (normalised). */
    private static final Set<String> DURING = Set.of("خلال", "اثناء", "during");
    /**
     * Events that last a while, definite as the event just told (normalised): campaigns, fighting, protests. Not a raid
     * or an operation, whose firefight with the man sought is the raid itself ("During the raid, a firefight broke out").
     */
    private static final Set<String> LASTING = Set.of("الحمله", "الاشتباكات", "المواجهات", "المعارك", "المظاهره", "التظاهره",
            "المظاهرات", "الاحتجاجات", "campaign", "sweep", "demonstration", "protest", "protests", "clashes", "fighting");

    /**
     * Whether {@code sentence} opens with how much later it tells of: «وبعد ساعات، استهدفت القوات الأمريكية بالمدفعية
     * مواقع للميليشيات … وقال مراسل إن القصف أدى إلى مقتل عنصرين», "Hours later, …": what it tells came after the event
     * told before, not that event told again by a source.
     */
    private static boolean opensLater(TokenizedText text, Span sentence) {
        int k = text.indexAt(sentence.start());
        if (k + 1 >= text.size() || !text.joined(k + 1)) return false;
        String opening = text.lower(k), next = text.lower(k + 1);
        if (opening.equals("later")) return true;
        if (SubordinateTriggers.LAPSE.contains(opening)) return next.equals("later");
        return oneOf(opening, AFTER)
                && SubordinateTriggers.LAPSE.contains(next);
    }

    /**
     * {@code clauses} with each that «إضافة إلى» (in addition to) opens after a comma joined again to the clause before it
     * where it tells no event of its own and no toll before its next comma: «طالت الغارات مقراً في حي الكتف، إضافة إلى
     * نقطة عسكرية في قرية السكرية، ما أدى إلى مقتل ستة عناصر» lists one more target of the strikes, and their toll.
     */
    private static List<Span> withListsRejoined(TokenizedText text, List<Span> clauses, List<EventClassifier.Trigger> triggers,
                                                List<CasualtyMention> tolls) {
        List<Span> joined = new ArrayList<>(clauses.size());
        for (Span clause : clauses) {
            Span before = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (before != null && listedInAddition(text, before, clause)
                    && tolls.stream().noneMatch(c -> c.span().start() >= clause.start() && c.span().start() < listEnd(text, clause))
                    && triggers.stream().noneMatch(t -> t.span().within(clause)
                            && tolls.stream().noneMatch(c -> t.span().within(c.span())))) {
                joined.set(joined.size() - 1, Span.of(text.original(), before.start(), clause.end()));
            } else {
                joined.add(clause);
            }
        }
        return joined;
    }

    /** Whether {@code clause} goes on {@code before} after a comma with «إضافة إلى». */
    private static boolean listedInAddition(TokenizedText text, Span before, Span clause) {
        String between = text.original().substring(before.end(), clause.start()).strip();
        int k = text.indexAt(clause.start());
        return (between.equals("،") || between.equals(",")) && k < text.size() && IN_ADDITION.contains(text.lower(k));
    }

    /** Where the first item of {@code clause} ends: its first comma, or its end. */
    private static int listEnd(TokenizedText text, Span clause) {
        int end = text.indexAt(clause.start()) + 1;
        while (end < text.size() && text.get(end).start() < clause.end() && !text.commaBefore(end)) end++;
        return end < text.size() ? Math.min(text.get(end).start(), clause.end()) : clause.end();
    }

    /** «إضافة» and «بالإضافة» (in addition), normalised. */
    private static final Set<String> IN_ADDITION = Set.of("اضافه", "بالاضافه");

    /**
     * Whether {@code sentence}, whose event words are {@code said}, is a second item of the headline, after the two dots
     * Arabic headlines list items with; not one that names the first item's event again by its definite name («انفجار
     * عبوة بسيارة لقسد في هجين.. ومقتل عنصرين جراء الانفجار»).
     */
    private static boolean secondHeadlineItem(TokenizedText text, Span sentence, List<EventClassifier.Trigger> said) {
        String original = text.original();
        int k = sentence.start();
        while (k > 0 && Character.isWhitespace(original.charAt(k - 1))) k--;
        if (k < 2 || !original.startsWith("..", k - 2) || k >= 3 && original.charAt(k - 3) == '.') return false;
        if (original.substring(0, k).strip().indexOf('\n') >= 0) return false;
        return said.stream().noneMatch(t -> definite(text, t.span()));
    }

    /** Words, as written (normalised), that name the event just told without telling it again. */
    private static final Set<String> THAT_EVENT = Set.of("الحادثه", "الحادث", "الواقعه", "ذلك", "incident");

    /** Whether event words are a hashtag or in one («#ألغام», «#قصف_الميادين»): a page's topic, no event told. */
    private static boolean inHashtag(String text, Span words) {
        int k = words.start();
        while (k > 0 && (Character.isLetterOrDigit(text.charAt(k - 1)) || text.charAt(k - 1) == '_'
                || Character.getType(text.charAt(k - 1)) == Character.NON_SPACING_MARK)) {
            k--;
        }
        return k > 0 && text.charAt(k - 1) == '#';
    }

    /** Whether {@code sentence} ends with a question mark, Latin or Arabic. */
    private static boolean asks(String text, Span sentence) {
        int end = sentence.end();
        while (end > sentence.start() && Character.isWhitespace(text.charAt(end - 1))) end--;
        // «ورفعوا لافتات كتب عليها: "أين أبناؤنا؟"»: a question quoted, closed right after its mark, is what was written
        // or said, not the sentence asking.
        boolean quoted = end < text.length() && CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0;
        return end > sentence.start() && "?؟".indexOf(text.charAt(end - 1)) >= 0 && !quoted;
    }

    /** Marks that close a quotation. */
    private static final String CLOSING_QUOTES = "\"”»’'";

    /**
     * Words just before a trigger that make it no event: «لدرء القصف» (to ward off shelling), "fear of attacks"; filed
     * by their first letter ({@link #CUE_FIRSTS}), as they are looked for at each letter before every event word.
     */
    private static final String[][] NON_EVENT_CUES;
    /** The first letter of the cues of each row of {@link #NON_EVENT_CUES}. */
    private static final String CUE_FIRSTS;
    private static final int LONGEST_CUE;

    static {
        Map<Character, List<String>> byFirst = new java.util.TreeMap<>(LexiconCsv.read("non-event-cues", "language", "phrase")
                .stream().map(r -> r.get("phrase")).collect(java.util.stream.Collectors.groupingBy(cue -> cue.charAt(0))));
        NON_EVENT_CUES = byFirst.values().stream().map(cues -> cues.toArray(String[]::new)).toArray(String[][]::new);
        CUE_FIRSTS = byFirst.keySet().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining());
        LONGEST_CUE = Arrays.stream(NON_EVENT_CUES).flatMap(Arrays::stream).mapToInt(String::length).max().orElse(0);
    }

    /**
     * Whether the words right before event words say no event was told ({@link #NON_EVENT_CUES}, «أي», an event that
     * "comes amid" others), or that they tell the trend the news came amid ({@link #cameAmid}) or what someone is planning
     * ({@link #planned}). Event words that open a relative clause about events of a trend tell none either: «وسط
     * تصاعد الهجمات التي تستهدف التجار» (amid rising attacks that target merchants).
     */
    private static boolean hypothetical(TokenizedText tokenized, Span trigger) {
        String text = tokenized.original();
        int at = trigger.start();
        int k = tokenized.indexAt(at);
        if (cameAmid(tokenized, k) || planned(tokenized, k) || heard(tokenized, trigger)) return true;
        if (k >= 2 && tokenized.joined(k) && tokenized.joined(k - 1) && Sentences.RELATIVE_PRONOUNS.contains(tokenized.lower(k - 1))) {
            int noun = tokenized.get(k - 2).start();
            String beforeNoun = text.substring(Math.max(0, noun - 16), noun);
            if (TRENDS.stream().anyMatch(beforeNoun::contains)) return true;
        }
        String before = text.substring(Math.max(0, at - CUE_REACH), at);
        return cueReaches(text, at) || COMES_AMID.stream().anyMatch(before::endsWith) || ANY_OR_FLED_BEFORE.matcher(before).find();
    }

    /**
     * How many chars before event words a cue may start, and the words of "comes amid" and «أي» may lie; a longer cue
     * ("amid an escalation of", "heard the sounds of") as far back as its own length and a blank, so right before them.
     */
    private static final int CUE_REACH = 16;

    /**
     * Whether a {@linkplain #NON_EVENT_CUES cue} stands right before the event words at {@code at} ({@link #CUE_REACH})
     * with no comma after it: «وبعد أشهر من الهدوء، هاجمت خلايا التنظيم» tells the attack, the months of calm closed by
     * the comma.
     */
    private static boolean cueReaches(String text, int at) {
        int from = Math.max(0, at - Math.max(CUE_REACH, LONGEST_CUE + 1));
        int lastComma = at - 1;
        while (lastComma >= from && text.charAt(lastComma) != '،' && text.charAt(lastComma) != ',') lastComma--;
        for (int p = from; p < at; p++) {
            int row = CUE_FIRSTS.indexOf(text.charAt(p));
            if (row < 0) continue;
            for (String cue : NON_EVENT_CUES[row]) {
                int end = p + cue.length();
                if (end <= at && end > lastComma && p >= at - Math.max(CUE_REACH, cue.length() + 1) && text.startsWith(cue, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether event words are joined by «و» or "and" to event words before them that tell no event, at most one word
     * after them: «نزحوا خوفاً من القصف والاشتباكات» (fled for fear of the shelling and the clashes).
     */
    private static boolean andAfterAny(TokenizedText tokenized, List<Span> untold, Span trigger) {
        int k = tokenized.indexAt(trigger.start());
        if (k < 1 || !tokenized.joined(k)) return false;
        boolean attached = tokenized.get(k).arabic() && tokenized.form(k).length() > 2 && tokenized.form(k).charAt(0) == 'و';
        int before = attached ? k - 1 : AND.contains(tokenized.lower(k - 1)) ? k - 2 : -1;
        if (before < 0 || !tokenized.joined(before + 1)) return false;
        for (Span u : untold) {
            int end = tokenized.indexAt(u.end()) - 1; // the untold words' last word
            if (end == before || end == before - 1) return true;
        }
        return false;
    }

    private static final Set<String> AND = Set.of("and", "و");

    /** Words of a trend («وسط تصاعد الهجمات», "amid a rise in attacks"), whose events a clause may go on to tell. */
    private static final List<String> TRENDS = List.of("تصاعد", "تزايد", "a rise in", "rising", "an escalation of", "a wave of",
            "a spate of");

    /**
     * «أي» or "any" right before event words («دون وقوع أي اشتباكات», "any attack on our forces"), or the fighting
     * people fled ("families who had fled fighting", "fleeing the clashes"): no event told. Not "Families fled as jets
     * bombed Khasham".
     */
    private static final java.util.regex.Pattern ANY_OR_FLED_BEFORE = java.util.regex.Pattern.compile(
            "(?:^|[\\s«(])(?:أي|اي|any|Any|fled|fleeing)(?:\\s+from)?(?:\\s+the)?\\s+$");

    /**
     * «ويأتي الهجوم في ظل …», «وتأتي هذه الاحتجاجات بعد …»: event words right after «يأتي» are its subject, the event
     * just told said to come amid others (not «ويأتي ذلك بعد قصف مماثل», whose shelling is another event).
     */
    private static final List<String> COMES_AMID = List.of("يأتي ", "تأتي ", "يأتي هذا ", "تأتي هذه ", "يأتي ذلك ");

    /**
     * Whether the event words at word {@code k} tell the trend something came amid: «ويأتي ذلك في ظل تصاعد لافت لعمليات
     * الاغتيال», «تزامناً مع تصاعد هجمات خلايا التنظيم», "amid a marked rise in killings": the times, no event of their
     * own. A word of a trend stands between: what came amid may be an event told ("The protest comes amid clashes that
     * erupted in Dhiban on Monday, killing five"), and what came after («ويأتي ذلك بعد أيام من مقتل طفل في انفجار
     * مماثل») is another event.
     */
    private static boolean cameAmid(TokenizedText text, int k) {
        boolean trend = false;
        for (int m = k - 1; m >= Math.max(0, k - AMID_WORDS) && text.joined(m + 1); m--) {
            trend |= TREND_WORDS.contains(text.lower(m));
            if (trend && AMID.contains(text.lower(m))) return true;
        }
        return false;
    }

    /**
     * Whether event words are what people heard: "residents said they heard four loud explosions", «وسمعت أصوات انفجارات»,
     * "gunfire and explosions could be heard in the nearby town". What the news tells is told by other words, if at all.
     */
    private static boolean heard(TokenizedText text, Span trigger) {
        int first = text.indexAt(trigger.start()), last = text.wordAt(trigger.end() - 1);
        // Only what was heard, its object: not the event told after "as", "before" or «جراء» ("Residents heard gunfire as
        // ISIS gunmen attacked a checkpoint", «سمعوا دوي انفجار قبل أن تستهدف مسيرة سيارة»).
        for (int k = first - 1; k >= Math.max(0, first - HEARD_WORDS) && text.joined(k + 1) && !text.commaBefore(k + 1); k--) {
            if (HEARD.contains(text.lower(k))) return true;
            if (OPENS_ANOTHER_CLAUSE.contains(text.lower(k))) return false;
        }
        // "could be heard", not "An explosion was heard in Hajin, killing two": what could be heard is all that is told.
        for (int k = last + 1; k + 2 <= last + HEARD_WORDS && k + 2 < text.size() && text.joined(k + 2) && !text.commaBefore(k + 1)
                && !text.commaBefore(k + 2); k++) {
            if (text.lower(k).equals("could") && text.lower(k + 1).equals("be") && text.lower(k + 2).equals("heard")) return true;
        }
        return false;
    }

    /** Words that open what happened apart from what was heard, as written (normalised, lower case). */
    private static final Set<String> OPENS_ANOTHER_CLAUSE = Set.of("as", "before", "when", "after", "while", "by", "caused",
            "قبل", "بعد", "اثر", "جراء", "عن", "ان", "حين", "عندما", "اثناء");

    /** How many words from event words a verb of hearing is read: "they heard at least four loud explosions". */
    private static final int HEARD_WORDS = 6;
    /** Verbs of hearing, as written (normalised, lower case); not «سمع» alone, which may be a name. */
    private static final Set<String> HEARD = Set.of("heard", "hear", "hearing", "سمعت", "وسمعت", "سمعوا", "سمعنا", "يسمع", "تسمع",
            "سماع");

    /**
     * Whether the event words at word {@code k} are what someone planned, a few words after a word of planning: «كانوا
     * يخططون لتنفيذ عمليات اغتيال», "were planning to carry out attacks": not done, so no event of their own.
     */
    private static boolean planned(TokenizedText text, int k) {
        for (int m = k - 1; m >= Math.max(0, k - PLAN_WORDS) && text.joined(m + 1); m--) {
            if (PLANS.contains(text.lower(m))) return true;
        }
        // «وتسعى الحكومة السورية الانتقالية إلى بسط سيطرتها على ريف دير الزور», «وتحاول قسد أن تستعيد السيطرة», "seeks
        // to take": what a side strives for, its name between.
        if (k < 1 || !text.joined(k) || !CasualtyExtractor.TO.contains(text.lower(k - 1)) && !text.lower(k - 1).equals("ان")) {
            return false;
        }
        for (int m = k - 2; m >= Math.max(0, k - STRIVE_WORDS) && text.joined(m + 1); m--) {
            if (STRIVES.contains(text.lower(m))) return true;
        }
        return false;
    }

    /** How many words before event words a verb of striving may stand, a side's name and «إلى» between. */
    private static final int STRIVE_WORDS = 8;
    /** Verbs of striving, trying and aiming, as written (normalised): «تسعى», «تحاول», "seeks". */
    private static final Set<String> STRIVES = Set.of("تسعي", "يسعي", "وتسعي", "ويسعي", "يسعون", "تهدف", "يهدف", "وتهدف", "تحاول",
            "يحاول", "وتحاول", "ويحاول", "يحاولون", "seeks", "seeking", "aims", "aiming");

    /**
     * Whether the words of ground taken {@code t} follow «منذ» or "since (the)": the time something is counted from («منذ
     * سيطرتها على المدينة», "since the capture of the town"), an event of before the news, not told. Not other event
     * words, which may be the news a toll counts from ("Since the clashes erupted on Monday, 15 people have been killed").
     */
    private static boolean countedFrom(TokenizedText text, EventClassifier.Trigger t) {
        if (!t.type().changesTerritory()) return false;
        int before = text.indexAt(t.span().start()) - 1;
        if (before >= 1 && text.lower(before).equals("the") && text.joined(before)) before--;
        return before >= 0 && text.joined(before + 1) && (text.lower(before).equals("منذ") || text.lower(before).equals("since"));
    }

    /** How many words before event words a word of planning may stand: «لتنفيذ عمليات», "to carry out". */
    private static final int PLAN_WORDS = 4;
    /**
     * Words of planning still under way and of a plan, as written (normalised): «خطة تستهدف», "a plan to attack"; not the
     * past, as what was planned may have been done ("Gunmen who had planned the ambush killed two SDF fighters").
     */
    private static final Set<String> PLANS = Set.of("يخطط", "يخططون", "يخططان", "تخطط", "تخططان", "خطه", "planning", "plotting",
            "plan", "plans");

    /** How many words before event words «في ظل» or "amid" may stand: a trend and what it is of between. */
    private static final int AMID_WORDS = 8;
    /** «في ظل», «وسط», «تزامناً مع», "amid": the last word of each, as written (normalised). */
    private static final Set<String> AMID = Set.of("ظل", "وسط", "تزامنا", "بالتزامن", "amid", "amidst");
    /** Words of a trend, as written (normalised): «تصاعد», "a rise in", "a spate of". */
    private static final Set<String> TREND_WORDS = Set.of("تصاعد", "تزايد", "rise", "rising", "escalation", "wave", "spate", "surge");

    /**
     * Whether a line break, not a full stop, ends {@code sentence}: the report's first event sentence so ended is
     * its headline (pages put a menu, a date or a byline before it), and the lead then tells the same event again,
     * at more length.
     */
    static boolean endsLine(String text, Span sentence) {
        int end = sentence.end();
        // «قصف صاروخي يستهدف قاعدة التحالف في حقل العمر.. ومروحيات أمريكية ترد»: a headline's clauses parted by two dots
        // (or an ellipsis), on a line that ends in no full stop.
        if (end >= 2 && (text.startsWith("..", end - 2) || text.charAt(end - 1) == '…')) {
            int lineEnd = text.indexOf('\n', end);
            String rest = lineEnd < 0 ? "" : text.substring(end, lineEnd).strip();
            return !rest.isEmpty() && ".!?؟".indexOf(rest.charAt(rest.length() - 1)) < 0;
        }
        if (end > 0 && ".!?؟".indexOf(text.charAt(end - 1)) >= 0) return false;
        for (int i = sentence.end(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return false;
    }

    /** A sentence that names no place (not even one off the map), no toll and no date, nor speaks of places before. */
    private static boolean tellsNothingOfItsOwn(FollowUps.Sentence facts, List<PlaceMention> anyPlaces, boolean refersBack) {
        return anyPlaces.isEmpty() && !refersBack && facts.casualties().isEmpty() && facts.dates().isEmpty();
    }

    /**
     * Words that speak of places named before: "هذه القرى", "المنطقة", «منازل المدنيين في البلدة», "the town", "the
     * same village", "the base"; and «في المقابل» (in return), fire returned where it came from. Not "the same area",
     * which news uses for background ("Last week, the same area saw heavy fighting"). A sentence that
     * opens with what came after the event before speaks of its place too ({@link #opensAfterTheEventBefore}).
     */
    private static final List<String> BACK_REFERENCES = List.of("هذه", "هذا", "المنطقة", "البلدة", "المدينة", "القرية",
            "في المقابل", "these", "the area", "the town", "the village", "the city", "the base", "the same village",
            "the same town");

    /**
     * Whether a sentence speaks of the village or town named before: "General Security forces deployed in the village
     * …, the security directorate in Deir Ezzor said" is in that village, not in the province it names.
     */
    private static boolean refersToASettlement(TokenizedText text, Span sentence) {
        int end = text.indexAt(sentence.end());
        for (int k = text.indexAt(sentence.start()); k < end; k++) {
            String word = text.lower(k), before = k > 0 ? text.lower(k - 1) : "", after = k + 1 < end ? text.lower(k + 1) : "";
            // «مجلس البلدة», «البلدة القديمة», "the town of X", "the townspeople": no settlement named before.
            if (SETTLEMENT_NOUNS_AR.contains(word) && !before.equals("مجلس") && !after.equals("القديمه")) return true;
            if (SETTLEMENT_NOUNS_EN.contains(word) && before.equals("the") && !after.equals("of")) return true;
        }
        return false;
    }

    /** «البلدة», «القرية», also with «ب» or «و» written on, as written (normalised). */
    private static final Set<String> SETTLEMENT_NOUNS_AR = Set.of("البلده", "القريه", "بالبلده", "بالقريه", "والبلده", "والقريه");
    private static final Set<String> SETTLEMENT_NOUNS_EN = Set.of("town", "village");

    /**
     * {@code here}, and where it names only quarters the gazetteer lacks («عند أطراف حي البلعوم»), the one town or city
     * named before it ({@code before}), in which such quarters lie: the event is placed in the town as well as in its
     * unknown quarter.
     */
    private static List<PlaceMention> withTheirTown(TokenizedText text, List<PlaceMention> here, List<PlaceMention> before) {
        if (here.isEmpty() || !here.stream().allMatch(p -> p.unknownName() != null && unknownQuarter(text, p))) return here;
        List<PlaceMention> towns = before.stream().filter(p -> p.chosen() != null && !p.region() && p.groupKey() == null).toList();
        // One quarter lies in one town: after two named together, in neither that the words say.
        if (towns.size() != 1) return here;
        List<PlaceMention> both = new ArrayList<>(here);
        both.addAll(towns);
        return both;
    }

    /** Whether an unknown place is named as a quarter: «حي البلعوم». */
    private static boolean unknownQuarter(TokenizedText text, PlaceMention p) {
        int k = text.wordAt(p.span().start());
        return k > 0 && QUARTER.equals(text.key(k - 1));
    }

    /** A quarter of a city, «حي», as a search key. */
    private static final String QUARTER = "حي";

    /** Whether {@code places} are some and all areas (a countryside, a district, the province). */
    private static boolean onlyAreas(List<PlaceMention> places) {
        return !places.isEmpty() && places.stream().allMatch(p -> p.region() || p.groupKey() != null);
    }

    private static List<EventClassifier.Trigger> withoutCharges(TokenizedText text, List<EventClassifier.Trigger> triggers) {
        List<EventClassifier.Trigger> charges = new ArrayList<>(SubordinateTriggers.charges(text, triggers));
        // «ولم تعلق قسد على حوادث الاعتقال»: what a side did not comment on is told elsewhere.
        charges.addAll(SubordinateTriggers.commentedOn(text, triggers));
        return charges.isEmpty() ? triggers : triggers.stream().filter(t -> !charges.contains(t)).toList();
    }

    /**
     * Whether a sentence only tells what followed {@code previous}, the event just told (not a headline's): its event
     * words all name that event as what came before or where it was ({@link SubordinateTriggers#onlyAfterAnEventTold}),
     * and it counts nobody: a place it names is where what followed was done («وفرضت قسد إجراءات أمنية على الحواجز في
     * ريف دير الزور الشمالي عقب التفجير»). "Three civilians were killed in Dhiban after the attack" tells an event of
     * its own.
     */
    private static boolean followedOnly(TokenizedText text, Proposal previous, Proposal fromHeadline, FollowUps.Sentence facts) {
        return previous != null && previous != fromHeadline && SubordinateTriggers.onlyAfterAnEventTold(text, facts.triggers())
                && facts.casualties().stream().noneMatch(c -> c.count().known());
    }

    /** Whether a sentence that names no place speaks of the places named just before. */
    private static boolean refersBack(TokenizedText text, Span sentence, List<EventClassifier.Trigger> triggers) {
        String s = sentence.text();
        return BACK_REFERENCES.stream().anyMatch(s::contains) || opensAfterTheEventBefore(text, sentence, triggers);
    }

    /**
     * The dateline: where and when a report was filed, at the start of a line and ended by a dash, colon or the
     * agency in brackets ("محافظة دير الزور :", "دير الزور - مراسلنا", "Deir ez-Zor, Nov 19 (Test Wire) -",
     * "Deir Ezzor, SANA-", "AMMAN, Oct 26 (Reuters) -"). Its place is where the report is filed, not where anything
     * happened, so it is the fallback for unlocated events (none for a place off the map) and never a sentence's target;
     * its date is the filing date, not the event's.
     */
    record Dateline(Span span, PlaceMention place) {}

    /** Whether {@code clause} and {@code next} are clauses of one sentence, parted by a comma ({@link Sentences}). */
    private static boolean clauseBefore(String text, Span clause, Span next) {
        String between = text.substring(clause.end(), next.start());
        return between.strip().matches("[،,]");
    }

    /** For each word that starts a side's name, the index of the word after the name; else 0. */
    private static int[] sideEnds(TokenizedText text, List<ActorMention> sides) {
        int[] ends = new int[sides.isEmpty() ? 0 : text.size()];
        for (ActorMention side : sides) {
            if (!side.actorKey().equals("civilians")) ends[text.indexAt(side.span().start())] = text.indexAt(side.span().end());
        }
        return ends;
    }

    private static final String ISIS = "isis";
    /** The month ISIS took Deir ez-Zor governorate from the other armed groups (Nusra among them). */
    private static final LocalDate SUICIDE_BOMBERS_ONLY_ISIS_FROM = LocalDate.of(2014, 7, 1);

    /** Words for protesters, as a toll writes them. */
    private static final java.util.regex.Pattern PROTESTERS = java.util.regex.Pattern.compile("متظاهر|محتج(?!ز)|protester|demonstrator");

    /**
     * A sentence as written, to compare with those read before: its blanks at either end left out and each run of
     * blanks within it ({@code \s} of a regular expression) one space. Written out rather than replaced with a
     * pattern: it runs on every sentence of every report.
     */
    static String asWritten(String sentence) {
        String s = sentence.strip();
        StringBuilder b = new StringBuilder(s.length());
        boolean blanks = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!Sentences.blank(c)) b.append(c);
            else if (!blanks) b.append(' ');
            blanks = Sentences.blank(c);
        }
        return b.toString();
    }

    /** Datelines are short: a place, perhaps a date and an agency. */
    private static final int DATELINE_MAX = 60;

    static Dateline dateline(String text, List<PlaceMention> mentions) {
        for (PlaceMention m : mentions) {
            // "AMMAN, Oct 26 (Reuters) -", "BEIRUT (AFP) -": a dateline off the map dates nothing and places nothing.
            if (!m.outsideMap() && m.chosen() == null) continue;
            // Only blanks between the line's start and the place: stepping back over them alone keeps a long
            // line from being read again for every place on it.
            int lineStart = m.span().start();
            while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && Character.isWhitespace(text.charAt(lineStart - 1))) lineStart--;
            if (lineStart > 0 && text.charAt(lineStart - 1) != '\n') continue;
            int limit = Math.min(text.length(), m.span().end() + DATELINE_MAX);
            for (int i = m.span().end(); i < limit && text.charAt(i) != '\n'; i++) {
                char c = text.charAt(i);
                // «دير الزور-سانا», "Deir Ezzor, SANA-": a dash right after the place or an agency in capitals also
                // ends it; not one inside a word ("US-backed").
                boolean dash = (c == '-' || c == '–' || c == '—')
                        && (Character.isWhitespace(text.charAt(i - 1)) || i == m.span().end() || afterCapitals(text, i));
                if (c == ':' || dash) return new Dateline(Span.of(text, lineStart, i + 1), m.outsideMap() ? null : m);
            }
        }
        return null;
    }

    /** Whether the word before {@code at} is in capitals, an agency's name ("SANA", "AFP"). */
    private static boolean afterCapitals(String text, int at) {
        int start = at;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        String word = text.substring(start, at);
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
    }

    private static Proposal lastOf(List<Proposal> proposals) {
        return proposals.isEmpty() ? null : proposals.get(proposals.size() - 1);
    }

    /** Whether {@code span} lies in one of {@code spans}. */
    private static boolean inAny(List<Span> spans, Span span) {
        return spans.stream().anyMatch(span::within);
    }

    private static boolean inDateline(Dateline dateline, Span span) {
        return dateline != null && span.within(dateline.span());
    }

    /** The side whose base one of {@code where} is, named at the base, unless it is the side that acted; or null. */
    private ActorMention heldBase(List<PlaceMention> where, ActorMention actor1) {
        for (PlaceMention p : where) {
            String holder = p.chosen() == null ? null : baseHolders.get(p.chosen());
            if (holder != null && (actor1 == null || !holder.equals(actor1.actorKey()))) return new ActorMention(holder, p.span());
        }
        return null;
    }

    /**
     * Whether a sentence opens by saying where all it tells happened: «وفي ريف الحسكة الجنوبي، هاجمت خلية …», "In
     * Hasakah, gunmen …".
     */
    private static boolean framedBy(TokenizedText text, Span sentence, PlaceMention place) {
        int first = text.indexAt(sentence.start()), at = text.indexAt(place.span().start());
        if (at > first + FRAME_WORDS || at <= first) return false;
        for (int k = first; k < at; k++) {
            if (FRAMES.contains(text.lower(k))) return true;
        }
        return false;
    }

    /** The most words before the place a sentence opens with: «وفي ريف الحسكة». */
    private static final int FRAME_WORDS = 2;
    /** Words that open a sentence on where it happened, as written (normalised). */
    private static final Set<String> FRAMES = Set.of("في", "وفي", "in");

    /** How far after event words, in characters, a place off the map says where they happened. */
    private static final int OFF_THE_MAP_CHARS = 30;

    /**
     * Whether aircraft are named as what fired: in the few words before the event words of their clause («الطائرات …
     * قصفت») or, the subject after the verb, right after them («قصفت طائرات التحالف», «قصف طيران النظام»).
     */
    private static boolean aircraftNamed(TokenizedText text, Span trigger) {
        int k = text.indexAt(trigger.start());
        for (int back = 1; back <= AIRCRAFT_WORDS && k - back >= 0 && text.joined(k - back + 1); back++) {
            // "In retaliation for the drone attack, US forces shelled": in English, aircraft before a comma are another
            // clause's (Arabic sets the aircraft apart by commas: «الطائرات، رجحها البعض أنها للتحالف، قصفت»).
            if (text.commaBefore(k - back + 1) && !text.get(k).arabic()) break;
            // «قوات النظام بدعم من الطيران الروسي هاجمت البلدة»: aircraft that supported the side did not fire.
            if (aircraft(text, k - back) && !SubordinateTriggers.afterSupport(text, k - back)) return true;
        }
        int after = text.indexAt(trigger.end());
        return after < text.size() && text.joined(after) && (aircraft(text, after) || aircraftUsed(text, after));
    }

    /**
     * Whether the clause from word {@code from} tells aircraft as what struck: «استهدفت … قاعدة الاحتلال في حقل كونيكو
     * بطائرتين مسيّرتين», "targeted the base with two drones".
     */
    private static boolean aircraftUsed(TokenizedText text, int from) {
        for (int k = from; k < Math.min(text.size(), from + INSTRUMENT_WORDS) && text.joined(k) && (k == from || !text.commaBefore(k)); k++) {
            String word = text.lower(k);
            if (text.get(k).arabic() && word.startsWith("ب") && aircraft(text, k) && !SubordinateTriggers.afterSupport(text, k)) {
                return true;
            }
            // "with two drones", "using a drone"; not "in coordination with coalition aircraft" (support).
            if (!word.equals("with") && !word.equals("using") || k + 1 >= text.size()) continue;
            int what = INSTRUMENT_DETERMINERS.contains(text.lower(k + 1)) || Character.isDigit(text.form(k + 1).charAt(0))
                    ? k + 2 : k + 1;
            if (what < text.size() && text.joined(what) && aircraft(text, what) && !SubordinateTriggers.afterSupport(text, what)) {
                return true;
            }
        }
        return false;
    }

    /** Words between "with" and the aircraft it was done with: "with two drones", "with a drone". */
    private static final Set<String> INSTRUMENT_DETERMINERS = Set.of("a", "an", "the", "two", "three", "four", "several");
    /** How many words after event words the aircraft they were made with may be told: where, then «ب» and the aircraft. */
    private static final int INSTRUMENT_WORDS = 16;

    /** Whether aircraft are named right after event words, as the verb's subject: «استهدف طيران التحالف منازل المدنيين». */
    private static boolean aircraftRightAfter(TokenizedText text, Span words) {
        int after = text.indexAt(words.end());
        // «ارتكب طيران التحالف … مجزرة»: the subject right after the verb of words with a gap.
        int second = text.indexAt(words.start()) + 1;
        return after < text.size() && text.joined(after) && aircraft(text, after) || second < after && aircraft(text, second);
    }

    /**
     * Whether the sentence names aircraft before a weak word of its event, not as backing a side («نفذت طائرات التحالف
     * ضربات … ووثق المرصد مقتل 7 مدنيين جراء استهداف منزلهم»): the weak word tells their strike.
     */
    private static boolean aircraftStruckBefore(TokenizedText text, Span sentence, Span trigger) {
        int last = text.indexAt(trigger.start());
        boolean named = false;
        for (int k = text.indexAt(sentence.start()); k < last; k++) {
            if (aircraft(text, k) && !SubordinateTriggers.afterSupport(text, k)) named = true;
        }
        // «بعد تحليق طائرات مسيرة فوق البلدة، استهدف مسلحون مجهولون منازل المدنيين»: gunmen, the verb's subject, did it.
        for (int k = last; named && k < Math.min(text.size(), last + SUBJECT_WORDS) && text.sameSentence(last, k); k++) {
            if (GROUND_AGENTS.contains(Proclitics.stem(text.lower(k)))) return false;
        }
        return named;
    }

    /** How many words from the event's words its subject may stand: a verb, then who did it. */
    private static final int SUBJECT_WORDS = 4;
    /** Men on the ground who strike, as written (normalised, without proclitics). */
    private static final Set<String> GROUND_AGENTS = Set.of("مسلحون", "مسلحين", "مجهولون", "مجهولين", "gunmen", "militants");

    private static boolean aircraft(TokenizedText text, int k) {
        return AIRCRAFT.contains(Proclitics.stem(text.lower(k)));
    }

    /** How many words before event words are read for the aircraft that fired. */
    private static final int AIRCRAFT_WORDS = 8;
    /** Aircraft, as written (normalised, without proclitics). */
    private static final Set<String> AIRCRAFT = Set.of("طايرات", "طايره", "طايرتين", "طيران", "مقاتلات", "مروحيات", "aircraft",
            "warplanes", "jets", "helicopters", "drones", "drone");

    /**
     * Which trigger of a sentence says what happened, lowest first (after any weak one, see {@link EventClassifier}).
     * A weapon stopped («تفكيك عبوة ناسفة», "shot down a drone") names the weapon too; a suicide bomber's explosion
     * is an explosion; aircraft «قصفت» (shelled) in Arabic as much as guns do. Ground taken is told with the fighting
     * that took it, and shelling with the clashes it is part of («وسط قصف مدفعي», as ACLED codes both as the
     * battle); then the other explosions, a headquarters set up (in a house seized for it), the violence against
     * civilians, riots before protests (a protest that burns tyres is a riot), and the other strategic developments
     * that news tells alongside them.
     */
    private static int weight(SubEventType type) {
        return switch (type) {
            // «تدريبات بالذخيرة الحية وقصف للأهداف»: what is fired in an exercise is the exercise.
            case OTHER -> -1;
            case DISRUPTED_WEAPONS_USE -> 0;
            case SUICIDE_BOMB -> 1;
            case AIR_DRONE_STRIKE -> 2;
            case GOVERNMENT_REGAINS_TERRITORY, NON_STATE_ACTOR_OVERTAKES_TERRITORY, NON_VIOLENT_TRANSFER_OF_TERRITORY -> 3;
            case ARMED_CLASH -> 4;
            case SHELLING_ARTILLERY_MISSILE, GRENADE, CHEMICAL_WEAPON -> 5;
            case REMOTE_EXPLOSIVE_LANDMINE_IED -> 6;
            // "seized the house of a displaced resident and turned it into a headquarters": what it was taken for.
            case HEADQUARTERS_OR_BASE_ESTABLISHED -> 7;
            default -> switch (type.type()) {
                case VIOLENCE_AGAINST_CIVILIANS -> 8;
                case RIOTS -> 9;
                case PROTESTS -> 10;
                default -> 11;
            };
        };
    }
}
