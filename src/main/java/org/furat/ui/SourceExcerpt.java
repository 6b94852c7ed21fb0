package org.furat.ui;

import java.util.List;
import org.furat.model.Evidence;
import org.furat.model.Source;

/** A source to show and every evidence span in it to highlight. */
record SourceExcerpt(Source source, List<Evidence> spans) {

    SourceExcerpt {
        spans = List.copyOf(spans);
        if (spans.isEmpty()) throw new IllegalArgumentException("No span of " + source.key() + " to show");
    }
}
