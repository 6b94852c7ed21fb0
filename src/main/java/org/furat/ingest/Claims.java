package org.furat.ingest;

import java.util.List;
import java.util.Set;

/**
 * Finds who claims an event: «وتبنى تنظيم الدولة الإسلامية عملية الاغتيال», "ISIS claimed responsibility for the
 * attack". News often tells an attack by unknown gunmen first and the claim after it; incident datasets code the
 * side that claimed it as the one that acted. The words are those of {@code data/lexicons/claim-cues.csv}; a claim
 * denied («ولم تعلن أي جهة مسؤوليتها», "No group has claimed responsibility") claims nothing. Immutable and
 * thread-safe.
 */
final class Claims {

    private final PhraseMatcher<Boolean> cues = new PhraseMatcher<>(true);

    Claims() {
        for (LexiconCsv.Row row : LexiconCsv.read("claim-cues", "language", "phrase")) cues.add(row.get("phrase"), true);
    }

    /** The words of the report that claim an event, in text order; claims denied are left out. */
    List<Span> find(TokenizedText text) {
        return cues.find(text).stream().filter(m -> !denied(text, m.from()))
                .map(m -> text.span(m.from(), m.to() + 1)).toList();
    }

    /**
     * The side a claim ({@code cue}, as {@link #find} gives it) names: of the sides its sentence names
     * ({@code named}), the one nearest the words of claiming; null where the sentence names none that could act.
     */
    static ActorMention claimant(TokenizedText text, Span cue, List<ActorMention> named) {
        int at = text.indexAt(cue.start());
        ActorMention nearest = null;
        int best = Integer.MAX_VALUE;
        for (ActorMention a : named) {
            if (a.actorKey().equals("civilians")) continue;
            int distance = Math.abs(text.indexAt(a.span().start()) - at);
            if (distance < best) {
                best = distance;
                nearest = a;
            }
        }
        return nearest;
    }

    /** Whether a word of denial stands in the few words of its sentence before the claim («لم تعلن أي جهة», "no group has"). */
    private static boolean denied(TokenizedText text, int cue) {
        for (int k = cue - 1; k >= Math.max(0, cue - DENIAL_WORDS); k--) {
            if (DENIALS.contains(text.lower(k))) return true;
            // «دون أن يتبنى التنظيم العملية», "without any group claiming": without, right before the claim (not «تم دون
            // مقاومة وتبنى التنظيم العملية», without resistance).
            boolean withoutArabic = (text.lower(k).equals("دون") || text.lower(k).equals("بدون")) && k + 1 < cue
                    && text.lower(k + 1).equals("ان");
            if (withoutArabic || text.lower(k).equals("without") && cue - k <= WITHOUT_WORDS) {
                return true;
            }
            // "The SDF did not comment, though ISIS later claimed the attack": the denial is another clause's.
            if (text.get(k).sentenceBreakBefore() || text.commaBefore(k) || CLAUSE_OPENERS.contains(text.lower(k))) break;
        }
        return false;
    }

    private static final int DENIAL_WORDS = 5;
    /** Words that open a clause of its own, after which a denial before them is not the claim's. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("though", "although", "but", "while", "لكن", "بينما", "فيما");
    private static final Set<String> DENIALS = Set.of("لم", "لا", "ولم", "no", "not", "yet", "none", "nobody", "neither", "nor");
    /** The most words from "without" to the claim it denies: "without any group claiming" («دون» only before «أن»). */
    private static final int WITHOUT_WORDS = 3;
}
