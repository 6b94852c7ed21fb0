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
    /** Arabic words that make weapons small arms, as search keys: «الأسلحة الخفيفة», «المتوسطة», «الرشاشة», «رشاشات». */
    private static final Set<String> SMALL_ARMS_AR = Set.of("خفيفه", "متوسطه", "رشاشه", "رشاشات", "رشاش");
    /** English small arms, by their last word and the word before it ("machine guns", "light weapons"). */
    private static final Set<String> SMALL_ARMS_EN = Set.of("machineguns", "machine-guns", "machine guns", "small arms",
            "light arms", "light weapons", "medium weapons");

    /**
     * {@code triggers} (in text order), with words of shells listed right after small arms, joined by "and", and the
     * words of shelling that go on right after them («والقذائف الصاروخية»), told as words of fighting: weak ones, which
     * an attack on civilians makes an attack ({@link TypeBySides}).
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

    /** Shells and rocket-propelled, as search keys. */
    private static final Set<String> SHELLS = Set.of("قذايف", "قذيفه");
    private static final String ROCKET = "صاروخيه";

    /** Heavy, of guns, as a search key and in English. */
    private static final Set<String> HEAVY = Set.of("ثقيله", "heavy");

    private static boolean heavy(TokenizedText text, int k) {
        return HEAVY.contains(text.key(k)) || HEAVY.contains(text.lower(k));
    }

    /** Whether word {@code k} opens words of shells listed right after small arms, joined by "and". */
    private static boolean listedWithSmallArms(TokenizedText text, int k) {
        if (k <= 0 || k >= text.size() || !text.joined(k) || text.commaBefore(k)) return false;
        boolean joinedByAnd = text.get(k).arabic() ? text.lower(k).startsWith("و") && !text.key(k).startsWith("و")
                : text.lower(k - 1).equals("and");
        if (!joinedByAnd) return false;
        for (int m = k - 1; m >= Math.max(0, k - LIST_WORDS); m--) {
            // «بالرشاشات الثقيلة والقذائف», "heavy machine guns and mortars": heavy guns fire from afar, as shells do.
            if (heavy(text, m)) return false;
            if (SMALL_ARMS_AR.contains(text.key(m)) || SMALL_ARMS_EN.contains(text.lower(m))
                    || m > 0 && SMALL_ARMS_EN.contains(text.lower(m - 1) + " " + text.lower(m))) {
                return m == 0 || !heavy(text, m - 1) && !(m > 1 && heavy(text, m - 2));
            }
            if (!text.joined(m) || text.commaBefore(m)) break;
        }
        return false;
    }
}
