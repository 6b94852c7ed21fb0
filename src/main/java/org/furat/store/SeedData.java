package org.furat.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.furat.model.Actor;
import org.furat.model.ActorRole;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.Evidence;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.Place;
import org.furat.model.PlaceGroup;
import org.furat.model.PlaceKind;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.Source;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;

/**
 * What a new database starts with, read from the project's {@code data/} folder (packaged at
 * {@code /org/furat/data/}): the gazetteer, actors, source documents and hand-coded incidents.
 * Every evidence span is checked against the quote written beside it, so a shifted span fails loudly.
 */
public record SeedData(List<Place> places, List<PlaceGroup> groups, List<Actor> actors, List<Source> sources,
                       List<Incident> incidents) {

    private static final String ROOT = "/org/furat/data/";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static SeedData fromClasspath() {
        try {
            List<Place> places = Csv.parse(text("gazetteer/places.csv"), "places.csv").stream().map(SeedData::place).toList();
            List<PlaceGroup> groups = Csv.parse(text("gazetteer/groups.csv"), "groups.csv").stream().map(SeedData::group).toList();
            List<Actor> actors = Csv.parse(text("actors.csv"), "actors.csv").stream().map(SeedData::actor).toList();
            List<Source> sources = new ArrayList<>();
            for (JsonNode node : JSON.readTree(text("sources/sources.json"))) sources.add(source(node));
            List<Incident> incidents = new ArrayList<>();
            for (JsonNode node : JSON.readTree(text("incidents/incidents.json"))) incidents.add(incident(node, sources, groups));
            return new SeedData(places, groups, actors, sources, incidents);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("The seed data in data/ is invalid: " + e.getMessage(), e);
        }
    }

    private static Place place(Map<String, String> r) {
        return new Place(r.get("key"), r.get("name_en"), blankToNull(r.get("name_ar")), Lists.split(r.get("variants_en")),
                Lists.split(r.get("variants_ar")), PlaceKind.parse(r.get("kind")), Double.parseDouble(r.get("lon")),
                Double.parseDouble(r.get("lat")), GeoPrecision.ofCode(Integer.parseInt(r.get("precision"))),
                blankToNull(r.get("district")), r.get("source"), blankToNull(r.get("source_ref")),
                blankToNull(r.get("licence")), blankToNull(r.get("note")));
    }

    private static PlaceGroup group(Map<String, String> r) {
        return new PlaceGroup(r.get("key"), r.get("name_en"), r.get("name_ar"), Lists.split(r.get("variants_en")),
                Lists.split(r.get("variants_ar")), Lists.split(r.get("members")), r.get("source"));
    }

    private static Actor actor(Map<String, String> r) {
        return new Actor(r.get("key"), r.get("name_en"), r.get("name_ar"), Lists.split(r.get("variants_en")),
                Lists.split(r.get("variants_ar")));
    }

    private static Source source(JsonNode n) throws IOException {
        String key = n.path("key").asText();
        String text = text("sources/" + n.path("file").asText());
        String published = n.path("published").asText(null);
        String precision = n.path("published_precision").asText(null);
        return new Source(key, n.path("outlet").asText(null), n.path("title").asText(null), n.path("url").asText(null),
                n.path("language").asText(), published == null ? null : LocalDate.parse(published),
                precision == null ? null : TimePrecision.parse(precision), n.path("published_note").asText(null),
                text, sha256(text));
    }

    private static Incident incident(JsonNode n, List<Source> sources, List<PlaceGroup> groups) {
        String key = n.path("key").asText();
        List<IncidentActor> actors = new ArrayList<>();
        n.path("actors").fields().forEachRemaining(e -> {
            for (JsonNode actor : e.getValue()) actors.add(new IncidentActor(actor.asText(), ActorRole.parse(e.getKey())));
        });
        List<PlaceLink> places = new ArrayList<>();
        for (JsonNode p : n.path("places")) {
            PlaceRole role = PlaceRole.parse(p.path("role").asText());
            GeoPrecision precision = GeoPrecision.ofCode(p.path("precision").asInt(1));
            for (String placeKey : placeKeys(p, groups, key)) places.add(new PlaceLink(placeKey, role, precision));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode e : n.path("evidence")) {
            Evidence span = new Evidence(e.path("source").asText(), e.path("start").asInt(), e.path("end").asInt(),
                    JSON.convertValue(e.path("fields"), List.class));
            String text = sources.stream().filter(s -> s.key().equals(span.sourceKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Incident " + key + " cites unknown source " + span.sourceKey()))
                    .text();
            String quote = e.path("quote").asText();
            if (!span.quote(text).equals(quote)) {
                throw new IllegalArgumentException("Incident " + key + ": evidence span " + span.start() + "–" + span.end()
                        + " reads «" + span.quote(text) + "», not the quote «" + quote + "»");
            }
            evidence.add(span);
        }
        return new Incident(key,
                new DateSpan(LocalDate.parse(n.path("date_start").asText()), LocalDate.parse(n.path("date_end").asText())),
                TimePrecision.parse(n.path("time_precision").asText()), SubEventType.parse(n.path("sub_event_type").asText()),
                actors, casualties(n.path("killed")), casualties(n.path("injured")),
                n.path("description_en").asText(null), n.path("description_ar").asText(null),
                Status.parse(n.path("status").asText()), places, evidence, n.path("note").asText(null));
    }

    /** A link names one place, or a group such as the seven villages, which stands for each of its members. */
    private static List<String> placeKeys(JsonNode link, List<PlaceGroup> groups, String incidentKey) {
        if (link.has("place")) return List.of(link.path("place").asText());
        String groupKey = link.path("group").asText();
        return groups.stream().filter(g -> g.key().equals(groupKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Incident " + incidentKey + " refers to an unknown place group '" + groupKey + "'"))
                .memberKeys();
    }

    private static Casualties casualties(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) return Casualties.UNKNOWN;
        return new Casualties(integer(n.path("best")), integer(n.path("low")), integer(n.path("high")));
    }

    private static Integer integer(JsonNode n) {
        return n.isNumber() ? n.asInt() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String text(String path) throws IOException {
        try (InputStream in = SeedData.class.getResourceAsStream(ROOT + path)) {
            if (in == null) throw new IOException("data/" + path + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
