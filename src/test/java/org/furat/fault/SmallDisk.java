package org.furat.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.furat.io.Gdal;

/**
 * A real, tiny file system (a tmpfs mounted for one test) to fill up, so that disk-full handling is tested
 * against the kernel's own ENOSPC rather than a simulation. Mounting needs root: where it cannot be done the
 * test skips, except in CI (CI=true), which runs as root and must run these tests.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code kilobytes} KiB on a new temporary folder. */
    public static SmallDisk mount(int kilobytes) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("furat-small-disk");
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k,mode=0777", "tmpfs", folder.toString());
        if (!mounted) Files.deleteIfExists(folder);
        Gdal.assumeOrFailInCi(mounted, "Cannot mount a small tmpfs here (needs root)");
        return new SmallDisk(folder);
    }

    public Path root() {
        return mountPoint;
    }

    /** Fills the file system up to the last {@code keepBytes} bytes with a filler file, and returns it. */
    public Path fill(long keepBytes) throws IOException {
        Path filler = mountPoint.resolve(".filler");
        long free = Files.getFileStore(mountPoint).getUsableSpace();
        long size = Math.max(0, free - keepBytes);
        byte[] block = new byte[64 * 1024];
        try (var out = Files.newOutputStream(filler)) {
            for (long written = 0; written < size; ) {
                int n = (int) Math.min(block.length, size - written);
                out.write(block, 0, n);
                written += n;
            }
        } catch (IOException full) {
            // Filled to the last byte: that is full enough.
        }
        return filler;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (!run("umount", "-l", mountPoint.toString())) {
            throw new IOException("Could not unmount the test file system at " + mountPoint);
        }
        try (Stream<Path> files = Files.walk(mountPoint)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            // mount and umount print a line at most: discarding it keeps the pipe from filling, and the wait bounded.
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
