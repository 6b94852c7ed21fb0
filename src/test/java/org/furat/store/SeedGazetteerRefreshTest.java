package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.furat.app.Workspace;
import org.furat.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database created before curated places were added to data/ gets them when a newer Furat opens it. */
class SeedGazetteerRefreshTest {

    /** Curated places that are in no group and have no seed incident, so an older database can lack them. */
    private static final List<String> ADDED_LATER = List.of("joura", "tanak_oil_field", "albu_kamal_crossing");

    @TempDir
    Path dir;

    @Test
    void anOlderDatabaseGetsTheCuratedPlacesItLacks() {
        Path file = dir.resolve("old.gpkg");
        int places, incidents;
        try (Workspace w = Workspace.open(file)) {
            places = w.places().size();
            incidents = w.incidents(org.furat.model.IncidentFilter.ALL).size();
        }
        makeItOlder(file, true);
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertEquals(places - ADDED_LATER.size(), count(db, "SELECT count(*) FROM places"), "the older file lacks them");
        }

        try (Workspace w = Workspace.open(file)) {
            assertFalse(w.seededNow(), "an existing file is not seeded again");
            for (String key : ADDED_LATER) {
                Place p = w.place(key).orElseThrow(() -> new AssertionError(key + " was not added"));
                assertNotNull(p.admin().admin2(), key + " knows the district it lies in");
                assertNotNull(p.source(), key + " keeps its source");
            }
            assertEquals(places, w.places().size(), "every seed place once, nothing duplicated");
            assertEquals(incidents, w.incidents(org.furat.model.IncidentFilter.ALL).size(), "incidents are untouched");
        }
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertEquals(SeedGazetteerRefresh.shippedFingerprint(), db.read(c -> Settings.get(c, SeedGazetteerRefresh.FINGERPRINT)),
                    "the file records the gazetteer it now holds");
            for (String key : ADDED_LATER) {
                assertEquals(1, count(db, "SELECT count(*) FROM change_log l JOIN change_actions a ON a.id = l.action_id WHERE a.name = "
                        + "'seed places refresh' AND l.table_name = 'places' AND l.operation = 'insert' AND l.row_key = '" + key + "' "
                        + "AND json_extract(l.after, '$.key') = '" + key + "'"), key + "'s addition is in the change log");
            }
            assertEquals(1, count(db, "SELECT count(*) FROM change_log l JOIN change_actions a ON a.id = l.action_id WHERE a.name = "
                    + "'seed places refresh' AND l.table_name = 'furat_settings' AND l.row_key = '" + SeedGazetteerRefresh.FINGERPRINT + "'"),
                    "so is the fingerprint it records");
            assertEquals(1, count(db, "SELECT max_y >= 35.3 FROM gpkg_contents WHERE table_name = 'places'"),
                    "the places layer's extent is still set");
        }
    }

    @Test
    void aPlaceTheDatabaseAlreadyHasIsLeftAsTheAnalystLeftIt() {
        Path file = dir.resolve("edited.gpkg");
        try (Workspace w = Workspace.open(file)) {
            assertTrue(w.place("hamidiyah").isPresent());
        }
        try (FuratDatabase db = FuratDatabase.open(file)) {
            db.transaction(ChangeAction.named("test"), c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE places SET note = ? WHERE key = 'hamidiyah'")) {
                    ps.setString(1, "checked on imagery by the analyst");
                    ps.executeUpdate();
                }
                return null;
            });
        }
        makeItOlder(file, true);
        try (Workspace w = Workspace.open(file)) {
            assertEquals("checked on imagery by the analyst", w.place("hamidiyah").orElseThrow().note());
            assertTrue(w.place("joura").isPresent());
        }
    }

    @Test
    void aDatabaseThatHoldsTheShippedGazetteerIsNotWrittenTo() {
        Path file = dir.resolve("current.gpkg");
        try (Workspace w = Workspace.open(file)) {
            assertTrue(w.seededNow());
        }
        makeItOlder(file, false); // places gone, fingerprint kept: as if an analyst's own change, not an older Furat
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertEquals(0, Seeder.addNewSeedPlaces(db), "the fingerprint says the file already has this gazetteer");
            assertEquals(0, count(db, "SELECT count(*) FROM places WHERE key = 'joura'"));
        }
    }

    @Test
    void aRefreshAddsOnlyWhatIsMissingAndSaysHowMany() {
        Path file = dir.resolve("count.gpkg");
        try (Workspace w = Workspace.open(file)) {
            assertTrue(w.seededNow());
        }
        makeItOlder(file, true);
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertEquals(ADDED_LATER.size(), Seeder.addNewSeedPlaces(db));
            assertEquals(0, Seeder.addNewSeedPlaces(db), "a second refresh finds nothing to do");
        }
    }

    /** Takes out the places an older Furat did not ship and, if asked, the fingerprint it did not record. */
    private static void makeItOlder(Path file, boolean withoutFingerprint) {
        try (FuratDatabase db = FuratDatabase.open(file)) {
            db.transaction(ChangeAction.named("test"), c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM places WHERE key = ?")) {
                    for (String key : ADDED_LATER) {
                        ps.setString(1, key);
                        assertEquals(1, ps.executeUpdate(), key + " was seeded");
                    }
                }
                if (withoutFingerprint) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM furat_settings WHERE key = ?")) {
                        ps.setString(1, SeedGazetteerRefresh.FINGERPRINT);
                        assertEquals(1, ps.executeUpdate(), "a new file records its gazetteer's fingerprint");
                    }
                }
                return null;
            });
        }
    }

    private static int count(FuratDatabase db, String sql) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        });
    }
}
