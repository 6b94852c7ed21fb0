package org.furat.app;

import static org.furat.app.GazetteerTestFiles.alternate;
import static org.furat.app.GazetteerTestFiles.geoname;
import static org.furat.app.GazetteerTestFiles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.furat.app.DroppedFiles.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files dropped on the window are told apart: reports to import, gazetteer files, or both (which asks). */
class DroppedFilesTest {

    @TempDir
    Path dir;

    @Test
    void reportsGazetteerFilesAndAMixAreToldApart() throws Exception {
        Path report = lines(dir.resolve("report.txt"), List.of("قصفت القوات الأمريكية مواقع في خشام.", "Second paragraph\twith a tab."));
        Path page = lines(dir.resolve("page.html"), List.of("<html><body>report</body></html>"));
        Path table = lines(dir.resolve("SY.txt"), List.of(geoname(9100001, "Tall Nawras", "", 35.12, 40.41, "P", "PPL")));
        Path alternates = lines(dir.resolve("alternateNamesV2.txt"), List.of(alternate(1, 9100001, "ar", "تل نورس", true, false)));
        Path folder = Files.createDirectories(dir.resolve("whosonfirst-data-admin-sy"));
        Path layer = lines(dir.resolve("survey.csv"), List.of("id,name_en,lat,lon"));
        Path geojson = lines(dir.resolve("layer.geojson"), List.of("{\"type\":\"FeatureCollection\",\"features\":[]}"));

        assertEquals(Kind.REPORTS, DroppedFiles.classify(List.of(report, page)));
        assertEquals(Kind.GAZETTEER, DroppedFiles.classify(List.of(table, alternates)), "a GeoNames dump is told by its columns");
        assertEquals(Kind.GAZETTEER, DroppedFiles.classify(List.of(folder)));
        assertEquals(Kind.GAZETTEER, DroppedFiles.classify(List.of(layer)));
        assertEquals(Kind.GAZETTEER, DroppedFiles.classify(List.of(geojson)));
        assertEquals(Kind.MIXED, DroppedFiles.classify(List.of(report, layer)));
        assertEquals(Kind.REPORTS, DroppedFiles.classify(List.of(dir.resolve("missing.txt"))),
                "a file that cannot be read goes to the report import, which says why");
    }
}
