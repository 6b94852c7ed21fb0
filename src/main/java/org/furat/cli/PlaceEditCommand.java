package org.furat.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.furat.app.PlaceFields;
import org.furat.app.Workspace;
import org.furat.model.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code furat place edit KEY --name-en … --at …}: changes a place; what is not given stays. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Changes a place's names, spellings, kind, precision or point; what is not given stays as it is. "
                + "The incidents at the place follow it in the map, the exports and the incident_locations layer.",
                "Spellings are separated by '|' or by commas, as in the window's place editor. Coordinates read as longitude, "
                        + "latitude (swapped, since only that order lies in the map's region) are said so."})
final class PlaceEditCommand implements Callable<Integer> {

    @ParentCommand
    PlaceCommand parent;

    @Parameters(index = "0", paramLabel = "KEY", description = "The place's key (from `furat places`)")
    String key;

    @Mixin
    PlaceOptions options;

    @Override
    public Integer call() {
        try (Workspace workspace = parent.parent.openWorkspace()) {
            var editor = workspace.gazetteerEditor();
            PlaceFields fields = options.fields(editor);
            if (fields.equals(PlaceFields.NONE)) throw new IllegalArgumentException("Nothing to change: give --name-ar, --name-en, "
                    + "--spellings-ar, --spellings-en, --kind, --precision or --at");
            Place place = editor.editPlace(key, fields);
            parent.report(String.format(Locale.ROOT, "Edited place %s: %s, %s (%s) at %.5f, %.5f", place.key(), PlaceText.names(place),
                    place.kind().code(), place.precision().name().toLowerCase(Locale.ROOT), place.lat(), place.lon()));
            String swapped = options.swapNote(editor);
            if (swapped != null) parent.report(swapped);
        }
        return 0;
    }
}
