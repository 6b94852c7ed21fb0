package org.furat.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.furat.app.ChangeDescriptions;
import org.furat.app.ChangeLine;
import org.furat.app.Workspace;
import org.furat.model.ActionSummary;
import org.furat.model.ChangeQuery;
import org.furat.model.ChangeRecord;
import org.furat.model.Incident;

/**
 * What the History panels and the Recent changes window read and write: the change log, described for reading, and
 * the analyst's name. The log can be long, so everything is read in pages on the background thread.
 */
public final class HistoryViewModel {

    /** An action with its changes as lines to show, and when it was made in local time. */
    public record DescribedAction(ChangeRecord action, String when, List<ChangeLine> lines) {}

    /** What the Recent changes filters offer: who has made changes, and the names of the actions made. */
    public record FilterChoices(List<String> analysts, List<String> actionNames) {}

    private final Workspace workspace;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    public HistoryViewModel(Workspace workspace, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    /** The actions that match, newest first, each with its changes described. */
    public void actions(ChangeQuery query, Consumer<List<DescribedAction>> onActions) {
        tasks.run(() -> {
            ChangeDescriptions descriptions = descriptions();
            return workspace.history(query).stream()
                    .map(a -> new DescribedAction(a, descriptions.when(a.at()), descriptions.describe(a))).toList();
        }, onActions, onFailure);
    }

    /** A page of the whole database's actions, without their changes. */
    public void recent(ChangeQuery query, Consumer<List<ActionSummary>> onPage) {
        tasks.run(() -> workspace.recentActions(query), onPage, onFailure);
    }

    /** One action's changes, described. */
    public void changes(long actionId, Consumer<List<ChangeLine>> onLines) {
        tasks.run(() -> {
            List<ChangeRecord> found = workspace.history(ChangeQuery.action(actionId));
            return found.isEmpty() ? List.<ChangeLine>of() : descriptions().describe(found.get(0));
        }, onLines, onFailure);
    }

    public void filterChoices(Consumer<FilterChoices> onChoices) {
        tasks.run(() -> new FilterChoices(workspace.historyAnalysts(), workspace.historyActionNames()), onChoices, onFailure);
    }

    /** The incident with this key, if it is still in the database. */
    public void incident(String key, Consumer<Optional<Incident>> onIncident) {
        tasks.run(() -> workspace.incident(key), onIncident, onFailure);
    }

    /** The name set (empty when none) and who changes are recorded as. */
    public void analyst(Consumer<Analyst> onAnalyst) {
        tasks.run(() -> new Analyst(workspace.analystName().orElse(""), workspace.recordedAs()), onAnalyst, onFailure);
    }

    /** Sets the analyst's name (blank clears it), then says who changes are recorded as now. */
    public void setAnalyst(String name, Consumer<Analyst> onAnalyst) {
        tasks.run(() -> {
            workspace.setAnalystName(name);
            return new Analyst(workspace.analystName().orElse(""), workspace.recordedAs());
        }, onAnalyst, onFailure);
    }

    /** The analyst's name as set ("" when none) and the name changes are recorded under. */
    public record Analyst(String name, String recordedAs) {}

    /** Local time of a log time, as the panels show it. */
    public String when(String isoUtc) {
        return new ChangeDescriptions(org.furat.app.ChangeNames.keysOnly(), ZoneId.systemDefault()).when(isoUtc);
    }

    private ChangeDescriptions descriptions() {
        return new ChangeDescriptions(workspace.changeNames(), ZoneId.systemDefault());
    }
}
