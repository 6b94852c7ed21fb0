package org.furat.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The application's one background thread: work runs there in order, results come back on the FX thread.
 * One thread is enough because the database serialises access anyway.
 */
public final class BackgroundTasks implements TaskRunner, AutoCloseable {

    private final ExecutorService executor;

    public BackgroundTasks() {
        this("furat-background");
    }

    /** @param threadName the name of its thread, as a thread dump shows it */
    public BackgroundTasks(String threadName) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code work} on the background thread; once {@link #close} has run, drops it, as close drops what was queued. */
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) return; // closing: a window hidden on the way out asks for its last writes
        try {
            submit(work, onSuccess, onFailure);
        } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
            // Closed between the check and the submission: dropped like the rest.
        }
    }

    private <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /** Lets the task under way finish (it may be using the database, which closes next) and drops the rest. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
