package org.furat.model;

import java.util.List;

/** A span [start, end) of a source's text (in UTF-16 chars) that supports some fields of an incident. */
public record Evidence(String sourceKey, int start, int end, List<String> fields) {

    public Evidence {
        fields = List.copyOf(fields);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Evidence span " + start + "–" + end + " is empty or negative");
        }
    }

    /** The quoted words, cut from the source text this evidence refers to. */
    public String quote(String sourceText) {
        if (end > sourceText.length()) {
            throw new IllegalArgumentException("Evidence span " + start + "–" + end + " runs past the end of "
                    + sourceKey + " (" + sourceText.length() + " chars)");
        }
        return sourceText.substring(start, end);
    }
}
