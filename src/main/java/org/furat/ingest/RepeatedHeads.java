package org.furat.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A side named again by the head noun of its name: "the militants" after "Islamic State militants", "the group"
 * after "the Islamic State group", "the warplanes" after "Russian warplanes", "the militia" after "Liwa Fatemiyoun
 * militia". A definite noun of armed men or arms that repeats the last word of an English side name of two words or
 * more, or the noun right after a side's name, told earlier in the report, names the side last named so;
 * not before "of" ("the forces of the regime" are another's). Arabic heads alone are left alone: «القوات» often opens
 * another side's name («القوات التركية») that the actors list does not have; an Arabic noun of armed men that says it
 * is the same («القوات ذاتها», «التنظيم نفسه») names the side last named with that noun in its name, and «الجيش» with no
 * word after it saying which army names the Syrian army last named («الجيش السوري»). Stateless.
 */
final class RepeatedHeads {

    private RepeatedHeads() {}

    /** {@code named} (in text order) with the sides the text names again by a head noun, in text order. */
    static List<ActorMention> with(TokenizedText text, List<ActorMention> named) {
        if (named.isEmpty()) return named;
        List<ActorMention> all = new ArrayList<>(named);
        Map<String, ActorMention> byHead = new HashMap<>();
        Map<String, ActorMention> byArabicNoun = new HashMap<>();
        int next = 0;
        for (int i = 0; i < text.size(); i++) {
            while (next < named.size() && text.indexAt(named.get(next).span().start()) <= i) {
                ActorMention m = named.get(next++);
                String head = head(text, m);
                if (head != null) byHead.put(head, m);
                if (!"civilians".equals(m.actorKey())) forceNouns(text, m).forEach(noun -> byArabicNoun.put(noun, m));
            }
            ActorMention again = text.form(i).equalsIgnoreCase("the") ? again(text, i, byHead) : namedSameAgain(text, i, byArabicNoun);
            if (again == null) again = armyAgain(text, i, byArabicNoun);
            if (again == null) again = militiasAgain(text, i, byArabicNoun);
            if (again != null && !inside(text, named, i)) all.add(again);
        }
        if (all.size() == named.size()) return named;
        all.sort(Comparator.comparingInt(a -> a.span().start()));
        return List.copyOf(all);
    }

    /**
     * The last word of an English side name of two words or more, where it is a noun of armed men or arms, or such a
     * noun right after the name ("a convoy of Liwa Fatemiyoun militia"); else null.
     */
    private static String head(TokenizedText text, ActorMention m) {
        int first = text.indexAt(m.span().start()), last = text.indexAt(m.span().end()) - 1;
        if (text.get(first).arabic()) return null;
        if (last + 1 < text.size() && text.joined(last + 1) && FORCE_NOUNS.contains(text.get(last + 1).folded())) {
            return text.get(last + 1).folded();
        }
        if (last <= first) return null;
        String word = text.get(last).folded();
        return FORCE_NOUNS.contains(word) ? word : null;
    }

    /**
     * Heads that name a side again: "the militants", "the warplanes". Not "the state" ("the state news agency" after
     * "Islamic State"), "the strikes", "the car", "the council", which name other things.
     */
    private static final Set<String> FORCE_NOUNS = Set.of("militants", "fighters", "forces", "troops", "army", "group", "warplanes",
            "jets", "militia", "militias", "gunmen", "soldiers", "aircraft", "drones", "cells", "jihadists", "extremists",
            "militiamen", "organization", "organisation");

    /** The side that "the" at word {@code i} and the noun after it name again, or null. */
    private static ActorMention again(TokenizedText text, int i, Map<String, ActorMention> byHead) {
        if (i + 1 >= text.size() || !text.joined(i + 1)) return null;
        ActorMention m = byHead.get(text.get(i + 1).folded());
        if (m == null || i + 2 < text.size() && text.joined(i + 2) && text.form(i + 2).equalsIgnoreCase("of")) return null;
        return new ActorMention(m.actorKey(), text.span(i, i + 2), m.succession());
    }

    /**
     * The side named again at word {@code i} by an Arabic noun of armed men said to be the same («القوات ذاتها»), the
     * last whose name holds that noun ({@code byNoun}: «قوات النظام» for «القوات»), or null.
     */
    private static ActorMention namedSameAgain(TokenizedText text, int i, Map<String, ActorMention> byNoun) {
        if (byNoun.isEmpty() || i + 1 >= text.size() || !text.joined(i + 1) || !text.get(i).arabic()) return null;
        // Every word of a report is asked: the next word's first letter rules out nearly all before any lookup.
        char first = text.form(i + 1).charAt(0);
        if (first != 'ذ' && first != 'ن') return null;
        if (!SAME.contains(text.form(i + 1))) return null;
        ActorMention m = byNoun.get(text.get(i).key());
        return m == null ? null : new ActorMention(m.actorKey(), text.span(i, i + 2), m.succession());
    }

    /**
     * The side named again at word {@code i} by «الجيش» alone («قوات الجيش», «نقاط للجيش» after «الجيش السوري»), the
     * last whose name holds «جيش» where that is a Syrian army, or null. Not an army qualified by the word after it:
     * «الجيش الوطني», «الجيش التركي», «الجيش الحر» are other armies, which the actors list may lack.
     */
    private static ActorMention armyAgain(TokenizedText text, int i, Map<String, ActorMention> byNoun) {
        if (!ARMY.equals(text.key(i)) || !org.furat.text.Proclitics.hasArticle(text.form(i))) return null;
        ActorMention m = byNoun.get(ARMY);
        if (m == null || !SYRIAN_ARMIES.contains(m.actorKey())) return null;
        if (i + 1 < text.size() && text.joined(i + 1) && qualifies(text.form(i + 1))) return null;
        return new ActorMention(m.actorKey(), text.span(i, i + 1), m.succession());
    }

    /**
     * The side named again at word {@code i} by «الميليشيات» or «الميليشيا» alone («استقدمت الميليشيات تعزيزات» after
     * «ميليشيات "الحرس الثوري الإيراني"»), the last whose name holds or follows that noun, or null. Not militias said
     * to be which by the word after them («الميليشيات الكردية», «الميليشيات المحلية»).
     */
    private static ActorMention militiasAgain(TokenizedText text, int i, Map<String, ActorMention> byNoun) {
        if (!MILITIAS.contains(text.key(i)) || !org.furat.text.Proclitics.hasArticle(text.form(i))) return null;
        if (i + 1 < text.size() && text.joined(i + 1) && qualifies(text.form(i + 1))) return null;
        ActorMention last = null;
        for (String noun : MILITIAS) {
            ActorMention m = byNoun.get(noun);
            if (m != null && (last == null || m.span().start() > last.span().start())) last = m;
        }
        return last == null ? null : new ActorMention(last.actorKey(), text.span(i, i + 1), last.succession());
    }

    /** «الميليشيات», «الميليشيا» and their other spelling, as search keys. */
    private static final List<String> MILITIAS = List.of("ميليشيات", "ميليشيا", "مليشيات", "مليشيا");

    /**
     * The armies «الجيش» alone may name again: Syria's. Syrian news calls no foreign army so («الجيش الروسي» is named
     * in full each time).
     */
    private static final java.util.Set<String> SYRIAN_ARMIES =
            java.util.Set.of("syrian_government", "syrian_transitional_government");

    /** «الجيش»: the army (search key). */
    private static final String ARMY = "جيش";

    /**
     * Whether a word after a noun names which one it is: a definite adjective of relation, masculine or feminine
     * («الوطني», «التركي», «الكردية»), or «الحر».
     */
    private static boolean qualifies(String next) {
        return next.startsWith("ال") && ((next.endsWith("ي") || next.endsWith("يه")) && !next.equals("الذي") && !next.equals("التي")
                || next.equals("الحر"));
    }

    /** The Arabic nouns of armed men a side's name holds, as search keys. */
    private static List<String> forceNouns(TokenizedText text, ActorMention m) {
        List<String> nouns = new ArrayList<>();
        // «ميليشيات "الحرس الثوري"»: the noun right before a name is the name's too.
        int first = text.indexAt(m.span().start());
        if (first > 0 && text.joined(first) && text.get(first - 1).arabic() && MILITIAS.contains(text.key(first - 1))) {
            nouns.add(text.key(first - 1));
        }
        for (int k = text.indexAt(m.span().start()); k < text.size() && text.get(k).start() < m.span().end(); k++) {
            if (text.get(k).arabic() && ARABIC_FORCE_NOUNS.contains(text.get(k).key())) nouns.add(text.get(k).key());
        }
        return nouns;
    }

    /** Arabic nouns of armed men, as search keys (without article or proclitics): «الميليشيات», «التنظيم», «القوات». */
    static final Set<String> ARABIC_FORCE_NOUNS = Set.of("ميليشيات", "ميليشيا", "مليشيات", "مليشيا", "قوات", "فصايل",
            "فصيل", "تنظيم", "خليه", "مجموعه", "جماعه", "عناصر", "طايرات", "مسلحين", "مسلحون", ARMY);
    /** «ذاتها», «نفسه»: the same (normalised). */
    private static final Set<String> SAME = Set.of("ذاتها", "نفسها", "ذاته", "نفسه", "ذاتهم", "نفسهم", "ذاتهما", "نفسهما");

    /** Whether word {@code i} is part of a side's name. */
    private static boolean inside(TokenizedText text, List<ActorMention> named, int i) {
        int at = text.get(i).start();
        for (ActorMention m : named) if (m.span().start() <= at && at < m.span().end()) return true;
        return false;
    }
}
