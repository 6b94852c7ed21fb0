package org.furat.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.furat.app.Workspace;
import org.furat.model.ActorRole;
import org.furat.model.Casualties;
import org.furat.model.Deletion;
import org.furat.model.Evidence;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.furat.model.PlaceLink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code furat incidents}: incidents that match a date span and place. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = "Lists incidents whose date span overlaps --from/--to, optionally at one place; deleted ones only with --show-deleted.")
final class IncidentsCommand implements Callable<Integer> {

    @ParentCommand
    FuratCommand parent;

    @Mixin
    FilterOptions filterOptions;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        IncidentFilter filter = filterOptions.filter();
        try (Workspace workspace = parent.openWorkspace()) {
            List<Incident> incidents = workspace.incidents(filter);
            List<String> columns = new ArrayList<>(List.of("key", "date_start", "date_end", "time_precision", "event_type", "sub_event_type",
                    "actor1", "actor2", "killed", "injured", "places", "status"));
            // Deleted incidents are listed only on request, and then each says whether it is one, and why.
            Map<String, Deletion> deletions = filter.showDeleted() ? workspace.deletions() : Map.of();
            if (filter.showDeleted()) columns.add("deleted");
            List<List<String>> rows = new ArrayList<>();
            List<Map<String, Object>> json = new ArrayList<>();
            for (Incident i : incidents) {
                // JSON carries the evidence quotes, which cost a source look-up each: build only what is printed.
                Deletion deletion = deletions.get(i.key());
                if (format == OutputFormat.json) {
                    Map<String, Object> m = json(workspace, i);
                    if (filter.showDeleted()) m.put("deleted", deletion == null ? null : Map.of("at", deletion.at(), "reason", deletion.reason()));
                    json.add(m);
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(i.key(), i.dates().start().toString(), i.dates().end().toString(), i.timePrecision().label(),
                        i.eventType().label(), i.subEventType().label(), actorNames(workspace, i, ActorRole.ACTOR1),
                        actorNames(workspace, i, ActorRole.ACTOR2), i.killed().describe(), i.injured().describe(),
                        i.places().stream().map(PlaceLink::placeKey).distinct().collect(Collectors.joining(" ")), i.status().code()));
                if (filter.showDeleted()) row.add(deletion == null ? "" : deletion.at() + " " + deletion.reason());
                rows.add(row);
            }
            Rows.print(parent.spec.commandLine().getOut(), format, columns, rows, json);
        }
        return 0;
    }

    private static String actorNames(Workspace workspace, Incident incident, ActorRole role) {
        return incident.actors().stream().filter(a -> a.role() == role)
                .map(a -> workspace.actor(a.actorKey()).map(x -> x.nameEn()).orElse(a.actorKey()))
                .collect(Collectors.joining("; "));
    }

    private static Map<String, Object> json(Workspace workspace, Incident i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", i.key());
        m.put("date_start", i.dates().start().toString());
        m.put("date_end", i.dates().end().toString());
        m.put("time_precision", i.timePrecision().code());
        m.put("time_precision_label", i.timePrecision().label());
        m.put("event_type", i.eventType().label());
        m.put("sub_event_type", i.subEventType().label());
        List<Map<String, Object>> actors = new ArrayList<>();
        for (IncidentActor a : i.actors()) {
            Map<String, Object> actor = new LinkedHashMap<>();
            actor.put("key", a.actorKey());
            actor.put("role", a.role().code());
            workspace.actor(a.actorKey()).ifPresent(x -> {
                actor.put("name_en", x.nameEn());
                actor.put("name_ar", x.nameAr());
            });
            actors.add(actor);
        }
        m.put("actors", actors);
        m.put("killed", casualties(i.killed()));
        m.put("injured", casualties(i.injured()));
        m.put("status", i.status().code());
        m.put("description_en", i.descriptionEn());
        m.put("description_ar", i.descriptionAr());
        m.put("place_keys", i.places().stream().map(PlaceLink::placeKey).distinct().toList());
        List<Map<String, Object>> places = new ArrayList<>();
        for (PlaceLink link : i.places()) {
            Place p = workspace.place(link.placeKey()).orElseThrow();
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("key", p.key());
            place.put("name_en", p.nameEn());
            place.put("name_ar", p.nameAr());
            place.put("role", link.role().code());
            place.put("lat", p.lat());
            place.put("lon", p.lon());
            place.put("precision", p.precision().coarsest(link.precision()).code());
            places.add(place);
        }
        m.put("places", places);
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Evidence e : i.evidence()) {
            Map<String, Object> span = new LinkedHashMap<>();
            span.put("source", e.sourceKey());
            span.put("start", e.start());
            span.put("end", e.end());
            span.put("fields", e.fields());
            workspace.source(e.sourceKey()).ifPresent(s -> span.put("quote", e.quote(s.text())));
            evidence.add(span);
        }
        m.put("evidence", evidence);
        m.put("note", i.note());
        return m;
    }

    private static Map<String, Object> casualties(Casualties c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("best", c.best());
        m.put("low", c.low());
        m.put("high", c.high());
        return m;
    }
}
