package org.furat.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.furat.model.Place;
import org.furat.model.PlaceGroup;
import org.furat.model.PlaceKind;
import org.furat.text.ArabicNormalizer;
import org.furat.text.Proclitics;
import org.furat.text.Token;
import org.furat.text.Tokenizer;

/**
 * Finds the places an Arabic or English text names: gazetteer places, place groups ("القرى السبع"), places far
 * outside the map ("لبنان", "Gaza") and, after a cue word ("قرية X"), places the gazetteer does not know.
 * Immutable and thread-safe once constructed: {@link #find} keeps all its state on the stack.
 *
 * <h2>Matching</h2>
 * A text is split into the words of {@link Tokenizer#tokens}; each Arabic word is compared by its
 * {@link Proclitics#stem} (so diacritics, hamza and alef forms, ta marbuta, alef maqsura, tatweel and the
 * attached prefixes و ف ب ك ل ال do not matter), each Latin word by its lower-cased form without accents. A
 * name matches when each of its words equals a word of the text in that sense, never a part of one. A name has
 * up to {@value #MAX_NAME_TOKENS} words, and its words may be parted by spaces, hyphens and quotation marks
 * (“كونيكو” and "كونيكو" are the name كونيكو) but not by sentence punctuation (، , . ; : ! ?). At each word the
 * longest name wins, so "مطار دير الزور" is the airport and the city is not reported inside it.
 * <p>Names come from the gazetteer (name_en, name_ar and all variants of every place and group), from
 * data/lexicons/place-aliases.csv (extra spellings analysts add, such as "معمل كونيكو للغاز"), and from
 * data/lexicons/outside-places.csv. When a gazetteer name and an outside name coincide, the gazetteer wins. An
 * English name starting with an article ("Al-Mayadin", "As Susah") also matches without it.
 * <p>A span covers the place words in the original text's UTF-16 offsets. An attached conjunction or
 * preposition is left out of it ("والحسينية" gives "الحسينية", "وبالميادين" gives "الميادين"), except where
 * leaving it out would cut into the article (ل + ال written "لل": "للبوكمال" stays whole).
 *
 * <h2>What a mention says</h2>
 * <ul>
 *   <li>A place: its candidates (one, or several for a shared name such as الصالحية), the chosen one and a
 *       confidence: {@value #NAMED} for a name of one place; {@value #COMMON_WORD} for a name listed in
 *       data/lexicons/place-common-words.csv as also an ordinary word ("مظلوم", "البصيرة") unless a cue word,
 *       a neighbouring place (at most two words away, as in a list) or an area or near place supports it (as for
 *       ordinary words, below).</li>
 *   <li>A region: "ريف X", "محافظة X" (cues of kind region in data/lexicons/place-cues.csv) with X a known
 *       place is reported as X, with the span widened to cover the cue ("ريف دير الزور") and the confidence
 *       capped at {@value #REGION}: the words name the area around the point, not the point.</li>
 *   <li>A group: groupKey set, candidates all its members, chosen null, confidence {@value #NAMED}.</li>
 *   <li>Outside the map: outsideMap true, no candidates, chosen null, confidence {@value #NAMED}; the span
 *       says which place.</li>
 *   <li>Unknown: a settlement, area or region cue ("قرية", "بلدة", "مدينة", "حي", "محيط", "أطراف", "ريف",
 *       "the village of", ...) followed by words that name no known place: unknownName holds one word, or
 *       two when the first starts a compound name ("أبو", "تل", ...) or the second qualifies it ("جزيرة",
 *       "شامية", ...), as listed in data/lexicons/place-name-words.csv, which also lists the words that are
 *       never a name (المنطقة, هذه, منزل, ...); such a word or a cue with a possessive ending ("بلدتي",
 *       "منزله", see data/lexicons/possessive-suffixes.csv) is no name either. English names need capitals.
 *       Confidence {@value #UNKNOWN}. A cue before a known place only supports it ("أطراف مطار دير الزور" is
 *       the airport).</li>
 * </ul>
 *
 * <h2>Not places</h2>
 * A name is not reported where data/lexicons/place-not-contexts.csv says its neighbours make it something
 * else: a name (or any name, *) right after a "before" phrase or right before an "after" phrase. This is how
 * actor descriptions are told apart from places: in "المجموعات المدعومة من إيران" (Iranian-backed groups),
 * "الموالية لإيران", "backed by Iran" and "Iran-backed" Iran describes the actor, so no mention is made; "قناة
 * الميادين" is a television channel. A name with no cue before it that follows a given name of
 * data/lexicons/given-names.csv, or starts with one, is part of a person's name («منير المهباش», «محمد حسين يعقوب»):
 * imported gazetteers have villages named like families and men. Adjectives ("الميليشيات الإيرانية", "الإسرائيلية",
 * "Iranian") never match because a word must equal a name's word, and those lexicons list no adjectives.
 *
 * <h2>Choosing among candidates</h2>
 * For a name several places share, all candidates are kept and one is chosen by the first rule that decides
 * (docs/place-names.md):
 * <ol>
 *   <li>an area named nearby: the nearest mention, at most {@value #DISTRICT_WINDOW} words away, of a district or
 *       sub-district unit, a district's seat ("البوكمال", "دير الزور") or a region phrase with a district hint picks
 *       the candidate that lies in it, by its district or its administrative units: {@value #BY_DISTRICT}; an area
 *       holding several candidates leaves only those for the next rules; a capital's bare English name ("Al Sha'fa,
 *       Deir al-Zour") names the province, not its district;</li>
 *   <li>a district or sub-district named anywhere in the text, the same way: {@value #BY_REPORT_UNIT};</li>
 *   <li>places named together lie together: the candidate clearly nearest one of the candidates of another shared
 *       name at most {@value #DISTRICT_WINDOW} words away, within {@value #TOGETHER_KM} km of it ("the villages of
 *       al-Kashma and Al Sha'fa", two villages of each name): {@value #BY_PROXIMITY};</li>
 *   <li>proximity: the candidate nearest (great-circle distance) to the other places the text names unambiguously
 *       (not areas), when clearly nearer than the others: {@value #BY_PROXIMITY};</li>
 *   <li>groups: the only candidate in a group that the text names or whose other members it names (the seven
 *       villages list puts الصالحية among حطلة and خشام): {@value #BY_GROUP};</li>
 *   <li>otherwise none: the mention keeps every candidate, those the areas left standing first, and chooses no
 *       key ({@link PlaceMention#unresolved()}), confidence {@value #BY_DEFAULT}.</li>
 * </ol>
 * <h2>Ordinary words</h2>
 * A name of data/lexicons/ordinary-words.csv (and a word another lexicon reads as an event or a person) is a place
 * only with support: a settlement or area cue, a place joined to it in a list, or, at most
 * {@value #SUPPORT_WINDOW} words away, an area that holds it or a place within {@value #CORROBORATING_KM} km.
 * Without it no mention is made.
 */
public final class PlaceMatcher {

    /**
     * The most words a name may have. Transliteration marks part words, so registry names run long: «Faq`at Wadi
     * ad Dab`ah» is six.
     */
    public static final int MAX_NAME_TOKENS = 8;
    /** Confidence for a name of one gazetteer place, a group or a place outside the map. */
    public static final double NAMED = 0.95;
    /** Highest confidence for "ريف X" and other region cues. */
    public static final double REGION = 0.6;
    /** Confidence for a name that is also an ordinary word, without support. */
    public static final double COMMON_WORD = 0.5;
    /** Confidence for an unknown place after a cue. */
    public static final double UNKNOWN = 0.4;
    /** Confidence for a shared name resolved by a district named nearby. */
    public static final double BY_DISTRICT = 0.9;
    /** Confidence for a shared name resolved by proximity to other places in the text. */
    public static final double BY_PROXIMITY = 0.7;
    /** Confidence for a shared name resolved by group membership. */
    public static final double BY_GROUP = 0.6;
    /** Confidence for a shared name resolved by a district or sub-district the report names elsewhere. */
    public static final double BY_REPORT_UNIT = 0.8;
    /** Confidence of a shared name nothing resolved: no candidate is chosen. */
    public static final double BY_DEFAULT = 0.5;
    /** How near a place named beside an ordinary-word name must lie to support it as a place, in kilometres. */
    public static final double CORROBORATING_KM = 15;
    /** How many words away an area or a nearby place still supports an ordinary-word name as a place. */
    public static final int SUPPORT_WINDOW = 3;
    /** How many words away a district name still resolves a shared name. */
    public static final int DISTRICT_WINDOW = 6;
    /** How near one of the candidates of another shared name named beside it a candidate must lie to be chosen. */
    public static final double TOGETHER_KM = 20;

    private static final int MAX_CUE_TOKENS = 4;
    /** A candidate is clearly nearer when its distance is at most this share of the next one's. */
    static final double CLEARLY_NEARER = 0.8;
    private static final double EARTH_RADIUS_KM = 6371.0088;
    /**
     * A Latin article inside a name written as said before a sun letter ("Abu as Sayyid"), whatever letter follows:
     * read as "al" too, a name's first word aside.
     */
    private static final java.util.regex.Pattern ASSIMILATED_ARTICLE =
            java.util.regex.Pattern.compile("(?<=\\S[ -])(?:[aA](?:[sdtzrn]|sh|th|dh)|[eE][sdtzrn])(?=[ -]\\p{Lu})");
    private static final Set<String> LATIN_ARTICLES =
            Set.of("al", "el", "as", "ad", "at", "ash", "az", "ar", "an", "ed", "es", "et", "the");

    /** What a cue says the name after it is: a settlement, a quarter of a city (a settlement too), an area or a region. */
    private enum CueKind {
        SETTLEMENT, QUARTER, AREA, REGION;

        boolean settlement() { return this == SETTLEMENT || this == QUARTER; }
    }

    /** «أبو», «أم», "Abu", "Umm" as keys: the father or mother of, which starts a byname. */
    private static final Set<String> KUNYA = Set.of("ابو", "ام", "abu", "umm", "abou");
    /** A name's last words that point a region its way (normalised): «الريف الشرقي», «البادية الجنوبية». */
    private static final Set<String> DIRECTIONS = Set.of("الشرقي", "الغربي", "الشمالي", "الجنوبي",
            "الشرقيه", "الغربيه", "الشماليه", "الجنوبيه");

    /**
     * What a name stands for. {@code common}: the name is also an ordinary word, so a lone mention is less sure.
     * {@code grammatical}: the name is a word of the grammar or the calendar (a preposition, a month, a weekday, a
     * number: data/lexicons/function-words.csv and the date and number lexicons) or a noun that names no place
     * (the stop words of data/lexicons/place-name-words.csv: «المدينة», «المنطقة»), which a large imported gazetteer
     * has as village names; it is read as a place only after a settlement cue («قرية على»). {@code region} and
     * {@code districtHint}: a region phrase naming an administrative unit (data/lexicons/region-units.csv).
     */
    private record Target(List<String> places, String group, String outside, boolean common, boolean grammatical,
                          boolean ordinary, boolean region, String districtHint, Map<List<String>, Set<String>> spellings) {

        /** The same name standing only for some of its places (those whose spellings fit the words of the text). */
        Target onlyFor(List<String> kept) {
            return new Target(kept, group, outside, common, grammatical, ordinary, region, districtHint, spellings);
        }
    }

    private record NotContext(String name, List<String> before, List<String> after) {}

    /**
     * A word of a text as names are compared ({@link #words(List)}): its original span, its {@link Token#folded}
     * form and {@link Token#foldedKey}, its reading without a first proclitic ({@link Token#withoutFirstProclitic}),
     * and whether nothing that parts a name ({@code soft}) or only white space ({@code spaced}) lies before it.
     */
    private record Word(int start, int end, String form, String key, String alt, boolean arabic, boolean capital,
                        boolean soft, boolean spaced) {}

    private record Match(int from, int to, Target target) {}

    private record Cue(int from, int to, CueKind kind) {}

    /** A choice among the candidates of a name: the key (null for none) and all candidates, likeliest first. */
    private record Choice(String key, double confidence, List<String> order) {}

    /** A mention before its candidates are resolved; from/to are word indexes. */
    private record Raw(int from, int to, int start, int end, Target target, String unknown, CueKind cue) {}

    private final Map<String, Place> places;
    /** The places that may be a city's quarter ({@link #quarters(Collection)}). */
    private final Set<String> quarters;
    private final Map<String, PlaceGroup> groups;
    private final Map<String, Target> names;
    private final Map<String, CueKind> cues;
    /** The most words of a name, or of a cue, starting with a given word. */
    private final FirstWordLengths nameLengths;
    private final FirstWordLengths cueLengths;
    private final Map<String, Set<String>> forms;
    private final Set<String> stops;
    private final Possessives possessives = Possessives.standard();
    private final Set<String> starts;
    private final Set<String> qualifiers;
    private final Set<String> givenNames;
    /** The words around a name that make it no place, by the name they are for; those for any name under null. */
    private final Map<String, List<NotContext>> notContexts;
    /** The cities that give a governorate its name (Deir ez-Zor), by key. */
    private final Set<String> capitals;
    /** What area a mention of a place names, by place key (see {@link #areasNamed}); most places name none. */
    private final Map<String, List<String>> areasNamed;

    /**
     * A matcher for these places and groups and the place lexicons of data/lexicons/.
     *
     * @throws IllegalStateException when a lexicon is missing or names a key the gazetteer lacks
     */
    public PlaceMatcher(List<Place> places, List<PlaceGroup> groups) {
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(groups, "groups");
        Map<String, Place> byKey = new LinkedHashMap<>();
        for (Place p : places) byKey.put(p.key(), p);
        Map<String, PlaceGroup> groupsByKey = new LinkedHashMap<>();
        for (PlaceGroup g : groups) groupsByKey.put(g.key(), g);

        Map<String, Set<String>> formsBuilder = new HashMap<>();
        Map<String, TargetBuilder> builders = new LinkedHashMap<>();
        for (Place p : places) {
            boolean unit = p.kind().isAdminUnit();
            for (String name : allNames(p.nameEn(), p.nameAr(), p.variantsEn(), p.variantsAr())) {
                addName(builders, formsBuilder, name, p.key(), b -> { b.places.add(p.key()); b.region |= unit; });
            }
        }
        for (PlaceGroup g : groups) {
            // A group of administrative units (the eastern countryside) is an area, named at region precision.
            boolean units = g.memberKeys().stream().allMatch(k -> byKey.containsKey(k) && byKey.get(k).kind().isAdminUnit());
            for (String name : allNames(g.nameEn(), g.nameAr(), g.variantsEn(), g.variantsAr())) {
                addName(builders, formsBuilder, name, null, b -> { b.group = b.group == null ? g.key() : b.group; b.region |= units; });
            }
        }
        for (Map<String, String> row : LexiconCsv.maps("place-aliases")) {
            String key = row.get("key");
            String alias = row.get("alias");
            if (alias == null || alias.isBlank()) continue;
            if (byKey.containsKey(key)) addName(builders, formsBuilder, alias, key, b -> b.places.add(key));
            else if (groupsByKey.containsKey(key)) {
                addName(builders, formsBuilder, alias, null, b -> b.group = b.group == null ? key : b.group);
            } else {
                throw new IllegalStateException("data/lexicons/place-aliases.csv names " + key
                        + ", which is neither a place nor a group of the gazetteer");
            }
        }
        // Region phrases name an administrative unit or a group of them ("ريف دير الزور الشرقي"), never the town the
        // phrase is built on; an article is never dropped from them ("the province" is not "province").
        for (Map<String, String> row : LexiconCsv.maps("region-units")) {
            String key = row.get("unit");
            String phrase = row.get("phrase");
            String hint = row.get("district_hint") == null || row.get("district_hint").isBlank() ? null : row.get("district_hint");
            if (phrase == null || phrase.isBlank()) continue;
            if (byKey.containsKey(key) && byKey.get(key).kind().isAdminUnit()) {
                addExactName(builders, formsBuilder, phrase, key, b -> { b.places.add(key); b.region = true; b.districtHint = hint; });
            } else if (groupsByKey.containsKey(key)) {
                addExactName(builders, formsBuilder, phrase, null, b -> {
                    b.group = b.group == null ? key : b.group;
                    b.region = true;
                    b.districtHint = hint;
                });
            } else {
                throw new IllegalStateException("data/lexicons/region-units.csv names " + key
                        + ", which is neither an administrative unit nor a place group of the gazetteer");
            }
        }
        for (Map<String, String> row : LexiconCsv.maps("outside-places")) {
            String key = row.get("key");
            String name = row.get("name");
            if (name == null || name.isBlank()) continue;
            addName(builders, formsBuilder, name, null, b -> b.outside = b.outside == null ? key : b.outside);
        }
        addHalfNames(builders, formsBuilder, places);
        Set<String> common = new HashSet<>();
        for (Map<String, String> row : LexiconCsv.maps("place-common-words")) {
            String name = row.get("name");
            if (name != null && !name.isBlank()) common.add(phraseKey(name));
        }
        Set<String> grammatical = grammaticalWords();
        Set<String> ordinary = ordinaryWords();
        Map<String, Target> targets = new HashMap<>();
        // A name the place lexicon calls common is matched at low confidence; one that is only an ordinary word is
        // not matched at all without support.
        builders.forEach((key, b) -> targets.put(key, new Target(List.copyOf(b.places),
                b.places.isEmpty() ? b.group : null, b.places.isEmpty() && b.group == null ? b.outside : null,
                common.contains(key), !b.places.isEmpty() && grammatical.contains(key),
                !b.places.isEmpty() && !common.contains(key) && ordinary.contains(key), b.region, b.districtHint,
                Map.copyOf(b.spellings))));

        Map<String, CueKind> cueMap = new HashMap<>();
        for (Map<String, String> row : LexiconCsv.maps("place-cues")) {
            String cue = row.get("cue");
            if (cue == null || cue.isBlank()) continue;
            CueKind kind = CueKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
            List<Word> words = words(cue);
            cueMap.put(join(words, 0, words.size()), kind);
            addForm(formsBuilder, words.get(0));
        }

        Set<String> stopSet = new HashSet<>();
        Set<String> startSet = new HashSet<>();
        Set<String> qualifierSet = new HashSet<>();
        for (Map<String, String> row : LexiconCsv.maps("place-name-words")) {
            String word = row.get("word");
            if (word == null || word.isBlank()) continue;
            String key = phraseKey(word);
            switch (row.get("role")) {
                case "stop" -> stopSet.add(key);
                case "start" -> startSet.add(key);
                case "qualifier" -> qualifierSet.add(key);
                case "half" -> { } // read with the gazetteer's names (addHalfNames)
                default -> throw new IllegalStateException("data/lexicons/place-name-words.csv: unknown role "
                        + row.get("role") + " for " + word);
            }
        }

        // «بالبلدة ما أدى إلى», «في قرية أمس»: a word of the grammar or the calendar after a cue is no name either.
        stopSet.addAll(grammatical);

        Map<String, List<NotContext>> contexts = new HashMap<>();
        for (Map<String, String> row : LexiconCsv.maps("place-not-contexts")) {
            String name = row.getOrDefault("name", "");
            NotContext c = new NotContext(name.equals("*") || name.isBlank() ? null : phraseKey(name),
                    keys(row.getOrDefault("before", "")), keys(row.getOrDefault("after", "")));
            // A row with no words around the name says nothing.
            if (!c.before.isEmpty() || !c.after.isEmpty()) contexts.computeIfAbsent(c.name, k -> new ArrayList<>()).add(c);
        }

        this.areasNamed = areasNamed(places, byKey);
        this.capitals = ProvinceNames.governoratesOfCapitals(places).keySet();

        Map<String, Set<String>> frozenForms = new HashMap<>();
        formsBuilder.forEach((k, v) -> frozenForms.put(k, Set.copyOf(v)));
        this.places = java.util.Collections.unmodifiableMap(byKey);
        this.quarters = quarters(byKey.values());
        this.groups = java.util.Collections.unmodifiableMap(groupsByKey);
        this.names = Map.copyOf(targets);
        this.cues = Map.copyOf(cueMap);
        this.nameLengths = new FirstWordLengths(targets.keySet());
        this.cueLengths = new FirstWordLengths(cueMap.keySet());
        this.forms = Map.copyOf(frozenForms);
        this.stops = Set.copyOf(stopSet);
        this.starts = Set.copyOf(startSet);
        this.qualifiers = Set.copyOf(qualifierSet);
        this.givenNames = LexiconCsv.maps("given-names").stream().map(row -> phraseKey(row.get("name")))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        Map<String, List<NotContext>> frozenContexts = new HashMap<>();
        contexts.forEach((name, list) -> frozenContexts.put(name, List.copyOf(list)));
        this.notContexts = java.util.Collections.unmodifiableMap(frozenContexts);
    }

    /**
     * The areas a mention of a place names, most specific first, by the keys places carry as their district or
     * administrative units: a unit names itself, then (a district or sub-district) the district key of older
     * data ("albu_kamal"); a district's seat ("البوكمال", "دير الزور") names that district key and the district
     * unit. Other places name no area.
     */
    private static Map<String, List<String>> areasNamed(List<Place> places, Map<String, Place> byKey) {
        Map<String, Set<String>> areas = new HashMap<>();
        for (Place p : places) {
            if (p.district() != null && byKey.containsKey(p.district()) && !byKey.get(p.district()).kind().isAdminUnit()) {
                areas.computeIfAbsent(p.district(), k -> new LinkedHashSet<>()).add(p.district());
            }
        }
        for (Place p : places) {
            if (!p.kind().isAdminUnit()) continue;
            Set<String> named = areas.computeIfAbsent(p.key(), k -> new LinkedHashSet<>());
            named.add(p.key());
            if (p.district() != null && (p.kind() == PlaceKind.DISTRICT || p.kind() == PlaceKind.SUBDISTRICT)) {
                named.add(p.district());
                if (p.kind() == PlaceKind.DISTRICT && areas.containsKey(p.district())) areas.get(p.district()).add(p.key());
            }
        }
        Map<String, List<String>> frozen = new HashMap<>();
        areas.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /**
     * The places {@code text} names, in text order (see the class comment); empty for null or blank text.
     * Mentions do not overlap.
     */
    public List<PlaceMention> find(String text) {
        return text == null ? List.of() : findIn(new TokenizedText(text));
    }

    /** {@link #find(String)} of a report already tokenised. */
    List<PlaceMention> findIn(TokenizedText tokenized) {
        String text = tokenized.original();
        if (text.isBlank()) return List.of();
        List<Word> words = words(tokenized.tokens());
        List<Raw> raws = new ArrayList<>();
        int n = words.size();
        int i = 0;
        while (i < n) {
            Match m = longestName(words, i);
            if (m != null && cueBeforeLongerName(words, i, m)) m = null;
            if (m != null) {
                if (!excluded(words, m) && !m.target.grammatical && !partOfPersonsName(words, m)) {
                    raws.add(raw(text, words, m, m.from, null));
                }
                i = m.to;
                continue;
            }
            Cue cue = cueAt(words, i);
            if (cue != null && cue.to < n && words.get(cue.to).soft) {
                Match after = longestName(words, cue.to);
                boolean list = LIST_CUES.contains(words.get(cue.from).key);
                if (after != null) {
                    // «قرية الجلاء»: a word of the grammar may be a village's name after a cue of one; not after a cue with
                    // the article, the town already named («وسط البلدة وعلى أراضٍ زراعية»: on).
                    boolean named = !after.target.grammatical || cue.kind.settlement() && !definite(words.get(cue.from));
                    if (!excluded(words, after) && named) {
                        int spanFrom = cue.kind == CueKind.REGION && after.target.outside == null ? cue.from : after.from;
                        raws.add(raw(text, words, after, spanFrom, cue.kind));
                    }
                    i = list ? listed(text, words, after.to, raws, cue.kind) : after.to;
                    continue;
                }
                // «في البلدة وفق المصادر»: a cue with the article is the town already named, and the word after it
                // no name («بلدة X» names X; Arabic never puts the article on the first noun of such a pair). A cue that
                // is also an adjective («طريق ريفي يربط», a rural road) names only a place the gazetteer knows.
                boolean adjective = ADJECTIVE_CUES.contains(words.get(cue.from).key);
                int end = definite(words.get(cue.from)) || adjective ? cue.to : unknownEnd(words, cue.to);
                if (end > cue.to) {
                    int start = words.get(cue.to).start;
                    int stop = words.get(end - 1).end;
                    raws.add(new Raw(cue.to, end, start, stop, null, text.substring(start, stop), cue.kind));
                    i = list ? listed(text, words, end, raws, cue.kind) : end;
                    continue;
                }
            }
            i++;
        }
        TextPlaces context = new TextPlaces(raws);
        List<PlaceMention> out = new ArrayList<>(raws.size());
        for (int k = 0; k < raws.size(); k++) {
            PlaceMention m = resolve(text, k, context);
            if (m != null) out.add(m);
        }
        return List.copyOf(out);
    }

    /**
     * Words of the grammar and the calendar, as name keys: the function-word lexicon, every word of the month and
     * weekday names, and the number words.
     */
    private static Set<String> grammaticalWords() {
        Set<String> words = new HashSet<>();
        for (Map<String, String> row : LexiconCsv.maps("function-words")) words.add(phraseKey(row.get("word")));
        for (Map<String, String> row : LexiconCsv.maps("months")) {
            for (String word : row.get("name").split("\\s+")) words.add(phraseKey(word));
        }
        for (Map<String, String> row : LexiconCsv.maps("weekdays")) words.add(phraseKey(row.get("name")));
        for (Map<String, String> row : LexiconCsv.maps("number-words")) words.add(phraseKey(row.get("phrase")));
        // «محيط المدينة», «في المنطقة»: the nouns that name no place after a cue name none on their own either.
        for (Map<String, String> row : LexiconCsv.maps("place-name-words")) {
            if ("stop".equals(row.get("role"))) words.add(phraseKey(row.get("word")));
        }
        words.remove("");
        return Set.copyOf(words);
    }

    /**
     * Ordinary words as name keys: data/lexicons/ordinary-words.csv (words and given names that villages of imported
     * gazetteers are named: «الكرامة», «خليل», "Jihad") and the words other lexicons read as something else (event
     * words, nouns for people). A place of such a name is read only with a cue or context that supports it.
     */
    private static Set<String> ordinaryWords() {
        Set<String> words = new HashSet<>();
        for (Map<String, String> row : LexiconCsv.maps("ordinary-words")) words.add(phraseKey(row.get("word")));
        for (Map<String, String> row : LexiconCsv.maps("event-triggers")) words.add(phraseKey(row.get("phrase")));
        for (Map<String, String> row : LexiconCsv.maps("person-nouns")) words.add(phraseKey(row.get("word")));
        words.remove("");
        return Set.copyOf(words);
    }

    /**
     * «مدينة البصيرة»: a cue word that is also a place's name (the village «المدينة») is the cue when the name after
     * it reaches further than the name it is; «قرية سكر», a village's whole name, stays the name.
     */
    private boolean cueBeforeLongerName(List<Word> words, int i, Match m) {
        Cue cue = cueAt(words, i);
        if (cue == null || cue.to >= words.size() || !words.get(cue.to).soft) return false;
        Match after = longestName(words, cue.to);
        return after != null && after.to > m.to;
    }

    // ---- matching

    private Raw raw(String text, List<Word> words, Match m, int spanFrom, CueKind cue) {
        int start = spanStart(text, words.get(spanFrom));
        int end = words.get(m.to - 1).end;
        return new Raw(m.from, m.to, start, end, m.target, null, cue);
    }

    private Match longestName(List<Word> words, int i) {
        int most = nameLengths.longest(words.get(i).key);
        if (most == 0) return null;
        int limit = i + 1;
        while (limit < words.size() && limit - i < most && words.get(limit).soft) limit++;
        for (int to = limit; to > i; to--) {
            Target t = names.get(join(words, i, to));
            if (t != null) t = fitting(words, i, to, t);
            if (t != null) return new Match(i, to, t);
        }
        return null;
    }

    /**
     * The name as the words of the text can spell it, or null. Names are looked up by the words' stems, which strip
     * every letter that may be an attached conjunction, preposition or article; a village name may begin with such a
     * letter («بقرص», «الوردية»), and then two different words share a stem («الكردية» and «الوردية» both give
     * «ردية», «إليه» and «بلالية» both «يه»). So each Arabic word of the text must be a spelling of the name's word
     * with at most those attachments in front ({@link #spells}); the name stands only for the places of the
     * spellings that fit.
     */
    private static Target fitting(List<Word> words, int from, int to, Target t) {
        boolean arabic = false;
        for (int k = from; k < to && !arabic; k++) arabic = words.get(k).arabic;
        if (!arabic) return t;
        Set<String> places = new HashSet<>();
        boolean any = false, all = true;
        for (Map.Entry<List<String>, Set<String>> spelling : t.spellings.entrySet()) {
            if (spells(words, from, to, spelling.getKey())) {
                any = true;
                places.addAll(spelling.getValue());
            } else {
                all = false;
            }
        }
        if (!any) return null;
        if (all || t.places.isEmpty()) return t;
        List<String> kept = t.places.stream().filter(places::contains).toList();
        return kept.isEmpty() ? null : t.onlyFor(kept);
    }

    /** Whether the text's words from {@code from} spell a name's words (normalised; null for a Latin word). */
    private static boolean spells(List<Word> words, int from, int to, List<String> name) {
        if (name.size() != to - from) return false;
        for (int k = 0; k < name.size(); k++) {
            Word w = words.get(from + k);
            String n = name.get(k);
            if (n == null || !w.arabic) continue; // Latin words: equal keys are equal words
            if (!Proclitics.attachedTo(w.form, n, k == 0)) return false;
            // «ريف دير الزور شرقي سوريا»: a direction without its article goes with the noun after it.
            if (k > 0 && DIRECTIONS.contains(n) && !w.form.endsWith(n)) return false;
        }
        return true;
    }

    private Cue cueAt(List<Word> words, int i) {
        // A one-word cue may also be found by the word's other reading (alt), so every word has at least one try.
        int longest = cueLengths.longest(words.get(i).key);
        int most = Math.min(MAX_CUE_TOKENS, Math.max(1, longest));
        int limit = i + 1;
        while (limit < words.size() && limit - i < most && words.get(limit).soft) limit++;
        for (int to = limit; to > i; to--) {
            // A word that starts no cue is no cue of one word either.
            CueKind kind = longest == 0 ? null : cues.get(join(words, i, to));
            if (kind == null && to == i + 1 && words.get(i).alt != null) kind = cues.get(words.get(i).alt);
            if (kind != null) return new Cue(i, to, kind);
        }
        return null;
    }

    /** Whether the words around a name make it something other than a place. */
    private boolean excluded(List<Word> words, Match m) {
        return around(words, m, notContexts.get(join(words, m.from, m.to))) || around(words, m, notContexts.get(null));
    }

    /** Whether the words around {@code m} are those of one of {@code contexts} (null for none). */
    private static boolean around(List<Word> words, Match m, List<NotContext> contexts) {
        if (contexts == null) return false;
        for (NotContext c : contexts) {
            if (!c.before.isEmpty() && !keysAt(words, m.from - c.before.size(), c.before)) continue;
            if (!c.after.isEmpty() && !keysAt(words, m.to, c.after)) continue;
            return true;
        }
        return false;
    }

    /**
     * Whether a name found with no cue before it is part of a person's name: right after a given name of
     * data/lexicons/given-names.csv («منير المهباش», «حمود الجدعان», "Rami Abdel Rahman", both capitalised in Latin
     * script) or starting with one («محمد حسين يعقوب»). Imported gazetteers have villages named like families and men.
     */
    private boolean partOfPersonsName(List<Word> words, Match m) {
        if (givenNames.contains(words.get(m.from).key) && m.to - m.from > 1) return true;
        // "Ahmad Khabil", "Hamad al-Khalaf": a Latin name that is a given name, before a capitalised word (its article
        // in lower case or not), is a man's first name.
        Word first = words.get(m.from);
        if (!first.arabic && m.to - m.from == 1 && givenNames.contains(first.key) && m.to < words.size()
                && words.get(m.to).spaced && (words.get(m.to).capital || LATIN_ARTICLES.contains(words.get(m.to).key)
                        && m.to + 1 < words.size() && words.get(m.to + 1).capital)) {
            return true;
        }
        if (m.from == 0 || !words.get(m.from).spaced) return false;
        Word before = words.get(m.from - 1), name = words.get(m.from);
        // «أبو علي», "Abu Ali": a name after "father of" is a man's byname, where the gazetteer has no place named with it.
        if (KUNYA.contains(before.key)) return true;
        // "Mohammed al-Ali": a family name may start with its article, in lower case.
        boolean capitalised = name.capital || LATIN_ARTICLES.contains(name.key) && m.to - m.from > 1 && words.get(m.from + 1).capital;
        return (before.arabic || before.capital && capitalised) && givenNames.contains(before.key);
    }

    private static boolean keysAt(List<Word> words, int from, List<String> keys) {
        if (from < 0 || from + keys.size() > words.size()) return false;
        for (int k = 0; k < keys.size(); k++) {
            if (!words.get(from + k).key.equals(keys.get(k))) return false;
        }
        return true;
    }

    /**
     * The places of a list after a plural or dual settlement cue, from word {@code i} on, each joined by «و»: «بلدات
     * ذيبان وابريهة وجديد عكيدات» names three towns, the cue standing before each; a name the gazetteer lacks is an
     * unknown place as after a cue. Adds them to {@code raws}; returns the word after the list.
     */
    private int listed(String text, List<Word> words, int i, List<Raw> raws, CueKind kind) {
        // «ريفي الحسكة ودير الزور»: the countrysides of both, areas the gazetteer knows; «بلدتي خشام وطابية»: two towns.
        CueKind listedAs = kind == CueKind.REGION ? CueKind.REGION : CueKind.SETTLEMENT;
        int k = i;
        while (k < words.size()) {
            Word w = words.get(k);
            if (!w.arabic || !w.soft) return k;
            if (w.form.equals("و") && k + 1 < words.size() && words.get(k + 1).soft) {
                k++;
                w = words.get(k);
            } else if (!(w.form.startsWith("و") && !w.key.startsWith("و"))) {
                return k;
            }
            Match m = longestName(words, k);
            if (m != null) {
                if (!excluded(words, m) && !m.target.grammatical) raws.add(raw(text, words, m, m.from, listedAs));
                k = m.to;
                continue;
            }
            int end = listedAs == CueKind.REGION ? k : unknownEnd(words, k);
            if (end == k) return k;
            // The unknown name starts after the «و» written onto it.
            int start = w.form.startsWith("و") ? w.start + 1 : w.start;
            int stop = words.get(end - 1).end;
            raws.add(new Raw(k, end, start, stop, null, text.substring(start, stop), listedAs));
            k = end;
        }
        return k;
    }

    /** Cues that are also adjectives (as word keys): «ريفي», the countrysides of, and rural. */
    private static final Set<String> ADJECTIVE_CUES = Set.of("ريفي");

    /** The cues that name several places, one list: «بلدات», «قرى», «قريتي», «بلدتي», «ريفي» (as word keys). */
    private static final Set<String> LIST_CUES = Set.of("بلدات", "قري", "مدن", "قريتي", "بلدتي", "مدينتي", "احياء",
            "ريفي", "ارياف");

    /** One past the last word of an unknown place name starting at {@code j}, or {@code j} for none. */
    private int unknownEnd(List<Word> words, int j) {
        int n = words.size();
        Word w = words.get(j);
        if (w.arabic) {
            if (!nameLike(words, j)) return j;
            if (j + 1 < n && words.get(j + 1).spaced && words.get(j + 1).arabic && nameLike(words, j + 1)
                    && (starts.contains(w.key) || qualifiers.contains(words.get(j + 1).key))) {
                return j + 2;
            }
            return j + 1;
        }
        int k = j;
        if (LATIN_ARTICLES.contains(w.key) && k + 1 < n && words.get(k + 1).soft && !words.get(k + 1).arabic) k++;
        if (!latinNameLike(words, k)) return j;
        int end = k + 1;
        if (end < n && words.get(end).soft && latinNameLike(words, end)) end++;
        return end;
    }

    /**
     * «البلدة», «والقرية», «وبالمدينة», «للبلدة»: an Arabic word that carries the article, after at most two other
     * proclitics («ل» drops the article's alef).
     */
    private static boolean definite(Word w) {
        if (!w.arabic) return false;
        if (w.form.length() > 4 && (w.form.startsWith("لل") || w.form.startsWith("ولل") || w.form.startsWith("فلل"))) return true;
        int i = 0;
        while (i < 2 && i < w.form.length() && "وفبلك".indexOf(w.form.charAt(i)) >= 0 && !w.form.startsWith("ال", i)) i++;
        return w.form.length() > i + 2 && w.form.startsWith("ال", i);
    }

    private boolean nameLike(List<Word> words, int j) {
        Word w = words.get(j);
        return w.arabic && w.key.length() >= 2 && !stops.contains(w.key) && !stops.contains(w.form)
                && !commonWithPossessive(w) && cueAt(words, j) == null && longestName(words, j) == null;
    }

    /**
     * «بلدتي» (my town, or the two towns of), «منزله» (his house): a cue or a word that is never a name, with a
     * possessive ending (data/lexicons/possessive-suffixes.csv). A place name takes no pronoun, so such a word
     * after a cue is a common noun, not an unknown place.
     */
    private boolean commonWithPossessive(Word w) {
        for (String stem : possessives.stems(w.form, false)) {
            String key = Proclitics.stem(stem);
            if (stops.contains(key) || cues.containsKey(key)) return true;
        }
        return false;
    }

    private boolean latinNameLike(List<Word> words, int j) {
        Word w = words.get(j);
        return !w.arabic && w.capital && Character.isLetter(w.form.charAt(0)) && !stops.contains(w.key)
                && cueAt(words, j) == null && longestName(words, j) == null;
    }

    /** Where a mention starting at this word starts: after an attached conjunction or preposition. */
    private int spanStart(String text, Word w) {
        if (!w.arabic) return w.start;
        Set<String> known = forms.getOrDefault(w.key, Set.of());
        String best = null;
        for (String f : known) {
            if (w.form.endsWith(f) && (best == null || f.length() > best.length())) best = f;
        }
        if (best == null) return w.start;
        int drop = w.form.length() - best.length();
        if (drop == 0) return w.start;
        String dropped = w.form.substring(0, drop);
        for (int k = 0; k < dropped.length(); k++) {
            if (!Proclitics.isProclitic(dropped.charAt(k))) return w.start;
        }
        if (dropped.endsWith("ل") && !best.startsWith("ال") && known.contains("ال" + best)) return w.start;
        return w.start + ArabicNormalizer.normalize(text.substring(w.start, w.end)).originalStart(drop);
    }

    // ---- resolving

    /**
     * The mentions of one text as resolving needs them, gathered once: the mentions in text order (the scan
     * makes them so, none overlapping, so a mention's neighbours are found by stepping from it rather than by
     * looking at all of them), the places the whole text names unambiguously, and the districts and
     * sub-districts it names. Without it, resolving each mention looked at every other one, which made a long
     * report quadratic.
     */
    private final class TextPlaces {
        final List<Raw> raws;
        /** Points named alone anywhere in the text, once each, in order of first mention: the anchors of proximity. */
        final Set<String> singlePlaces = new LinkedHashSet<>();
        final Set<String> groupsNamed = new HashSet<>();
        /** Districts and sub-districts the text names anywhere ("منطقة البوكمال", "ناحية هجين", "ريف الميادين"). */
        final List<List<String>> unitsNamed = new ArrayList<>();

        TextPlaces(List<Raw> raws) {
            this.raws = raws;
            for (Raw o : raws) {
                if (o.target == null) continue;
                if (o.target.group != null) groupsNamed.add(o.target.group);
                if (!single(o) || (o.target.ordinary && !cued(o))) continue;
                Place p = places.get(o.target.places.get(0));
                if (p.kind() == PlaceKind.DISTRICT || p.kind() == PlaceKind.SUBDISTRICT) unitsNamed.add(areasNamed.get(p.key()));
                // An area's point is only its seat's: it says nothing about which village of a name is meant.
                if (!p.kind().isAdminUnit() && !o.target.region) singlePlaces.add(p.key());
            }
        }

        /** The other mentions within {@code window} words of the mention at {@code index}, nearest first. */
        List<Raw> near(int index, int window) {
            Raw r = raws.get(index);
            List<Raw> found = new ArrayList<>();
            for (int k = index - 1; k >= 0 && raws.get(k).to >= r.from - window; k--) {
                if (gap(r, raws.get(k)) <= window) found.add(raws.get(k));
            }
            java.util.Collections.reverse(found); // text order, so ties in distance are broken by it
            for (int k = index + 1; k < raws.size() && raws.get(k).from <= r.to + window; k++) {
                if (gap(r, raws.get(k)) <= window) found.add(raws.get(k));
            }
            found.sort(Comparator.comparingInt(o -> gap(r, o)));
            return found;
        }
    }

    /** The mention at {@code index}, or null where it is an ordinary word nothing supports as a place. */
    private PlaceMention resolve(String text, int index, TextPlaces context) {
        Raw r = context.raws.get(index);
        Span span = Span.of(text, r.start, r.end);
        if (r.target == null) return new PlaceMention(span, List.of(), null, UNKNOWN, null, false, r.unknown, r.cue == CueKind.REGION);
        Target t = r.target;
        if (t.outside != null) return new PlaceMention(span, List.of(), null, NAMED, null, true, null);
        if (t.group != null) {
            return new PlaceMention(span, groups.get(t.group).memberKeys(), null, NAMED, t.group, false, null, t.region);
        }
        if (r.cue == CueKind.QUARTER) {
            // «حي الجبيلة» in Deir ez-Zor is no village Al Jubaylah elsewhere: a quarter's name stands only for places
            // of a city, else for a quarter the gazetteer lacks.
            List<String> quarters = t.places.stream().filter(this::quarter).toList();
            if (quarters.isEmpty()) return new PlaceMention(span, List.of(), null, UNKNOWN, null, false, span.text(), false);
            if (quarters.size() < t.places.size()) t = t.onlyFor(quarters);
        }
        List<Raw> near = context.near(index, DISTRICT_WINDOW);
        if ((t.common || t.ordinary) && !supported(text, r, near)) {
            if (t.ordinary) return null;
            if (t.places.size() == 1) return new PlaceMention(span, t.places, t.places.get(0), COMMON_WORD, null, false, null, t.region);
        }
        Choice choice = t.places.size() == 1 ? new Choice(t.places.get(0), NAMED, t.places) : choose(text, r, near, context);
        double confidence = r.cue == CueKind.REGION ? Math.min(choice.confidence, REGION) : choice.confidence;
        return new PlaceMention(span, choice.order, choice.key, confidence, null, false, null, r.cue == CueKind.REGION || t.region);
    }

    /** Whether the place of {@code key} may be a city's quarter (see {@link #quarters}). */
    private boolean quarter(String key) {
        return quarters.contains(key);
    }

    /**
     * The places that may be a city's quarter: the neighbourhoods, and the places as near a city as its quarters lie
     * ({@link LocatingPlaces#QUARTER_KM}).
     */
    private static Set<String> quarters(Collection<Place> places) {
        List<Place> cities = places.stream().filter(c -> c.kind() == PlaceKind.CITY).toList();
        return places.stream().filter(p -> p.kind() == PlaceKind.NEIGHBOURHOOD || cities.stream()
                .anyMatch(c -> distanceKm(p.lat(), p.lon(), c.lat(), c.lon()) <= LocatingPlaces.QUARTER_KM)).map(Place::key)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static boolean cued(Raw r) {
        return r.cue != null && (r.cue.settlement() || r.cue == CueKind.AREA);
    }

    /**
     * Whether a name that is also an ordinary word is supported as a place: by a settlement or area cue before it,
     * by a place right beside it (as in a list), or, at most {@value #SUPPORT_WINDOW} words away, by an area that
     * holds it or a place within {@value #CORROBORATING_KM} km of it ("الكرامة قرب البوكمال", "خليل في ناحية التبني"),
     * in the same sentence: «شرق دير الزور. وتبنى التنظيم» (claimed) is no town of that countryside.
     */
    private boolean supported(String text, Raw r, List<Raw> near) {
        if (cued(r)) return true;
        for (Raw o : near) {
            if (o.target == null || o.target.outside != null || (o.target.ordinary && !cued(o))) continue;
            if (sentenceEndBetween(text, r, o)) continue;
            // Beside another place, as in a list: up to two words apart for a common word ("البصيرة في ريف …"),
            // joined for an ordinary one ("حطلة والكرامة"): «بالكرامة في دير الزور» is dignity in the city.
            // Joined with nothing between is a noun and its owner instead («عمال حقل العمر»: the Omar field's workers).
            if (gap(r, o) <= (r.target.ordinary ? 0 : 2) && (gap(r, o) > 0 || listedWith(text, r, o))) return true;
            if (!single(o) || gap(r, o) > SUPPORT_WINDOW) continue;
            List<String> area = areasNamed.get(o.target.places.get(0));
            Place named = places.get(o.target.places.get(0));
            for (String c : r.target.places) {
                Place p = places.get(c);
                if (area != null && inAny(p, area)) return true;
                if (!named.kind().isAdminUnit() && !o.target.region
                        && distanceKm(p.lat(), p.lon(), named.lat(), named.lon()) <= CORROBORATING_KM) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a place lies in one of these areas, by its district (older data) or its administrative units. */
    private static boolean inAny(Place p, List<String> area) {
        for (String key : area) if (in(p, key)) return true;
        return false;
    }

    private static boolean in(Place p, String area) {
        return area.equals(p.district()) || p.admin().includes(area);
    }

    /** The candidates of a pool that lie in the most specific of these areas that holds any, or null for none. */
    private List<String> inArea(List<String> pool, List<String> area) {
        for (String key : area) {
            List<String> inside = new ArrayList<>();
            for (String c : pool) if (in(places.get(c), key)) inside.add(c);
            if (!inside.isEmpty()) return inside;
        }
        return null;
    }

    /**
     * The chosen candidate of a shared name (null where nothing decides), the confidence, and every candidate with
     * those context left standing first.
     */
    private Choice choose(String text, Raw r, List<Raw> nearby, TextPlaces context) {
        List<String> candidates = r.target.places;
        List<String> pool = candidates;
        // 1. An area named nearby, nearest first: the district or sub-district, or a region phrase's district.
        for (Raw o : nearby) {
            if (o.target == null || namesProvince(text, o)) continue;
            List<String> area = o.target.districtHint != null
                    ? areasNamed.getOrDefault(o.target.districtHint, List.of(o.target.districtHint))
                    : single(o) ? areasNamed.get(o.target.places.get(0)) : null;
            if (area == null) continue;
            List<String> inside = inArea(pool, area);
            if (inside == null) continue;
            if (inside.size() == 1) return decided(inside.get(0), BY_DISTRICT, candidates);
            pool = inside;
        }
        // 2. A district or sub-district the report names anywhere.
        List<String> inReportUnits = new ArrayList<>();
        for (String c : pool) {
            for (List<String> unit : context.unitsNamed) {
                if (inAny(places.get(c), unit)) { inReportUnits.add(c); break; }
            }
        }
        if (inReportUnits.size() == 1) return decided(inReportUnits.get(0), BY_REPORT_UNIT, candidates);
        if (!inReportUnits.isEmpty()) pool = inReportUnits;
        // 3. Places named together lie together: the candidates of another shared name named beside this one («the
        // villages of al-Kashma and Al Sha'fa», two villages of each name) choose the candidate nearest one of them.
        List<Place> sharedAnchors = new ArrayList<>();
        for (Raw o : nearby) {
            boolean shared = o.target != null && o.target.group == null && o.target.outside == null && !o.target.region && !single(o);
            if (!shared) continue;
            for (String key : o.target.places) if (!candidates.contains(key)) sharedAnchors.add(places.get(key));
        }
        String nearest = clearlyNearest(pool, sharedAnchors, TOGETHER_KM);
        if (nearest != null) return decided(nearest, BY_PROXIMITY, candidates);
        // 4. Proximity to the other places of the text.
        List<Place> anchors = new ArrayList<>();
        for (String key : context.singlePlaces) {
            if (!candidates.contains(key)) anchors.add(places.get(key));
        }
        String nearestAnchor = clearlyNearest(pool, anchors, Double.POSITIVE_INFINITY);
        if (nearestAnchor != null) return decided(nearestAnchor, BY_PROXIMITY, candidates);
        // 5. Groups the text names, or whose other members it names.
        String grouped = null;
        int count = 0;
        for (String c : pool) {
            boolean in = false;
            for (PlaceGroup g : groups.values()) {
                if (!g.memberKeys().contains(c)) continue;
                if (context.groupsNamed.contains(g.key())) in = true;
                for (String m : g.memberKeys()) {
                    if (!m.equals(c) && context.singlePlaces.contains(m)) in = true;
                }
            }
            if (in) { grouped = c; count++; }
        }
        if (count == 1) return decided(grouped, BY_GROUP, candidates);
        // 6. Nothing decides: no candidate is chosen, those left standing listed first.
        if (pool.size() == 1) return decided(pool.get(0), BY_DEFAULT, candidates);
        return new Choice(null, BY_DEFAULT, firstThese(pool, candidates));
    }

    /**
     * Whether a mention is a capital's bare English name, which English news gives the province ("the villages of
     * al-Kashma and Al Sha'fa, Deir al-Zour"; {@link ProvinceNames}): it names no district.
     */
    private boolean namesProvince(String text, Raw o) {
        return o.target.districtHint == null && single(o) && !o.target.region && capitals.contains(o.target.places.get(0))
                && ProvinceNames.isLatin(text.substring(o.start, o.end));
    }

    /** The one of {@code pool} clearly nearest the anchors and at most {@code withinKm} from one, or null. */
    private String clearlyNearest(List<String> pool, List<Place> anchors, double withinKm) {
        return clearlyNearest(places, pool, anchors, withinKm, CLEARLY_NEARER);
    }

    /**
     * The candidate of {@code pool} nearest the anchors (great-circle distance to the nearest of them), when it lies at
     * most {@code withinKm} from one and at most {@code clearly} times the next candidate's distance; null otherwise.
     */
    static String clearlyNearest(Map<String, Place> places, List<String> pool, List<Place> anchors, double withinKm,
                                 double clearly) {
        String best = null;
        double bestKm = Double.POSITIVE_INFINITY, secondKm = Double.POSITIVE_INFINITY;
        for (String c : pool) {
            Place p = places.get(c);
            double km = Double.POSITIVE_INFINITY;
            for (Place a : anchors) km = Math.min(km, distanceKm(p.lat(), p.lon(), a.lat(), a.lon()));
            if (km < bestKm) { secondKm = bestKm; bestKm = km; best = c; }
            else if (km < secondKm) secondKm = km;
        }
        return best != null && bestKm <= withinKm && bestKm <= clearly * secondKm ? best : null;
    }

    private static Choice decided(String key, double confidence, List<String> candidates) {
        return new Choice(key, confidence, firstThese(List.of(key), candidates));
    }

    /** All candidates, those of {@code first} at the front, each part in gazetteer order. */
    private static List<String> firstThese(List<String> first, List<String> candidates) {
        if (first.size() == candidates.size()) return candidates;
        List<String> order = new ArrayList<>(first);
        for (String c : candidates) if (!first.contains(c)) order.add(c);
        return order;
    }

    private static boolean single(Raw o) {
        return o.target != null && o.target.places.size() == 1;
    }

    /** Whether a full stop, a question mark or a line break lies between two mentions. */
    private static boolean sentenceEndBetween(String text, Raw a, Raw b) {
        int from = Math.min(a.end, b.end), to = Math.max(a.start, b.start);
        for (int i = from; i < to; i++) if (".!?؟\n".indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }

    /**
     * Whether two names side by side are listed or one locates the other: a comma between them, or «و» (and) or «ب» (in)
     * on the later one's first word («حطلة والكرامة», «الكرامة بريف البوكمال»).
     */
    private static boolean listedWith(String text, Raw a, Raw b) {
        Raw first = a.start <= b.start ? a : b, later = first == a ? b : a;
        String between = text.substring(Math.min(first.end, later.start), later.start);
        if (between.contains(",") || between.contains("،")) return true;
        int word = later.start;
        while (word > first.end && !Character.isWhitespace(text.charAt(word - 1))) word--;
        return word < later.start && "وب".indexOf(text.charAt(word)) >= 0; // a proclitic, not the name's own first letter
    }

    /** Words between two mentions, 0 when they touch or overlap. */
    private static int gap(Raw a, Raw b) {
        return b.from >= a.to ? b.from - a.to : a.from >= b.to ? a.from - b.to : 0;
    }

    /** Great-circle distance in kilometres (haversine). */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    // ---- words

    private static final class TargetBuilder {
        final Set<String> places = new LinkedHashSet<>();
        String group;
        String outside;
        /** The name stands for an area: an administrative unit or a region phrase of data/lexicons/region-units.csv. */
        boolean region;
        /** The district a region phrase built on a town's name points to when it resolves a shared name nearby. */
        String districtHint;
        /** Each spelling as its normalised Arabic words (null for a Latin word), with the place it names, if any. */
        final Map<List<String>, Set<String>> spellings = new LinkedHashMap<>();

        void addSpelling(List<Word> words, String place) {
            List<String> forms = new ArrayList<>(words.size());
            for (Word w : words) forms.add(w.arabic ? w.form : null);
            Set<String> named = spellings.computeIfAbsent(forms, k -> new LinkedHashSet<>());
            if (place != null) named.add(place);
        }
    }

    private static List<String> allNames(String en, String ar, List<String> variantsEn, List<String> variantsAr) {
        List<String> all = new ArrayList<>();
        if (en != null) all.add(en);
        if (ar != null) all.add(ar);
        all.addAll(variantsEn);
        all.addAll(variantsAr);
        return all;
    }

    /**
     * Adds a name, for an English name starting with an article ("Al-Mayadin") the name without it, and for one
     * ending with the feminine ending "-ah" or "-eh" the name without its final h: "Ash Sha`fah" is written "Al
     * Sha’fa" and "Al Kashmah" "al-Kashma".
     */
    private static void addName(Map<String, TargetBuilder> builders, Map<String, Set<String>> forms, String name, String place,
                                java.util.function.Consumer<TargetBuilder> add) {
        addNameAndArticleless(builders, forms, name, place, add);
        boolean latin = name.chars().noneMatch(c -> c >= 0x0600 && c <= 0x06FF);
        if (latin && name.length() > 4 && (name.endsWith("ah") || name.endsWith("eh"))) {
            addNameAndArticleless(builders, forms, name.substring(0, name.length() - 1), place, add);
        }
    }

    private static void addNameAndArticleless(Map<String, TargetBuilder> builders, Map<String, Set<String>> forms, String name,
                                              String place, java.util.function.Consumer<TargetBuilder> add) {
        // "Abu as Sayyid" (the article written as said before a sun letter) is news's "Abu al-Sayyid" too.
        String unassimilated = ASSIMILATED_ARTICLE.matcher(name).replaceAll("al");
        if (!unassimilated.equals(name)) addNameAndArticleless(builders, forms, unassimilated, place, add);
        List<Word> words = words(name);
        if (words.isEmpty() || words.size() > MAX_NAME_TOKENS) return;
        addWords(builders, words, place, add);
        addForm(forms, words.get(0));
        if (!words.get(0).arabic && words.size() > 1 && LATIN_ARTICLES.contains(words.get(0).key)
                && join(words, 1, words.size()).length() >= 3) {
            addWords(builders, words.subList(1, words.size()), place, add);
        }
    }

    /**
     * Names a village the gazetteer has only in halves by its bare name: «الجردي الشرقي» and «الجردي الغربي», "Suwaydan
     * Shamiyah" and "Suwaydan Jazirah" (the banks of the river) are news's «الجردي» and «سويدان», a name then shared by
     * the halves and chosen among them as any shared name is. A bare name that is already a name of the gazetteer (a
     * place, a group, an alias) stays that name. The words that end a half are the {@code half} words of
     * data/lexicons/place-name-words.csv.
     */
    private static void addHalfNames(Map<String, TargetBuilder> builders, Map<String, Set<String>> forms, List<Place> places) {
        Set<String> halfWords = new HashSet<>();
        for (Map<String, String> row : LexiconCsv.maps("place-name-words")) {
            if ("half".equals(row.get("role"))) halfWords.add(phraseKey(row.get("word")));
        }
        Map<String, List<Word>> heads = new LinkedHashMap<>();
        Map<String, Set<String>> halves = new LinkedHashMap<>();
        for (Place p : places) {
            if (p.kind().isAdminUnit()) continue;
            for (String name : allNames(p.nameEn(), p.nameAr(), p.variantsEn(), p.variantsAr())) {
                List<Word> words = words(name);
                if (words.size() < 2 || !halfWords.contains(words.get(words.size() - 1).key)) continue;
                int end = words.size() - 1;
                // "Al Jurdi ash Sharqi": the article before a Latin half word goes with it.
                if (!words.get(end - 1).arabic && LATIN_ARTICLES.contains(words.get(end - 1).key)) end--;
                if (end < 1) continue;
                List<Word> head = words.subList(0, end);
                String key = join(head, 0, head.size());
                heads.putIfAbsent(key, head);
                halves.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(p.key());
            }
        }
        // "Al Jurdi" is also "Jurdi", as any Latin name is without its article.
        Map<String, List<Word>> bareHeads = new LinkedHashMap<>();
        heads.forEach((key, head) -> {
            if (!head.get(0).arabic && head.size() > 1 && LATIN_ARTICLES.contains(head.get(0).key)) {
                List<Word> bare = head.subList(1, head.size());
                bareHeads.putIfAbsent(join(bare, 0, bare.size()), bare);
                halves.computeIfAbsent(join(bare, 0, bare.size()), k -> new LinkedHashSet<>()).addAll(halves.get(key));
            }
        });
        bareHeads.forEach(heads::putIfAbsent);
        heads.keySet().removeIf(builders::containsKey);
        heads.forEach((key, head) -> {
            addForm(forms, head.get(0));
            for (String place : halves.get(key)) addWords(builders, head, place, b -> b.places.add(place));
        });
    }

    /** Adds a name exactly as written, without the form that drops a leading Latin article. */
    private static void addExactName(Map<String, TargetBuilder> builders, Map<String, Set<String>> forms, String name,
                                     String place, java.util.function.Consumer<TargetBuilder> add) {
        List<Word> words = words(name);
        if (words.isEmpty() || words.size() > MAX_NAME_TOKENS) return;
        addWords(builders, words, place, add);
        addForm(forms, words.get(0));
    }

    private static void addWords(Map<String, TargetBuilder> builders, List<Word> words, String place,
                                 java.util.function.Consumer<TargetBuilder> add) {
        TargetBuilder b = builders.computeIfAbsent(join(words, 0, words.size()), k -> new TargetBuilder());
        add.accept(b);
        b.addSpelling(words, place);
    }

    private static void addForm(Map<String, Set<String>> forms, Word w) {
        if (w.arabic) forms.computeIfAbsent(w.key, k -> new HashSet<>()).add(w.form);
    }

    private static String phraseKey(String phrase) {
        List<Word> words = words(phrase);
        return join(words, 0, words.size());
    }

    private static List<String> keys(String phrase) {
        List<String> keys = new ArrayList<>();
        if (phrase == null || phrase.isBlank()) return keys;
        for (Word w : words(phrase)) keys.add(w.key);
        return List.copyOf(keys);
    }

    private static String join(List<Word> words, int from, int to) {
        if (to == from + 1) return words.get(from).key;
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) b.append(' ');
            b.append(words.get(k).key);
        }
        return b.toString();
    }

    private static List<Word> words(String text) {
        return words(Tokenizer.tokens(text));
    }

    /**
     * The tokens as names are read. A token that folds to nothing (a lone modifier letter such as «ʿ») is no word
     * of a name and is left out; what parted it from the word before still parts the word after it.
     */
    private static List<Word> words(List<Token> tokens) {
        List<Word> out = new ArrayList<>(tokens.size());
        boolean hard = false, skipped = false;
        for (Token t : tokens) {
            hard |= t.hardSeparatorBefore();
            if (t.folded().isEmpty()) {
                skipped = true;
                continue;
            }
            out.add(new Word(t.start(), t.end(), t.folded(), t.foldedKey(), t.withoutFirstProclitic(), t.arabic(),
                    t.capitalised(), !hard, t.spacedBefore() && !skipped));
            hard = false;
            skipped = false;
        }
        return out;
    }
}
