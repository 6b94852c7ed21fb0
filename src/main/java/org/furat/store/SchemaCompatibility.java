package org.furat.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.furat.store.StoreException.Problem;

/**
 * Decides, before anything is written, whether a file is a Furat database this Furat may use: a SQLite file at
 * all, one that Furat made, and not one a newer Furat has changed in ways this one does not know.
 */
final class SchemaCompatibility {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int GEOPACKAGE_APPLICATION_ID = 0x47504B47;

    private SchemaCompatibility() {}

    /** Refuses a non-empty file that does not start as every SQLite database does, without handing it to SQLite. */
    static void refuseIfNotSqlite(Path file) {
        byte[] start = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new StoreException(Problem.OTHER, "Cannot read the database " + file + ": permission denied. "
                    + "Make the file readable to you, or choose another database.", e);
        } catch (IOException e) {
            throw new StoreException(StoreFailures.classify(e), "Cannot read the database " + file + ": " + e.getMessage(), e);
        }
        if (read == 0) return; // an empty file: a new database
        if (read < start.length || !Arrays.equals(start, SQLITE_HEADER)) {
            throw new StoreException(Problem.NOT_FURAT, "The file " + file + " is not a Furat database (it is not a SQLite database "
                    + "at all); it was left untouched. Choose a database Furat made, or a new file name to start one.");
        }
    }

    /** Refuses a SQLite database with tables of its own but no Furat schema: another program's file. */
    static void refuseIfNotFurat(Path file, Connection connection, Migrations.State state) throws SQLException {
        if (state.empty() || state.tracked()) return;
        String what = applicationId(connection) == GEOPACKAGE_APPLICATION_ID
                ? "a GeoPackage made by another program" : "a SQLite database of another program";
        throw new StoreException(Problem.NOT_FURAT, "The file " + file + " is " + what + ", not a Furat database; it was left "
                + "untouched. Choose a database Furat made, or a new file name to start one.");
    }

    /** Refuses a database that holds migrations this Furat does not know, naming the Furat version that applied them. */
    static void refuseIfNewer(Path file, Migrations.State state) {
        Migrations.Applied newest = state.newestUnknown();
        if (newest == null) return;
        throw new StoreException(Problem.NEWER_VERSION, newerMessage(file, newest));
    }

    static String newerMessage(Path file, Migrations.Applied newest) {
        int version = Migrations.number(newest.name());
        String writer = newest.furatVersion() != null && !newest.furatVersion().isBlank()
                ? "Furat " + newest.furatVersion() : "a newer version of Furat";
        // A number this Furat also has (another build's V009) is not "newer": name the change it does not know.
        String schema = version > Migrations.currentVersion() ? "schema version " + version : "schema change " + newest.name()
                + ", which this Furat does not know";
        String later = newest.furatVersion() != null && !newest.furatVersion().isBlank()
                ? "Furat " + newest.furatVersion() + " or later" : "a newer Furat";
        return "The database " + file + " was written by " + writer + " (" + schema + "); this is Furat " + FuratVersion.current()
                + ", which knows schema versions up to " + Migrations.currentVersion() + " and could damage it. It was left "
                + "unchanged: open it with " + later + ".";
    }

    private static int applicationId(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA application_id")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
