package org.furat.app;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test on a new database in a folder of its own, opened before each test and closed after it. */
abstract class WithTempWorkspace {

    @TempDir
    Path dir;
    /** The open workspace; a test that closes it sets this to null. */
    Workspace workspace;

    @BeforeEach
    void openWorkspace() {
        workspace = Workspace.open(dir.resolve("db.gpkg"));
    }

    @AfterEach
    void closeWorkspace() {
        if (workspace != null) workspace.close();
    }
}
