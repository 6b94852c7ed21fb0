package org.furat.cli;

import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import org.furat.model.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code furat actor add --name-en … --name-ar …}: adds an actor. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Adds an actor with its names; prints its key, made from its name unless --key gives one.")
final class ActorAddCommand implements Callable<Integer> {

    @ParentCommand
    ActorCommand parent;

    @Option(names = "--name-en", paramLabel = "NAME", description = "The English name")
    String nameEn;

    @Option(names = "--name-ar", paramLabel = "NAME", description = "The Arabic name")
    String nameAr;

    @Option(names = "--key", paramLabel = "KEY", description = "The new actor's key (default: made from its name)")
    String key;

    @Override
    public Integer call() {
        Actor actor;
        try (Workspace workspace = parent.parent.openWorkspace()) {
            actor = workspace.gazetteerEditor().addActor(key, nameEn, nameAr);
        }
        parent.report("Added actor " + actor.key() + ": " + actor.nameEn() + (actor.nameAr() == null ? "" : " (" + actor.nameAr() + ")"));
        return 0;
    }
}
