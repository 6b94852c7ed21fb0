package org.furat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An event told as the answer to another strikes whoever did the other: "Rockets targeted US forces at the al-Omar
 * oil field" then "US forces responded with counter-battery artillery fire on the launch positions" (the rocket
 * launchers' side), «ردت قوات النظام بقصف مواقع التنظيم». Where a report names who answered but not whom, the side
 * struck is the one that acted in the event before it, if another. Stateless.
 */
final class Responses {

    private Responses() {}

    /** English verbs of answering, right after who answered: "US forces responded", "the SDF retaliated". */
    private static final Set<String> ANSWERED = Set.of("responded", "retaliated");
    /** Arabic verbs of answering, right before who answered (normalised): «ردت قوات النظام». */
    private static final Set<String> ANSWERED_AR = Set.of("ردت", "رد");
    /** Words that tell an answer wherever they stand: «رداً على», "in retaliation for". */
    private static final Set<String> RETALIATION = Set.of("ردا", "retaliation", "retaliatory", "reprisal");

    /**
     * {@code proposals} (in text order) with the side struck of each answer that named none; an answer that names no
     * side at all ("Army units responded by shelling the sources of fire") is by the side struck in the event before it,
     * on the side that struck.
     */
    static List<Proposal> answered(TokenizedText text, List<Proposal> proposals) {
        List<Proposal> out = new ArrayList<>(proposals);
        for (int i = 1; i < out.size(); i++) {
            Proposal p = out.get(i);
            if (p.actor1() == null && p.actor2() == null && toldAsAnAnswer(text, p.evidence())) {
                Proposal before = out.get(i - 1);
                if (before.actor1() != null && before.actor2() != null && before.dates().overlaps(p.dates())
                        && !"civilians".equals(before.actor2().actorKey())
                        && !"civilians".equals(before.actor1().actorKey())) {
                    out.set(i, p.between(before.actor2(), before.actor1()));
                }
                continue;
            }
            if (p.actor1() == null || p.actor2() != null || !answers(text, p)) continue;
            for (int j = i - 1; j >= 0; j--) {
                ActorMention before = out.get(j).actor1();
                if (before == null) continue;
                if (!before.sameSideAs(p.actor1()) && !"civilians".equals(before.actorKey())) out.set(i, p.hurting(before));
                break;
            }
        }
        return out;
    }

    /** Whether {@code words} tell an answer: a verb of answering ({@link #answering}) or «رداً على», "in retaliation". */
    private static boolean toldAsAnAnswer(TokenizedText text, Span words) {
        for (int k = text.indexAt(words.start()); k < text.size() && text.get(k).start() < words.end(); k++) {
            if (RETALIATION.contains(text.lower(k))) return true;
        }
        return answering(text, words);
    }

    /**
     * Whether {@code words} tell an answer by a verb of answering: "responded by", "retaliated", «ردت», «وردّت القوات
     * الأمريكية». Such a verb tells a second event, never more of the one it answers; "confirmed the strikes in
     * retaliation for" may tell the strikes again.
     */
    static boolean answering(TokenizedText text, Span words) {
        for (int k = text.indexAt(words.start()); k < text.size() && text.get(k).start() < words.end(); k++) {
            String word = text.lower(k);
            if (text.form(k).equals("ردت") || word.equals("retaliated")) return true;
            if (word.equals("responded") && k + 1 < text.size() && text.joined(k + 1) && text.lower(k + 1).equals("by")) return true;
            // «وردّت القوات»: «وردت» is also "came in" («وردت معلومات»); before forces it answered.
            if (text.form(k).equals("وردت") && k + 1 < text.size() && text.joined(k + 1)
                    && RepeatedHeads.ARABIC_FORCE_NOUNS.contains(text.key(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the proposal is told as an answer: who acted "responded" or «ردت» (not "rescue teams responded to the
     * scene"), or it came "in retaliation" («رداً على»).
     */
    private static boolean answers(TokenizedText text, Proposal p) {
        int name = text.indexAt(p.actor1().span().start()), after = text.indexAt(p.actor1().span().end());
        if (after < text.size() && ANSWERED.contains(text.lower(after))) return true;
        if (name > 0 && ANSWERED_AR.contains(text.form(name - 1))) return true;
        for (int k = text.indexAt(p.evidence().start()); k < text.size() && text.get(k).start() < p.evidence().end(); k++) {
            if (RETALIATION.contains(text.lower(k))) return true;
        }
        return false;
    }
}
