package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.NodeOrientation;
import org.junit.jupiter.api.Test;

class TextDirectionTest {

    @Test
    void mostlyArabicRunsRightToLeft() {
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, TextDirection.of("قصفت القوات الأمريكية قرية خشام (Khasham) أمس"));
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, TextDirection.of("US forces shelled Khasham (خشام) yesterday"));
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, TextDirection.of(""));
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, TextDirection.of("2024-11-20 12:00"), "no letters, no reason to turn");
    }

    @Test
    void onlyTextWithoutArabicWraps() {
        assertTrue(TextDirection.wrappable("US forces shelled Khasham yesterday"));
        assertFalse(TextDirection.wrappable("US forces shelled Khasham (خشام) yesterday"));
    }

    @Test
    void aFieldTurnsRightToLeftWhenArabicIsTypedAndBackForEnglish() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage(); // JavaFX's controls need the toolkit
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        TextDirection.follow(field);
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, field.getNodeOrientation());
        field.setText("مكرر");
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, field.getNodeOrientation());
        field.setText("a duplicate");
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, field.getNodeOrientation());
    }
}
