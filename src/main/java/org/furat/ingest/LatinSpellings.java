package org.furat.ingest;

import java.text.Normalizer;
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
import org.furat.text.Script;

/**
 * Finds places an English report spells in a way the gazetteer does not: the same Arabic name comes out as
 * Dhiban, Dheiban and Diban, Al-Shuhayl and al-Shuheil, Gharanij and Granij. Each spelling is reduced to its
 * consonant skeleton (article, vowels, doubled letters and the final h of a feminine ending left out; gh, dh, th,
 * sh written as one letter, kh as one of its own), and a capitalised name after a place word ("in", "the town of",
 * "near", "from … to", "overlooking") or a verb that takes a place ("shelled Baghouz"), between "the" and a place noun
 * ("the Dheiban area"), or after "and" or a comma following a place ("the towns of Hajin and Gharanij", "in Hawaij,
 * Dhiban, Mohaymidah") is read; its words are parted only by
 * spaces or hyphens. A skeleton one gazetteer place has names it. Of several places sharing one, the one alone
 * spelled with the same dh, th, gh or sh is chosen ({@link #closeSkeleton}), or with its article as the text writes it
 * or not ("Ash Shafah" is Ash Sha`fah, not Sha`fa), else the one clearly nearest the places
 * the text names otherwise, as a shared Arabic name is decided by proximity; where none is, the mention keeps them
 * all, none chosen, for the analyst to decide. Skeletons are short, so only names of three consonants or more are
 * read, only after such a word ("President Bashar" never becomes Busayrah), and only where the gazetteer matcher
 * found no known place (a name it took for an unknown one is read again). An Arabic name the matcher did not know is
 * read against the gazetteer's Arabic names written loosely, then against the same skeletons ({@link #ofArabicNames}):
 * an imported village may have only a Latin name. Immutable and thread-safe.
 */
final class LatinSpellings {

    /** Words after which a capitalised name is a place: "in Diban", "the village of al-Safafneh", "from X to Y". */
    private static final Set<String> PLACE_WORDS = Set.of("in", "of", "near", "at", "from", "outside", "on", "to",
            "overlooking", "around", "toward", "towards", "into", "inside", "across", "through", "along", "between");
    /**
     * Verbs whose object is mostly a place: "shelled Baghouz", "stormed Hajin". A capitalised name after one is read as
     * after a place word (a side after them, "targeted Hezbollah", spells no place).
     */
    private static final Set<String> PLACE_VERBS = Set.of("shelled", "shelling", "struck", "striking", "stormed",
            "storming", "raided", "raiding", "entered", "entering", "captured", "capturing", "recaptured", "seized",
            "besieged", "bombed", "bombing", "targeted", "targeting", "reached", "reaching", "surrounded", "encircled");
    /** Nouns after which a capitalised name after "the" is a place: "the Dheiban area", "the Hajin countryside". */
    private static final Set<String> PLACE_NOUNS = Set.of("area", "areas", "town", "village", "countryside", "desert",
            "region", "neighbourhood", "neighborhood", "district", "subdistrict", "camp", "field", "bridge", "road");
    /** Nouns after a name that make it a quarter of a city. */
    private static final Set<String> QUARTER_NOUNS = Set.of("neighbourhood", "neighborhood", "quarter");
    /** Words that join a further name to a place just read: "Hajin and Gharanij". */
    private static final Set<String> LIST_WORDS = Set.of("and");
    /** Whether word {@code i} is the "s" of a place's possessive: "in Deir ez-Zor's Theeban" names a place of it. */
    private static boolean possessiveOfAPlace(TokenizedText text, int i, Set<Integer> placeEnds) {
        return text.form(i).equals("s") && placeEnds.contains(i - 1) && "'’".indexOf(between(text, i).strip()) >= 0
                && between(text, i).strip().length() == 1;
    }

    /** At most this many capitalised words make a name. */
    private static final int MAX_WORDS = 3;
    static final Set<String> ARTICLES = Set.of("al", "el", "ash", "ad", "ar", "as", "at", "az", "an", "adh", "ath");
    /** The English given names of data/lexicons/given-names.csv, in lower case: "of Ahmad al-Khabil" names a man. */
    private static final Set<String> GIVEN_NAMES = LexiconCsv.read("given-names", "language", "name").stream()
            .filter(r -> r.get("language").equals("en")).map(r -> r.get("name").toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** How sure a skeleton's match is: a name spelled another way, not the gazetteer's own spelling. */
    private static final double CONFIDENCE = 0.6;
    /** How sure a choice among places sharing a skeleton is, made by proximity, or none made. */
    private static final double BY_PROXIMITY = 0.5, UNDECIDED = 0.4;
    /** The nearest candidate is chosen only when it lies at most this share of the next one's distance away. */
    private static final double CLEARLY_NEARER = 0.5;
    /** ... and lies at most this far from one of them: a place the report names far away decides nothing. */
    private static final double NEAR_KM = 10;
    /** Fewer consonants than this make no skeleton worth trusting. */
    private static final int MIN_CONSONANTS = 3;

    /** The gazetteer places each skeleton names, by key. */
    private final Map<String, List<String>> placesBySkeleton = new HashMap<>();
    /**
     * The places of names of two consonants by {@link #closeSkeleton} ("Ash Sha`fah" is Sf): too short a skeleton to
     * trust alone, they are read only with their article written ("al-Shaafa"), with a letter of a digraph (sh, dh, th,
     * gh) among them, and where at most two places have it: "al-Ja'abi" is no "Ja`bah".
     */
    private final Map<String, Set<String>> shortNames = new HashMap<>();
    /** The most places a short name may spell: more, and the name is too common to read. */
    private static final int MAX_SHORT_NAMESAKES = 2;
    /** The same by {@link #closeSkeleton}, which tells dh from d: it decides between places that share a skeleton. */
    private final Map<String, Set<String>> placesByCloseSkeleton = new HashMap<>();
    private final Map<String, Place> places = new HashMap<>();
    private final ArabicSpellings arabicSpellings;

    LatinSpellings(List<Place> gazetteer) {
        arabicSpellings = new ArabicSpellings(gazetteer);
        Map<String, Set<String>> keysBySkeleton = new HashMap<>();
        for (Place p : gazetteer) {
            if (p.kind().isAdminUnit()) continue;
            places.put(p.key(), p);
            for (String name : namesOf(p)) {
                String skeleton = skeleton(name);
                if (skeleton.length() < MIN_CONSONANTS) {
                    shortNames.computeIfAbsent(closeSkeleton(name), k -> new java.util.LinkedHashSet<>()).add(p.key());
                    continue;
                }
                keysBySkeleton.computeIfAbsent(skeleton, k -> new java.util.LinkedHashSet<>()).add(p.key());
                placesByCloseSkeleton.computeIfAbsent(closeSkeleton(name), k -> new HashSet<>()).add(p.key());
            }
        }
        keysBySkeleton.forEach((skeleton, keys) -> placesBySkeleton.put(skeleton, List.copyOf(keys)));
    }

    /** The places {@code text} names in spellings the gazetteer lacks, outside the spans already {@code found}. */
    List<PlaceMention> findIn(TokenizedText text, List<PlaceMention> found) {
        List<PlaceMention> more = new ArrayList<>();
        List<Place> anchors = found.stream().filter(m -> m.chosen() != null && !m.region() && places.containsKey(m.chosen()))
                .map(m -> places.get(m.chosen())).toList();
        // The last words of the places found, and then of those read here, for a list that goes on after one.
        Set<Integer> placeEnds = new HashSet<>();
        for (PlaceMention m : found) placeEnds.add(text.indexAt(m.span().end()) - 1);
        for (int i = 0; i + 1 < text.size(); i++) {
            if (text.get(i).script() != Script.LATIN) continue;
            int first;
            boolean beforeNoun = false; // read only if a place noun follows: "the Dheiban area"
            if (PLACE_WORDS.contains(text.form(i)) || PLACE_VERBS.contains(text.form(i))
                    || LIST_WORDS.contains(text.form(i)) && placeEnds.contains(i - 1)
                    || possessiveOfAPlace(text, i, placeEnds)) {
                first = i + 1;
            } else if (placeEnds.contains(i - 1) && between(text, i).strip().equals(",")) {
                first = i; // "in Hawaij, Dhiban, Mohaymidah": the list goes on after a comma
            } else if (text.form(i).equals("the")) {
                first = i;
                beforeNoun = true;
            } else {
                continue;
            }
            if (text.form(first).equals("the") && first + 1 < text.size()) first++;
            // An article before the name ("al-Safafneh") is part of it; the name itself is capitalised.
            int name = first;
            if (ARTICLES.contains(text.form(name)) && name + 1 < text.size() && oneName(text, name + 1)) name++;
            if (!text.joined(name) || text.get(name).script() != Script.LATIN || !text.get(name).capitalised()) continue;
            // A given name before a family name ("Ahmad al-Khabil", "Ahmad Khabil") is a man, not a place.
            if (GIVEN_NAMES.contains(text.form(name)) && name + 1 < text.size() && oneName(text, name + 1)
                    && (text.get(name + 1).capitalised() || ARTICLES.contains(text.form(name + 1)))) continue;
            int last = name;
            while (last + 1 < text.size() && last + 1 - name < MAX_WORDS && oneName(text, last + 1)
                    && text.get(last + 1).script() == Script.LATIN) {
                if (text.get(last + 1).capitalised()) {
                    last++;
                } else if (ARTICLES.contains(text.form(last + 1)) && last + 2 < text.size() && oneName(text, last + 2)
                        && between(text, last + 2).contains("-") && text.get(last + 2).script() == Script.LATIN
                        && text.get(last + 2).capitalised()) {
                    last += 2; // "Abu al-Hassan": an article joined to the next word inside the name (not "at Army positions")
                } else {
                    break;
                }
            }
            if (beforeNoun && !(last + 1 < text.size() && text.joined(last + 1) && PLACE_NOUNS.contains(text.form(last + 1)))) continue;
            if (namesABody(text, name, last)) continue;
            int start = text.get(first).start(), end = text.end(last);
            if (found.stream().anyMatch(p -> p.span().start() < end && start < p.span().end())) continue;
            // The longest run of the name's words that spells a place: "Dheiban Tuesday" is Dheiban.
            for (int to = last; to >= name; to--) {
                StringBuilder words = new StringBuilder();
                for (int k = first; k <= to; k++) words.append(text.form(k)).append(' ');
                List<String> keys = placesBySkeleton.get(skeleton(words.toString()));
                String close = closeSkeleton(words.toString());
                if (keys == null && name > first && to == name && ARTICLES.contains(text.form(name - 1))
                        && close.length() >= 2 && !close.equals(close.toLowerCase(Locale.ROOT))) {
                    Set<String> short_ = shortNames.get(close);
                    if (short_ != null && short_.size() <= MAX_SHORT_NAMESAKES) keys = List.copyOf(short_);
                }
                if (keys == null) continue;
                // "al-Jirthi" (th for ذ or ث) is no place whose English names write a plain t there ("Al-Jouret"): it is one
                // written with th, dh or d (ذ), as English never writes ت so.
                if (close.indexOf('T') >= 0) {
                    Set<String> withTh = placesByCloseSkeleton.getOrDefault(close, Set.of());
                    Set<String> withDh = placesByCloseSkeleton.getOrDefault(close.replace('T', 'D'), Set.of());
                    Set<String> withD = placesByCloseSkeleton.getOrDefault(close.replace('T', 'd'), Set.of());
                    keys = keys.stream().filter(k -> withTh.contains(k) || withDh.contains(k) || withD.contains(k)).toList();
                    if (keys.isEmpty()) continue;
                }
                // "the al-Rashdiya neighbourhood of Deir Ezzor city": a quarter, not the village Ar Rushdi.
                if (to + 1 < text.size() && QUARTER_NOUNS.contains(text.form(to + 1))) {
                    keys = keys.stream().filter(k -> places.get(k).kind() == PlaceKind.NEIGHBOURHOOD).toList();
                    if (keys.isEmpty()) break;
                }
                String closest = spelledClosest(keys, words.toString());
                Span span = text.span(first, to + 1);
                more.add(closest != null ? chosen(span, keys, closest, CONFIDENCE) : mention(span, keys, anchors));
                placeEnds.add(to);
                break;
            }
            i = last;
        }
        return more;
    }

    /**
     * {@code found} with each shared name the matcher chose by distance alone, or not at all, chosen again beside the
     * places read here: places named together lie together, however they are spelled ("from al-Kishmah to al-Duwair":
     * the Kashmah a few km from Duwayr, not the one nearer a town named elsewhere in the report). The candidate clearly
     * nearest a place of {@code more} named at most {@value #BESIDE_CHARS} characters away, within
     * {@value PlaceMatcher#TOGETHER_KM} km of it, is chosen.
     */
    List<PlaceMention> choseBeside(List<PlaceMention> found, List<PlaceMention> more) {
        List<PlaceMention> read = new ArrayList<>(found.size());
        for (PlaceMention m : found) {
            boolean open = m.candidates().size() > 1 && m.groupKey() == null && !m.region()
                    && (m.chosen() == null || m.confidence() <= PlaceMatcher.BY_PROXIMITY);
            List<Place> beside = !open ? List.of() : more.stream()
                    .filter(o -> o.chosen() != null && places.containsKey(o.chosen())
                            && Math.max(o.span().start() - m.span().end(), m.span().start() - o.span().end()) <= BESIDE_CHARS)
                    .map(o -> places.get(o.chosen())).toList();
            String best = beside.isEmpty() ? null
                    : PlaceMatcher.clearlyNearest(places, m.candidates(), beside, PlaceMatcher.TOGETHER_KM, PlaceMatcher.CLEARLY_NEARER);
            read.add(best == null || best.equals(m.chosen()) ? m : chosen(m.span(), m.candidates(), best, PlaceMatcher.BY_PROXIMITY));
        }
        return read;
    }

    /** How far apart, in characters, two names still count as named together. */
    private static final int BESIDE_CHARS = 40;

    /**
     * Whether the capitalised words from {@code name} to {@code last} name a body named for a place ("the Kasra
     * Military Council", "Deir Ezzor Media Network"): a word of {@link #BODIES} among them after the first.
     */
    private static boolean namesABody(TokenizedText text, int name, int last) {
        for (int k = name + 1; k <= last; k++) if (BODIES.contains(text.lower(k))) return true;
        // "the Deir al-Zor Military Council": the name's capitalised words go on past the longest name read.
        for (int k = last + 1; k <= last + 2 && k < text.size() && oneName(text, k) && text.get(k).capitalised(); k++) {
            if (BODIES.contains(text.lower(k))) return true;
        }
        // "an Al-Mayadeen correspondent", "the Deir Ezzor network": the word after the name says what it names.
        return last + 1 < text.size() && text.joined(last + 1) && (BODIES.contains(text.form(last + 1))
                || REPORTERS.contains(text.form(last + 1)) || MOSQUES.contains(text.lower(last + 1)));
    }

    /** Words after a name that make it a mosque's: mostly a name of faith ("the al-Bar al-Rahim Mosque"), no place's. */
    private static final Set<String> MOSQUES = Set.of("mosque", "mosques");

    /** Words after a name that make it an outlet's or a place's reporters, no event place. */
    private static final Set<String> REPORTERS = Set.of("correspondent", "correspondents", "reporter", "reporters", "channel",
            "television");

    /** Words that make a capitalised name one of a council, force or outlet: no place, though named for one. */
    private static final Set<String> BODIES = Set.of("council", "forces", "brigade", "brigades", "army", "front",
            "network", "agency", "committee", "administration", "police", "media", "tv", "news", "observatory");

    /** The text between word {@code k} and the word before it. */
    private static String between(TokenizedText text, int k) {
        return text.original().substring(text.end(k - 1), text.get(k).start());
    }

    /** Whether word {@code k} goes on the name the word before it is in: only spaces or a hyphen part them. */
    private static boolean oneName(TokenizedText text, int k) {
        return text.joined(k) && between(text, k).chars().allMatch(c -> Character.isWhitespace(c) || c == '-' || c == '\u2010');
    }

    /**
     * The places among {@code found} that the matcher took for unknown Arabic names («قرية الضمان») but that name a
     * gazetteer place spelled another way: first by its Arabic names written loosely ({@link ArabicSpellings}), then
     * by its Latin names, for an imported gazetteer often gives a village only a Latin name (Daman). Against those,
     * each is read as an English spelling is, by its skeleton, the letters Latin writes alike taken as one (ض and د as
     * d, ص and س as s, ق as k), long vowels and ع left out, و read both as a vowel and as w.
     */
    List<PlaceMention> ofArabicNames(TokenizedText text, List<PlaceMention> found) {
        List<Place> anchors = found.stream().filter(m -> m.chosen() != null && !m.region() && places.containsKey(m.chosen()))
                .map(m -> places.get(m.chosen())).toList();
        List<PlaceMention> read = new ArrayList<>();
        for (PlaceMention m : found) {
            if (m.unknownName() == null || m.unknownName().isEmpty() || m.unknownName().charAt(0) < 0x0600) continue;
            // «حي الجبيلة»: a quarter the gazetteer lacks is no village spelled alike elsewhere.
            int first = text.indexAt(m.span().start());
            if (first > 0 && text.joined(first) && text.lower(first - 1).equals("حي")) continue;
            List<String> spelledAlike = arabicSpellings.placesNamed(m.unknownName());
            if (!spelledAlike.isEmpty()) {
                read.add(mention(m.span(), spelledAlike, anchors));
                continue;
            }
            for (String skeleton : arabicSkeletons(m.unknownName())) {
                List<String> keys = skeleton.length() >= MIN_CONSONANTS ? placesBySkeleton.get(skeleton) : null;
                if (keys == null) continue;
                read.add(mention(m.span(), keys, anchors));
                break;
            }
        }
        return read;
    }

    /**
     * {@code found} with each known Arabic place that the words right after it make a longer name of another place,
     * spelled loosely ({@link ArabicSpellings}), read as that place: «قرية حوايج ذياب» is Hawayij Diyab (written «حوايج
     * دياب»), not Al Hawayij; «حوايج البومصعة» is «حوايج البو مصعة». A place mention those words held is dropped.
     */
    List<PlaceMention> withLongerNames(TokenizedText text, List<PlaceMention> found) {
        List<PlaceMention> read = new ArrayList<>(found);
        for (int i = 0; i < read.size(); i++) {
            PlaceMention m = read.get(i);
            if (m.chosen() == null || m.region() || m.groupKey() != null || m.span().text().isEmpty()
                    || m.span().text().charAt(0) < 0x0600) continue;
            int next = text.indexAt(m.span().end());
            // «البو مصعة» joins its words in the loose key: only the name's last word and the one after it are tested.
            if (next >= text.size() || next == 0) continue;
            String ending = text.lower(next - 1);
            boolean mayGoOn = arabicSpellings.mayFollowInAName(ending, text.lower(next)) || next + 1 < text.size()
                    && arabicSpellings.mayFollowInAName(ending, text.lower(next) + text.lower(next + 1));
            if (!mayGoOn) continue;
            for (int words = LONGER_NAME_WORDS; words >= 1; words--) {
                int last = next + words - 1;
                if (last >= text.size() || !allJoined(text, next, last)) continue;
                List<String> keys = arabicSpellings.placesNamed(text.original().substring(m.span().start(), text.end(last)));
                if (keys.isEmpty() || keys.contains(m.chosen())) continue;
                Span longer = Span.of(text.original(), m.span().start(), text.end(last));
                PlaceMention named = mention(longer, keys, List.of());
                read.set(i, named);
                read.removeIf(o -> o != named && o.span().start() >= m.span().end() && o.span().start() < longer.end());
                break;
            }
        }
        return read;
    }

    /** The most words after a known name that may make a longer one: «حوايج البو مصعة». */
    private static final int LONGER_NAME_WORDS = 2;

    /** Whether words {@code from} to {@code to} are Arabic and each goes on the name before it. */
    private static boolean allJoined(TokenizedText text, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!text.get(k).arabic() || !text.joined(k) || !between(text, k).isBlank()) return false;
        }
        return true;
    }

    /** The skeletons an Arabic name may have in Latin letters: with و as w, then as a vowel. */
    static List<String> arabicSkeletons(String name) {
        StringBuilder withW = new StringBuilder(), withoutW = new StringBuilder();
        for (String word : ArabicNormalizer.normalize(name).text().split("\\s+")) {
            String w = word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
            if (w.length() > 2 && w.endsWith("ه")) w = w.substring(0, w.length() - 1); // ة: the "ah" Latin drops
            Character before = null; // the Latin letter of the char before, where it has one
            for (char c : w.toCharArray()) {
                if (c == 'و') withW.append('w');
                Character latin = ARABIC_IN_LATIN.get(c);
                // Letters Latin writes alike, side by side («تط»), are one; apart («جنين») they are two.
                if (latin != null && !latin.equals(before)) {
                    withW.append(latin);
                    withoutW.append(latin);
                }
                before = latin;
            }
        }
        String a = withW.toString(), b = withoutW.toString();
        return a.equals(b) ? List.of(a) : List.of(a, b);
    }

    /** Arabic consonants as {@link #skeleton} writes them; letters not here (long vowels, hamza, ع, و) are left out. */
    private static final Map<Character, Character> ARABIC_IN_LATIN = Map.ofEntries(
            Map.entry('ب', 'b'), Map.entry('ت', 't'), Map.entry('ث', 't'), Map.entry('ج', 'j'), Map.entry('ح', 'h'),
            Map.entry('خ', 'x'), Map.entry('د', 'd'), Map.entry('ذ', 'd'), Map.entry('ر', 'r'), Map.entry('ز', 'z'),
            Map.entry('س', 's'), Map.entry('ش', 's'), Map.entry('ص', 's'), Map.entry('ض', 'd'), Map.entry('ط', 't'),
            Map.entry('ظ', 'z'), Map.entry('غ', 'g'), Map.entry('ف', 'f'), Map.entry('ق', 'k'), Map.entry('ك', 'k'),
            Map.entry('ل', 'l'), Map.entry('م', 'm'), Map.entry('ن', 'n'), Map.entry('ه', 'h'));

    /**
     * Of places sharing a skeleton, the one alone whose names also share the spelling's {@link #closeSkeleton}, or
     * null: "Dheiban" is Dhiban, not the village Dabyan, though both are "dbn". Only a spelling with dh, th, gh or sh
     * tells: English drops the h of ذ as often as not ("Diban"), so a plain d may be either letter.
     */
    private String spelledClosest(List<String> keys, String spelling) {
        if (keys.size() < 2) return null;
        String close = closeSkeleton(spelling);
        if (!close.equals(close.toLowerCase(Locale.ROOT))) {
            Set<String> spelledSo = placesByCloseSkeleton.getOrDefault(close, Set.of());
            List<String> closer = keys.stream().filter(spelledSo::contains).toList();
            if (closer.size() == 1) return closer.get(0);
        }
        // "Ash Shafah" is Ash Sha`fah, not Sha`fa: the one alone whose names write the article as the text does.
        boolean article = withArticle(spelling);
        List<String> alike = keys.stream().filter(k -> namesOf(places.get(k)).stream().anyMatch(n -> withArticle(n) == article)).toList();
        return alike.size() == 1 ? alike.get(0) : null;
    }

    private static boolean withArticle(String name) {
        String[] words = name.strip().toLowerCase(Locale.ROOT).split("[\\s-]+", 2);
        return words.length == 2 && ARTICLES.contains(words[0]);
    }

    private static List<String> namesOf(Place p) {
        List<String> names = new ArrayList<>(p.variantsEn());
        names.add(p.nameEn());
        return names;
    }

    /** The mention of places sharing a skeleton: the only one, the one clearly nearest the anchors, or all undecided. */
    private PlaceMention mention(Span span, List<String> keys, List<Place> anchors) {
        if (keys.size() == 1) return new PlaceMention(span, keys, keys.get(0), CONFIDENCE, null, false, null);
        String best = PlaceMatcher.clearlyNearest(places, keys, anchors, NEAR_KM, CLEARLY_NEARER);
        return best != null ? chosen(span, keys, best, BY_PROXIMITY) : new PlaceMention(span, keys, null, UNDECIDED, null, false, null);
    }

    /** The mention of {@code best} among places sharing a skeleton, the others kept after it for review. */
    private static PlaceMention chosen(Span span, List<String> keys, String best, double confidence) {
        List<String> ordered = new ArrayList<>(keys);
        ordered.remove(best);
        ordered.add(0, best);
        return new PlaceMention(span, ordered, best, confidence, null, false, null);
    }

    /**
     * A name's consonant skeleton: "al-Shuheil" and "Al-Shuhayl" are both "shl", Dheiban and Diban "dbn". Kh (خ) is a
     * letter of its own, so Khasham is not Kashmah.
     */
    static String skeleton(String name) {
        return consonants(withDigraphs(name).toLowerCase(Locale.ROOT));
    }

    /**
     * A skeleton closer to the spelling: dh, th, gh and sh are letters of their own, as ذ, ث, غ and ش are, so
     * "Dheiban" and "Dhiban" share one and Dabyan has another.
     */
    static String closeSkeleton(String name) {
        return consonants(withDigraphs(name));
    }

    /** A name's letters with each digraph one letter: kh x; gh, dh, th and sh upper case G, D, T and S. */
    private static String withDigraphs(String name) {
        return letters(name).replace("kh", "x").replace("gh", "G").replace("dh", "D").replace("th", "T")
                .replace("sh", "S").replace("ch", "S").replace("q", "k").replace("ph", "f");
    }

    /** A name's letters, lower case and without marks, its articles and the final h of a feminine ending left out. */
    private static String letters(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replaceAll("\\p{M}", "").replaceAll("['’`ʿ]", "");
        String[] words = s.split("[^a-z]+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || i < words.length - 1 && ARTICLES.contains(w)) continue;
            if (w.length() > 3 && (w.endsWith("ah") || w.endsWith("eh"))) w = w.substring(0, w.length() - 1);
            b.append(w);
        }
        return b.toString();
    }

    /**
     * The consonants of a name's letters, vowels and doubled letters left out: "Hajjin" is "Hajin", but the two n of
     * "Jneineh" (جنينة), a vowel between them, are two.
     */
    private static String consonants(String t) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("aeiouy".indexOf(c) >= 0) continue;
            if (i > 0 && t.charAt(i - 1) == c) continue;
            out.append(c);
        }
        return out.toString();
    }
}
