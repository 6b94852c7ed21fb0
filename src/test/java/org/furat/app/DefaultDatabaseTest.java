package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultDatabaseTest {

    private static final Path HOME = Path.of("home", "someone");

    @Test
    void furatDbWinsOverEverythingElse() {
        Path chosen = DefaultDatabase.path(Map.of("FURAT_DB", "elsewhere/my.gpkg", "XDG_DATA_HOME", "xdg"), HOME);
        assertEquals(Path.of("elsewhere/my.gpkg"), chosen);
    }

    @Test
    void xdgDataHomeIsUsedWhenFuratDbIsUnset() {
        assertEquals(Path.of("xdg", "furat", "furat.gpkg"), DefaultDatabase.path(Map.of("XDG_DATA_HOME", "xdg"), HOME));
    }

    @Test
    void blankValuesCountAsUnset() {
        assertEquals(Path.of("xdg", "furat", "furat.gpkg"),
                DefaultDatabase.path(Map.of("FURAT_DB", "  ", "XDG_DATA_HOME", "xdg"), HOME));
        assertEquals(HOME.resolve(Path.of(".local", "share", "furat", "furat.gpkg")),
                DefaultDatabase.path(Map.of("FURAT_DB", "", "XDG_DATA_HOME", ""), HOME));
    }

    @Test
    void fallsBackToTheHomeDataFolder() {
        assertEquals(HOME.resolve(Path.of(".local", "share", "furat", "furat.gpkg")), DefaultDatabase.path(Map.of(), HOME));
    }
}
