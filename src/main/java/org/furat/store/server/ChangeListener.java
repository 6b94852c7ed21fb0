package org.furat.store.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens, on a connection and a daemon thread of its own, for the actions the team database announces as they
 * commit (PostgreSQL's LISTEN/NOTIFY), and says so to {@code changed}: a window takes another analyst's change in at
 * once instead of asking the server every second. A lost connection is said, and made again every two seconds
 * until the server answers; changes made meanwhile are found all the same, as the window reads the change log from
 * the last action it took in.
 */
final class ChangeListener implements AutoCloseable {

    private static final String CHANNEL = "furat_changes";

    private final ServerAddress address;
    private final Runnable changed;
    private final java.util.function.Consumer<String> reach;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    /** {@code reach} is told a sentence when the server cannot be reached, and null when it can again. */
    ChangeListener(ServerAddress address, Runnable changed, java.util.function.Consumer<String> reach) {
        this.address = address;
        this.changed = changed;
        this.reach = reach;
        this.thread = new Thread(this::listen, "furat-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        boolean lost = false;
        while (!closed) {
            try (Connection c = TeamServer.connect(address)) {
                connection = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                if (lost) reach.accept(null);
                lost = false;
                // Whatever was committed while no one listened is read by the first look.
                changed.run();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notes = pg.getNotifications(10_000);
                    if (notes != null && notes.length > 0) changed.run();
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) return;
                if (!lost) reach.accept("Cannot reach the team database " + address + " (" + e.getMessage() + ")");
                lost = true;
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing ends the wait either way.
            }
        }
        thread.interrupt();
    }
}
