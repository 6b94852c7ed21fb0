package org.furat.cli;

import org.furat.app.GazetteerEditor;
import org.furat.app.PlaceFields;
import org.furat.geo.CoordinateParser;
import org.furat.model.GeoPrecision;
import org.furat.model.PlaceKind;
import picocli.CommandLine.Option;

/** The fields of a place as {@code furat place add} and {@code edit} take them; one not given is left as it is. */
final class PlaceOptions {

    @Option(names = "--name-ar", paramLabel = "NAME", description = "The Arabic name")
    String nameAr;

    @Option(names = "--name-en", paramLabel = "NAME", description = "The English name")
    String nameEn;

    @Option(names = "--spellings-ar", paramLabel = "A|B", description = "Other Arabic spellings, separated by '|' or commas (, or ،) "
            + "as in the window's place editor (they replace those it has; empty for none)")
    String spellingsAr;

    @Option(names = "--spellings-en", paramLabel = "A|B", description = "Other English spellings, separated by '|' or commas "
            + "(they replace those it has; empty for none)")
    String spellingsEn;

    @Option(names = "--kind", paramLabel = "KIND", description = "city, town, village, neighbourhood, base, airport, oil_field, gas_field, "
            + "river_island, bridge, crossing, road or site")
    PlaceKind kind;

    @Option(names = "--precision", paramLabel = "PRECISION", description = "exact, approximate or region")
    GeoPrecision precision;

    @Option(names = "--at", paramLabel = "COORDINATES", description = "Where it is: 35.3012, 40.2891 or 35°18′04″N 40°17′21″E")
    String at;

    /** The fields given, coordinates read (and checked against the map's region) by the editor. */
    PlaceFields fields(GazetteerEditor editor) {
        CoordinateParser.Parsed point = at == null ? null : editor.point(at);
        return new PlaceFields(nameAr, nameEn, PlaceFields.spellings(spellingsAr), PlaceFields.spellings(spellingsEn), kind, precision,
                point == null ? null : point.lon(), point == null ? null : point.lat());
    }

    /** A line saying that --at was read the other way round from typed, or null when it was read as typed (or not given). */
    String swapNote(GazetteerEditor editor) {
        if (at == null || !editor.point(at).swapped()) return null;
        return "Note: the coordinates \"" + at.strip() + "\" were read as longitude, latitude (swapped), since only that order lies "
                + "in the map's region; check the point";
    }
}
