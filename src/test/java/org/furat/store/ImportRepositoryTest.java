package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.furat.model.Source;
import org.furat.model.TimePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storing a report checks for it again under the write lock: another import may have stored it since the
 * importer looked. The second store finds the first's source and adds nothing (it used to break the unique
 * constraint on the text's hash and fail).
 */
class ImportRepositoryTest {

    private static final ReadingRepository.StoredReading READING = new ReadingRepository.StoredReading("test", "2026-12-01T00:00:00Z", "{}");

    @TempDir
    Path dir;

    @Test
    void aReportStoredMeanwhileIsFoundNotAddedAgain() {
        try (FuratDatabase db = FuratDatabase.open(dir.resolve("db.gpkg"))) {
            ImportRepository store = new ImportRepository(db);
            String text = "قصفت القوات قرية خشام";
            Source first = source("report-a", text, null);
            assertEquals(Optional.empty(), store.add(first, List.of(), READING));
            assertEquals(Optional.of("report-a"), store.add(source("report-a", text, null), List.of(), READING), "the same text again");
            // The same page read as HTML: its received document is the text stored before.
            assertEquals(Optional.of("report-a"), store.add(source("report-b", "قصفت القوات", text), List.of(), READING));
            assertEquals(1, sources(db));
        }
    }

    private static Source source(String key, String text, String received) {
        return new Source(key, null, "t", null, "ar", LocalDate.of(2024, 11, 20), TimePrecision.DAY, null, text,
                SeedData.sha256(text), received);
    }

    private static int sources(FuratDatabase db) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sources")) {
                assertTrue(rs.next());
                return rs.getInt(1);
            }
        });
    }
}
