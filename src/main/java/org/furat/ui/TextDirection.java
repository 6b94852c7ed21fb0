package org.furat.ui;

import javafx.geometry.NodeOrientation;

/** Which way a text runs: right to left when most of its letters are Arabic, as in a pasted Arabic report. */
final class TextDirection {

    /** A report's opening says which script it is in; counting further would only cost time on every keystroke. */
    private static final int LETTERS_LOOKED_AT = 2000;

    private TextDirection() {}

    static NodeOrientation of(CharSequence text) {
        int arabic = 0, letters = 0;
        for (int i = 0; i < text.length() && letters < LETTERS_LOOKED_AT; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) arabic++;
        }
        return letters > 0 && arabic * 2 > letters ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    /**
     * Keeps a one-line field running the way its text does: right to left once it holds mostly Arabic (a name, a
     * reason, a search typed in Arabic), left to right otherwise.
     */
    static void follow(javafx.scene.control.TextField field) {
        field.setNodeOrientation(of(field.getText() == null ? "" : field.getText()));
        field.textProperty().addListener((o, was, text) -> field.setNodeOrientation(of(text == null ? "" : text)));
    }

    /**
     * Whether a text area may wrap this text: only when it has no Arabic. JavaFX 21 draws a wrapped line of Arabic
     * with the wrong glyphs (each line repeats the end of its paragraph, in either orientation; decision 0003), and
     * a text area cannot be split into a node per word; its unwrapped lines are drawn right.
     */
    static boolean wrappable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.ARABIC) return false;
        }
        return true;
    }
}
