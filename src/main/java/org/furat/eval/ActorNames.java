package org.furat.eval;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.furat.ingest.SideSuccessions;
import org.furat.model.Actor;

/**
 * Maps the coders' free-text actors ("Iran-backed militias", "SDF member", "Syrian government forces and allied
 * militias") to Furat's actor keys. Both sides are normalised the same way: lower case, accents and dots
 * dropped ("U.S." is "us"), a parenthesised qualifier dropped ("Civilians (child)" is "civilians"), any other
 * punctuation a word break, a plural "s" dropped. An alias given in parentheses is a qualifier that decides:
 * "(transitional government)" makes "Syrian Army (transitional government)" the transitional government's forces.
 * A coded actor is the Furat actor one of whose names (English and Arabic name, variants, an abbreviation in
 * capitals in its name's parentheses, and the extra aliases given, each without parentheses) occurs in it as whole
 * words; where several do, the one that starts first, then the longest. No name occurring: the
 * actor is none of Furat's ("Unidentified gunmen", "Protesters"), as is a null one.
 */
public final class ActorNames {

    /** A name's words, whose it is, and who took it over from a day on (null: nobody). */
    private record Name(String key, List<String> words, SideSuccessions.Succession succession) {}

    private final List<Name> names = new ArrayList<>();
    /** Aliases written in parentheses: qualifiers that say whose an actor is, whatever its name before them. */
    private final List<Name> qualifiers = new ArrayList<>();

    /** @param aliases more names by actor key (the coders' spellings data/actors.csv lacks) */
    public ActorNames(List<Actor> actors, Map<String, List<String>> aliases) {
        SideSuccessions successions = new SideSuccessions(actors.stream().map(Actor::key).toList());
        for (Actor a : actors) {
            List<String> all = new ArrayList<>();
            all.add(a.nameEn());
            all.add(a.nameAr());
            all.addAll(a.variantsEn());
            all.addAll(a.variantsAr());
            all.addAll(aliases.getOrDefault(a.key(), List.of()));
            java.util.regex.Matcher abbreviation = ABBREVIATION.matcher(a.nameEn() == null ? "" : a.nameEn());
            if (abbreviation.find()) all.add(abbreviation.group(1));
            for (String n : all) {
                if (n.startsWith("(")) {
                    qualifiers.add(new Name(a.key(), words(n), null));
                    continue;
                }
                List<String> words = words(withoutQualifiers(n));
                if (!words.isEmpty()) names.add(new Name(a.key(), words, successions.of(a.key(), withoutQualifiers(n))));
            }
        }
    }

    /**
     * The Furat actor key the coded actor is, or null when it is none of them (or null). A name a side's successor
     * took over names the successor on the days from the succession, as the extractor reads it ("Syrian government
     * forces" of an incident in 2025 are the transitional government's).
     *
     * @param day the day the incident is read on ({@link CodedIncident#sidesDay}); null when unknown
     */
    public String keyOf(String coded, LocalDate day) {
        if (coded == null) return null;
        java.util.regex.Matcher qualifier = QUALIFIER.matcher(coded);
        while (qualifier.find()) {
            List<String> said = words(qualifier.group(1));
            for (Name q : qualifiers) if (q.words().equals(said)) return q.key();
        }
        List<String> words = words(withoutQualifiers(coded));
        Name best = null;
        int bestStart = Integer.MAX_VALUE, bestLength = 0;
        for (Name n : names) {
            int at = indexOf(words, n.words());
            if (at < 0) continue;
            if (at < bestStart || (at == bestStart && n.words().size() > bestLength)) {
                best = n;
                bestStart = at;
                bestLength = n.words().size();
            }
        }
        if (best == null) return null;
        return SideSuccessions.sideOf(best.succession(), best.key(), day);
    }

    /** "(SDF)" in "Syrian Democratic Forces (SDF)": an abbreviation in capitals, not a qualifier like "(Syria)". */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("\\((\\p{Lu}{2,})\\)");

    private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile("\\(([^)]*)\\)");

    private static String withoutQualifiers(String text) {
        return text == null ? null : QUALIFIER.matcher(text).replaceAll(" ");
    }

    static List<String> words(String text) {
        if (text == null) return List.of();
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace(".", "").replace("'", "").replace("’", "");
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty() && !w.equals("the"))
                .map(ActorNames::singular).toList();
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    private static int indexOf(List<String> words, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) if (!words.get(i + j).equals(phrase.get(j))) continue outer;
            return i;
        }
        return -1;
    }
}
