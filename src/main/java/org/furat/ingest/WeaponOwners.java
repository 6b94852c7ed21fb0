package org.furat.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.furat.text.ArabicNormalizer;
import org.furat.text.Proclitics;

/**
 * Whose a weapon was, told after it (from {@code data/lexicons/weapon-owners.csv}): by an adjective of nationality
 * («عدوان جوي أمريكي», an American air aggression; «غارات جوية روسية») or by a word of belonging before a side's name
 * («طائرة مسيّرة تابعة للتحالف», a drone belonging to the coalition). Only words that say what kind the weapon is
 * («جوية», «حربية») or hedge («يُرجح أنها», "believed to be") may stand between; a hedge makes the owner a guess. The
 * adjective alone is no side's name («المبعوث الأمريكي», the American envoy): only after a weapon does it name whose the
 * weapon was. Immutable and thread-safe.
 */
final class WeaponOwners {

    /** At most this many words between a weapon and whose it is. */
    private static final int MOST_WORDS_BETWEEN = 5;

    private final Set<String> weapons = new HashSet<>();
    private final Set<String> describing = new HashSet<>();
    private final Set<String> hedges = new HashSet<>();
    private final Set<String> belonging = new HashSet<>();
    private final Map<String, String> nationalities = new HashMap<>();
    /** The last letters of the adjectives of nationality, normalised («روسيه», «روسي»). */
    private static final String ENDINGS = "هي";

    private static final class Holder {
        static final WeaponOwners STANDARD = new WeaponOwners();
    }

    static WeaponOwners standard() { return Holder.STANDARD; }

    private WeaponOwners() {
        for (LexiconCsv.Row row : LexiconCsv.read("weapon-owners", "language", "kind", "word", "actor")) {
            String[] words = LexiconCsv.words(row.get("word"));
            if (words.length != 1) throw row.error("a word of weapon-owners.csv is one word");
            String word = key(words[0]);
            switch (row.get("kind")) {
                case "weapon" -> weapons.add(word);
                case "describes" -> describing.add(word);
                case "hedge" -> hedges.add(word);
                case "belongs" -> belonging.add(word);
                case "nationality" -> {
                    if (row.get("actor").isBlank()) throw row.error("a nationality names its actor");
                    if (ENDINGS.indexOf(words[0].charAt(words[0].length() - 1)) < 0) throw row.error("a nationality ends in one of " + ENDINGS);
                    nationalities.put(word, row.get("actor").strip());
                }
                default -> throw row.error("kind must be weapon, describes, hedge, belongs or nationality");
            }
        }
    }

    /** How a side is told as a weapon's owner: not at all, as a fact, or as a guess («يُرجح أنها», "believed to be"). */
    enum Ownership { NONE, TOLD, GUESSED }

    /** The adjectives of nationality in {@code text} that say whose the weapon before them was, as mentions of that side. */
    List<ActorMention> find(TokenizedText text) {
        List<ActorMention> found = new ArrayList<>();
        for (int i = 1; i < text.size(); i++) {
            // Every report's every word passes here: the last letter rules most out before any look-up.
            String form = text.form(i);
            if (ENDINGS.indexOf(form.charAt(form.length() - 1)) < 0) continue;
            String actor = nationalities.get(key(text, i));
            if (actor != null && !madeIn(text, i) && weaponBefore(text, i) == Ownership.TOLD) {
                found.add(new ActorMention(actor, text.span(i, i + 1)));
            }
        }
        return found;
    }

    /**
     * How the side named from word {@code name} is told as the owner of the weapon told before it: named by an adjective
     * right after the weapon, or after a word of belonging that follows it («تابعة للتحالف», "belonging to the
     * coalition"); a guess where a hedge stands between. A guessed owner is no side of the event, as the corpus coders
     * code guessed attackers ("Unidentified warplanes (suspected Russian)").
     */
    Ownership ownership(TokenizedText text, int name) {
        if (nationalities.containsKey(key(text, name))) return madeIn(text, name) ? Ownership.NONE : weaponBefore(text, name);
        int k = name - 1;
        if (k > 0 && text.joined(k + 1) && text.lower(k).equals("the")) k--;
        if (k > 0 && text.joined(k + 1) && text.lower(k).equals("to")) k--;
        return k > 0 && text.joined(k + 1) && belonging.contains(key(text, k)) ? weaponBefore(text, k) : Ownership.NONE;
    }

    /** Whether the adjective at word {@code i} says where the weapon was made: «صواريخ أمريكية الصنع», "US-made". */
    private static boolean madeIn(TokenizedText text, int i) {
        return i + 1 < text.size() && text.joined(i + 1) && MADE.contains(key(text, i + 1));
    }

    /** «الصنع», made, as the key of a word. */
    private static final Set<String> MADE = Set.of("صنع", "made");
    /** Nouns of what holds or carries weapons (keys): a depot, a shipment, a cache. */
    private static final Set<String> HELD = Set.of("مستودع", "مستودعات", "شحنه", "شحنات", "مخزن", "مخازن", "depot", "depots",
            "shipment", "shipments", "cache", "caches");

    /** Whether a weapon stands before word {@code i} in its sentence, with only describing or hedging words between. */
    private Ownership weaponBefore(TokenizedText text, int i) {
        boolean hedged = false;
        for (int k = i - 1; k >= Math.max(0, i - 1 - MOST_WORDS_BETWEEN) && text.joined(k + 1); k--) {
            String word = key(text, k);
            // «مستودع صواريخ إيرانية»: weapons kept or carried are what was struck, not what struck.
            if (weapons.contains(word)) {
                if (k > 0 && text.joined(k) && HELD.contains(key(text, k - 1))) return Ownership.NONE;
                return hedged ? Ownership.GUESSED : Ownership.TOLD;
            }
            if (hedges.contains(word)) hedged = true;
            else if (!describing.contains(word)) return Ownership.NONE;
        }
        return Ownership.NONE;
    }

    private static String key(TokenizedText text, int i) {
        return text.get(i).arabic() ? text.get(i).key() : text.lower(i);
    }

    private static String key(String word) {
        return Proclitics.stem(ArabicNormalizer.normalize(word.toLowerCase(Locale.ROOT)).text());
    }
}
