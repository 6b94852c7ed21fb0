package org.furat.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The foot of a window of its own (Actors, History, Recent changes, Gazetteer): a Close button at the right, which
 * Escape presses too. Closing asks the window as its title bar's close box does, so a window that must first ask
 * (unsaved work) still can.
 */
final class CloseBar extends HBox {

    private final Button close = new Button("Close");

    /** @param id the Close button's id, for tests and styles */
    CloseBar(String id) {
        close.setId(id);
        close.setCancelButton(true); // Escape, unless the control with the focus uses it (an open list, say)
        close.setOnAction(e -> close(getScene() == null ? null : getScene().getWindow()));
        getChildren().add(close);
        setAlignment(Pos.CENTER_RIGHT);
        setPadding(new Insets(8, 0, 0, 0));
        getStyleClass().add("close-bar");
    }

    /** Closes the window as its close box does: a handler of the close request may keep it open. */
    static void close(Window window) {
        if (window != null) window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }
}
