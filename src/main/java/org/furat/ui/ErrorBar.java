package org.furat.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A full-width bar under the toolbar that shows an error whole, wrapped over as many lines as it needs, until
 * the analyst dismisses it: an error is read once and must not be cut off or replaced by the next status.
 */
final class ErrorBar extends HBox {

    private final Label message = new Label();

    ErrorBar(ReadOnlyStringProperty error, Runnable dismiss) {
        setId("error-bar");
        getStyleClass().add("error-bar");
        setAlignment(Pos.TOP_LEFT);
        setSpacing(8);
        message.setId("error-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.textProperty().bind(error);
        Button close = new Button("Dismiss");
        close.setId("error-dismiss");
        close.setOnAction(e -> dismiss.run());
        getChildren().addAll(message, close);
        visibleProperty().bind(error.isNotNull());
        managedProperty().bind(visibleProperty());
    }
}
