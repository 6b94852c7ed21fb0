package org.furat.cli;

import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import org.furat.model.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code furat actor rename KEY --name-en …}: gives an actor new names, keeping the old ones as spellings. */
@Command(name = "rename", mixinStandardHelpOptions = true,
        description = "Gives an actor a new English or Arabic name (or both); the old names stay as spellings, so reports using them are still read.")
final class ActorRenameCommand implements Callable<Integer> {

    @ParentCommand
    ActorCommand parent;

    @Parameters(index = "0", paramLabel = "KEY", description = "The actor's key (from `furat actor list`)")
    String key;

    @Option(names = "--name-en", paramLabel = "NAME", description = "The new English name")
    String nameEn;

    @Option(names = "--name-ar", paramLabel = "NAME", description = "The new Arabic name")
    String nameAr;

    @Override
    public Integer call() {
        if (nameEn == null && nameAr == null) throw new IllegalArgumentException("Give the new name with --name-en or --name-ar");
        Actor actor;
        try (Workspace workspace = parent.parent.openWorkspace()) {
            actor = workspace.gazetteerEditor().renameActor(key, nameEn, nameAr);
        }
        parent.report("Renamed actor " + key + ": " + actor.nameEn() + (actor.nameAr() == null ? "" : " (" + actor.nameAr() + ")"));
        return 0;
    }
}
