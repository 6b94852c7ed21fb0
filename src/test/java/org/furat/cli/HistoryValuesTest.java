package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.furat.app.ReviewDraft;
import org.furat.app.Workspace;
import org.furat.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code furat history} shows values as the window's History does: a moved place's point as latitude, longitude (not the
 * hexadecimal of its stored geometry), a casualty figure as one change written as the incident card writes it.
 */
class HistoryValuesTest {

    @TempDir
    Path dir;

    @Test
    void aMovedPointReadsAsCoordinatesAndAFigureAsOneChange() throws Exception {
        Path db = dir.resolve("values.gpkg");
        Path file = Files.writeString(dir.resolve("report.txt"), "استهدفت القوات الأمريكية بالمدفعية قرية مراط، ما أدى إلى إصابة ثلاثة مدنيين.",
                StandardCharsets.UTF_8);
        CliTest.Result imported = CliTest.furatWithDb(db, "import", "--published", "2024-11-20", file.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        String incident;
        try (Workspace workspace = Workspace.open(db)) {
            String report = workspace.reportsToReview(10).get(0).sourceKey();
            ReviewDraft draft = new ReviewDraft(workspace.reviewer().open(report), workspace.places().stream().map(Place::key).toList());
            incident = draft.proposalKeys().get(0);
            draft.accept(incident);
            workspace.reviewer().apply(draft);
        }

        CliTest.Result moved = CliTest.furatWithDb(db, "place", "edit", "marrat", "--at", "35.41234, 40.12345");
        assertEquals(0, moved.exitCode(), moved.err());
        CliTest.Result place = CliTest.furatWithDb(db, "history", "--place", "marrat");
        assertEquals(0, place.exitCode(), place.err());
        String point = line(place.out(), ": point");
        assertTrue(point.contains("35.41234, 40.12345"), place.out());
        assertFalse(point.matches(".*[0-9A-F]{20,}.*"), "no hexadecimal:\n" + place.out());

        CliTest.Result edited = CliTest.furatWithDb(db, "incident", "edit", incident, "--injured", "10-15", "--killed", "2");
        assertEquals(0, edited.exitCode(), edited.err());
        CliTest.Result history = CliTest.furatWithDb(db, "history", "--incident", incident, "--limit", "1");
        assertEquals(0, history.exitCode(), history.err());
        assertFalse(history.out().contains("(best)") || history.out().contains("(lowest)") || history.out().contains("(highest)"),
                "one line per figure, not per field:\n" + history.out());
        assertTrue(line(history.out(), ": injured").matches(".*\\b3\\s.*10–15.*"), history.out());
        assertTrue(line(history.out(), ": killed").matches(".*\\?\\s.*\\b2\\b.*"), history.out());
    }

    /** The one line of the table that holds the text. */
    private static String line(String table, String text) {
        var lines = Arrays.stream(table.split("\n")).filter(l -> l.contains(text)).toList();
        assertEquals(1, lines.size(), text + " on one line:\n" + table);
        return lines.get(0);
    }
}
