package org.furat.store.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.furat.store.IncidentRepository;
import org.furat.store.PostgresLogTriggers;

/**
 * The team database's schema: the migrations listed in {@code server/index.txt}, each recorded in
 * {@code furat_migrations} with the Furat version that applied it, then the roles and their grants
 * ({@code roles.sql}). A database with a migration this Furat does not know was made by a newer one: it is refused,
 * unchanged.
 */
final class ServerSchema {

    private ServerSchema() {}

    /** The migrations this Furat knows, in order. */
    static List<String> known() {
        List<String> names = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) names.add(name.replace(".sql", ""));
        }
        return names;
    }

    /** The migrations a database has had applied, in order; empty for a database Furat has not set up. */
    static List<String> applied(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('public.furat_migrations') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) return names;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM furat_migrations ORDER BY id")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }

    /** Refuses a database whose schema has a change this Furat does not know, naming it and who applied it. */
    static void refuseNewer(Connection c) throws SQLException {
        Set<String> unknown = new LinkedHashSet<>(applied(c));
        known().forEach(unknown::remove);
        if (unknown.isEmpty()) return;
        String by = "a newer Furat";
        try (PreparedStatement ps = c.prepareStatement("SELECT furat_version FROM furat_migrations WHERE name = ?")) {
            ps.setString(1, unknown.iterator().next());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getString(1) != null) by = "Furat " + rs.getString(1);
            }
        }
        throw new IllegalStateException("The team database was set up by " + by + " (schema change " + String.join(", ", unknown)
                + " is unknown to this one): update Furat to use it. Nothing was changed");
    }

    /** Applies the migrations the database lacks and the grants, in the caller's transaction; returns what was applied. */
    static List<String> migrate(Connection c, String furatVersion) throws SQLException {
        refuseNewer(c);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS furat_migrations (id SERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                    + "applied_at TIMESTAMPTZ NOT NULL DEFAULT now(), furat_version TEXT)");
        }
        List<String> done = applied(c);
        List<String> applied = new ArrayList<>();
        for (String name : known()) {
            if (done.contains(name)) continue;
            try (Statement st = c.createStatement()) {
                st.execute(resource(name + ".sql"));
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO furat_migrations (name, furat_version) VALUES (?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, furatVersion);
                ps.executeUpdate();
            }
            applied.add(name);
        }
        try (Statement st = c.createStatement()) {
            st.execute(roles(c));
        }
        // Made from the tables as they now are, so a table or column a migration added is logged too.
        PostgresLogTriggers.install(c);
        // S005 made the search index, whose keys only Furat can make: a database that held incidents before gets them
        // (S006's terms with them).
        if (applied.contains("S005__same_statements_as_the_file")) rebuildSearchIndex(c);
        return applied;
    }

    /**
     * Writes every incident's search keys again, and their terms (S006) in one statement afterwards with their key
     * made last: twenty million terms load far faster so than kept up row by row by the trigger.
     */
    static void rebuildSearchIndex(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE incident_search DISABLE TRIGGER furat_search_terms");
            st.execute("ALTER TABLE incident_search_terms DROP CONSTRAINT incident_search_terms_pkey");
            st.execute("TRUNCATE incident_search_terms");
            IncidentRepository.rewriteDerived(c);
            st.execute("INSERT INTO incident_search_terms (term, rowid) SELECT DISTINCT w, rowid FROM incident_search, "
                    + "unnest(string_to_array(body, ' ')) AS w WHERE w <> ''");
            st.execute("ALTER TABLE incident_search_terms ADD PRIMARY KEY (term, rowid)");
            st.execute("ALTER TABLE incident_search ENABLE TRIGGER furat_search_terms");
            st.execute("ANALYZE incident_search_terms");
        }
    }

    /**
     * After the search terms were loaded in bulk (and committed): marks their pages all-visible, so a search reads the
     * ids from the index alone rather than visiting each row too. VACUUM runs outside a transaction.
     */
    static void settleSearchTerms(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("VACUUM (ANALYZE) incident_search_terms");
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** {@code roles.sql} with the connected database's own roles (see {@link TeamServer.Role#pgRole}). */
    private static String roles(Connection c) throws SQLException {
        String database;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_database()")) {
            rs.next();
            database = rs.getString(1);
        }
        String sql = resource("roles.sql");
        for (TeamServer.Role role : TeamServer.Role.values()) {
            sql = sql.replace("{" + role.name().toLowerCase(java.util.Locale.ROOT) + "}", role.pgRole(database));
        }
        return sql;
    }

    private static String resource(String name) {
        try (InputStream in = ServerSchema.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("Furat is missing its server schema file " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the server schema file " + name, e);
        }
    }
}
