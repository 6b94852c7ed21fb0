package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.furat.fault.NamedPipes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Report files: only regular files are opened, and no more than the limit is read, whatever size a file claims. */
class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRegularFileIsReadWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("report.txt"), "قصفت القوات قرية خشام", StandardCharsets.UTF_8);
        ReportFiles.Read read = ReportFiles.read(file, "report.txt");
        assertNull(read.failure());
        assertArrayEquals(Files.readAllBytes(file), read.bytes());
    }

    @Test
    void aMissingFileIsSaidToBeMissing() {
        ReportFiles.Read read = ReportFiles.read(dir.resolve("gone.txt"), "gone.txt");
        assertEquals("gone.txt does not exist; nothing was stored", read.failure());
    }

    @Test
    void aFolderIsNoReport() {
        assertEquals("folder is a folder, not a report; nothing was stored", ReportFiles.read(dir, "folder").failure());
    }

    /** /dev/zero says its size is 0 and never ends: reading it whole ran out of memory. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard against hanging, not a measure of speed
    void aDeviceIsRefusedWithoutReadingIt() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        assertEquals("/dev/zero is a device, not a report file; nothing was stored", ReportFiles.read(zero, "/dev/zero").failure());
    }

    /** Opening a named pipe waits for a writer forever: it must not be opened at all. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = NamedPipes.mkfifo(dir.resolve("pipe.txt"));
        assertEquals("pipe.txt is a named pipe, not a report file; nothing was stored", ReportFiles.read(fifo, "pipe.txt").failure());
    }

    @Test
    void aFileOverTheLimitIsRefused() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ReportFiles.MAX_BYTES + 1L); // sparse: no disk space, and no time to write
        }
        ReportFiles.Read read = ReportFiles.read(big, "big.txt");
        assertTrue(read.failed());
        assertEquals("big.txt is larger than 50 MB, too large to be a news report; nothing was stored", read.failure());
    }

    @Test
    void aFileAtTheLimitIsRead() throws IOException {
        Path big = dir.resolve("limit.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ReportFiles.MAX_BYTES);
        }
        ReportFiles.Read read = ReportFiles.read(big, "limit.txt");
        assertFalse(read.failed());
        assertEquals(ReportFiles.MAX_BYTES, read.bytes().length);
    }

}
