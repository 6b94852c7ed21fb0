package org.furat.map;

import com.sun.javafx.text.GlyphLayout;

/**
 * Keeps JavaFX from sharing one text shaper between threads. JavaFX lays text out on the FX thread (controls) and on
 * the render thread (a canvas's text), and both borrow one shared {@code GlyphLayout}; on Linux that is Pango's,
 * whose {@code dispose()} hands it back before freeing its strings, so the other thread can take it up meanwhile:
 * a ConcurrentModificationException at best, at worst strings freed twice and the process aborted by glibc ("malloc():
 * unaligned tcache chunk detected"). Taking the shared instance once and never giving it back makes every later
 * layout create one of its own. Call before any window is shown; calling again does nothing.
 */
public final class TextLayouts {

    private static GlyphLayout kept;

    private TextLayouts() {}

    public static synchronized void ownShaperPerLayout() {
        if (kept == null) kept = GlyphLayout.getInstance();
    }
}
