package org.furat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch with files that are no reports among good ones: a device (/dev/zero used to end the batch with an
 * OutOfMemoryError), a named pipe (used to hang), a folder, a missing file. Each gets one clear line, the good
 * files import, and the exit status says something failed.
 */
class ImportBatchTest {

    private static final String REPORT = "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور، ما أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين.";
    private static final String SECOND = "قُتل شخصان اليوم حين استهدفت طائرة مسيرة سيارتهما في بلدة ذيبان شرقي دير الزور.";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard against hanging on the pipe, not a measure of speed
    void specialFilesAreRefusedAndTheRestOfTheBatchImports() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        Path good = Files.writeString(dir.resolve("good.txt"), REPORT, StandardCharsets.UTF_8);
        Path fifo = org.furat.fault.NamedPipes.mkfifo(dir.resolve("pipe.txt"));
        Path folder = Files.createDirectory(dir.resolve("reports"));
        Path missing = dir.resolve("missing.txt");
        Path utf16 = Files.write(dir.resolve("second.txt"), ("\uFEFF" + SECOND).getBytes(StandardCharsets.UTF_16LE));

        CliTest.Result r = CliTest.furatWithDb(dir.resolve("db.gpkg"), "import", "--published", "2024-11-20", "--format", "json",
                good.toString(), zero.toString(), fifo.toString(), folder.toString(), missing.toString(), utf16.toString());

        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("furat: /dev/zero is a device, not a report file; nothing was stored"), r.err());
        assertTrue(r.err().contains("furat: " + fifo + " is a named pipe, not a report file; nothing was stored"), r.err());
        assertTrue(r.err().contains("furat: " + folder + " is a folder, not a report; nothing was stored"), r.err());
        assertTrue(r.err().contains("furat: " + missing + " does not exist; nothing was stored"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("Error:"), "no stack trace: " + r.err());
        assertEquals(4, r.err().lines().filter(l -> l.startsWith("furat: ")).count(), "one line per file refused: " + r.err());
        assertTrue(r.out().contains("\"file\" : \"" + good + "\",\n  \"status\" : \"imported\"")
                || r.out().matches("(?s).*\"file\"\\s*:\\s*\"" + java.util.regex.Pattern.quote(good.toString()) + "\"\\s*,\\s*\"status\"\\s*:\\s*\"imported\".*"), r.out());
        assertTrue(r.out().matches("(?s).*\"file\"\\s*:\\s*\"" + java.util.regex.Pattern.quote(utf16.toString()) + "\"\\s*,\\s*\"status\"\\s*:\\s*\"imported\".*"),
                "UTF-16 with its byte-order mark is text: " + r.out());
    }

    @Test
    void aReportImportedWithoutAPublicationDateIsSaidToBeDatedFromToday() throws IOException {
        Path report = Files.writeString(dir.resolve("report.txt"), REPORT, StandardCharsets.UTF_8);
        CliTest.Result r = CliTest.furatWithDb(dir.resolve("db.gpkg"), "import", report.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("furat: " + report + " was given no --published date: dates such as «أمس» (yesterday) were counted from today"),
                r.err());
        CliTest.Result dated = CliTest.furatWithDb(dir.resolve("db2.gpkg"), "import", "--published", "2024-11-20", report.toString());
        assertFalse(dated.err().contains("no --published date"), "no warning with a date: " + dated.err());

        Path stating = Files.writeString(dir.resolve("stating.txt"), "Tuesday, Dec 14, 2021\n" + REPORT, StandardCharsets.UTF_8);
        CliTest.Result fromOpening = CliTest.furatWithDb(dir.resolve("db3.gpkg"), "import", stating.toString());
        assertTrue(fromOpening.err().contains("were counted from 2021-12-14, the latest whole date its opening states"), fromOpening.err());
    }

    @Test
    void aFileOverFiftyMegabytesIsRefusedWithoutReadingItAll() throws IOException {
        Path big = dir.resolve("big.txt");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(org.furat.app.ReportFiles.MAX_BYTES + 1L);
        }
        CliTest.Result r = CliTest.furatWithDb(dir.resolve("db.gpkg"), "import", big.toString());
        assertEquals(1, r.exitCode());
        assertEquals(java.util.List.of("furat: " + big + " is larger than 50 MB, too large to be a news report; nothing was stored"),
                r.err().lines().filter(l -> l.startsWith("furat: ")).toList());
    }
}
