package org.furat.ui;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One report's outcome in the import window: verdict and file, what happened, and Review for a stored report. */
final class ImportRowCell extends ListCell<ImportRow> {

    private final Label verdict = new Label();
    private final Label name = new Label();
    private final Label detail = new Label();
    private final Button review = new Button("Review");
    private final HBox box;
    private ImportRow row;

    ImportRowCell(Consumer<String> onReview) {
        verdict.getStyleClass().add("import-verdict");
        verdict.setMinWidth(Label.USE_PREF_SIZE);
        name.getStyleClass().add("import-name");
        name.setMinWidth(0);
        detail.getStyleClass().add("import-detail");
        detail.setWrapText(true);
        detail.setMinHeight(Label.USE_PREF_SIZE); // a long reason is read whole, not cut to "…"
        HBox headline = new HBox(8, verdict, name);
        headline.setAlignment(Pos.BASELINE_LEFT);
        VBox text = new VBox(2, headline, detail);
        text.setMinWidth(0);
        text.setPrefWidth(0); // wrap at the list's width instead of widening it
        HBox.setHgrow(text, Priority.ALWAYS);
        review.getStyleClass().add("import-review");
        review.setMinWidth(Button.USE_PREF_SIZE);
        review.setOnAction(e -> {
            if (row != null && row.reviewable()) onReview.accept(row.sourceKey());
        });
        box = new HBox(10, text, review);
        box.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(ImportRow item, boolean empty) {
        super.updateItem(item, empty);
        row = empty ? null : item;
        if (row == null) {
            setGraphic(null);
            return;
        }
        verdict.setText(row.verdict());
        verdict.getStyleClass().removeAll("import-imported", "import-duplicate", "import-failed");
        verdict.getStyleClass().add("import-" + row.kind().name().toLowerCase(java.util.Locale.ROOT));
        name.setText(row.name());
        detail.setText(row.detail());
        // Hidden but still laid out, so every row is as tall as the next and the list scrolls to the newest exactly.
        review.setVisible(row.reviewable());
        setGraphic(box);
    }
}
