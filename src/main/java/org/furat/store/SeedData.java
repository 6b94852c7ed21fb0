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
import org.furat.geo.AdminLookup;
import org.furat.geo.GeoPackageGeometry;
import org.furat.model.Actor;
import org.furat.model.AdminUnit;
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
 * {@code /org/furat/data/}): the gazetteer, actors, source documents and hand-coded incidents. The places start with
 * the administrative units shipped in maps/admin, and every place carries the units it lies in.
 * Every evidence span is checked against the quote written beside it, so a shifted span fails loudly.
 */
public record SeedData(List<Place> places, List<PlaceGroup> groups, List<Actor> actors, List<Source> sources,
                       List<Incident> incidents) {

    private static final String ROOT = "/org/furat/data/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the files of a data folder by their path inside it ("gazetteer/places.csv"). */
    @FunctionalInterface
    public interface DataFiles {
        String text(String path) throws IOException;
    }

    public static SeedData fromClasspath() {
        return read(SeedData::resourceText);
    }

    public static SeedData read(DataFiles files) {
        try {
            // The administrative units come first: they are places too, and every other place lies in them.
            AdminLookup units = AdminLookup.shipped();
            List<Place> gazetteer = each(Csv.parse(files.text("gazetteer/places.csv"), "places.csv"), "data/gazetteer/places.csv", SeedData::place);
            Map<String, Place> byKey = new java.util.HashMap<>();
            gazetteer.forEach(p -> byKey.put(p.key(), p));
            List<Place> places = new ArrayList<>();
            for (AdminUnit unit : units.placeUnits()) {
                Place seat = unit.seat() == null ? null : byKey.get(unit.seat());
                places.add(units.asPlace(unit, seat == null ? null : GeoPackageGeometry.point(seat.lon(), seat.lat())));
            }
            for (Place place : gazetteer) places.add(units.locate(place));
            List<PlaceGroup> groups = each(Csv.parse(files.text("gazetteer/groups.csv"), "groups.csv"), "data/gazetteer/groups.csv", SeedData::group);
            List<Actor> actors = each(Csv.parse(files.text("actors.csv"), "actors.csv"), "data/actors.csv", SeedData::actor);
            List<Source> sources = new ArrayList<>();
            for (JsonNode node : json(files, "sources/sources.json")) sources.add(source(node, files));
            List<Incident> incidents = each(list(json(files, "incidents/incidents.json")), "data/incidents/incidents.json",
                    node -> incident(node, sources, groups));
            return new SeedData(places, groups, actors, sources, incidents);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("The seed data in data/ is invalid: " + e.getMessage(), e);
        }
    }

    /** Maps every record, naming the file, the record and its key when one is wrong. */
    private static <R, T> List<T> each(List<R> records, String file, java.util.function.Function<R, T> mapper) {
        List<T> result = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            R record = records.get(i);
            try {
                result.add(mapper.apply(record));
            } catch (RuntimeException e) {
                String key = record instanceof JsonNode n ? n.path("key").asText("?") : ((Map<?, ?>) record).get("key") + "";
                throw new IllegalArgumentException(file + ", record " + (i + 1) + " (" + key + "): " + e.getMessage(), e);
            }
        }
        return result;
    }

    private static JsonNode json(DataFiles files, String path) throws IOException {
        try {
            return JSON.readTree(files.text(path));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("data/" + path + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    /** A CSV field that must be present (the column exists) and not blank. */
    private static String field(Map<String, String> r, String column) {
        String value = r.get(column);
        if (value == null) throw new IllegalArgumentException("no column '" + column + "'");
        if (value.isBlank()) throw new IllegalArgumentException("'" + column + "' is empty");
        return value;
    }

    private static double number(Map<String, String> r, String column) {
        try {
            return Double.parseDouble(field(r, column));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + column + "' is not a number: " + r.get(column));
        }
    }

    /** A JSON field that must be present and not null. */
    private static JsonNode required(JsonNode n, String field) {
        JsonNode value = n.get(field);
        if (value == null || value.isNull()) throw new IllegalArgumentException("missing '" + field + "'");
        return value;
    }

    private static int requiredInt(JsonNode n, String field) {
        JsonNode value = required(n, field);
        if (!value.isInt()) throw new IllegalArgumentException("'" + field + "' must be a whole number, not " + value);
        return value.asInt();
    }

    private static Place place(Map<String, String> r) {
        return new Place(field(r, "key"), field(r, "name_en"), blankToNull(r.get("name_ar")), Lists.split(r.get("variants_en")),
                Lists.split(r.get("variants_ar")), PlaceKind.parse(field(r, "kind")), number(r, "lon"),
                number(r, "lat"), GeoPrecision.ofCode((int) number(r, "precision")),
                blankToNull(r.get("district")), field(r, "source"), blankToNull(r.get("source_ref")),
                blankToNull(r.get("licence")), blankToNull(r.get("note")));
    }

    private static PlaceGroup group(Map<String, String> r) {
        return new PlaceGroup(field(r, "key"), field(r, "name_en"), r.get("name_ar"), Lists.split(r.get("variants_en")),
                Lists.split(r.get("variants_ar")), Lists.split(field(r, "members")), field(r, "source"));
    }

    private static Actor actor(Map<String, String> r) {
        return new Actor(field(r, "key"), field(r, "name_en"), r.get("name_ar"), Lists.split(r.get("variants_en")),
                Lists.split(r.get("variants_ar")));
    }

    private static Source source(JsonNode n, DataFiles files) throws IOException {
        String key = required(n, "key").asText();
        String text = files.text("sources/" + required(n, "file").asText());
        String published = n.path("published").asText(null);
        String precision = n.path("published_precision").asText(null);
        return new Source(key, n.path("outlet").asText(null), n.path("title").asText(null), n.path("url").asText(null),
                required(n, "language").asText(), published == null ? null : LocalDate.parse(published),
                precision == null ? null : TimePrecision.parse(precision), n.path("published_note").asText(null),
                text, sha256(text));
    }

    private static Incident incident(JsonNode n, List<Source> sources, List<PlaceGroup> groups) {
        String key = required(n, "key").asText();
        List<IncidentActor> actors = new ArrayList<>();
        n.path("actors").fields().forEachRemaining(e -> {
            for (JsonNode actor : e.getValue()) actors.add(new IncidentActor(actor.asText(), ActorRole.parse(e.getKey())));
        });
        List<PlaceLink> places = new ArrayList<>();
        // "places" must be there, even empty: a misspelt key would otherwise make an unlocated incident.
        for (JsonNode p : required(n, "places")) {
            PlaceRole role = PlaceRole.parse(required(p, "role").asText());
            GeoPrecision precision = GeoPrecision.ofCode(p.has("precision") ? requiredInt(p, "precision") : 1);
            for (String placeKey : placeKeys(p, groups, key)) places.add(new PlaceLink(placeKey, role, precision));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode e : required(n, "evidence")) {
            List<String> fields = new ArrayList<>();
            required(e, "fields").forEach(f -> fields.add(f.asText()));
            Evidence span = new Evidence(required(e, "source").asText(), requiredInt(e, "start"), requiredInt(e, "end"), fields);
            String text = sources.stream().filter(s -> s.key().equals(span.sourceKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Incident " + key + " cites unknown source " + span.sourceKey()))
                    .text();
            String quote = required(e, "quote").asText();
            if (!span.quote(text).equals(quote)) {
                throw new IllegalArgumentException("Incident " + key + ": evidence span " + span.start() + "–" + span.end()
                        + " reads «" + span.quote(text) + "», not the quote «" + quote + "»");
            }
            evidence.add(span);
        }
        return new Incident(key,
                new DateSpan(LocalDate.parse(required(n, "date_start").asText()), LocalDate.parse(required(n, "date_end").asText())),
                TimePrecision.parse(required(n, "time_precision").asText()), SubEventType.parse(required(n, "sub_event_type").asText()),
                actors, casualties(n.path("killed")), casualties(n.path("injured")),
                n.path("description_en").asText(null), n.path("description_ar").asText(null),
                Status.parse(required(n, "status").asText()), places, evidence, n.path("note").asText(null));
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

    /** A count: absent or null means "not reported"; anything but a whole number is an error. */
    private static Integer integer(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) return null;
        if (!n.isInt()) throw new IllegalArgumentException("a casualty count must be a whole number, not " + n);
        return n.asInt();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String resourceText(String path) throws IOException {
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
