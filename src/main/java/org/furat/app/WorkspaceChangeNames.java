package org.furat.app;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.furat.model.Source;

/**
 * Names a workspace's keys for the history. A report's text is read once per history shown, however many evidence
 * rows quote it, hence one instance per listing.
 */
final class WorkspaceChangeNames implements ChangeNames {

    private final Workspace workspace;
    private final Map<String, Optional<String>> texts = new HashMap<>();

    WorkspaceChangeNames(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Optional<String> place(String key) {
        return workspace.place(key).map(p -> bothNames(p.nameEn(), p.nameAr()));
    }

    @Override
    public Optional<String> actor(String key) {
        return workspace.actor(key).map(a -> bothNames(a.nameEn(), a.nameAr()));
    }

    @Override
    public Optional<String> quote(String sourceKey, int start, int end) {
        Optional<String> text = texts.computeIfAbsent(sourceKey, k -> workspace.source(k).map(Source::text));
        return text.filter(t -> 0 <= start && start < end && end <= t.length()).map(t -> t.substring(start, end));
    }

    static String bothNames(String english, String arabic) {
        if (english == null || english.isBlank()) return arabic;
        return arabic == null || arabic.isBlank() ? english : english + " (" + arabic + ")";
    }
}
