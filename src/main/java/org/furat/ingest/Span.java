package org.furat.ingest;

/** A stretch [start, end) of a source text, in UTF-16 offsets of the text as received, with its words. */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("Bad span " + start + "–" + end);
    }

    public static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }

    public boolean within(Span other) {
        return start >= other.start && end <= other.end;
    }
}
