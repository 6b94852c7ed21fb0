package org.furat.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that touches the disk or takes long away from the FX thread and hands the result back on it.
 * Tests use {@link #sameThread()}, so view models can be tested without a screen.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
