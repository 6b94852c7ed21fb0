package org.furat.store.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.furat.store.ChangeAction;
import org.furat.store.FuratDatabase;
import org.furat.store.SqlWork;
import org.furat.store.StoreException;
import org.furat.store.StoreException.Problem;

/**
 * A team database on PostgreSQL with PostGIS, used as Furat uses a file: the same repositories run the same statements
 * on it (docs/decisions/0009). One connection as the person's own database user; reads run one by one on it, and each
 * transaction takes the database's write lock (a transaction-level advisory lock) first, so that writers take action
 * ids one after another in commit order, as SQLite's single writer does, and another window's look for new actions
 * misses none. What the person may do is the server's to decide: a viewer's database is read-only here, and anything
 * else the server refuses is said as it said it. A connection the server dropped is made again for the next call.
 */
public final class ServerDatabase extends FuratDatabase {

    private final ServerAddress address;
    private final TeamServer.Role role;
    private Connection connection;
    private final Set<Long> ownActions = ConcurrentHashMap.newKeySet();
    private ChangeListener listener;

    private ServerDatabase(ServerAddress address, Connection connection, TeamServer.Role role) {
        this.address = address;
        this.connection = connection;
        this.role = role;
    }

    /**
     * Connects to a team database set up by {@code furat server init}: one set up by a newer Furat, or not yet brought
     * up to this Furat's schema, is refused with what to do, and nothing is changed.
     */
    public static ServerDatabase open(ServerAddress address) {
        Connection connection = TeamServer.open(address);
        try {
            List<String> missing = new ArrayList<>(ServerSchema.known());
            List<String> applied = ServerSchema.applied(connection);
            if (applied.isEmpty()) {
                throw new StoreException(Problem.NOT_FURAT, address + " is not a Furat team database: set it up with furat server init --db " + address);
            }
            missing.removeAll(applied);
            if (!missing.isEmpty()) {
                throw new StoreException(Problem.OTHER, "The team database " + address + " was set up by an older Furat (it lacks "
                        + String.join(", ", missing) + "): run furat server init --db " + address + " as its owner. Nothing was changed");
            }
            return new ServerDatabase(address, connection, TeamServer.roleOf(connection));
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof StoreException store) throw store;
            if (e instanceof SQLException sql) throw failure(address, sql);
            throw (RuntimeException) e;
        }
    }

    @Override
    public String location() { return address.toString(); }

    /** What the connected person may do; null when they hold none of Furat's roles. */
    public TeamServer.Role role() { return role; }

    @Override
    public boolean readOnly() { return role == null || role == TeamServer.Role.VIEWER; }

    @Override
    public org.furat.model.Access access() {
        return new org.furat.model.Access(address.user(), role == null ? null : role.name().toLowerCase(java.util.Locale.ROOT),
                !readOnly(), role == TeamServer.Role.EDITOR);
    }

    @Override
    public Optional<String> upgradeNotice() { return Optional.empty(); }

    @Override
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(FileLikeConnection.wrap(connected()));
        } catch (SQLException e) {
            if (!lost(e)) throw failure(address, e);
            // The server dropped the connection (restarted, or the network went): a read is safe to run again.
            try {
                return work.run(FileLikeConnection.wrap(reconnected()));
            } catch (SQLException again) {
                throw failure(address, again);
            }
        }
    }

    @Override
    public synchronized <T> T transaction(ChangeAction action, SqlWork<T> work) {
        java.util.Objects.requireNonNull(action, "action");
        if (readOnly()) {
            throw new StoreException(Problem.READ_ONLY, address.user() + " may only read the team database " + address
                    + (role == null ? " (no Furat role: ask its owner to add you with furat server add-user)" : " (a viewer)")
                    + ". Nothing was changed");
        }
        Connection c;
        try {
            c = locked(connected());
        } catch (SQLException e) {
            if (!lost(e)) throw failure(address, e);
            // Dropped while idle: nothing was done yet, so the transaction starts again on a new connection.
            try {
                c = locked(reconnected());
            } catch (SQLException again) {
                throw failure(address, again);
            }
        }
        try {
            Logged<T> done = logged(FileLikeConnection.wrap(c), action, work);
            c.commit();
            if (done.actionId() != 0) ownActions.add(done.actionId());
            return done.result();
        } catch (Throwable e) {
            rollback(c, e);
            if (e instanceof Error error) throw error;
            if (e instanceof SQLException sql) throw failure(address, sql);
            if (e instanceof StoreException store) throw store;
            throw new StoreException("Writing to the team database " + address + " failed: " + e.getMessage() + ". Nothing was changed", e);
        } finally {
            try {
                if (!c.isClosed()) c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // A connection that cannot be reset is made again by the next call.
            }
        }
    }

    /** Starts a transaction on the connection holding the database's write lock. */
    private static Connection locked(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(hashtext('furat write'))");
        }
        return c;
    }

    @Override
    public boolean madeHere(long actionId) { return ownActions.contains(actionId); }

    @Override
    public synchronized boolean whenOthersChange(Runnable changed, java.util.function.Consumer<String> reach) {
        if (listener != null) listener.close();
        listener = new ChangeListener(address, changed, reach);
        return true;
    }

    /** The server keeps its own storage sound; there is no file to check. */
    @Override
    public Optional<String> checkWholeFile() { return Optional.empty(); }

    private Connection connected() throws SQLException {
        if (connection.isClosed()) return reconnected();
        return connection;
    }

    private Connection reconnected() throws SQLException {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // It is gone already.
        }
        connection = TeamServer.connect(address);
        return connection;
    }

    /**
     * Whether the connection itself failed, rather than the statement: a connection exception (class 08), or the
     * server ending it (57P01 to 57P03: an administrator, a shutdown, a restart).
     */
    private static boolean lost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    private static StoreException failure(ServerAddress address, SQLException e) {
        RuntimeException said = TeamServer.failure(address, e);
        Problem problem = "42501".equals(e.getSQLState()) ? Problem.READ_ONLY : Problem.OTHER;
        return new StoreException(problem, said.getMessage(), e);
    }

    private static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public synchronized void close() {
        if (listener != null) listener.close();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Closing the connection to " + address + " failed: " + e.getMessage(), e);
        }
    }
}
