package org.furat.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.furat.app.ChangeLine;

/** An action as the history panels show it: when, who, what and why on a header line, then its changes. */
final class ActionView {

    /** An action's changes shown at most: a bulk import can add thousands of rows, which `furat history` lists whole. */
    static final int LINES_SHOWN = 200;

    private ActionView() {}

    /** "2026-12-02 15:04 · Layla Hassan · delete incident — Duplicate of the October report" */
    static String header(String when, String who, String name, String why) {
        // A left-to-right mark after the reason keeps what follows it (" · 2 changes") from joining an Arabic reason's run.
        return when + "  ·  " + who + "  ·  " + name + (why == null || why.equals(name) ? "" : " — " + why + "\u200E");
    }

    static Label headerLabel(String text) {
        Label header = new Label(text);
        header.getStyleClass().add("action-header");
        header.setWrapText(true);
        header.setTextOverrun(javafx.scene.control.OverrunStyle.CLIP);
        return header;
    }

    /** The changes, each on its own line, at most {@link #LINES_SHOWN} of them. */
    static VBox changes(List<ChangeLine> lines, String ownSubject, Consumer<String> onIncident) {
        VBox box = new VBox(3);
        box.getStyleClass().add("action-changes");
        for (ChangeLine line : lines.subList(0, Math.min(LINES_SHOWN, lines.size()))) {
            box.getChildren().add(ChangeLineView.of(line, ownSubject, onIncident));
        }
        if (lines.size() > LINES_SHOWN) {
            Label more = new Label(String.format(java.util.Locale.ENGLISH, "… and %,d more changes (`furat history --format csv` "
                    + "lists them all)", lines.size() - LINES_SHOWN));
            more.getStyleClass().add("action-more");
            more.setWrapText(true);
            box.getChildren().add(more);
        }
        if (lines.isEmpty()) box.getChildren().add(new Label("No changes recorded"));
        return box;
    }

    /** A whole action with its changes, for a panel about one incident or place. */
    static Node card(HistoryViewModel.DescribedAction action, String ownSubject, Consumer<String> onIncident) {
        VBox card = new VBox(4, headerLabel(header(action.when(), action.action().who(), action.action().name(), action.action().why())),
                changes(action.lines(), ownSubject, onIncident));
        card.getStyleClass().add("action-card");
        return card;
    }
}
