package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.furat.model.GeoPrecision;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gazetteer editor as the window and the command line use it: what it refuses before writing, and that the
 * workspace (its places, actors, filter and extractor) sees each change at once, also after reopening the file.
 */
class GazetteerEditorTest {

    @TempDir
    Path dir;

    @Test
    void deletedAndAddedPlacesAndActorsLeaveTheFilterWorkingAfterReopening() {
        Path file = dir.resolve("editor.gpkg");
        String unused;
        int incidents;
        try (Workspace w = Workspace.open(file)) {
            incidents = w.incidents(IncidentFilter.ALL).size(); // the filter columns are read, and saved for the next open
            unused = w.places().stream().filter(p -> p.kind() == PlaceKind.VILLAGE)
                    .filter(p -> w.filterAt(IncidentFilter.ALL, java.util.Set.of(p.key())).count() == 0)
                    .map(Place::key).findFirst().orElseThrow();
            GazetteerEditor editor = w.gazetteerEditor();
            editor.deletePlace(unused);
            editor.addActor(null, "Local guards", "حراس محليون");
            assertEquals(incidents, w.incidents(IncidentFilter.ALL).size());
            assertTrue(w.place(unused).isEmpty());
            assertTrue(w.actor("local_guards").isPresent(), "the workspace reads the actors again");
        }
        try (Workspace w = Workspace.open(file)) {
            assertEquals(incidents, w.incidents(IncidentFilter.ALL).size(), "the saved columns do not name the deleted place");
            assertTrue(w.place(unused).isEmpty());
        }
    }

    @Test
    void anAddedPlaceIsFoundByTheExtractorAndBadInputIsRefusedBeforeWriting() {
        try (Workspace w = Workspace.open(dir.resolve("add.gpkg"))) {
            GazetteerEditor editor = w.gazetteerEditor();
            int places = w.places().size();
            PlaceFields farm = PlaceFields.NONE.withNames("مزرعة الوادي", "Wadi Farm").withKind(PlaceKind.VILLAGE)
                    .withPrecision(GeoPrecision.APPROXIMATE);
            assertThrows(IllegalArgumentException.class, () -> editor.addPlace(null, farm.withPoint(36.3, 33.5)), "outside the region");
            assertThrows(IllegalArgumentException.class, () -> editor.addPlace(null, farm.withNames(" ", "").withPoint(40.3, 35.2)));
            assertThrows(IllegalArgumentException.class, () -> editor.coordinates("somewhere"));
            assertThrows(IllegalArgumentException.class, () -> editor.addPlace(null, farm.withNames("a|b", null).withPoint(40.3, 35.2)));
            assertEquals(places, w.places().size(), "nothing was added");

            double[] point = editor.coordinates("35°12′N 40°18′E");
            Place added = editor.addPlace(null, farm.withPoint(point[0], point[1]));
            assertEquals("wadi_farm", added.key());
            assertEquals(35.2, added.lat(), 1e-9);
            assertTrue(w.extractor().extract("قصفت القوات مزرعة الوادي أمس.", java.time.LocalDate.of(2024, 11, 20),
                    org.furat.model.TimePrecision.DAY).toString().contains("wadi_farm"), "the extractor finds the new place by its name");
            Place again = editor.addPlace(null, farm.withPoint(point[0] + 0.01, point[1]));
            assertEquals("wadi_farm_2", again.key(), "a free key");
            editor.mergePlaces("wadi_farm", "wadi_farm_2");
            assertFalse(w.place("wadi_farm_2").isPresent());
            assertEquals(List.of(), w.place("wadi_farm").orElseThrow().variantsAr(), "the same names are not repeated as spellings");
        }
    }
}
