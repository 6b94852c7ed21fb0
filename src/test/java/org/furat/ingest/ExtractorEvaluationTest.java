package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.furat.model.Casualties;
import org.furat.model.PlaceGroup;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import org.furat.store.SeedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the extractor against a hand-labelled set: the short passages of {@code eval/passages.json} and the
 * seed report. The labels say what a careful analyst would code, not what the extractor does; the thresholds
 * sit a little under what it achieves now, so a change that makes it read worse fails here.
 *
 * <p>Scoring, per passage: places are the set of gazetteer keys (a group counts as its members), outside-map
 * places the texts recognised as outside the map, dates the set of (start, end, precision) of the date
 * mentions, types the multiset of proposal sub-event types, origins the set of gazetteer keys the proposals
 * give as where fire came from (none unless labelled), casualties the sum of the best killed and of the best
 * injured over the proposals (null when no proposal has a best estimate), each compared exactly. A labelled 0
 * (the report says nobody was hurt) is a figure like any other: an unknown where it says none is a miss.
 */
class ExtractorEvaluationTest {

    // Thresholds: what the extractor achieves, less a small margin (never under 0.6), raised as it improves.
    // Achieved when the set was labelled: places, outside, dates 1.000/1.000; types 0.929/0.867; casualties
    // 1.000/0.737. Now (41 passages and the seed): places, outside, unknown, dates 1.000/1.000; types
    // 0.973/1.000; origins 1.000/0.750; casualties 1.000/0.960. With 12 passages on denied casualties, tolls in
    // follow-up sentences, English counts and kin nouns (53 and the seed): types 0.980/1.000; casualties
    // 1.000/0.978, the rest unchanged. The set labels only two unknown places and four origins, so one more miss
    // fails those.
    private static final double PLACES_PRECISION = 0.95;
    private static final double PLACES_RECALL = 0.95;
    private static final double OUTSIDE_PRECISION = 0.95;
    private static final double OUTSIDE_RECALL = 0.95;
    private static final double UNKNOWN_PRECISION = 0.95;
    private static final double UNKNOWN_RECALL = 0.95;
    private static final double DATES_PRECISION = 0.95;
    private static final double DATES_RECALL = 0.95;
    private static final double TYPES_PRECISION = 0.97;
    private static final double TYPES_RECALL = 0.95;
    private static final double ORIGINS_PRECISION = 0.95;
    private static final double ORIGINS_RECALL = 0.70;
    private static final double CASUALTIES_PRECISION = 0.97;
    private static final double CASUALTIES_RECALL = 0.97;

    private static final String SEED = "/org/furat/data/sources/000_0ae79604f75c76f4.txt";

    private record DateKey(LocalDate start, LocalDate end, TimePrecision precision) {
        @Override
        public String toString() { return start + ".." + end + "/" + precision; }
    }

    /**
     * One labelled text. Null dates or types: not labelled, not scored. casualtyMonth, when set, scores only
     * the proposals whose dates start in that month (the seed report's labels are October's toll).
     */
    private record Case(String id, LocalDate published, TimePrecision precision, String text, Set<String> places,
                        List<String> outside, List<String> unknown, Set<DateKey> dates, List<SubEventType> types,
                        Set<String> origins, Integer killed, Integer injured, Integer casualtyMonth) {}

    /** True positives, predictions and expectations of one metric. */
    private static final class Score {
        int tp, predicted, expected;

        double precision() { return predicted == 0 ? 1.0 : (double) tp / predicted; }

        double recall() { return expected == 0 ? 1.0 : (double) tp / expected; }
    }

    private static final Map<String, Score> SCORES = new LinkedHashMap<>();
    private static final List<String> MISSES = new ArrayList<>();

    @BeforeAll
    static void evaluate() throws IOException {
        SeedData data = SeedData.fromClasspath();
        Extractor extractor = new Extractor(data.places(), data.groups(), data.actors());
        Map<String, List<String>> members = new HashMap<>();
        for (PlaceGroup g : data.groups()) members.put(g.key(), g.memberKeys());
        for (String metric : List.of("places", "outside", "unknown", "dates", "types", "origins", "casualties")) {
            SCORES.put(metric, new Score());
        }

        for (Case c : cases()) {
            Extraction x = extractor.extract(c.text(), c.published(), c.precision());
            scorePlaces(c, x, members);
            scoreOutside(c, x);
            scoreUnknown(c, x);
            if (c.dates() != null) scoreDates(c, x);
            if (c.types() != null) scoreTypes(c, x);
            scoreOrigins(c, x, members);
            scoreCasualties(c, x);
        }
        print();
    }

    private static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        JsonNode root;
        try (InputStream in = ExtractorEvaluationTest.class.getResourceAsStream("/org/furat/ingest/eval/passages.json")) {
            root = new ObjectMapper().readTree(Objects.requireNonNull(in, "passages.json"));
        }
        for (JsonNode p : root) {
            Set<DateKey> dates = new LinkedHashSet<>();
            for (JsonNode d : p.get("dates")) {
                dates.add(new DateKey(LocalDate.parse(d.get("start").asText()), LocalDate.parse(d.get("end").asText()),
                        TimePrecision.valueOf(d.get("precision").asText())));
            }
            List<SubEventType> types = new ArrayList<>();
            for (JsonNode t : p.get("types")) types.add(SubEventType.valueOf(t.asText()));
            cases.add(new Case(p.get("id").asText(), LocalDate.parse(p.get("published").asText()), TimePrecision.DAY,
                    p.get("text").asText(), new LinkedHashSet<>(strings(p.get("places"))), strings(p.get("outside")),
                    strings(p.get("unknown")), dates, types, new LinkedHashSet<>(strings(p.get("origins"))),
                    integer(p.get("killed")), integer(p.get("injured")), null));
        }
        String seed;
        try (InputStream in = ExtractorEvaluationTest.class.getResourceAsStream(SEED)) {
            seed = new String(Objects.requireNonNull(in, SEED).readAllBytes(), StandardCharsets.UTF_8);
        }
        // The report names the governorate ("محافظة دير الزور", "ريف دير الزور"), never the city itself.
        Set<String> thirteen = new LinkedHashSet<>(List.of("deir_ez_zor_governorate", "khasham", "hatla", "marrat", "mazloum", "tabiyah",
                "salihiyah_dez", "husayniyah", "muriiyah", "jafrah", "huwayjat_saqr", "conoco_base", "deir_ez_zor_airport"));
        cases.add(new Case("seed", LocalDate.of(2024, 11, 1), TimePrecision.MONTH, seed, thirteen, List.of("لبنان", "غزة"),
                List.of(), null, null, Set.of("conoco_base"), 1, 12, 10));
        return cases;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) for (JsonNode n : array) out.add(n.asText());
        return out;
    }

    private static Integer integer(JsonNode n) {
        return n == null || n.isNull() ? null : n.asInt();
    }

    private static void scorePlaces(Case c, Extraction x, Map<String, List<String>> members) {
        Set<String> found = new LinkedHashSet<>();
        for (PlaceMention m : x.places()) {
            if (m.outsideMap()) continue;
            if (m.chosen() != null) found.add(m.chosen());
            if (m.groupKey() != null) found.addAll(members.getOrDefault(m.groupKey(), List.of()));
        }
        // An expected group (the eastern countryside) stands for its members, as a group mention does.
        Set<String> expected = new LinkedHashSet<>();
        for (String key : c.places()) expected.addAll(members.getOrDefault(key, List.of(key)));
        compareSets("places", c.id(), expected, found);
    }

    private static void scoreOutside(Case c, Extraction x) {
        compareNames("outside", c.id(), c.outside(), x.places().stream().filter(PlaceMention::outsideMap).map(m -> m.span().text()).toList());
    }

    private static void scoreUnknown(Case c, Extraction x) {
        compareNames("unknown", c.id(), c.unknown(), x.places().stream().map(PlaceMention::unknownName).filter(Objects::nonNull).toList());
    }

    /** Scores names found against names expected; one containing the other counts ("لبنان" in "جنوب لبنان"). */
    private static void compareNames(String metric, String id, List<String> expected, List<String> found) {
        Score s = SCORES.get(metric);
        s.expected += expected.size();
        s.predicted += found.size();
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>(found);
        for (String want : expected) {
            String hit = wrong.stream().filter(f -> f.contains(want) || want.contains(f)).findFirst().orElse(null);
            if (hit != null) {
                s.tp++;
                wrong.remove(hit);
            } else {
                missing.add(want);
            }
        }
        miss(metric, id, missing, wrong);
    }

    private static void scoreDates(Case c, Extraction x) {
        Set<DateKey> found = new LinkedHashSet<>();
        for (DateMention d : x.dates()) found.add(new DateKey(d.dates().start(), d.dates().end(), d.precision()));
        compareSets("dates", c.id(), c.dates(), found);
    }

    private static void scoreTypes(Case c, Extraction x) {
        List<SubEventType> found = x.proposals().stream().map(Proposal::type).toList();
        Score s = SCORES.get("types");
        s.expected += c.types().size();
        s.predicted += found.size();
        List<SubEventType> wrong = new ArrayList<>(found);
        List<SubEventType> missing = new ArrayList<>();
        for (SubEventType want : c.types()) {
            if (wrong.remove(want)) s.tp++;
            else missing.add(want);
        }
        miss("types", c.id(), missing, wrong);
    }

    private static void scoreOrigins(Case c, Extraction x, Map<String, List<String>> members) {
        Set<String> found = new LinkedHashSet<>();
        for (Proposal p : x.proposals()) {
            for (PlaceMention m : p.origins()) {
                if (m.chosen() != null) found.add(m.chosen());
                if (m.groupKey() != null) found.addAll(members.getOrDefault(m.groupKey(), List.of()));
            }
        }
        compareSets("origins", c.id(), c.origins(), found);
    }

    private static void scoreCasualties(Case c, Extraction x) {
        List<Proposal> scored = x.proposals().stream()
                .filter(p -> c.casualtyMonth() == null || p.dates().start().getMonthValue() == c.casualtyMonth()).toList();
        Integer killed = total(scored.stream().map(Proposal::killed).toList());
        Integer injured = total(scored.stream().map(Proposal::injured).toList());
        Score s = SCORES.get("casualties");
        compareCount(s, c.id(), "killed", c.killed(), killed);
        compareCount(s, c.id(), "injured", c.injured(), injured);
    }

    private static Integer total(List<Casualties> counts) {
        Integer sum = null;
        for (Casualties k : counts) if (k != null && k.best() != null) sum = (sum == null ? 0 : sum) + k.best();
        return sum;
    }

    private static void compareCount(Score s, String id, String kind, Integer expected, Integer found) {
        if (expected != null) s.expected++;
        if (found != null) s.predicted++;
        if (expected != null && expected.equals(found)) s.tp++;
        else if (!Objects.equals(expected, found)) MISSES.add(String.format("casualties  %-5s %s expected %s, got %s", id, kind, expected, found));
    }

    private static <T> void compareSets(String metric, String id, Set<T> expected, Set<T> found) {
        Score s = SCORES.get(metric);
        s.expected += expected.size();
        s.predicted += found.size();
        List<T> missing = new ArrayList<>();
        for (T e : expected) {
            if (found.contains(e)) s.tp++;
            else missing.add(e);
        }
        miss(metric, id, missing, found.stream().filter(f -> !expected.contains(f)).toList());
    }

    private static void miss(String metric, String id, List<?> missing, List<?> wrong) {
        if (missing.isEmpty() && wrong.isEmpty()) return;
        MISSES.add(String.format("%-11s %-5s missing %s, extra %s", metric, id, missing, wrong));
    }

    private static void print() {
        StringBuilder out = new StringBuilder("\nExtractor evaluation\nmetric       tp  pred   exp  precision  recall\n");
        SCORES.forEach((name, s) -> out.append(String.format(Locale.ROOT, "%-10s %4d %5d %5d      %.3f   %.3f%n",
                name, s.tp, s.predicted, s.expected, s.precision(), s.recall())));
        out.append("\nDisagreements with the labels\n");
        MISSES.forEach(m -> out.append(m).append('\n'));
        System.out.println(out);
    }

    private static void atLeast(String metric, String which, double value, double threshold) {
        assertTrue(value >= threshold, String.format(Locale.ROOT, "%s %s %.3f is below %.2f", metric, which, value, threshold));
    }

    @Test
    void placesPrecision() { atLeast("places", "precision", SCORES.get("places").precision(), PLACES_PRECISION); }

    @Test
    void placesRecall() { atLeast("places", "recall", SCORES.get("places").recall(), PLACES_RECALL); }

    @Test
    void outsidePrecision() { atLeast("outside", "precision", SCORES.get("outside").precision(), OUTSIDE_PRECISION); }

    @Test
    void outsideRecall() { atLeast("outside", "recall", SCORES.get("outside").recall(), OUTSIDE_RECALL); }

    @Test
    void unknownPrecision() { atLeast("unknown", "precision", SCORES.get("unknown").precision(), UNKNOWN_PRECISION); }

    @Test
    void unknownRecall() { atLeast("unknown", "recall", SCORES.get("unknown").recall(), UNKNOWN_RECALL); }

    @Test
    void datesPrecision() { atLeast("dates", "precision", SCORES.get("dates").precision(), DATES_PRECISION); }

    @Test
    void datesRecall() { atLeast("dates", "recall", SCORES.get("dates").recall(), DATES_RECALL); }

    @Test
    void typesPrecision() { atLeast("types", "precision", SCORES.get("types").precision(), TYPES_PRECISION); }

    @Test
    void typesRecall() { atLeast("types", "recall", SCORES.get("types").recall(), TYPES_RECALL); }

    @Test
    void originsPrecision() { atLeast("origins", "precision", SCORES.get("origins").precision(), ORIGINS_PRECISION); }

    @Test
    void originsRecall() { atLeast("origins", "recall", SCORES.get("origins").recall(), ORIGINS_RECALL); }

    @Test
    void casualtiesPrecision() {
        atLeast("casualties", "precision", SCORES.get("casualties").precision(), CASUALTIES_PRECISION);
    }

    @Test
    void casualtiesRecall() { atLeast("casualties", "recall", SCORES.get("casualties").recall(), CASUALTIES_RECALL); }
}
