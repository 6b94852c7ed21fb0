package org.furat.map;

import static org.junit.jupiter.api.Assertions.assertNotSame;

import com.sun.javafx.text.GlyphLayout;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** After {@link TextLayouts#ownShaperPerLayout}, a text shaper handed back is never handed out again, to any thread. */
class TextLayoutsTest {

    @Test
    void aShaperHandedBackIsNotHandedOutAgain() throws Exception {
        FxToolkit.registerPrimaryStage(); // JavaFX's fonts and shapers are ready
        TextLayouts.ownShaperPerLayout();
        GlyphLayout first = GlyphLayout.getInstance();
        first.dispose();
        GlyphLayout second = GlyphLayout.getInstance();
        second.dispose();
        assertNotSame(first, second, "each layout has a shaper of its own");
    }
}
