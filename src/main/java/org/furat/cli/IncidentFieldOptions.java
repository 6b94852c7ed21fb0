package org.furat.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.furat.app.CasualtyText;
import org.furat.model.ActorRole;
import org.furat.model.DateSpan;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import picocli.CommandLine.Option;

/**
 * The fields of an incident as `furat incident add` and `edit` take them. Each option given replaces that field;
 * one not given leaves it as it was (for add: as a new incident has it).
 */
final class IncidentFieldOptions {

    @Option(names = "--type", paramLabel = "TYPE", description = "ACLED sub-event type, e.g. \"Armed clash\" or shelling_artillery_missile")
    String type;

    @Option(names = "--date", paramLabel = "DATE", description = "The day it happened, or the first day it may have (YYYY-MM-DD)")
    LocalDate date;

    @Option(names = "--date-end", paramLabel = "DATE", description = "The last day it may have happened (default: --date)")
    LocalDate dateEnd;

    @Option(names = "--precision", paramLabel = "P", description = "How well the date is known: day, week or month (default: day)")
    String precision;

    @Option(names = "--place", paramLabel = "KEY[:ROLE[:PRECISION]]",
            description = "A place (key from `furat places`), its role (location, target, origin, mentioned; default location) and "
                    + "how well the point locates it (exact, approximate, region; default exact). Repeat for more; replaces all places")
    List<String> places;

    @Option(names = "--actor1", paramLabel = "KEY", description = "An actor on the first side (key from `furat actor list`); repeat for more")
    List<String> actors1;

    @Option(names = "--actor2", paramLabel = "KEY", description = "An actor on the second side; repeat for more. Giving --actor1 or --actor2 replaces all actors")
    List<String> actors2;

    @Option(names = "--killed", paramLabel = "N", description = "People killed: 3, 10-15, >=10 or ~20; ? for unknown")
    String killed;

    @Option(names = "--injured", paramLabel = "N", description = "People injured, written as --killed")
    String injured;

    @Option(names = "--description-en", paramLabel = "TEXT", description = "Your own English description (default: written from the fields)")
    String descriptionEn;

    @Option(names = "--description-ar", paramLabel = "TEXT", description = "Your own Arabic description (default: written from the fields)")
    String descriptionAr;

    @Option(names = "--status", paramLabel = "S", description = "proposed, verified or rejected")
    String status;

    /** Whether any field is given. */
    boolean any() {
        return type != null || date != null || dateEnd != null || precision != null || places != null || actors1 != null
                || actors2 != null || killed != null || injured != null || descriptionEn != null || descriptionAr != null || status != null;
    }

    /** {@code base} with every field given here replaced. */
    Incident applyTo(Incident base) {
        Incident i = base;
        if (type != null) i = i.withType(SubEventType.parse(type));
        if (date != null || dateEnd != null || precision != null) {
            LocalDate start = date != null ? date : i.dates().start();
            LocalDate end = dateEnd != null ? dateEnd : date != null ? date : i.dates().end();
            i = i.withDates(new DateSpan(start, end), precision != null ? TimePrecision.parse(precision) : i.timePrecision());
        }
        if (places != null) i = i.withPlaces(places.stream().map(IncidentFieldOptions::place).toList());
        if (actors1 != null || actors2 != null) {
            List<IncidentActor> actors = new ArrayList<>();
            for (String key : actors1 == null ? List.<String>of() : actors1) actors.add(new IncidentActor(key.strip(), ActorRole.ACTOR1));
            for (String key : actors2 == null ? List.<String>of() : actors2) actors.add(new IncidentActor(key.strip(), ActorRole.ACTOR2));
            i = i.withActors(actors);
        }
        if (killed != null || injured != null) {
            i = i.withCasualties(killed != null ? CasualtyText.parse(killed) : i.killed(), injured != null ? CasualtyText.parse(injured) : i.injured());
        }
        if (descriptionEn != null || descriptionAr != null || status != null) {
            i = new Incident(i.key(), i.dates(), i.timePrecision(), i.subEventType(), i.actors(), i.killed(), i.injured(),
                    descriptionEn != null ? descriptionEn : i.descriptionEn(), descriptionAr != null ? descriptionAr : i.descriptionAr(),
                    status != null ? Status.parse(status) : i.status(), i.places(), i.evidence(), i.note());
        }
        return i;
    }

    private static PlaceLink place(String option) {
        String[] parts = option.split(":", -1);
        if (parts.length > 3 || parts[0].isBlank()) {
            throw new IllegalArgumentException("'" + option + "' is not a place: write KEY, KEY:ROLE or KEY:ROLE:PRECISION, e.g. khasham:target:exact");
        }
        PlaceRole role = parts.length > 1 && !parts[1].isBlank() ? PlaceRole.parse(parts[1]) : PlaceRole.LOCATION;
        GeoPrecision precision = parts.length > 2 ? geoPrecision(parts[2]) : GeoPrecision.EXACT;
        return new PlaceLink(parts[0].strip(), role, precision);
    }

    private static GeoPrecision geoPrecision(String text) {
        return Arrays.stream(GeoPrecision.values()).filter(p -> p.name().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown location precision '" + text + "' (expected exact, approximate or region)"));
    }
}
