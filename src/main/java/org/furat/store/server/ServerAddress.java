package org.furat.store.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A team database as the analyst names it, {@code postgresql://[user[:password]@]host[:port]/dbname}, and the JDBC
 * address and properties that reach it. Without a user in the address, PostgreSQL's own {@code PGUSER} and then the
 * computer's user name are used; without a password, {@code PGPASSWORD} (or the server lets the user in without one).
 */
public record ServerAddress(String host, int port, String database, String user, String password) {

    public static final String SCHEME = "postgresql://";

    /**
     * Whether a {@code --db} value names a team database rather than a file. A value read as a file path has lost one
     * slash of the two ("postgresql:/host/db"), so one is enough.
     */
    public static boolean isServer(String db) {
        return db != null && db.strip().matches("(?s)postgres(ql)?:/.*");
    }

    public static ServerAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip().replaceFirst("^postgres(ql)?:/+", SCHEME));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a database address: write postgresql://host:port/dbname");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null || path.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' is not a database address: write postgresql://host:port/dbname");
        }
        String user = null, password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            if (parts.length > 1) password = decode(parts[1]);
        }
        if (user == null) user = System.getenv("PGUSER");
        if (user == null) user = System.getProperty("user.name");
        if (password == null) password = System.getenv("PGPASSWORD");
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path, user, password);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** The same server and database, as another user. */
    public ServerAddress as(String otherUser, String otherPassword) {
        return new ServerAddress(host, port, database, otherUser, otherPassword);
    }

    /** Another database on the same server, as the same user. */
    public ServerAddress database(String other) {
        return new ServerAddress(host, port, other, user, password);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) p.setProperty("password", password);
        p.setProperty("ApplicationName", "Furat");
        p.setProperty("connectTimeout", "10");
        // Text parameters go untyped, so the server reads them as the column's type: a date, a time, a geometry as
        // hexadecimal EWKB; Furat's statements bind them as text, as SQLite takes them.
        p.setProperty("stringtype", "unspecified");
        // A batch of inserts goes as a few statements of many rows each: building a million incidents' search keys
        // sends a million rows.
        p.setProperty("reWriteBatchedInserts", "true");
        return p;
    }

    /** The address as shown to people: never with the password. */
    @Override
    public String toString() {
        return SCHEME + user + "@" + host + ":" + port + "/" + database;
    }
}
