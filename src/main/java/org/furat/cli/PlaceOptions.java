package org.furat.cli;

import java.util.Arrays;
import java.util.List;
import org.furat.app.GazetteerEditor;
import org.furat.app.PlaceFields;
import org.furat.model.GeoPrecision;
import org.furat.model.PlaceKind;
import picocli.CommandLine.Option;

/** The fields of a place as {@code furat place add} and {@code edit} take them; one not given is left as it is. */
final class PlaceOptions {

    @Option(names = "--name-ar", paramLabel = "NAME", description = "The Arabic name")
    String nameAr;

    @Option(names = "--name-en", paramLabel = "NAME", description = "The English name")
    String nameEn;

    @Option(names = "--spellings-ar", paramLabel = "A|B", description = "Other Arabic spellings, separated by '|' (they replace those it has; empty for none)")
    String spellingsAr;

    @Option(names = "--spellings-en", paramLabel = "A|B", description = "Other English spellings, separated by '|' (they replace those it has; empty for none)")
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
        double[] point = at == null ? null : editor.coordinates(at);
        return new PlaceFields(nameAr, nameEn, split(spellingsAr), split(spellingsEn), kind, precision,
                point == null ? null : point[0], point == null ? null : point[1]);
    }

    private static List<String> split(String joined) {
        return joined == null ? null : Arrays.stream(joined.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
