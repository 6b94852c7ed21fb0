package org.furat.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Furat keeps its database when none is named: $FURAT_DB if set (a file, or a team database's
 * postgresql:// address), otherwise furat.gpkg in the
 * user's data folder ($XDG_DATA_HOME/furat, by default ~/.local/share/furat).
 */
public final class DefaultDatabase {
    private DefaultDatabase() {}

    public static Path path() {
        return path(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The database to open when none is named: $FURAT_DB (a file or a team database's address), else the file. */
    public static String location() {
        String explicit = System.getenv("FURAT_DB");
        if (explicit != null && TeamDatabase.isServer(explicit)) return explicit.strip();
        return path().toString();
    }

    static Path path(Map<String, String> env, Path home) {
        String explicit = env.get("FURAT_DB");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        String dataHome = env.get("XDG_DATA_HOME");
        Path base = dataHome != null && !dataHome.isBlank() ? Path.of(dataHome) : home.resolve(".local/share");
        return base.resolve("furat").resolve("furat.gpkg");
    }
}
