package org.furat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An event told as the answer to another strikes whoever did the other: "Rockets targeted US forces at the al-Omar
 * oil field" then "US forces responded with counter-battery artillery fire on the launch positions" (the rocket
 * launchers' side), «ردت قوات النظام بقصف مواقع التنظيم». Where a report names who answered but not whom, the side
 * struck is the one that acted in the event before it, if another. Stateless.
 */
final class Responses {

    private Responses() {}

    /** Words of answering, as written (normalised): «ردت», «رداً», "responded", "in retaliation". */
    private static final Set<String> ANSWERING = Set.of("ردت", "ردا", "رد", "responded", "response", "retaliation",
            "retaliated", "retaliatory", "reprisal");

    /** {@code proposals} (in text order) with the side struck of each answer that named none. */
    static List<Proposal> answered(TokenizedText text, List<Proposal> proposals) {
        List<Proposal> out = new ArrayList<>(proposals);
        for (int i = 1; i < out.size(); i++) {
            Proposal p = out.get(i);
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

    private static boolean answers(TokenizedText text, Proposal p) {
        for (int k = text.indexAt(p.evidence().start()); k < text.size() && text.get(k).start() < p.evidence().end(); k++) {
            if (ANSWERING.contains(text.form(k).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
