package org.furat.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An evaluation as the command prints it: the figures as a table or as JSON, and with {@code verbose} each
 * report's pairs, misses and proposals the coders did not code.
 */
public final class EvalReport {

    /** What was measured against what: the split, the database and its gazetteer. */
    public record Setting(String split, String database, int gazetteerPlaces, List<String> gazetteerImports) {}

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("places_precision", "event places (within 3 km) precision"),
            Map.entry("places_recall", "event places (within 3 km) recall"),
            Map.entry("places_f1", "event places (within 3 km) F1"),
            Map.entry("incidents_found", "annotated incidents with a located place that some proposal covers"),
            Map.entry("sub_event_type", "of those, sub-event type right"),
            Map.entry("killed_exact", "killed exact"),
            Map.entry("injured_exact", "injured exact"),
            Map.entry("dates_right", "dates right (the proposal's span inside the coded one)"),
            Map.entry("proposals_correspond", "proposals that correspond to a coded incident"),
            Map.entry("actor1", "actor1 right"),
            Map.entry("actor2", "actor2 right"),
            Map.entry("incidents_covered", "(unpaired) annotated incidents with a located place near any proposal"),
            Map.entry("proposals_covering", "(unpaired) proposals near any coded incident"));

    private final Setting setting;
    private final CorpusEvaluation.Result result;
    private final ActorNames actors;

    public EvalReport(Setting setting, CorpusEvaluation.Result result, ActorNames actors) {
        this.setting = setting;
        this.result = result;
        this.actors = actors;
    }

    /** The figures as rows: measure, value (two decimals, "–" without cases), hits/cases. */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (var e : result.measures().ratios().entrySet()) {
            rows.add(List.of(LABELS.get(e.getKey()), format(e.getValue().value()), e.getValue().hits() + "/" + e.getValue().of()));
            if (e.getKey().equals("places_recall")) rows.add(List.of(LABELS.get("places_f1"), format(result.measures().placesF1()), ""));
        }
        return rows;
    }

    /** The paired incidents given another sub-event type, as rows: coded type, proposed type, how many. */
    public List<List<String>> typeConfusionRows() {
        return result.measures().typeConfusions().stream()
                .map(e -> List.of(e.getKey().coded(), e.getKey().proposed(), String.valueOf(e.getValue()))).toList();
    }

    /** How the wrong killed and injured figures were wrong, a line each ("killed wrong: 2 without a figure, 1 lower, 0 higher"). */
    public List<String> figureMissLines() {
        return List.of(missLine("killed", result.measures().killedMisses()), missLine("injured", result.measures().injuredMisses()));
    }

    private static String missLine(String what, Measures.FigureMisses m) {
        return String.format(Locale.ROOT, "%s wrong: %d without a figure, %d lower, %d higher", what, m.withoutFigure(), m.lower(),
                m.higher());
    }

    /** One line saying what was evaluated. */
    public String heading() {
        Measures m = result.measures();
        return String.format(Locale.ROOT, "Split %s: %d reports, %d coded incidents, %d proposals; gazetteer of %d places (%s)%s",
                setting.split(), m.reports(), m.incidents(), m.proposals(), setting.gazetteerPlaces(), setting.database(),
                setting.gazetteerImports().isEmpty() ? "" : ", imported " + String.join(", ", setting.gazetteerImports()));
    }

    public List<String> problems() {
        return result.reports().stream().filter(r -> r.problem() != null).map(r -> r.coded().file() + ": " + r.problem()).toList();
    }

    public Map<String, Object> json(boolean verbose) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("split", setting.split());
        m.put("database", setting.database());
        m.put("gazetteer_places", setting.gazetteerPlaces());
        m.put("gazetteer_imports", setting.gazetteerImports());
        m.put("reports", result.measures().reports());
        m.put("incidents", result.measures().incidents());
        m.put("proposals", result.measures().proposals());
        Map<String, Object> measures = new LinkedHashMap<>();
        for (var e : result.measures().ratios().entrySet()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("value", e.getValue().value());
            r.put("hits", e.getValue().hits());
            r.put("of", e.getValue().of());
            measures.put(e.getKey(), r);
            if (e.getKey().equals("places_recall")) {
                Map<String, Object> f1 = new LinkedHashMap<>();
                f1.put("value", result.measures().placesF1());
                measures.put("places_f1", f1);
            }
        }
        m.put("measures", measures);
        m.put("type_confusions", result.measures().typeConfusions().stream().map(e -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("coded", e.getKey().coded());
            c.put("proposed", e.getKey().proposed());
            c.put("paired", e.getValue());
            return c;
        }).toList());
        m.put("killed_misses", misses(result.measures().killedMisses()));
        m.put("injured_misses", misses(result.measures().injuredMisses()));
        m.put("problems", problems());
        if (verbose) {
            // In a fixed order (Map.of iterates in an order that changes from run to run), so runs compare byte by byte.
            m.put("by_report", result.reports().stream().map(r -> {
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("file", r.coded().file());
                report.put("lines", details(r));
                return report;
            }).toList());
        }
        return m;
    }

    private static Map<String, Object> misses(Measures.FigureMisses m) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("without_figure", m.withoutFigure());
        r.put("lower", m.lower());
        r.put("higher", m.higher());
        return r;
    }

    /** Each report's details, a heading line and indented lines under it. */
    public List<String> verboseLines() {
        List<String> lines = new ArrayList<>();
        for (CorpusEvaluation.ReportResult r : result.reports()) {
            lines.add(String.format(Locale.ROOT, "%s (%s): %d coded, %d proposed, %d paired", r.coded().file(), r.coded().lang(),
                    r.coded().incidents().size(), r.proposed().size(), r.match().pairs().size()));
            details(r).forEach(d -> lines.add("  " + d));
        }
        return lines;
    }

    private List<String> details(CorpusEvaluation.ReportResult r) {
        List<String> lines = new ArrayList<>();
        if (r.problem() != null) lines.add("problem: " + r.problem());
        List<CodedIncident> coded = r.coded().incidents();
        for (IncidentMatcher.Pair pair : r.match().pairs()) {
            CodedIncident c = coded.get(pair.coded());
            ProposedIncident p = r.proposed().get(pair.proposed());
            List<String> wrongPlaces = r.match().wrongPlacesOf(pair.proposed());
            lines.add("paired:    " + describe(pair.coded(), c) + "  with  " + describe(p) + "  → " + judgements(c, p, r.coded().published())
                    + (wrongPlaces.isEmpty() ? "" : "; places WRONG (" + String.join(", ", wrongPlaces) + ")"));
        }
        for (int i : r.match().missed()) lines.add("missed:    " + describe(i, coded.get(i)));
        for (int i : r.match().unmatched()) lines.add("not coded: " + describe(r.proposed().get(i)));
        return lines;
    }

    private String judgements(CodedIncident c, ProposedIncident p, java.time.LocalDate published) {
        List<String> j = new ArrayList<>();
        j.add("type " + (IncidentMatcher.sameType(c, p) ? "ok" : "WRONG (" + p.type().label() + ")"));
        if (c.killed() != null) j.add("killed " + (Measures.sameFigure(c.killed(), p.killed()) ? "ok" : "WRONG (" + p.killed().describe() + " for " + c.killed() + ")"));
        if (c.injured() != null) j.add("injured " + (Measures.sameFigure(c.injured(), p.injured()) ? "ok" : "WRONG (" + p.injured().describe() + " for " + c.injured() + ")"));
        if (c.dated()) j.add("dates " + (Measures.datesRight(c, p) ? "ok" : "WRONG (" + p.dates().start() + "…" + p.dates().end() + ")"));
        j.add(actorJudgement("actor1", actors.keyOf(c.actor1(), c.sidesDay(published)), p.actor1()));
        j.add(actorJudgement("actor2", actors.keyOf(c.actor2(), c.sidesDay(published)), p.actor2()));
        return String.join("; ", j);
    }

    private static String actorJudgement(String what, String coded, String proposed) {
        return what + (java.util.Objects.equals(coded, proposed) ? " ok" : " WRONG (" + none(proposed) + " for " + none(coded) + ")");
    }

    private static String none(String key) { return key == null ? "none" : key; }

    private static String describe(int index, CodedIncident c) {
        String places = c.places().stream().map(p -> p.name() + " [" + p.kind() + (p.eventPlace() ? "" : ", origin") + (p.hasPoint() ? "" : ", no point") + "]")
                .collect(Collectors.joining(", "));
        return "coded #" + (index + 1) + " " + c.subEventType() + " at " + (places.isEmpty() ? "no place" : places)
                + " (" + (c.dateStart() == null ? "?" : c.dateStart()) + "…" + (c.dateEnd() == null ? "?" : c.dateEnd())
                + ", chars " + c.evidenceStart() + "–" + c.evidenceEnd() + ")";
    }

    private static String describe(ProposedIncident p) {
        String places = p.places().stream().map(ProposedPlace::key).collect(Collectors.joining(", "));
        return "proposal " + p.type().label() + " at " + (places.isEmpty() ? "no place" : places)
                + " (" + p.dates().start() + "…" + p.dates().end() + ", chars " + p.evidenceStart() + "–" + p.evidenceEnd() + ")";
    }

    private static String format(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }
}
