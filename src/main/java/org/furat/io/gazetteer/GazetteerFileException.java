package org.furat.io.gazetteer;

/** A gazetteer file that cannot be read as its format says; the message names the file and, where known, the line. */
public final class GazetteerFileException extends RuntimeException {
    public GazetteerFileException(String message) {
        super(message);
    }

    public GazetteerFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
