package org.furat.app;

import java.nio.file.Path;
import org.furat.model.Place;

/**
 * For the review crash test, run in a child JVM: opens the workspace {@code args[0]}, opens the report
 * {@code args[1]} for review, accepts every proposal and saves.
 */
public final class ReviewSaveMain {
    private ReviewSaveMain() {}

    public static void main(String[] args) {
        try (Workspace workspace = Workspace.open(Path.of(args[0]))) {
            Reviewer reviewer = workspace.reviewer();
            ReviewDraft draft = new ReviewDraft(reviewer.open(args[1]), workspace.places().stream().map(Place::key).toList());
            for (String key : draft.proposalKeys()) draft.accept(key);
            System.out.println(reviewer.apply(draft));
        }
    }
}
