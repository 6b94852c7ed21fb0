package org.furat.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells where fire came from: after a cue of {@code data/lexicons/origin-cues.csv} ("من قاعدتها في", "مصدره",
 * "from its base at"), the first place the text names, in the same sentence and at most
 * {@value #MAX_WORDS_BETWEEN} words on, is the origin ("أطلقت القوات الأمريكية من قاعدتها في معمل كونيكو
 * قذائف نحو القرى السبع": the Conoco base is the origin, the seven villages the target). Immutable and
 * thread-safe.
 */
final class OriginCues {

    /** The most words between a cue and its place: "مصدره مواقع قوات النظام في مدينة دير الزور". */
    static final int MAX_WORDS_BETWEEN = 4;

    private final FirstWordIndex<String[]> cues;
    /** The words that say a settlement's name follows ("the village of"), which count for none of those between. */
    private final FirstWordIndex<String[]> settlementCues;

    /** The cues of {@code data/lexicons/origin-cues.csv}. */
    OriginCues() {
        List<String[]> phrases = new ArrayList<>();
        for (LexiconCsv.Row row : LexiconCsv.read("origin-cues", "language", "phrase")) {
            String[] words = LexiconCsv.words(row.get("phrase"));
            if (words.length == 0) throw row.error("empty phrase");
            phrases.add(words);
        }
        cues = new FirstWordIndex<>(phrases, p -> p[0]);
        List<String[]> settlements = new ArrayList<>();
        for (LexiconCsv.Row row : LexiconCsv.read("place-cues", "language", "cue", "kind")) {
            if (row.get("kind").equals("settlement")) settlements.add(LexiconCsv.words(row.get("cue")));
        }
        settlementCues = new FirstWordIndex<>(settlements, p -> p[0]);
    }

    /** «مخلفات» (remnants), as written (normalised): what a war left, not where fire came from. */
    private static final java.util.Set<String> REMNANTS = java.util.Set.of("مخلفات", "بقايا");

    /** The mentions among {@code places} (in text order) that a cue marks as where fire came from. */
    List<PlaceMention> origins(TokenizedText w, List<PlaceMention> places) {
        java.util.Set<PlaceMention> origins = new java.util.LinkedHashSet<>();
        for (int i = 0; i < w.size(); i++) {
            int after = cueEnd(w, i);
            if (after < 0 || after >= w.size() || !w.joined(after)) continue;
            // «قصف مدفعي من قبل قوات الأسد»: «من قبل» (by) names who fired, not where from.
            if (w.lower(after).equals("قبل")) continue;
            // «قذيفة من مخلفات الحرب في قرية الجنينة»: a shell left from the war lay where it went off.
            if (REMNANTS.contains(w.lower(after))) continue;
            // "fired from government positions in the village of Ayyash": the words of a settlement cue are not counted,
            // nor the halves of a hyphenated word.
            int last = after, counted = 0;
            while (counted < MAX_WORDS_BETWEEN && last + 1 < w.size() && w.joined(last + 1)) {
                int cue = longest(settlementCues, w, last + 1);
                if (cue > last + 1 && cue < w.size() && w.joined(cue)) {
                    last = cue;
                } else {
                    last++;
                }
                // "the government-held city": a word joined to the one before by a hyphen is part of it.
                String between = w.original().substring(w.end(last - 1), w.get(last).start());
                if (!between.equals("-") && !between.equals("\u2010")) counted++;
            }
            int from = w.start(after, 0);
            int to = w.end(last);
            int first = firstStartingAt(places, from);
            if (first < places.size() && places.get(first).span().start() < to) {
                origins.add(places.get(first));
                // «انطلاقاً من الميادين والقورية», "from Mayadin and Quriyah": the places listed with it too.
                for (int next = first + 1; next < places.size() && listedAfter(w.original(), places.get(next - 1), places.get(next)); next++) {
                    origins.add(places.get(next));
                }
            }
        }
        return List.copyOf(origins);
    }

    /**
     * Whether {@code next} is listed right after {@code place}, only «و», "and" or "or" between them («انطلاقاً من الميادين،
     * ذيبان» names where fire came from, then where it fell).
     */
    private static boolean listedAfter(String text, PlaceMention place, PlaceMention next) {
        if (next.span().start() < place.span().end()) return false;
        String between = text.substring(place.span().end(), next.span().start()).strip();
        return LIST_WORDS.contains(between);
    }

    /** What stands between places of a list, as written: «و» written onto the next name, "and", "or". */
    private static final java.util.Set<String> LIST_WORDS = java.util.Set.of("و", "and", "or", "أو");

    /** The index of the first mention (in text order) that starts at or after {@code from}, by binary search. */
    private static int firstStartingAt(List<PlaceMention> places, int from) {
        int lo = 0, hi = places.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (places.get(mid).span().start() < from) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The word after the longest cue at word {@code i}, or -1 when none starts there. */
    private int cueEnd(TokenizedText w, int i) {
        return longest(cues, w, i);
    }

    /** The word after the longest phrase of {@code phrases} at word {@code i}, or -1 when none starts there. */
    private static int longest(FirstWordIndex<String[]> phrases, TokenizedText w, int i) {
        int end = -1;
        for (String[] phrase : phrases.at(w, i)) {
            TokenizedText.Hit hit = w.phraseAt(i, phrase);
            if (hit != null && hit.end() > end) end = hit.end();
        }
        return end;
    }
}
