package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Databases in the states the fault tests need, made with plain SQL where Furat itself would refuse. */
public final class TestDatabases {

    private TestDatabases() {}

    /** A current database with the seed data. */
    public static Path seeded(Path file) {
        try (FuratDatabase db = FuratDatabase.open(file)) {
            Seeder.seed(db, SeedData.fromClasspath());
        }
        return file;
    }

    /** A database as a Furat that knew only the first {@code migrations} migrations left it, with one actor in it. */
    public static Path old(Path file, int migrations) throws SQLException {
        try (Connection c = raw(file); Statement st = c.createStatement()) {
            List<String> first = Migrations.index().subList(0, migrations);
            SqlFunctions.register(c);
            st.execute("BEGIN");
            Migrations.run(c, new Migrations.State(true, false, List.of(), List.of(), first));
            st.execute("INSERT INTO actors (key, name_en) VALUES ('someone', 'Someone')");
            st.execute("COMMIT");
        }
        return file;
    }

    /** A plain connection, outside Furat (no busy timeout, foreign keys not enforced). */
    public static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    public static int count(Path file, String sql) throws SQLException {
        try (Connection c = raw(file)) {
            return count(c, sql);
        }
    }

    public static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next(), sql);
            return rs.getInt(1);
        }
    }

    public static List<String> strings(Path file, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = raw(file); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) values.add(rs.getString(1));
        }
        return values;
    }

    /**
     * Everything a database holds, as text: its schema and every row of every table, in order. Two databases with
     * the same content give the same text even when SQLite laid out their pages differently (as a backup does).
     */
    public static String content(Path file) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = raw(file)) {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(": ").append(rs.getString(3)).append('\n');
                    if ("table".equals(rs.getString(1)) && !String.valueOf(rs.getString(3)).startsWith("CREATE VIRTUAL")) tables.add(rs.getString(2));
                }
            }
            for (String table : tables) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        out.append(table).append(':');
                        for (int i = 1; i <= n; i++) {
                            Object v = rs.getObject(i);
                            out.append(' ').append(v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : String.valueOf(v));
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /** The pages of a table's b-tree (from SQLite's dbstat), for overwriting them. */
    public static List<Integer> pagesOf(Path file, String table) throws SQLException {
        List<Integer> pages = new ArrayList<>();
        try (Connection c = raw(file); PreparedStatement ps = c.prepareStatement("SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) pages.add(rs.getInt(1));
            }
        }
        return pages;
    }

    /** Overwrites the given pages (numbered from 1, as SQLite numbers them) with random bytes. */
    public static void overwritePages(Path file, List<Integer> pages, long seed) throws SQLException, IOException {
        int pageSize = count(file, "PRAGMA page_size");
        Random random = new Random(seed);
        byte[] noise = new byte[pageSize];
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            for (int page : pages) {
                random.nextBytes(noise);
                f.seek((long) (page - 1) * pageSize);
                f.write(noise);
            }
        }
    }

    /** A seeded database whose sources table spans many pages, one leaf page in the middle overwritten. */
    public static Path damagedInTheMiddle(Path file) throws Exception {
        return damageMiddleOfSources(withManySources(file));
    }

    /** A seeded database with enough sources for their table to span many pages. */
    public static Path withManySources(Path file) throws Exception {
        TestDatabases.seeded(file);
        try (FuratDatabase db = FuratDatabase.open(file)) {
            db.transaction(ChangeAction.named("test"), c -> {
                try (var ps = c.prepareStatement("INSERT INTO sources (key, language, text, text_sha256) VALUES (?, 'en', ?, ?)")) {
                    for (int i = 0; i < 400; i++) {
                        ps.setString(1, "filler-" + i);
                        ps.setString(2, ("A report that says nothing in particular, number " + i + ". ").repeat(20));
                        ps.setString(3, "sha-" + i);
                        ps.executeUpdate();
                    }
                }
                return null;
            });
        }
        return file;
    }

    /** Overwrites one leaf page in the middle of the sources table: away from the edges the open probes. */
    public static Path damageMiddleOfSources(Path file) throws Exception {
        List<Integer> leaves = pagesOf(file, "sources");
        assertTrue(leaves.size() > 10, "the table spans many pages: " + leaves);
        overwritePages(file, List.of(leaves.get(leaves.size() / 2)), 2);
        return file;
    }
}
