package org.furat.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.furat.app.AnalystNote;
import org.furat.app.HandCodedIncident;
import org.furat.app.Workspace;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.Evidence;
import org.furat.model.Incident;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code furat incident add}: an incident the analyst codes by hand, from a stored report or from their own note. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Adds an incident by hand and prints its key. It needs at least one --place.",
                "Its evidence is a span of a stored report (--source KEY --span START-END) or your own note with the URL you read it at "
                        + "(--note TEXT --url URL); with neither, a note saying that no source was given.",
                "It is verified unless --status says otherwise, except with neither a report nor a note: then it is proposed, "
                        + "and --status verified is refused.",
                "Example: furat incident add --type \"Armed clash\" --date 2025-03-04 --place khasham:location --actor1 sdf --killed 2 "
                        + "--note \"Two SDF fighters killed in a clash in Khasham\" --url https://example.org/a"})
final class IncidentAddCommand implements Callable<Integer> {

    @ParentCommand
    IncidentCommand parent;

    @Mixin
    IncidentFieldOptions fields;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Support support;

    /** What the incident rests on: a span of a stored report, or the analyst's note. */
    static final class Support {
        @ArgGroup(exclusive = false)
        Span span;
        @ArgGroup(exclusive = false)
        Note note;
    }

    static final class Span {
        @Option(names = "--source", paramLabel = "KEY", required = true, description = "A stored report's key")
        String source;
        @Option(names = "--span", paramLabel = "START-END", required = true, description = "The words that say so: character offsets in the report's text")
        String span;
    }

    static final class Note {
        @Option(names = "--note", paramLabel = "TEXT", required = true, description = "Your note: what happened, as you read it")
        String text;
        @Option(names = "--url", paramLabel = "URL", description = "Where you read it")
        String url;
    }

    @Override
    public Integer call() {
        if (fields.type == null || fields.date == null) throw new IllegalArgumentException("A new incident needs --type and --date");
        AnalystNote note = support == null ? AnalystNote.noneGiven()
                : support.note == null ? null : new AnalystNote(support.note.text, support.note.url);
        Evidence evidence = note != null ? note.evidence(List.of("all")) : span(support.span);
        Incident added;
        try (Workspace workspace = parent.parent.openWorkspace()) {
            Incident blank = new Incident(workspace.newIncidentKey(), DateSpan.day(fields.date), TimePrecision.DAY, SubEventType.OTHER, List.of(),
                    Casualties.UNKNOWN, Casualties.UNKNOWN, null, null, HandCodedIncident.defaultStatus(note), List.of(), List.of(evidence), null);
            Incident incident = fields.applyTo(blank);
            HandCodedIncident.refusal(incident, note).ifPresent(r -> { throw new IllegalArgumentException(message(r)); });
            added = workspace.addIncident(incident, note);
        }
        parent.report(added.key());
        parent.parent.spec.commandLine().getErr().println("Added incident " + added.key() + ": " + added.descriptionEn());
        return 0;
    }

    private static String message(HandCodedIncident.Refusal refusal) {
        return switch (refusal) {
            case NO_PLACE -> "An incident needs a place: give --place KEY (keys as `furat places` lists them); nothing was added";
            case VERIFIED_WITHOUT_SUPPORT -> "An incident with no source cannot be verified: give --note TEXT (and --url) or --source KEY "
                    + "--span START-END, or leave --status out to add it as proposed; nothing was added";
        };
    }

    private static Evidence span(Span span) {
        String[] parts = span.span.split("-");
        try {
            if (parts.length != 2) throw new NumberFormatException();
            return new Evidence(span.source.strip(), Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()), List.of("all"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + span.span + "' is not a span: write START-END, character offsets, e.g. 120-184");
        }
    }
}
