package org.furat.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box or combo box shows its items; the items are picked from a list, never typed. */
final class Converters {

    private Converters() {}

    /** Shows each item as {@code show} says, and nothing for no item. */
    static <T> StringConverter<T> showing(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) { return value == null ? "" : show.apply(value); }

            @Override
            public T fromString(String text) { return null; }
        };
    }
}
