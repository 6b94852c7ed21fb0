package org.furat.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this Furat, as the build wrote it. A database records it with every schema migration it
 * applies, so that an older Furat opening the database later can name the version it needs.
 */
public final class FuratVersion {

    private static final String VERSION = read();

    private FuratVersion() {}

    public static String current() { return VERSION; }

    private static String read() {
        try (InputStream in = FuratVersion.class.getResourceAsStream("furat-version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            String v = p.getProperty("version", "");
            // Unfiltered (run from sources without the build): still a name a user can read.
            return v.isBlank() || v.startsWith("${") ? "development build" : v.strip();
        } catch (IOException e) {
            return "development build";
        }
    }
}
