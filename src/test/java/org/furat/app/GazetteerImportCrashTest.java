package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.furat.fault.ChildJvm;
import org.furat.fault.KillPoints;
import org.furat.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gazetteer import is one transaction: killed midway (after the new places are written, before the spellings
 * and provenance; or just before the commit) it leaves the gazetteer as it was, and running it again completes it.
 */
class GazetteerImportCrashTest {

    @TempDir
    Path dir;

    @Test
    void anImportKilledMidwayChangesNothing() throws Exception {
        Path layer = GazetteerTestFiles.lines(dir.resolve("survey.csv"), List.of(
                "id,name_ar,name_en,lat,lon",
                "a1,خشام,Kheshem,35.30988,40.28916",
                "a2,حويجة المسعود,Huwayjat al-Masoud,35.1,40.4",
                "a3,تل المسعود,Tall al-Masoud,35.2,40.6"));
        Path base = dir.resolve("base.gpkg");
        List<Place> before;
        try (Workspace w = Workspace.open(base)) {
            before = w.places();
        }
        for (String step : List.of("gazetteer.after-places", "gazetteer.before-commit")) {
            Path db = Files.copy(base, dir.resolve(step + ".gpkg"), StandardCopyOption.REPLACE_EXISTING);
            ChildJvm.Result r = ChildJvm.furat(Map.of("furat.kill-at", step), "gazetteer", "import", layer.toString(),
                    "--source", "survey", "--db", db.toString()).run(Duration.ofMinutes(2));
            assertEquals(KillPoints.KILLED_EXIT, r.exit(), step + ": " + r.err());
            try (Workspace w = Workspace.open(db)) {
                assertEquals(before, w.places(), step + ": the gazetteer is as it was");
                assertTrue(w.gazetteerImporter().attributions().isEmpty(), step + ": no import recorded");
                GazetteerImporter.Summary again = w.gazetteerImporter().importFiles(new GazetteerImporter.Request(List.of(layer),
                        GazetteerImporter.Format.AUTO, "survey", StudyArea.ofMap(), org.furat.io.gazetteer.PointLayerReader.Columns.defaults(),
                        null, null, false));
                assertEquals(2, again.added(), step + ": the import runs again in full");
                assertEquals(1, again.merged(), step);
            }
            assertTrue(DatabaseHealth.check(db).clean(), step);
        }
    }
}
