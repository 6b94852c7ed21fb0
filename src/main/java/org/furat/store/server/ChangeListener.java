package org.furat.store.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens, on a connection and a daemon thread of its own, for the actions the team database announces as they
 * commit (PostgreSQL's LISTEN/NOTIFY), and says so to {@code changed}: a window takes another analyst's change in at
 * once instead of asking the server every second. A lost connection is made again after a pause; changes made
 * meanwhile are found all the same, as the window reads the change log from the last action it took in.
 */
final class ChangeListener implements AutoCloseable {

    private static final String CHANNEL = "furat_changes";

    private final ServerAddress address;
    private final Runnable changed;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    ChangeListener(ServerAddress address, Runnable changed) {
        this.address = address;
        this.changed = changed;
        this.thread = new Thread(this::listen, "furat-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        while (!closed) {
            try (Connection c = TeamServer.connect(address)) {
                connection = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                // Whatever was committed while no one listened is read by the first look.
                changed.run();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notes = pg.getNotifications(10_000);
                    if (notes != null && notes.length > 0) changed.run();
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) return;
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
