package org.furat.ingest;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.furat.model.SubEventType;
import org.furat.text.ArabicNormalizer;
import org.furat.text.Proclitics;
import org.furat.text.Script;

/**
 * Tells a sentence that only tells more of the event proposed from the sentence before it ("وأفاد مراسلنا أن
 * القصف مصدره مواقع في مدينة دير الزور", after a report of the shelling) from one that reports an event of its
 * own, so that one event does not become two proposals. It follows up when all of these hold:
 * <ul>
 * <li>it says who reports the event or where the fire came from: a word of
 *     {@code data/lexicons/report-cues.csv} ("أفاد", "مراسلنا", "according to") or an origin ({@link OriginCues});
 *     or it names no place at all: an event sentence with no place of its own, right after one of the same
 *     type, tells more of that event ("The shelling also damaged houses") rather than locating a new one, which
 *     the analyst could not place anyway;</li>
 * <li>its trigger words are all of the earlier proposal's sub-event type: they name that event again
 *     ("القصف", the shelling), not a new one; weak words («هجوم», a toll alone) may tell of any, and a source
 *     telling how a shooting went, with no place of its own («وقال مصدر إن مسلحين أطلقوا النار على حاجز لقسد عند
 *     مدخل البلدة»), may tell an armed clash as an attack or the other way round, and a raid as the clash it
 *     became ("It said gun battles ensued");</li>
 * <li>it gives no date other than the earlier proposal's, and casualty counts only of a kind the earlier proposal
 *     has no figure for («وأفاد مراسلنا أن القصف أسفر عن مقتل مدنيين اثنين») or that agree with its figure: the
 *     event's toll, not a second toll to add to it;</li>
 * <li>every place it names, besides origins, is one of the earlier proposal's places.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class FollowUps {

    /** What a sentence says, as the extractor found it; {@code reported}: it holds a report cue. */
    record Sentence(Span span, List<EventClassifier.Trigger> triggers, List<PlaceMention> places,
                    List<PlaceMention> origins, List<DateMention> dates, List<CasualtyMention> casualties,
                    boolean reported) {}

    private final PhraseMatcher<Boolean> reportCues = new PhraseMatcher<>(true);

    /** The cues of {@code data/lexicons/report-cues.csv}. */
    FollowUps() {
        for (LexiconCsv.Row row : LexiconCsv.read("report-cues", "language", "phrase")) reportCues.add(row.get("phrase"), true);
    }

    /** The one-word cues of {@code data/lexicons/report-cues.csv}, normalised: «أكد», «أفاد», "reported". */
    private static final List<String> REPORT_WORDS = LexiconCsv.read("report-cues", "language", "phrase").stream()
            .map(row -> row.get("phrase").strip()).filter(phrase -> !phrase.contains(" "))
            .map(phrase -> ArabicNormalizer.normalize(phrase).text().toLowerCase(Locale.ROOT)).toList();

    /**
     * Whether a word, as written (normalised, lower case), is a report cue of one word: it begins with one, as the
     * lexicon's cues are matched, «و» in front or not («وأكدت», "reported").
     */
    static boolean reportWord(String word) {
        String bare = word.length() > 3 && word.startsWith("و") ? word.substring(1) : word;
        return REPORT_WORDS.stream().anyMatch(cue -> word.startsWith(cue) || bare.startsWith(cue));
    }

    /** The spans of the report cues in {@code words}. */
    List<Span> reportCues(TokenizedText words) {
        return reportCues.find(words).stream().map(m -> words.span(m.from(), m.to() + 1)).toList();
    }

    /** The sub-event types one shooting at a side's men is told as: the sides decide which ({@link TypeBySides}). */
    private static final Set<SubEventType> SHOOTINGS = EnumSet.of(SubEventType.ATTACK, SubEventType.ARMED_CLASH);
    /** The sub-event types one strike from afar is told as: an air raid and a shelling. */
    private static final Set<SubEventType> STRIKES = EnumSet.of(SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING_ARTILLERY_MISSILE);

    /**
     * Whether a source telling how an event went may name it {@code told}: a shooting at a side's men an attack or a
     * clash; a raid that met fire a clash ("the raid took place near Busayrah", then "It said gun battles ensued").
     */
    private static boolean toldOtherwise(SubEventType event, SubEventType told) {
        return SHOOTINGS.contains(told) && SHOOTINGS.contains(event)
                || event == SubEventType.ARRESTS && told == SubEventType.ARMED_CLASH;
    }

    /** Whether Arabic event words name an event already told, with the article: «القصف», «جراء القصف», «بالقصف». */
    private static boolean namesItAgain(EventClassifier.Trigger t) {
        String words = t.span().text();
        if (words.isEmpty() || Script.of(words.charAt(0)) != Script.ARABIC) return false;
        return Proclitics.hasArticle(ArabicNormalizer.normalize(words.split("\\s+")[0]).text());
    }

    /**
     * Whether English event words are "the raid(s)": after an air strike, with no place of their own, the strike just
     * told ("Russian jets hammered the village", then "Five civilians were killed in the raids"), not a raid on homes.
     */
    private static boolean theRaids(Sentence sentence, EventClassifier.Trigger t) {
        String word = t.span().text().toLowerCase(Locale.ROOT);
        if (!word.equals("raid") && !word.equals("raids")) return false;
        String text = sentence.span().text();
        int at = Math.max(0, t.span().start() - sentence.span().start());
        String before = text.substring(0, at).toLowerCase(Locale.ROOT);
        // "the raids carried out by the SDF", "the raids on homes": raids of their own.
        String after = text.substring(Math.min(text.length(), at + t.span().text().length())).toLowerCase(Locale.ROOT).strip();
        return before.matches("(?s).*\\b(the|these|those)\\s+$") && !after.matches("(?s)(by|carried|conducted|on)\\b.*");
    }

    /**
     * Whether date {@code d} lies within the words of a toll that rose, from its verb of rising to its figure, with no
     * event words between («ارتفعت حصيلة القتلى جراء الاشتباكات التي اندلعت مساء أمس إلى 4» dates the clashes).
     */
    private static boolean inARise(DateMention d, Sentence sentence) {
        return sentence.casualties().stream().anyMatch(c -> c.risen() && c.span().start() <= d.span().start()
                && d.span().end() <= c.span().end() && sentence.triggers().stream().noneMatch(t -> c.span().start() <= t.span().start()
                        && t.span().end() <= c.span().end()));
    }

    /** Whether {@code sentence} only tells more of {@code previous}, proposed from the sentence just before it. */
    boolean follows(Proposal previous, Sentence sentence) {
        if (!sentence.reported() && sentence.origins().isEmpty() && !sentence.places().isEmpty()) return false;
        // A weak word («هجوم», a toll) says only that something happened: it can tell of any event. A source telling
        // how it went, with no place of its own, may call a shooting at a side's men an attack or a clash.
        boolean sourceWithNoPlace = sentence.reported() && sentence.places().isEmpty();
        // «… أن ثلاثين جريحاً سقطوا جراء القصف», after an air strike: with no place of its own, an Arabic sentence may
        // name the strike just told «القصف», as Arabic news calls what aircraft fire; English "shelling" is artillery's,
        // and «لقصف يومي بالمدفعية» (to daily shelling by artillery), without the article, is another.
        boolean noPlace = sentence.places().isEmpty();
        if (sentence.triggers().stream().anyMatch(t -> !t.weak() && t.type() != previous.type()
                && !(sourceWithNoPlace && toldOtherwise(previous.type(), t.type()))
                // "One ISIS operative who opened fire on the assault force was killed", after a raid: the fire a raid met,
                // with no place of its own, is the raid's.
                && !(noPlace && previous.type() == SubEventType.ARRESTS && SHOOTINGS.contains(t.type()))
                && !(noPlace && STRIKES.contains(t.type()) && STRIKES.contains(previous.type()) && namesItAgain(t))
                && !(noPlace && STRIKES.contains(previous.type()) && theRaids(sentence, t))
                // «تجمعوا … ورددوا هتافات», after «أطلقت قسد الرصاص لتفريق مظاهرة»: the protest told again, in the words
                // of a protest whatever was done to it.
                && !(Proposal.protest(t.type()) && Proposal.protest(previous.type())))) {
            return false;
        }
        for (CasualtyMention c : sentence.casualties()) {
            // A figure that agrees with the event's ("at least five", then "the attack killed five
            // fighters") is its toll told again; one that does not is a second toll.
            if (!Tolls.agree(c.kind() == CasualtyMention.Kind.KILLED ? previous.killed() : previous.injured(), c.count())) return false;
        }
        // «قبل أن ترتفع صباح اليوم إلى 14 قتيلاً»: the day a toll rose is not the event's.
        if (sentence.dates().stream().anyMatch(d -> !d.dates().equals(previous.dates()) && !inARise(d, sentence))) {
            return false;
        }
        for (PlaceMention place : sentence.places()) {
            if (!sentence.origins().contains(place) && previous.places().stream().noneMatch(p -> p.samePlaceAs(place))) {
                return false;
            }
        }
        return true;
    }

}
