package org.furat.ingest;

import java.util.ArrayList;
import java.util.List;
import org.furat.model.SubEventType;

/**
 * A clash told with no side named goes on between the sides of the clash told before it: «وتستمر الاشتباكات بين قوات
 * النظام والتنظيم في عدة أحياء», then «كما اندلعت اشتباكات قرب اللواء 137». Stateless.
 */
final class ClashesGoneOn {

    private ClashesGoneOn() {}

    /** {@code proposals} (in text order) with the sides of each clash that named none. */
    static List<Proposal> sided(List<Proposal> proposals) {
        List<Proposal> out = new ArrayList<>(proposals);
        for (int i = 1; i < out.size(); i++) {
            Proposal p = out.get(i);
            if (p.type() != SubEventType.ARMED_CLASH || p.actor1() != null || p.actor2() != null) continue;
            for (int j = i - 1; j >= 0; j--) {
                Proposal before = out.get(j);
                if (before.type() != SubEventType.ARMED_CLASH || before.actor1() == null || before.actor2() == null) continue;
                out.set(i, p.between(before.actor1(), before.actor2()));
                break;
            }
        }
        return out;
    }
}
