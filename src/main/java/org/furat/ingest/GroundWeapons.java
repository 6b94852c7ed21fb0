package org.furat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.furat.model.SubEventType;

/**
 * Tells shells named among the weapons of men fighting on the ground from shelling: «هاجموا نقطة عسكرية بالأسلحة الخفيفة
 * والقذائف الصاروخية» (attacked a post with light weapons and rocket shells). Rocket shells listed after light or medium
 * arms or machine guns were fired by the attackers where they fought, which ACLED codes by the fighting, not as
 * shelling from afar; artillery, tank and mortar shells, shells after heavy guns, and a word of shelling of its own
 * («قصفت … بالرشاشات الثقيلة والقذائف») still tell shelling. Stateless.
 */
final class GroundWeapons {

    private GroundWeapons() {}

    /** How many words before the shells the arms they are listed with may be named. */
    private static final int LIST_WORDS = 4;
    /** Words that make weapons small arms, as search keys: «الأسلحة الخفيفة», «المتوسطة», «الرشاشة», «رشاشات». */
    private static final Set<String> SMALL_ARMS = Set.of("خفيفه", "متوسطه", "رشاشه", "رشاشات", "رشاش");
    /** Heavy, of guns, as a search key. */
    private static final String HEAVY = "ثقيله";
    /** Shells and rocket-propelled, as search keys. */
    private static final Set<String> SHELLS = Set.of("قذايف", "قذيفه");
    private static final String ROCKET = "صاروخيه";

    /**
     * {@code triggers} (in text order), with words of rocket shells listed right after small arms, joined by «و», and
     * the words of shelling that go on right after them («والقذائف الصاروخية»), told as words of fighting: weak ones,
     * which an attack on civilians makes an attack ({@link TypeBySides}).
     */
    static List<EventClassifier.Trigger> fought(TokenizedText text, List<EventClassifier.Trigger> triggers) {
        List<EventClassifier.Trigger> read = new ArrayList<>(triggers.size());
        int lastEnd = -1; // the word after the last shells listed
        for (EventClassifier.Trigger t : triggers) {
            int k = text.indexAt(t.span().start());
            if (t.type() == SubEventType.SHELLING_ARTILLERY_MISSILE
                    && (k == lastEnd && text.joined(k) && !text.commaBefore(k) || rocketShells(text, k) && listedWithSmallArms(text, k))) {
                read.add(new EventClassifier.Trigger(SubEventType.ARMED_CLASH, t.span(), true));
                lastEnd = text.indexAt(t.span().end());
            } else {
                read.add(t);
            }
        }
        return read;
    }

    /**
     * Whether word {@code k} opens rocket shells («والقذائف الصاروخية», «وقذائف صاروخية»), which men fire where they fight;
     * artillery, tank and mortar shells («والقذائف المدفعية», «وقذائف الهاون») are fired from afar.
     */
    private static boolean rocketShells(TokenizedText text, int k) {
        return k + 1 < text.size() && text.joined(k + 1) && SHELLS.contains(text.key(k)) && ROCKET.equals(text.key(k + 1));
    }

    /** Whether word {@code k} (written with «و») follows small arms in a list, within {@link #LIST_WORDS} words. */
    private static boolean listedWithSmallArms(TokenizedText text, int k) {
        if (k <= 0 || k >= text.size() || !text.joined(k) || text.commaBefore(k)) return false;
        if (!text.lower(k).startsWith("و") || text.key(k).startsWith("و")) return false;
        for (int m = k - 1; m >= Math.max(0, k - LIST_WORDS); m--) {
            // «بالرشاشات الثقيلة والقذائف»: heavy guns fire from afar, as shells do.
            if (HEAVY.equals(text.key(m))) return false;
            if (SMALL_ARMS.contains(text.key(m))) return m == 0 || !HEAVY.equals(text.key(m - 1)) && !(m > 1 && HEAVY.equals(text.key(m - 2)));
            if (!text.joined(m) || text.commaBefore(m)) break;
        }
        return false;
    }
}
