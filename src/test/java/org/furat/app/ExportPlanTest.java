package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.furat.model.IncidentFilter;
import org.furat.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export of incidents says how many incidents it leaves out because they have no place to be a point at. */
class ExportPlanTest {

    @TempDir
    Path dir;

    @Test
    void incidentsWithoutAPlaceAreCountedAndSaidToBeLeftOut() throws Exception {
        Path file = TestDatabases.seeded(dir.resolve("plan.gpkg"));
        try (Connection c = TestDatabases.raw(file); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM incident_places WHERE incident_id = (SELECT min(id) FROM incidents)");
        }
        try (Workspace workspace = Workspace.open(file)) {
            FilterResult all = workspace.filter(IncidentFilter.ALL);
            Exporter.Plan plan = new Exporter(workspace).plan(all, Exporter.What.INCIDENTS);
            assertEquals(1, plan.unplaced());
            assertEquals(all.count(), plan.incidents());
            assertTrue(plan.describe().contains("1 incident has no place") && plan.describe().contains("left out"), plan.describe());

            Exporter.Plan places = new Exporter(workspace).plan(all, Exporter.What.PLACES);
            assertEquals(0, places.unplaced());
        }
    }
}
