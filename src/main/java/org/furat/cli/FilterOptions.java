package org.furat.cli;

import java.time.LocalDate;
import java.util.Set;
import org.furat.model.EventType;
import org.furat.model.IncidentFilter;
import org.furat.model.Status;
import picocli.CommandLine.Option;

/** The filter options shared by the commands that select incidents (incidents, export). */
final class FilterOptions {

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only incidents that end on or after this day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only incidents that start on or before this day")
    LocalDate to;

    @Option(names = "--place", paramLabel = "KEY", description = "Only incidents at this place (keys from `furat places`)")
    String place;

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "Only these event types: ${COMPLETION-CANDIDATES}")
    Set<EventType> types = Set.of();

    @Option(names = "--actor", paramLabel = "KEY", split = ",", description = "Only incidents with one of these actors")
    Set<String> actors = Set.of();

    @Option(names = "--status", paramLabel = "STATUS", split = ",", description = "Only these statuses: ${COMPLETION-CANDIDATES}")
    Set<Status> statuses = Set.of();

    @Option(names = "--text", paramLabel = "WORDS",
            description = "Only incidents whose descriptions or evidence contain these words (Arabic spelling variants folded)")
    String text = "";

    @Option(names = "--precise-dates", description = "Leave out incidents whose date span only overlaps --from/--to")
    boolean preciseDates;

    @Option(names = "--show-deleted", description = "Include the incidents deleted with `furat incident delete`, left out otherwise")
    boolean showDeleted;

    IncidentFilter filter() {
        return IncidentFilter.of(from, to, place).withTypes(types).withActors(actors).withStatuses(statuses)
                .withText(text).withIncludeImprecise(!preciseDates).withShowDeleted(showDeleted);
    }
}
