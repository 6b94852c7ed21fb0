package org.furat.ui;

import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.furat.model.ChangeQuery;
import org.furat.model.Incident;
import org.furat.model.Place;

/**
 * The main window's ways into the history: the toolbar's Recent changes and the analyst's name (who changes are
 * recorded as, which a click changes), and the History panels of an incident and a place.
 */
final class HistoryControls {

    private final MainViewModel main;
    private final HistoryViewModel model;
    private final Supplier<Window> owner;
    private final Button recent = new Button("Recent changes…");
    private final Button analyst = new Button("Recorded as: …");
    private Stage recentWindow;

    HistoryControls(MainViewModel main, Supplier<Window> owner) {
        this.main = main;
        this.model = main.history();
        this.owner = owner;
        recent.setId("recent-changes-button");
        recent.setTooltip(new Tooltip("Every change to the database, newest first: who made it, when and why"));
        recent.setOnAction(e -> showRecentChanges());
        analyst.setId("analyst-button");
        analyst.setMnemonicParsing(false); // a name such as lina_k keeps its underscore
        analyst.setTooltip(new Tooltip("The name the history records as who made each change; click to change it"));
        analyst.setOnAction(e -> model.analyst(current -> AnalystNameDialog.ask(owner.get(), current)
                .ifPresent(name -> model.setAnalyst(name, this::showAnalyst))));
        model.analyst(this::showAnalyst);
    }

    Button recentChangesButton() { return recent; }

    Button analystButton() { return analyst; }

    private void showAnalyst(HistoryViewModel.Analyst who) {
        analyst.setText("Recorded as: " + who.recordedAs());
    }

    /** The Recent changes window, one for the main window. */
    Stage showRecentChanges() {
        if (recentWindow == null) {
            recentWindow = RecentChangesWindow.open(owner.get(), model, this::showIncident);
            recentWindow.setOnHidden(e -> recentWindow = null);
        } else {
            recentWindow.toFront();
        }
        return recentWindow;
    }

    Stage showIncidentHistory(Incident incident) {
        return HistoryWindow.open(owner.get(), model, new ChangeQuery(ChangeQuery.Subject.INCIDENT, incident.key(), null, HistoryWindow.PAGE),
                "History of incident " + incident.key(), this::showIncident);
    }

    Stage showPlaceHistory(Place place) {
        String name = place.nameEn() + (place.nameAr() == null ? "" : " (" + place.nameAr() + ")");
        return HistoryWindow.open(owner.get(), model, new ChangeQuery(ChangeQuery.Subject.PLACE, place.key(), null, HistoryWindow.PAGE),
                "History of " + name + " and its incidents", this::showIncident);
    }

    /**
     * An incident named in the history: its key goes to the clipboard, and its source shows in the main window if it
     * is still in the database (it may have been removed since).
     */
    private void showIncident(String key) {
        ClipboardContent content = new ClipboardContent();
        content.putString(key);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        model.incident(key, found -> found.ifPresent(main::selectIncident));
    }
}
