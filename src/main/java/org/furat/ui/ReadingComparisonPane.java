package org.furat.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.furat.app.Finding;
import org.furat.app.ReadingComparison;
import org.furat.app.ReportReview;

/**
 * What reading a report again with today's gazetteer and rules would change, set against the stored reading:
 * proposals new, no longer proposed and changed (each change in words, and what keeping does with it), and the
 * findings added and gone. The analyst keeps today's reading or leaves the stored one as it is.
 */
final class ReadingComparisonPane extends BorderPane {

    ReadingComparisonPane(ReadingComparison comparison, ReportReview.ReadingInfo stored, String text, boolean rightToLeft,
                          Runnable keep, Runnable cancel) {
        setId("reading-comparison");
        getStyleClass().add("reading-comparison");

        Label title = new Label("Read again with today's gazetteer and rules");
        title.getStyleClass().add("proposal-title");
        Label versions = new Label("Stored reading: " + stored.extractorVersion() + ", read " + stored.when()
                + "\nToday's reading: " + comparison.after().extractorVersion());
        versions.getStyleClass().add("proposal-hint");
        versions.setWrapText(true);
        Label summary = new Label(comparison.summary());
        summary.setId("comparison-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("comparison-summary");
        VBox head = new VBox(4, title, versions, summary);
        head.setPadding(new Insets(8, 10, 6, 10));
        setTop(head);

        VBox body = new VBox(8);
        body.setPadding(new Insets(4, 10, 10, 10));
        body.setFillWidth(true);
        if (!comparison.proposals().isEmpty()) body.getChildren().add(section("Proposals"));
        for (ReadingComparison.ProposalChange change : comparison.proposals()) body.getChildren().add(change(change, rightToLeft));
        body.getChildren().addAll(findings("Findings added", comparison.findingsAdded(), text, rightToLeft));
        body.getChildren().addAll(findings("Findings gone", comparison.findingsGone(), text, rightToLeft));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        Label rule = new Label("Keeping it stores today's reading with the report, adds its new proposals and updates proposals "
                + "nobody has edited; reviewed incidents are never changed, and proposals no longer made stay to review.");
        rule.getStyleClass().add("proposal-hint");
        rule.setWrapText(true);
        Button keepButton = new Button("Keep today's reading");
        keepButton.setId("keep-reading");
        keepButton.getStyleClass().add("accept-button");
        keepButton.setOnAction(e -> keep.run());
        Button cancelButton = new Button("Keep the stored reading");
        cancelButton.setId("cancel-reading");
        cancelButton.setOnAction(e -> cancel.run());
        HBox buttons = new HBox(8, keepButton, cancelButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox foot = new VBox(6, rule, buttons);
        foot.setPadding(new Insets(6, 10, 8, 10));
        setBottom(foot);
    }

    private static Node change(ReadingComparison.ProposalChange change, boolean rightToLeft) {
        Label what = new Label(change.change().label() + (change.incidentKey() == null ? "" : "  ·  " + change.incidentKey()));
        what.getStyleClass().addAll("comparison-change", "change-" + change.change().name().toLowerCase(java.util.Locale.ROOT));
        // A TextFlow of words, not a wrapping Label: JavaFX wraps right-to-left Labels past their left edge.
        TextFlow sentence = new TextFlow();
        sentence.getChildren().setAll(WrappedText.words(change.sentence(), "proposal-quote-text"));
        sentence.getStyleClass().add("proposal-quote");
        sentence.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        sentence.setMinWidth(0);
        VBox box = new VBox(3, what, sentence);
        for (String difference : change.differences()) {
            Label line = new Label("• " + difference);
            line.setWrapText(true);
            box.getChildren().add(line);
        }
        Label outcome = new Label("Keeping it: " + change.outcome());
        outcome.getStyleClass().add("proposal-hint");
        outcome.setWrapText(true);
        box.getChildren().add(outcome);
        box.getStyleClass().add("comparison-item");
        return box;
    }

    private static List<Node> findings(String heading, List<Finding> findings, String text, boolean rightToLeft) {
        if (findings.isEmpty()) return List.of();
        VBox lines = new VBox(2);
        for (Finding f : findings) {
            String words = text.substring(f.start(), Math.min(text.length(), f.end()));
            Label line = new Label(f.kind().label() + ": «" + words + "» — " + f.label());
            line.setWrapText(true);
            lines.getChildren().add(line);
        }
        lines.getStyleClass().add("comparison-item");
        return List.of(section(heading + " (" + findings.size() + ")"), lines);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("comparison-section");
        return l;
    }
}
