package org.furat.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * One Furat database file: SQLite, shaped as a GeoPackage. All access goes through {@link #read} and
 * {@link #transaction}, which serialise on the single connection, so the class is thread-safe; callers
 * on the JavaFX thread must not use it (it touches the disk).
 */
public final class FuratDatabase implements AutoCloseable {

    private final Path file;
    private final Connection connection;

    private FuratDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens the file, creating it and its folder if needed, and brings its schema up to date. */
    public static FuratDatabase open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the database " + absolute + " (" + e + ")", e);
        }
        if (Files.isDirectory(absolute)) throw new StoreException("The database path " + absolute + " is a folder");
        if (!Files.exists(absolute) && absolute.getParent() != null && !Files.isWritable(absolute.getParent())) {
            throw new StoreException("Cannot create the database " + absolute + ": the folder is not writable");
        }
        try {
            SQLiteConfig config = new SQLiteConfig();
            // A file the user may not write is opened read-only, so it can still be looked at.
            config.setReadOnly(Files.exists(absolute) && !Files.isWritable(absolute));
            config.enforceForeignKeys(true);
            config.setBusyTimeout(5000);
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, config.toProperties());
            try {
                SqlFunctions.register(connection);
                checkIsOurs(connection, absolute);
                Migrations.apply(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return new FuratDatabase(absolute, connection);
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** Refuses a file that is some other SQLite database or not a database at all, rather than altering it. */
    private static void checkIsOurs(Connection connection, Path file) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")) {
            boolean empty = rs.next() && rs.getInt(1) == 0;
            if (empty) return;
        } catch (SQLException e) {
            throw new SQLException(file + " is not a SQLite database (" + e.getMessage() + ")", e);
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'furat_migrations'")) {
            if (rs.next() && rs.getInt(1) == 0) {
                throw new SQLException(file + " is a database of another program, not a Furat database; it was left untouched");
            }
        }
    }

    public Path file() { return file; }

    public synchronized boolean readOnly() {
        try {
            return connection.isReadOnly();
        } catch (SQLException e) {
            return true;
        }
    }

    /** Runs work that only reads. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StoreException se) throw se;
            // A row a GIS user edited by hand can hold a value the model refuses: say which file it came from.
            throw new StoreException("Reading " + file + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs work in one transaction: all of it is committed, or on any failure none of it. */
    public synchronized <T> T transaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (Throwable e) {
                // Anything at all, even an Error: turning autocommit back on below would commit partial work.
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("Writing " + file + " failed, nothing was changed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Closing " + file + " failed: " + e.getMessage(), e);
        }
    }
}
