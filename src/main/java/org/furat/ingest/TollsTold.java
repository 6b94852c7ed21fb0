package org.furat.ingest;

import java.util.List;
import java.util.Set;
import org.furat.model.Casualties;

/**
 * Reads the figures a report gives for one event's dead and wounded as the corpus coders do: the first told as fact;
 * where it gave no best figure ("several", «عدد من»), made exact by one that agrees or replaced by a toll risen since;
 * added to by people told as more. {@link Tolls} compares and adds the figures themselves. Stateless.
 */
final class TollsTold {

    private TollsTold() {}

    /**
     * An event's figure of one kind, {@code figure}, once {@code toll} has been read after it. Where it gives no best
     * figure («سقوط قتلى», "several"), a toll risen replaces it («وارتفعت حصيلة القتلى إلى 5») and one that agrees makes
     * it exact («مقتل عدد من عناصر التنظيم، وجدت 10 جثث منهم»: "a number", then ten bodies); a best figure, the first told as
     * fact, stays ("killing at least 14", then "SOHR put the toll at 17"), as the corpus README codes it. People said to
     * be more are added («كما قتل مدنيان», "two attackers were also killed", as the corpus coders add up parts told
     * separately); another figure is other people, left out. With {@code figure} unknown, the figure a sentence's own
     * toll gives.
     */
    static Casualties countedOn(TokenizedText text, Casualties figure, List<CasualtyMention> toll, CasualtyMention.Kind kind) {
        for (CasualtyMention c : toll) {
            if (c.kind() != kind || !c.count().known()) continue;
            if (!figure.known()) figure = c.count();
            // "No civilians were killed in the strike, and two ISIS members were killed": nobody of one group is no zero
            // for all; the people counted after it are the toll.
            else if (zero(figure) && c.count().low() != null && c.count().low() > 0) figure = c.count();
            else if (c.risen()) figure = figure.best() == null ? c.count() : figure;
            // «سقوط شهداء وجرحى … إضافة لإصابة 6»: more than people told with no figure is the first figure.
            // «فيما نُقل المصابون إلى المشفى», "the wounded were taken": those already counted, named again, no more.
            else if (toldAsMore(text, c) && !(c.count().best() == null && namedWithArticle(text, c))) {
                figure = noFigure(figure) ? c.count() : Tolls.sum(figure, c.count());
            }
            // "killing at least 14 civilians", then "SOHR put the toll at 17": the first figure told stays.
            else if (Tolls.agree(figure, c.count()) && figure.best() == null) figure = Tolls.sharper(figure, c.count());
        }
        return figure;
    }

    private static boolean zero(Casualties figure) {
        return Integer.valueOf(0).equals(figure.best());
    }

    /**
     * Whether a toll is a noun with the article («المصابون», "the wounded") or one that a noun with the article
     * follows in construct («جثث القتلى», the bodies of the dead).
     */
    private static boolean namedWithArticle(TokenizedText text, CasualtyMention c) {
        int first = text.indexAt(c.span().start()), after = text.indexAt(c.span().end());
        return text.lower(first).startsWith("ال") || first > 0 && text.joined(first) && text.lower(first - 1).equals("the")
                || after == first + 1 && text.joined(after) && text.lower(after).startsWith("ال");
    }

    /**
     * Whether a figure is only the "some" a casualty noun with no figure gives («شهداء وجرحى»: at least one), or the
     * "some" of a plural with none («وأصيب آخرون», "others": at least two).
     */
    private static boolean noFigure(Casualties figure) {
        return figure.best() == null && figure.low() != null && figure.low() <= 2 && figure.high() == null;
    }

    /**
     * Whether a sentence only tells more people hurt in {@code event}: a count told as more ({@link #toldAsMore}), no
     * event words but the toll's own and the event's by its definite name, no place but the event's or where fire came
     * from, no date but the event's.
     */
    static boolean moreHurt(TokenizedText text, Proposal event, FollowUps.Sentence facts) {
        List<CasualtyMention> toll = facts.casualties();
        if (toll.stream().noneMatch(c -> c.count().known() && toldAsMore(text, c))) return false;
        // «فيما قتل 2 من عناصر التنظيم خلال الاشتباكات»: event words with the article name the event told.
        if (facts.triggers().stream().anyMatch(t -> toll.stream().noneMatch(c -> t.span().within(c.span()))
                && !(t.type() == event.type() && Extractor.definite(text, t.span())))) {
            return false;
        }
        if (facts.dates().stream().anyMatch(d -> !d.dates().equals(event.dates()))) return false;
        return facts.places().stream().allMatch(p -> facts.origins().contains(p) || event.places().stream().anyMatch(p::samePlaceAs));
    }

    /**
     * Whether a count is told as people more than those counted before it: after «كما», «فيما», «بينما», «في حين», «إلى
     * جانب», «قبل أن», "while", "before", or with "also", «أيضاً» in, just before or just after it.
     */
    private static boolean toldAsMore(TokenizedText text, CasualtyMention c) {
        int first = text.indexAt(c.span().start()), last = text.indexAt(c.span().end()) - 1;
        for (int k = first - 1; k >= Math.max(0, first - ALSO_BEFORE) && text.joined(k + 1); k--) {
            // «وأسفر الاشتباك أيضاً عن مقتل عنصرين», «أسفر أيضاً عن ارتقاء شهيدين», "the attack also killed two": also,
            // right before the count or after a verb of result; not a source's ("The Observatory also reported the death
            // of two", «وأكد المرصد أيضاً مقتل العنصرين»: another source, the same people).
            if (ALSO_WORDS.contains(text.lower(k)) && (k == first - 1 || k > 0 && RESULTED.contains(text.lower(k - 1)))
                    && !reportedBefore(text, k)) {
                return true;
            }
            if (k < first - 2) continue;
            if (MORE_BEFORE.contains(text.lower(k))) return true;
            // «…، في حين استشهد مقاتلان من قسد»: "whereas", two words.
            if (text.lower(k).equals("حين") && k > 0 && text.joined(k) && IN.contains(text.lower(k - 1))) return true;
            // «ما أدى إلى مقتل عنصر من الأمن العام، قبل أن يُقتل المسلح», "before he was killed": one more, who fought
            // them; not people of an event a while after ("a day before two SDF fighters were killed", «وذلك قبل أن»).
            int before = text.lower(k).equals("ان") && k > 0 && text.joined(k) && text.lower(k - 1).equals("قبل") ? k - 1
                    : text.lower(k).equals("before") ? k : -1;
            if (before >= 0 && Integer.valueOf(1).equals(c.count().best())
                    && (before == 0 || !text.joined(before) || !NOT_RIGHT_BEFORE.contains(text.lower(before - 1)))) {
                return true;
            }
            // «…، إلى جانب مقتل عنصرين من قسد»: alongside.
            if (text.lower(k).equals("جانب") && k > 0 && text.joined(k) && text.lower(k - 1).equals("الي")) return true;
        }
        // "one of whom later died", «توفي أحدهم», «توفي أحد الجرحى»: some of those counted died, more dead.
        if (CasualtyExtractor.moreDead(text, c)) return true;
        for (int k = first; k <= Math.min(text.size() - 1, last + 2); k++) {
            if (k > last && !text.joined(k)) break;
            if (ALSO_WORDS.contains(text.lower(k))) return true;
        }
        return false;
    }

    /** Words before «قبل»/"before" that put a while or another event between: «وذلك قبل», "a day before". */
    private static final Set<String> NOT_RIGHT_BEFORE = Set.of("ذلك", "وذلك", "يوم", "بيوم", "ساعات", "بساعات", "day", "days",
            "hours", "hour", "minutes", "weeks", "shortly", "just");

    /** Words, as written (normalised), before a count of more people: as, while, in addition («إضافة لمقتل 9»). */
    private static final Set<String> MORE_BEFORE = Set.of("كما", "فيما", "بينما", "اضافه", "بالاضافه", "while", "whereas", "besides");
    /** «في», with the conjunction written on or not, as written (normalised): the first word of «في حين». */
    private static final Set<String> IN = Set.of("في", "وفي");
    /** Whether a word of reporting ({@link FollowUps#reportWord}) stands a few words before word {@code k}, in its sentence. */
    private static boolean reportedBefore(TokenizedText text, int k) {
        for (int m = k - 1; m >= Math.max(0, k - REPORTER_WORDS) && text.joined(m + 1); m--) {
            if (FollowUps.reportWord(text.lower(m))) return true;
        }
        return false;
    }

    /** The most words from a verb of reporting to "also": «وأكد المرصد السوري أيضاً». */
    private static final int REPORTER_WORDS = 4;
    /** Verbs of result before "also" and the count, as written (normalised): «أسفر أيضاً عن». */
    private static final Set<String> RESULTED = Set.of("اسفر", "واسفر", "اسفرت", "واسفرت", "ادي", "ادت", "خلف", "خلفت");

    /** The most words from "also" to the count after it: «أيضاً عن ارتقاء شهيدين». */
    private static final int ALSO_BEFORE = 3;
    /** Words, as written (normalised), in or after a count of more people: also. */
    private static final Set<String> ALSO_WORDS = Set.of("also", "ايضا", "كذلك");
}
