package org.furat.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.furat.ingest.ActorMention;
import org.furat.ingest.CasualtyMention;
import org.furat.ingest.DateMention;
import org.furat.ingest.Extraction;
import org.furat.ingest.PlaceMention;
import org.furat.ingest.Proposal;
import org.furat.ingest.Span;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;

/**
 * Writes a {@link Reading} as the compact JSON document the database keeps (table source_readings), and reads it
 * back. The version and the time of reading are columns beside it, not part of the document.
 *
 * <p>Format 1: {@code {"format":1, "language", "places":[M], "dates":[D], "actors":[A], "casualties":[C],
 * "triggers":[S], "proposals":[P], "noLongerProposed":[{"incident", "proposal":P}]}}, where a span S is
 * {@code [start, end]} into the report's text (with its words as a third element only where they are not the text
 * at those offsets); a place M is {@code {"at":S, "candidates", "chosen", "confidence", "group", "outside",
 * "unknown", "region"}} with absent fields null or false; a date D {@code {"at", "from", "to", "precision"}}; an actor
 * A {@code {"actor", "at"}}; casualties C {@code {"at", "kind", "count":{"best","low","high"}}}; a proposal P
 * {@code {"incident", "evidence", "type", "trigger", "from", "to", "precision", "places":[M], "origins":[index into
 * its places], "fallback":M, "actor1":A, "actor2":A, "killed", "injured"}}, where a place that is one of the reading's
 * places is written as its index among them. A newer format is refused rather than
 * misread.
 */
final class ReadingJson {

    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadingJson() {}

    static String write(Reading reading, String text) {
        Extraction x = reading.extraction();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("language", x.language());
        ArrayNode places = root.putArray("places");
        for (PlaceMention m : x.places()) places.add(place(m, text));
        ArrayNode dates = root.putArray("dates");
        for (DateMention d : x.dates()) {
            ObjectNode n = dates.addObject();
            n.set("at", span(d.span(), text));
            n.put("from", d.dates().start().toString());
            n.put("to", d.dates().end().toString());
            n.put("precision", d.precision().label());
        }
        ArrayNode actors = root.putArray("actors");
        for (ActorMention a : x.actors()) actors.add(actor(a, text));
        ArrayNode casualties = root.putArray("casualties");
        for (CasualtyMention c : x.casualties()) {
            ObjectNode n = casualties.addObject();
            n.set("at", span(c.span(), text));
            n.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.set("count", count(c.count()));
        }
        ArrayNode triggers = root.putArray("triggers");
        for (Span s : x.triggers()) triggers.add(span(s, text));
        ArrayNode proposals = root.putArray("proposals");
        for (int i = 0; i < x.proposals().size(); i++) {
            proposals.add(proposal(x.proposals().get(i), reading.incidentKeys().get(i), x.places(), text));
        }
        ArrayNode earlier = root.putArray("noLongerProposed");
        for (Reading.Earlier e : reading.noLongerProposed()) {
            ObjectNode n = earlier.addObject();
            n.put("incident", e.incidentKey());
            n.set("proposal", proposal(e.proposal(), null, x.places(), text));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a reading", e);
        }
    }

    static Reading read(String json, String text, String extractorVersion, Instant readAt) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The stored reading of this report is not valid JSON: " + e.getOriginalMessage(), e);
        }
        int format = root.path("format").asInt(0);
        if (format != FORMAT) {
            throw new IllegalArgumentException("The stored reading of this report has format " + format + ", which this Furat ("
                    + AppVersion.current() + ") does not know; a newer Furat wrote it");
        }
        List<PlaceMention> places = new ArrayList<>();
        for (JsonNode n : root.path("places")) places.add(place(n, text));
        List<DateMention> dates = new ArrayList<>();
        for (JsonNode n : root.path("dates")) {
            dates.add(new DateMention(span(n.get("at"), text), dateSpan(n), TimePrecision.parse(n.get("precision").asText())));
        }
        List<ActorMention> actors = new ArrayList<>();
        for (JsonNode n : root.path("actors")) actors.add(actor(n, text));
        List<CasualtyMention> casualties = new ArrayList<>();
        for (JsonNode n : root.path("casualties")) {
            casualties.add(new CasualtyMention(span(n.get("at"), text),
                    CasualtyMention.Kind.valueOf(n.get("kind").asText().toUpperCase(java.util.Locale.ROOT)), count(n.get("count"))));
        }
        List<Span> triggers = new ArrayList<>();
        for (JsonNode n : root.path("triggers")) triggers.add(span(n, text));
        List<Proposal> proposals = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (JsonNode n : root.path("proposals")) {
            proposals.add(proposal(n, places, text));
            keys.add(string(n, "incident"));
        }
        List<Reading.Earlier> earlier = new ArrayList<>();
        for (JsonNode n : root.path("noLongerProposed")) {
            earlier.add(new Reading.Earlier(n.get("incident").asText(), proposal(n.get("proposal"), places, text)));
        }
        Extraction extraction = new Extraction(root.path("language").asText(null), places, dates, actors, casualties, triggers, proposals);
        return new Reading(extraction, keys, earlier, extractorVersion, readAt);
    }

    private static ObjectNode proposal(Proposal p, String incidentKey, List<PlaceMention> found, String text) {
        ObjectNode n = JSON.createObjectNode();
        if (incidentKey != null) n.put("incident", incidentKey);
        n.set("evidence", span(p.evidence(), text));
        n.put("type", p.type().name());
        if (p.trigger() != null) n.set("trigger", span(p.trigger(), text));
        n.put("from", p.dates().start().toString());
        n.put("to", p.dates().end().toString());
        n.put("precision", p.timePrecision().label());
        ArrayNode places = n.putArray("places");
        for (PlaceMention m : p.places()) places.add(placeOrIndex(m, found, text));
        ArrayNode origins = n.putArray("origins");
        for (PlaceMention m : p.origins()) origins.add(p.places().indexOf(m));
        if (p.fallbackPlace() != null) n.set("fallback", placeOrIndex(p.fallbackPlace(), found, text));
        if (p.actor1() != null) n.set("actor1", actor(p.actor1(), text));
        if (p.actor2() != null) n.set("actor2", actor(p.actor2(), text));
        n.set("killed", count(p.killed()));
        n.set("injured", count(p.injured()));
        return n;
    }

    private static Proposal proposal(JsonNode n, List<PlaceMention> found, String text) {
        List<PlaceMention> places = new ArrayList<>();
        for (JsonNode m : n.path("places")) places.add(placeOrIndex(m, found, text));
        List<PlaceMention> origins = new ArrayList<>();
        for (JsonNode i : n.path("origins")) origins.add(places.get(i.asInt()));
        return new Proposal(span(n.get("evidence"), text), SubEventType.valueOf(n.get("type").asText()),
                n.hasNonNull("trigger") ? span(n.get("trigger"), text) : null, dateSpan(n),
                TimePrecision.parse(n.get("precision").asText()), places, origins,
                n.hasNonNull("fallback") ? placeOrIndex(n.get("fallback"), found, text) : null,
                n.hasNonNull("actor1") ? actor(n.get("actor1"), text) : null,
                n.hasNonNull("actor2") ? actor(n.get("actor2"), text) : null,
                count(n.get("killed")), count(n.get("injured")));
    }

    /** A proposal's place as the index of the same mention among the reading's places, or in full where it is not one. */
    private static JsonNode placeOrIndex(PlaceMention m, List<PlaceMention> found, String text) {
        int i = found.indexOf(m);
        return i >= 0 ? JSON.getNodeFactory().numberNode(i) : place(m, text);
    }

    private static PlaceMention placeOrIndex(JsonNode n, List<PlaceMention> found, String text) {
        return n.isInt() ? found.get(n.asInt()) : place(n, text);
    }

    private static ObjectNode place(PlaceMention m, String text) {
        ObjectNode n = JSON.createObjectNode();
        n.set("at", span(m.span(), text));
        ArrayNode candidates = n.putArray("candidates");
        m.candidates().forEach(candidates::add);
        if (m.chosen() != null) n.put("chosen", m.chosen());
        n.put("confidence", m.confidence());
        if (m.groupKey() != null) n.put("group", m.groupKey());
        if (m.outsideMap()) n.put("outside", true);
        if (m.unknownName() != null) n.put("unknown", m.unknownName());
        if (m.region()) n.put("region", true);
        return n;
    }

    private static PlaceMention place(JsonNode n, String text) {
        List<String> candidates = new ArrayList<>();
        for (JsonNode c : n.path("candidates")) candidates.add(c.asText());
        return new PlaceMention(span(n.get("at"), text), candidates, string(n, "chosen"), n.path("confidence").asDouble(),
                string(n, "group"), n.path("outside").asBoolean(false), string(n, "unknown"), n.path("region").asBoolean(false));
    }

    private static ObjectNode actor(ActorMention a, String text) {
        ObjectNode n = JSON.createObjectNode();
        n.put("actor", a.actorKey());
        n.set("at", span(a.span(), text));
        return n;
    }

    private static ActorMention actor(JsonNode n, String text) {
        return new ActorMention(n.get("actor").asText(), span(n.get("at"), text));
    }

    private static ObjectNode count(Casualties c) {
        ObjectNode n = JSON.createObjectNode();
        if (c.best() != null) n.put("best", c.best());
        if (c.low() != null) n.put("low", c.low());
        if (c.high() != null) n.put("high", c.high());
        return n;
    }

    private static Casualties count(JsonNode n) {
        if (n == null || n.isNull()) return Casualties.UNKNOWN;
        return new Casualties(integer(n, "best"), integer(n, "low"), integer(n, "high"));
    }

    /** [start, end], and the words only where they are not what the text holds there (they always are, today). */
    private static ArrayNode span(Span s, String text) {
        ArrayNode n = JSON.createArrayNode().add(s.start()).add(s.end());
        boolean inText = s.end() <= text.length() && text.substring(s.start(), s.end()).equals(s.text());
        if (!inText) n.add(s.text());
        return n;
    }

    private static Span span(JsonNode n, String text) {
        int start = n.get(0).asInt(), end = n.get(1).asInt();
        return n.size() > 2 ? new Span(start, end, n.get(2).asText()) : Span.of(text, start, end);
    }

    private static DateSpan dateSpan(JsonNode n) {
        return new DateSpan(LocalDate.parse(n.get("from").asText()), LocalDate.parse(n.get("to").asText()));
    }

    private static String string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }
}
