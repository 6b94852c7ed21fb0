package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.furat.app.Workspace;
import org.furat.model.ActorRole;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.Evidence;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.PlaceGroup;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.Source;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedingTest {

    /** Every place the seed article names, by its gazetteer key. */
    private static final List<String> SEED_ARTICLE_PLACES = List.of("deir_ez_zor", "khasham", "hatla", "marrat", "mazloum",
            "tabiyah", "salihiyah_dez", "husayniyah", "muriiyah", "jafrah", "huwayjat_saqr", "conoco_base", "deir_ez_zor_airport");

    /** The seven villages as the seed article lists them: الصالحية، حطلة، خشام، مراط، طابية، مظلوم، الحسينية. */
    private static final Set<String> SEVEN_VILLAGES = Set.of("salihiyah_dez", "hatla", "khasham", "marrat", "tabiyah", "mazloum", "husayniyah");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode resourceJson(String path) throws IOException {
        try (InputStream in = SeedingTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path + " is on the class path");
            return JSON.readTree(in);
        }
    }

    private static String resourceText(String path) throws IOException {
        try (InputStream in = SeedingTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path + " is on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aNewDatabaseHoldsEveryPlaceTheSeedArticleNames() {
        try (Workspace w = Workspace.open(dir.resolve("furat.gpkg"))) {
            assertTrue(w.seededNow(), "a new file is seeded");
            List<String> missing = SEED_ARTICLE_PLACES.stream().filter(k -> w.place(k).isEmpty()).toList();
            assertEquals(List.of(), missing, "places named in the seed article but missing from the gazetteer");
            for (String key : SEED_ARTICLE_PLACES) {
                Place p = w.place(key).orElseThrow();
                assertNotNull(p.nameAr(), key + " has an Arabic name");
                // the seed area: the Euphrates valley around Deir ez-Zor
                assertTrue(p.lat() > 34.5 && p.lat() < 35.9 && p.lon() > 39.5 && p.lon() < 41.0,
                        key + " lies at " + p.lat() + ", " + p.lon() + ", outside the Deir ez-Zor area");
            }
        }
    }

    @Test
    void theSevenVillagesGroupHasExactlyItsSevenMembers() {
        try (Workspace w = Workspace.open(dir.resolve("furat.gpkg"))) {
            PlaceGroup group = w.groups().stream().filter(g -> g.key().equals("seven_villages")).findFirst()
                    .orElseThrow(() -> new AssertionError("no seven_villages group"));
            assertEquals(7, group.memberKeys().size(), group.memberKeys().toString());
            assertEquals(SEVEN_VILLAGES, Set.copyOf(group.memberKeys()));
            assertEquals("القرى السبع", group.nameAr());
        }
    }

    @Test
    void twoPlacesCalledAlSalihiyahAreKeptApartByDistrict() {
        try (Workspace w = Workspace.open(dir.resolve("furat.gpkg"))) {
            List<Place> salihiyah = w.places().stream().filter(p -> "الصالحية".equals(p.nameAr())).toList();
            assertTrue(salihiyah.size() >= 2, "places named الصالحية: " + salihiyah);
            Set<String> districts = salihiyah.stream().map(Place::district).collect(Collectors.toSet());
            assertEquals(salihiyah.size(), districts.size(), "each الصالحية lies in a different district: " + salihiyah);
            assertFalse(districts.contains(null), "a district is what tells them apart");
            assertTrue(salihiyah.stream().anyMatch(p -> p.key().equals("salihiyah_dez")));
        }
    }

    @Test
    void everyIncidentInTheDataFileIsSeeded() throws IOException {
        JsonNode file = resourceJson("/org/furat/data/incidents/incidents.json");
        assertTrue(file.isArray() && file.size() > 0);
        List<String> keysInFile = new ArrayList<>();
        file.forEach(n -> keysInFile.add(n.path("key").asText()));
        try (Workspace w = Workspace.open(dir.resolve("furat.gpkg"))) {
            List<Incident> incidents = w.incidents(IncidentFilter.ALL);
            assertEquals(file.size(), incidents.size());
            assertEquals(Set.copyOf(keysInFile), incidents.stream().map(Incident::key).collect(Collectors.toSet()));
        }
    }

    @Test
    void exactlyOneIncidentHasOneKilledAndTwelveInjured() {
        try (Workspace w = Workspace.open(dir.resolve("furat.gpkg"))) {
            List<Incident> matching = w.incidents(IncidentFilter.ALL).stream()
                    .filter(i -> Integer.valueOf(1).equals(i.killed().best()) && Integer.valueOf(12).equals(i.injured().best()))
                    .toList();
            assertEquals(1, matching.size(), matching.toString());
            assertEquals(new DateSpan(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31)), matching.get(0).dates());
        }
    }

    @Test
    void sourcesAreStoredExactlyAsReceived() throws IOException {
        JsonNode sources = resourceJson("/org/furat/data/sources/sources.json");
        try (Workspace w = Workspace.open(dir.resolve("furat.gpkg"))) {
            for (JsonNode s : sources) {
                String key = s.path("key").asText();
                String expected = resourceText("/org/furat/data/sources/" + s.path("file").asText());
                Source stored = w.source(key).orElseThrow(() -> new AssertionError("source " + key + " is missing"));
                assertEquals(expected, stored.text(), "text of " + key);
                assertEquals(SeedData.sha256(expected), stored.textSha256());
            }
        }
    }

    @Test
    void everyEvidenceSpanQuotesWholeWordsOfItsSource() throws IOException {
        Map<String, List<String>> quotesInFile = new HashMap<>();
        for (JsonNode n : resourceJson("/org/furat/data/incidents/incidents.json")) {
            List<String> quotes = new ArrayList<>();
            n.path("evidence").forEach(e -> quotes.add(e.path("quote").asText()));
            quotesInFile.put(n.path("key").asText(), quotes);
        }
        try (Workspace w = Workspace.open(dir.resolve("furat.gpkg"))) {
            for (Incident incident : w.incidents(IncidentFilter.ALL)) {
                assertFalse(incident.evidence().isEmpty(), incident.key());
                List<String> expected = quotesInFile.get(incident.key());
                assertEquals(expected.size(), incident.evidence().size(), "evidence of " + incident.key());
                for (int k = 0; k < incident.evidence().size(); k++) {
                    Evidence e = incident.evidence().get(k);
                    String text = w.source(e.sourceKey()).orElseThrow().text();
                    String quote = e.quote(text);
                    String where = incident.key() + " span " + e.start() + "–" + e.end() + " «" + quote + "»";
                    assertEquals(expected.get(k), quote, where + " does not read as the data file quotes it");
                    assertTrue(text.contains(quote), where);
                    assertEquals(quote.strip(), quote, where + " begins or ends with blank space");
                    assertTrue(e.start() == 0 || !isWordChar(text.charAt(e.start() - 1)), where + " starts inside a word");
                    assertTrue(e.end() == text.length() || !isWordChar(text.charAt(e.end())), where + " ends inside a word");
                }
            }
        }
    }

    /** Letters, digits and the combining marks (Arabic harakat) that belong to a word. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    @Test
    void everyPlaceLinkResolvesAndGroupsExpandToTheirMembers() throws IOException {
        JsonNode file = resourceJson("/org/furat/data/incidents/incidents.json");
        try (Workspace w = Workspace.open(dir.resolve("furat.gpkg"))) {
            Map<String, Incident> byKey = w.incidents(IncidentFilter.ALL).stream().collect(Collectors.toMap(Incident::key, i -> i));
            for (JsonNode n : file) {
                Incident incident = byKey.get(n.path("key").asText());
                for (PlaceLink link : incident.places()) {
                    assertTrue(w.place(link.placeKey()).isPresent(), incident.key() + " links to unknown place " + link.placeKey());
                }
                // A link to a group stands for each of its members; count what the file asks for independently.
                int expected = 0;
                for (JsonNode p : n.path("places")) expected += p.has("group") && p.path("group").asText().equals("seven_villages") ? 7 : 1;
                assertEquals(expected, incident.places().size(), "place links of " + incident.key());
                boolean namesSevenVillages = false;
                for (JsonNode p : n.path("places")) namesSevenVillages |= "seven_villages".equals(p.path("group").asText());
                if (namesSevenVillages) {
                    Set<String> linked = incident.places().stream().map(PlaceLink::placeKey).collect(Collectors.toSet());
                    assertTrue(linked.containsAll(SEVEN_VILLAGES), incident.key() + " links " + linked);
                }
            }
        }
    }

    @Test
    void reopeningDoesNotSeedAgain() {
        Path file = dir.resolve("furat.gpkg");
        int places, incidents, groups;
        try (Workspace w = Workspace.open(file)) {
            assertTrue(w.seededNow());
            places = w.places().size();
            incidents = w.incidents(IncidentFilter.ALL).size();
            groups = w.groups().size();
        }
        assertTrue(places > 0 && incidents > 0 && groups > 0);
        try (Workspace w = Workspace.open(file)) {
            assertFalse(w.seededNow(), "the second open finds the seed data already there");
            assertEquals(places, w.places().size());
            assertEquals(incidents, w.incidents(IncidentFilter.ALL).size());
            assertEquals(groups, w.groups().size());
        }
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertEquals(1, (int) db.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sources")) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            }), "the source is stored once");
        }
    }

    @Test
    void seedingIsAllOrNothing() {
        SeedData seed = SeedData.fromClasspath();
        Source source = seed.sources().get(0);
        Incident bad = new Incident("test-unknown-place", DateSpan.month(2024, 11), TimePrecision.MONTH,
                SubEventType.SHELLING_ARTILLERY_MISSILE, List.of(new IncidentActor("us_forces", ActorRole.ACTOR1)),
                Casualties.UNKNOWN, Casualties.UNKNOWN, "Shells fell on a place nobody has heard of.", null, Status.PROPOSED,
                List.of(new PlaceLink("atlantis_on_euphrates", PlaceRole.TARGET, GeoPrecision.EXACT)),
                List.of(new Evidence(source.key(), 0, 5, List.of("places"))), null);
        List<Incident> incidents = new ArrayList<>(seed.incidents());
        incidents.add(bad); // last, so that everything before it has been written when it fails
        SeedData broken = new SeedData(seed.places(), seed.groups(), seed.actors(), seed.sources(), incidents);

        try (FuratDatabase db = FuratDatabase.open(dir.resolve("broken.gpkg"))) {
            StoreException e = assertThrows(StoreException.class, () -> Seeder.seed(db, broken));
            assertTrue(e.getMessage().contains("atlantis_on_euphrates"), e.getMessage());
            assertTrue(Seeder.isEmpty(db), "no places were left behind");
            assertEquals(List.of(), new SourceRepository(db).all(), "no sources were left behind");
            assertEquals(0, new IncidentRepository(db).count(), "no incidents were left behind");
            assertEquals(List.of(), new GazetteerRepository(db).groups());
            assertEquals(List.of(), new GazetteerRepository(db).actors());

            // and the same database still takes the good seed afterwards
            Seeder.seed(db, seed);
            assertEquals(seed.incidents().size(), new IncidentRepository(db).count());
        }
    }
}
