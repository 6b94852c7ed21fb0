package org.furat.cli;

import java.util.Comparator;
import java.util.concurrent.Callable;
import org.furat.app.Workspace;
import org.furat.model.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code furat actor list}: the actors, one a line: key, English name, Arabic name, other spellings. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the actors: key, English name, Arabic name and other spellings.")
final class ActorListCommand implements Callable<Integer> {

    @ParentCommand
    ActorCommand parent;

    @Override
    public Integer call() {
        StringBuilder out = new StringBuilder();
        try (Workspace workspace = parent.parent.openWorkspace()) {
            for (Actor a : workspace.actors().stream().sorted(Comparator.comparing(Actor::key)).toList()) {
                out.append(a.key()).append('\t').append(a.nameEn()).append('\t').append(a.nameAr() == null ? "" : a.nameAr())
                        .append('\t').append(String.join("|", a.variantsEn())).append(a.variantsEn().isEmpty() || a.variantsAr().isEmpty() ? "" : "|")
                        .append(String.join("|", a.variantsAr())).append('\n');
            }
        }
        parent.report(out.toString().stripTrailing());
        return 0;
    }
}
