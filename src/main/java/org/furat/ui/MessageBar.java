package org.furat.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A full-width bar under the toolbar that shows a message (an error, or a notice about the database) whole,
 * wrapped over as many lines as it needs, until the analyst dismisses it: such a message is read once and must
 * not be cut off or replaced by the next status.
 */
final class MessageBar extends HBox {

    private final Label message = new Label();

    /** @param kind "error" or "notice": the ids ({@code #error-bar}, {@code #error-message}) and the style */
    MessageBar(String kind, ReadOnlyStringProperty text, Runnable dismiss) {
        this(kind, kind, text, dismiss);
    }

    /**
     * @param name the ids' stem ({@code #NAME-bar}, {@code #NAME-message}, {@code #NAME-dismiss}), for a bar in a
     *             window of its own beside the main window's
     * @param kind "error" or "notice": the style
     */
    MessageBar(String name, String kind, ReadOnlyStringProperty text, Runnable dismiss) {
        setId(name + "-bar");
        getStyleClass().addAll("message-bar", kind + "-bar");
        setAlignment(Pos.TOP_LEFT);
        setSpacing(8);
        message.setId(name + "-message");
        message.getStyleClass().add("message-text");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.textProperty().bind(text);
        Button close = new Button("Dismiss");
        close.setId(name + "-dismiss");
        close.setOnAction(e -> dismiss.run());
        getChildren().addAll(message, close);
        visibleProperty().bind(text.isNotNull());
        managedProperty().bind(visibleProperty());
    }
}
