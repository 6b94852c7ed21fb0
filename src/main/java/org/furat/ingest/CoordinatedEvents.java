package org.furat.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Parts a sentence that tells two events joined after a comma by «و» or "and" into a clause for each: «قصفت قوات
 * النظام بلدة خشام، واعتقلت قسد شابين في بلدة ذيبان», "Regime forces shelled Khasham, and the SDF arrested two men in
 * Dhiban". A sentence is parted there when the words before the conjunction tell an event at a place of their own and
 * the words after it an event of another kind at another place, towns, villages or sites (an area may hold the other
 * clause's village). The conjunction is written onto the second event's verb or its toll's («واعتقلت», «وأصيب مدني
 * برصاص»), or stands alone a few words before the second event's words. Two events of one kind stay one sentence (a
 * strike wave on several villages is one incident, as the coders code it), and so do a second event's words without a
 * place of their own («وسط قصف مدفعي», the clash's shelling) and a conjunction with no comma before it, which as often
 * joins the parts of one event. Stateless.
 */
final class CoordinatedEvents {

    private CoordinatedEvents() {}

    /** The most words between a conjunction and the second event's words: «وعنصر من قسد قتل بهجوم», "and ISIS gunmen attacked". */
    private static final int CONJUNCTION_WORDS = 5;

    /**
     * {@code sentences} with each that tells two events parted into clauses (see the class comment), given the report's
     * event words, places and tolls; {@code strongestFirst} orders event words by how well they name an event.
     */
    static List<Span> parted(TokenizedText text, List<Span> sentences, List<EventClassifier.Trigger> triggers,
                             List<PlaceMention> places, List<CasualtyMention> tolls,
                             Comparator<EventClassifier.Trigger> strongestFirst) {
        List<Span> parted = new ArrayList<>(sentences.size());
        for (Span sentence : sentences) {
            Span rest = sentence;
            for (int cut = cut(text, rest, triggers, places, tolls, strongestFirst); cut > 0;
                    cut = cut(text, rest, triggers, places, tolls, strongestFirst)) {
                parted.add(Span.of(text.original(), rest.start(), trimmed(text.original(), rest.start(), cut)));
                rest = Span.of(text.original(), cut, rest.end());
            }
            parted.add(rest);
        }
        return parted;
    }

    /** The offset where a second event's clause of {@code sentence} starts, or -1. */
    private static int cut(TokenizedText text, Span sentence, List<EventClassifier.Trigger> triggers,
                           List<PlaceMention> places, List<CasualtyMention> tolls,
                           Comparator<EventClassifier.Trigger> strongestFirst) {
        List<EventClassifier.Trigger> said = triggers.stream().filter(t -> t.span().within(sentence)).toList();
        if (said.size() < 2) return -1;
        List<PlaceMention> named = places.stream().filter(p -> p.span().within(sentence) && !p.outsideMap()).toList();
        if (named.isEmpty()) return secondToll(text, sentence, said, tolls, strongestFirst);
        for (int i = 1; i < said.size(); i++) {
            int conjunction = conjunctionBefore(text, sentence, said.get(i), tolls);
            if (conjunction < 0) continue;
            int at = conjunction;
            List<EventClassifier.Trigger> before = said.stream().filter(t -> t.span().end() <= at).toList();
            List<EventClassifier.Trigger> after = said.stream().filter(t -> t.span().start() >= at).toList();
            if (before.isEmpty() || after.isEmpty()) continue;
            List<PlaceMention> placedBefore = named.stream().filter(p -> p.span().end() <= at).toList();
            List<PlaceMention> placedAfter = named.stream().filter(p -> p.span().start() >= at).toList();
            if (placedBefore.isEmpty() || placedAfter.isEmpty()) continue;
            // «قصفت ريف دير الزور الشرقي، واستهدفت بلدة خشام»: an area may hold the other clause's village; one right
            // after a place of its own clause («في بلدة التبني بالريف الغربي») only says where that place lies.
            if (java.util.stream.Stream.concat(placedBefore.stream(), placedAfter.stream())
                    .anyMatch(p -> (p.region() || p.groupKey() != null) && !locatesItsNeighbour(text, p, named))) continue;
            if (placedAfter.stream().anyMatch(p -> placedBefore.stream().anyMatch(p::samePlaceAs))) continue;
            if (before.stream().min(strongestFirst).orElseThrow().type() == after.stream().min(strongestFirst).orElseThrow().type()) continue;
            return at;
        }
        return -1;
    }

    /**
     * Where the clause of a second toll starts in a sentence placed nowhere, or -1: a headline that sums up two events by
     * their tolls, each with event words of another kind («مقتل عنصر في قسد ومختار قرية برصاص مسلحين مجهولين وإصابة 3
     * آخرين بانفجار عبوة ناسفة»), parts at the «و» written onto the second toll, with a comma before it or none. Each
     * part is then told again, with its place, by the body.
     */
    private static int secondToll(TokenizedText text, Span sentence, List<EventClassifier.Trigger> said,
                                  List<CasualtyMention> tolls, Comparator<EventClassifier.Trigger> strongestFirst) {
        List<CasualtyMention> told = tolls.stream().filter(c -> c.span().within(sentence)).toList();
        for (int i = 1; i < told.size(); i++) {
            // The word the toll starts in: «وإصابة» holds «إصابة».
            int k = text.indexAt(told.get(i).span().start() + 1) - 1;
            if (k < 0) continue;
            String form = text.lower(k);
            if (!text.get(k).arabic() || form.length() <= 2 || form.charAt(0) != 'و') continue;
            int at = text.get(k).start();
            List<EventClassifier.Trigger> before = said.stream().filter(t -> t.span().end() <= at && !inAToll(t, told)).toList();
            List<EventClassifier.Trigger> after = said.stream().filter(t -> t.span().start() >= at && !inAToll(t, told)).toList();
            if (before.isEmpty() || after.isEmpty()) continue;
            if (before.stream().min(strongestFirst).orElseThrow().type() != after.stream().min(strongestFirst).orElseThrow().type()) {
                return at;
            }
        }
        return -1;
    }

    /** Whether event words are a toll's own («مقتل», «وإصابة»), which tell of any event. */
    private static boolean inAToll(EventClassifier.Trigger trigger, List<CasualtyMention> tolls) {
        return tolls.stream().anyMatch(c -> trigger.span().within(c.span()));
    }

    /** Whether the area {@code area} comes right after a town, village or site it says lies in it: «التبني بالريف الغربي». */
    private static boolean locatesItsNeighbour(TokenizedText text, PlaceMention area, List<PlaceMention> named) {
        return named.stream().anyMatch(p -> !p.region() && p.groupKey() == null && p.span().end() <= area.span().start()
                && LOCATING.contains(text.original().substring(p.span().end(), area.span().start()).strip()));
    }

    /** What may stand between a place and the area it lies in: nothing, «ب» (written onto the area), «في», "in". */
    private static final java.util.Set<String> LOCATING = java.util.Set.of("", "ب", "في", "in", "in the");

    /**
     * The offset of the conjunction that opens the clause of {@code trigger}, or -1: «و» written onto the trigger's
     * first word or onto a toll's verb at most {@link #CONJUNCTION_WORDS} words before it, «و» or "and" standing alone
     * there.
     */
    private static int conjunctionBefore(TokenizedText text, Span sentence, EventClassifier.Trigger trigger,
                                         List<CasualtyMention> tolls) {
        int first = text.indexAt(trigger.span().start());
        int start = text.indexAt(sentence.start());
        for (int k = first; k >= Math.max(start + 1, first - CONJUNCTION_WORDS); k--) {
            String form = text.lower(k);
            boolean alone = form.equals("and") || form.equals("و");
            boolean attached = text.get(k).arabic() && form.length() > 2 && form.charAt(0) == 'و';
            int from = text.get(k).start(), to = text.end(k);
            boolean opens = alone || attached && (k == first
                    || tolls.stream().anyMatch(c -> c.span().start() >= from && c.span().start() < to));
            if (opens) return text.commaBefore(k) ? text.get(k).start() : -1;
        }
        return -1;
    }

    /** The end of the clause before {@code cut}, without the spaces and the comma that part it from the next. */
    private static int trimmed(String text, int start, int cut) {
        int end = cut;
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '،'
                || text.charAt(end - 1) == ',')) {
            end--;
        }
        return end;
    }
}
