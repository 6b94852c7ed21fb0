package org.furat.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Loads the bundled Vazirmatn font (SIL OFL 1.1), which covers Arabic and Latin, so Arabic is shaped and
 * readable even on a machine with no fonts of its own.
 */
final class Fonts {

    static final String FAMILY = "Vazirmatn";

    private Fonts() {}

    static String load() {
        org.furat.map.TextLayouts.ownShaperPerLayout(); // first, before anything lays text out on two threads
        for (String file : new String[]{"Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf"}) {
            try (InputStream in = Fonts.class.getResourceAsStream("/org/furat/ui/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 13) == null) return Font.getDefault().getFamily();
            } catch (IOException e) {
                return Font.getDefault().getFamily();
            }
        }
        return FAMILY;
    }
}
