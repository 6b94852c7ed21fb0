package org.furat.store;

import java.util.Arrays;
import java.util.List;

/** Lists of spellings are kept in one column, '|'-separated, as in the gazetteer files. */
final class Lists {
    private Lists() {}

    static String join(List<String> values) {
        return String.join("|", values);
    }

    static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) return List.of();
        return Arrays.stream(joined.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
