package org.furat.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.furat.model.Place;
import org.furat.model.PlaceKind;
import org.furat.text.ArabicNormalizer;
import org.furat.text.Proclitics;
import org.furat.text.Token;

/**
 * Tells the places a sentence names only to say where another one lies from the places where things happened.
 * News locates a small place by a larger or better-known one right after it: «بلدة خشام بريف دير الزور
 * الشرقي», «حي العمال في مدينة دير الزور», «خشام قرب مدينة الميادين شرق مدينة دير الزور», "Khasham, east of
 * Deir ez-Zor". The second place is where to find the first, not a second target. A place is locating when the
 * words between it and the place named just before are all words of {@code data/lexicons/locating-words.csv}
 * (prepositions, bearings, "countryside", "city"; digits for distances), at least one of them there; a bare
 * comma or a «و» anywhere between them («المريعية وقرية الجفرة») lists places instead. A place that locates one
 * with no point of its own (a village the gazetteer lacks) stays: it is the best the report gives. An area (a
 * countryside, a district) that holds a place the same sentence names is where that place lies too, wherever the
 * sentence names it («قصفت قوات النظام ريف دير الزور الشرقي، واستهدفت بلدة خشام»); so is a place a road is named
 * for («على طريق الجفرة»), where the sentence names another. Immutable and thread-safe.
 */
final class LocatingPlaces {

    /** The words between two place names that make the second locate the first. */
    private final Set<String> locating = new HashSet<>();

    /** The gazetteer's places by key, for the units each lies in. */
    private final Map<String, Place> places = new HashMap<>();

    LocatingPlaces(List<Place> gazetteer) {
        for (LexiconCsv.Row row : LexiconCsv.read("locating-words", "language", "word")) {
            locating.add(key(row.get("word")));
        }
        for (Place p : gazetteer) places.put(p.key(), p);
        governorateOfCapital.putAll(ProvinceNames.governoratesOfCapitals(gazetteer));
    }

    /** The governorate each capital city names, by the city's key. */
    private final Map<String, String> governorateOfCapital = new HashMap<>();

    /**
     * Whether {@code point} names a place of the province whose capital {@code capital} names, elsewhere than in the
     * city: a headline's «غارات على مواقع الميليشيات في دير الزور» names the province the body's towns lie in.
     */
    boolean inProvinceNamedBy(PlaceMention point, PlaceMention capital) {
        String governorate = capital.chosen() == null || capital.region() ? null : governorateOfCapital.get(capital.chosen());
        return governorate != null && point.chosen() != null && !point.chosen().equals(capital.chosen())
                && within(point.chosen(), governorate);
    }

    /**
     * The mentions (in text order) with each place that a place outside the map locates read as outside the map too:
     * «قرية الدور بريف السويداء» is a namesake in Suwayda, not the village of Deir ez-Zor, and «ناحية السعن بريف حماة»
     * is no unknown place of the map. Only the locating words tie them (see the class comment).
     */
    List<PlaceMention> namesakesOutside(TokenizedText text, List<PlaceMention> mentions) {
        List<PlaceMention> read = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < mentions.size(); i++) {
            PlaceMention located = mentions.get(i), by = mentions.get(i + 1);
            if (!by.outsideMap() || located.outsideMap() || located.region() || located.groupKey() != null) continue;
            if (by.span().start() < located.span().end() || !locates(text, located.span().end(), by.span().start())) continue;
            read.set(i, new PlaceMention(located.span(), List.of(), null, located.confidence(), null, true, null));
        }
        return read;
    }

    /**
     * The mentions of one sentence (in text order) that only locate the one before them. {@code text} is the
     * report the spans point into.
     */
    List<PlaceMention> locatingIn(TokenizedText text, List<PlaceMention> sentence) {
        List<PlaceMention> found = new ArrayList<>();
        for (PlaceMention area : sentence) {
            boolean isArea = area.region() || area.groupKey() != null;
            if (isArea && sentence.stream().anyMatch(p -> p != area && liesIn(p, area))) found.add(area);
        }
        // «على طريق الجفرة النفطي … في بلدة جديد عكيدات», "on the Jafra road": a place a road is named for says where
        // the road runs, where the sentence names another place for the event.
        Set<PlaceMention> roads = new java.util.LinkedHashSet<>();
        for (int i = 0; i < sentence.size(); i++) {
            PlaceMention m = sentence.get(i);
            // «على طريق الميادين – البوكمال»: the other end, after a dash, names the road too.
            boolean otherEnd = i > 0 && roads.contains(sentence.get(i - 1)) && dashBetween(text, sentence.get(i - 1), m);
            if (otherEnd || namesARoad(text, m) || endOfALongRoad(text, m, sentence)) roads.add(m);
        }
        for (PlaceMention road : roads) {
            if (found.contains(road)) continue;
            // «على طريق دير الزور – تدمر في بادية الشولا»: the land around a place off the road's ends places it too.
            if (sentence.stream().anyMatch(o -> !roads.contains(o) && (!o.region() || !liesIn(road, o)) && o.groupKey() == null
                    && !o.outsideMap() && o.unknownName() == null)) {
                found.add(road);
            }
        }
        for (int i = 1; i < sentence.size(); i++) {
            PlaceMention located = sentence.get(i - 1);
            PlaceMention candidate = sentence.get(i);
            if (located.unknownName() != null || located.outsideMap()) continue;
            if (candidate.span().start() < located.span().end()) continue;
            // "on the road between Deir Ezzor city and Al-Mayadin, near the town of Muhasan": the town says where on the
            // road, not where the city lies.
            if (roads.contains(located)) continue;
            // "Deir ez-Zor's Theeban": the owner locates the place it owns; "Deir ez-Zor's countryside" stays an area.
            if (possessive(text, located, candidate)) {
                if (!found.contains(located)) found.add(located);
                continue;
            }
            if (found.contains(candidate) || !locates(text, located.span().end(), candidate.span().start())) continue;
            // "Al-Hamidiyah neighbourhood of Al-Mayadin city": a quarter the gazetteer knows in another city is a namesake,
            // a quarter it lacks; the city the text places it in is the event's place.
            if (quarterElsewhere(located, candidate)) {
                if (!found.contains(located)) found.add(located);
            } else {
                found.add(candidate);
            }
        }
        return found;
    }

    /** Whether only an English possessive "'s" stands between {@code owner} and {@code owned}, a settlement. */
    private static boolean possessive(TokenizedText text, PlaceMention owner, PlaceMention owned) {
        if (owned.region() || owned.groupKey() != null) return false;
        String between = text.original().substring(owner.span().end(), owned.span().start()).strip();
        return between.equals("'s") || between.equals("’s");
    }

    /** Whether only a dash stands between two mentions: «الميادين – البوكمال», "Deir ez-Zor-Palmyra". */
    private static boolean dashBetween(TokenizedText text, PlaceMention first, PlaceMention second) {
        if (second.span().start() < first.span().end()) return false;
        String between = text.original().substring(first.span().end(), second.span().start()).strip();
        return between.equals("-") || between.equals("–") || between.equals("—");
    }

    /** Whether a road is named by the place: «طريق الجفرة», «بطريق الميادين», "the Jafra road". */
    private static boolean namesARoad(TokenizedText text, PlaceMention m) {
        int first = text.indexAt(m.span().start()), after = text.indexAt(m.span().end());
        if (first > 0 && text.joined(first) && road(text, first - 1)) return true;
        return after < text.size() && text.joined(after) && text.lower(after).equals("road");
    }

    /**
     * Whether the place is one end of a long road named by its two ends, the other of {@code sentence}: "two villages on
     * the highway between Deir ez-Zor city and al-Mayadin" is at neither city. A road between neighbours («على الطريق
     * الواصل بين ذيبان وبلدة الحوايج») is where both are, as the coders place it.
     */
    private boolean endOfALongRoad(TokenizedText text, PlaceMention m, List<PlaceMention> sentence) {
        if (!endOfARoad(text, m)) return false;
        Place here = m.chosen() == null ? null : places.get(m.chosen());
        if (here == null) return false;
        for (PlaceMention o : sentence) {
            Place there = o == m || o.chosen() == null ? null : places.get(o.chosen());
            if (there != null && endOfARoad(text, o)
                    && PlaceMatcher.distanceKm(here.lat(), here.lon(), there.lat(), there.lon()) > LONG_ROAD_KM) return true;
        }
        return false;
    }

    /** Whether a few words before the place, a road is followed by "between": «الطريق الواصل بين», "the highway between". */
    private static boolean endOfARoad(TokenizedText text, PlaceMention m) {
        int first = text.indexAt(m.span().start());
        for (int k = first - 1; k >= Math.max(0, first - BETWEEN_WORDS) && text.joined(k + 1); k--) {
            if (!BETWEEN.contains(text.lower(k))) continue;
            for (int r = k - 1; r >= Math.max(0, k - ROAD_WORDS) && text.joined(r + 1); r--) {
                if (road(text, r)) return true;
            }
            return false;
        }
        return false;
    }

    private static boolean road(TokenizedText text, int k) {
        return ROADS.contains(text.key(k)) || ROADS.contains(text.lower(k));
    }

    /** A road, as written (normalised) without its proclitics: «طريق», «اوتستراد»; "road", "highway". */
    private static final Set<String> ROADS = Set.of("طريق", "اوتستراد", "اوتوستراد", "road", "highway");
    /** "between", «بين»: what a road's two ends follow. */
    private static final Set<String> BETWEEN = Set.of("بين", "between");
    /** The most words from "between" to the second end it names: "between Deir ez-Zor city and al-Mayadin". */
    private static final int BETWEEN_WORDS = 8;
    /** The most words from a road to its "between": «الطريق الواصل بين», "the highway between". */
    private static final int ROAD_WORDS = 3;
    /** How far apart a road's ends lie for an event on it to be at neither: beyond the 3 km an event place is read at. */
    private static final double LONG_ROAD_KM = 10;

    /**
     * Whether the place {@code point} names lies in one of the units {@code area} names. A countryside («شرقي دير
     * الزور») lies in the province when each of its units does; the land around a place («بادية العشارة») where the
     * place does.
     */
    boolean liesIn(PlaceMention point, PlaceMention area) {
        if (point.groupKey() != null && point.region()) {
            return !point.groupKey().equals(area.groupKey()) && point.candidates().stream()
                    .allMatch(member -> area.candidates().stream().anyMatch(unit -> within(member, unit)));
        }
        // «بادية العشارة»: the land around a place lies in the units that hold the place.
        Place p = point.chosen() == null ? null : places.get(point.chosen());
        return p != null && !area.candidates().contains(p.key())
                && area.candidates().stream().anyMatch(unit -> p.admin().includes(unit));
    }

    /**
     * Whether {@code point} names a quarter of the city or town {@code city} names: a neighbourhood of the gazetteer
     * within {@value #QUARTER_KM} km of its point («حي العمال» of Deir ez-Zor, «الحزام» of Albu Kamal). The gazetteer
     * gives no city a boundary.
     */
    boolean quarterOf(PlaceMention point, PlaceMention city) {
        Place p = point.chosen() == null ? null : places.get(point.chosen());
        Place c = city.chosen() == null || city.region() ? null : places.get(city.chosen());
        return p != null && c != null && p.kind() == PlaceKind.NEIGHBOURHOOD && (c.kind() == PlaceKind.CITY || c.kind() == PlaceKind.TOWN)
                && PlaceMatcher.distanceKm(p.lat(), p.lon(), c.lat(), c.lon()) <= QUARTER_KM;
    }

    /**
     * Whether {@code quarter} names a neighbourhood of the gazetteer that lies more than {@value #QUARTER_KM} km from the
     * town or city {@code town} names, so no quarter of it.
     */
    private boolean quarterElsewhere(PlaceMention quarter, PlaceMention town) {
        Place p = quarter.chosen() == null ? null : places.get(quarter.chosen());
        Place t = town.chosen() == null || town.region() ? null : places.get(town.chosen());
        return p != null && t != null && p.kind() == PlaceKind.NEIGHBOURHOOD
                && (t.kind() == PlaceKind.CITY || t.kind() == PlaceKind.TOWN)
                && PlaceMatcher.distanceKm(p.lat(), p.lon(), t.lat(), t.lon()) > QUARTER_KM;
    }

    /** How far from a city's point its quarters lie. */
    static final double QUARTER_KM = 8;

    /** Whether a place of the gazetteer lies within {@code km} of a town or city {@code town}. */
    boolean nearTown(PlaceMention a, PlaceMention town, double km) {
        Place p = a.chosen() == null || a.region() ? null : places.get(a.chosen());
        Place q = town.chosen() == null || town.region() ? null : places.get(town.chosen());
        return p != null && q != null && (q.kind() == PlaceKind.TOWN || q.kind() == PlaceKind.CITY)
                && PlaceMatcher.distanceKm(p.lat(), p.lon(), q.lat(), q.lon()) <= km;
    }

    /** Whether {@code m} names a city of the gazetteer. */
    boolean city(PlaceMention m) {
        Place p = m.chosen() == null || m.region() ? null : places.get(m.chosen());
        return p != null && p.kind() == PlaceKind.CITY;
    }

    /**
     * Whether {@code area} names the district or sub-district whose seat {@code town} names, and holds it: «منطقة
     * الميادين» about al-Mayadin. A unit's point is its seat's.
     */
    boolean unitOfItsSeat(PlaceMention area, PlaceMention town) {
        Place t = town.chosen() == null || town.region() ? null : places.get(town.chosen());
        return t != null && !area.candidates().isEmpty() && liesIn(town, area) && area.candidates().stream().map(places::get)
                .allMatch(u -> u != null && (u.kind() == PlaceKind.DISTRICT || u.kind() == PlaceKind.SUBDISTRICT)
                        && PlaceMatcher.distanceKm(u.lat(), u.lon(), t.lat(), t.lon()) <= SEAT_KM);
    }

    /** How far a unit's point may lie from the town it is named after: its seat's point is its own. */
    private static final double SEAT_KM = 1;

    /** Whether the unit {@code member} is the unit {@code unit} or lies in it. */
    private boolean within(String member, String unit) {
        Place p = places.get(member);
        return member.equals(unit) || p != null && p.admin().includes(unit);
    }

    /**
     * Whether the words between two place names, from original offset {@code from} (where a name ends) to
     * {@code to} (where the next one starts), tie the second to the first: a locating word between them or a
     * preposition attached to the name («بريف», «بدير الزور»), and nothing but locating words and digits between
     * them. A name may start after the attached letters of a word (the name «ريف دير الزور» in «بريف»): those
     * letters are a word between the two.
     */
    private boolean locates(TokenizedText text, int from, int to) {
        boolean tie = attachedPreposition(firstWordFrom(text, to));
        // «قريتي حطلة ومراط (7كم شرق مدينة دير الزور)»: a bracket of distance and bearing locates what
        // comes before it, whatever words stand before the bracket.
        for (int c = to - 1; c >= from; c--) { // only a bracket between the names: the text before them is not read
            if (text.original().charAt(c) == '(') {
                from = c + 1;
                break;
            }
        }
        for (int k = text.indexAt(from); k < text.size() && text.get(k).start() < to; k++) {
            Token token = text.get(k);
            String form = token.end() <= to ? token.form()
                    : ArabicNormalizer.normalize(text.original().substring(token.start(), to)).text();
            if (form.chars().allMatch(Character::isDigit)) continue;
            form = form.substring(leadingFigures(form)); // «7كم»: a distance written without a space
            if (conjunction(form)) return false; // «المريعية وقرية الجفرة»: a list, whatever follows the و
            if (!locating.contains(key(form))) return false;
            // «الميادين بلدة ذيبان»: a noun for a settlement with no preposition or bearing opens the next place.
            // «لمدينة دير الزور», «بمدينة»: the preposition written onto the noun ties.
            tie |= !SETTLEMENT_NOUNS.contains(key(form)) || "بل".indexOf(form.charAt(0)) >= 0 && !Proclitics.stem(form).equals(form);
        }
        return tie;
    }

    /** How many ASCII digits {@code form} starts with. */
    private static int leadingFigures(String form) {
        int k = 0;
        while (k < form.length() && form.charAt(k) >= '0' && form.charAt(k) <= '9') k++;
        return k;
    }

    /** Nouns for settlements and units, as {@link #key} writes them: words of locating only beside a preposition or bearing. */
    private static final Set<String> SETTLEMENT_NOUNS = Set.of("مدينه", "بلده", "قريه", "منطقه", "ناحيه", "محافظه",
            "city", "town", "village", "area", "district", "province", "governorate", "region", "neighbourhood", "neighborhood");

    /** «و» alone or attached («وقرية», «وفي»), "and". */
    private static boolean conjunction(String form) {
        return form.equals("و") || form.equals("and") || form.length() >= 3 && form.charAt(0) == 'و'
                && (!Proclitics.stem(form).equals(form) || form.equals("وفي"));
    }

    /** The normalised first word of a name starting at original offset {@code at}, which may be inside a word. */
    private static String firstWordFrom(TokenizedText text, int at) {
        int k = text.indexAt(at);
        if (k > 0 && text.get(k - 1).end() > at) {
            Token word = text.get(k - 1);
            return ArabicNormalizer.normalize(text.original().substring(at, word.end())).text();
        }
        return k < text.size() ? text.form(k) : "";
    }

    /** «بريف», «بمدينة», «بدير الزور»: a name whose first word ({@code first}, normalised) carries the preposition ب. */
    private static boolean attachedPreposition(String first) {
        return first.length() >= 3 && first.charAt(0) == 'ب' && !Proclitics.stem(first).equals(first);
    }

    private static String key(String word) {
        return Proclitics.stem(ArabicNormalizer.normalize(word.toLowerCase(Locale.ROOT)).text());
    }
}
