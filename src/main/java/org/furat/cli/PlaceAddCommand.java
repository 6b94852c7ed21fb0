package org.furat.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.furat.app.GazetteerEditor;
import org.furat.app.PlaceFields;
import org.furat.app.Workspace;
import org.furat.model.GeoPrecision;
import org.furat.model.Place;
import org.furat.model.PlaceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code furat place add --name-ar … --at …}: adds a place to the gazetteer. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Adds a place: a name (Arabic, English or both), a point inside the map's region, its kind (default "
                + "village) and precision (default approximate, as for a point placed by hand).",
                "Prints its key, made from its name unless --key gives one."})
final class PlaceAddCommand implements Callable<Integer> {

    @ParentCommand
    PlaceCommand parent;

    @Mixin
    PlaceOptions options;

    @Option(names = "--key", paramLabel = "KEY", description = "The new place's key (default: made from its name)")
    String key;

    @Override
    public Integer call() {
        if (options.at == null) throw new IllegalArgumentException("Say where the place is with --at, e.g. --at \"35.3012, 40.2891\"");
        try (Workspace workspace = parent.parent.openWorkspace()) {
            GazetteerEditor editor = workspace.gazetteerEditor();
            PlaceFields fields = options.fields(editor);
            if (fields.kind() == null) fields = fields.withKind(PlaceKind.VILLAGE);
            if (fields.precision() == null) fields = fields.withPrecision(GeoPrecision.APPROXIMATE);
            Place place = editor.addPlace(key, fields);
            parent.report(String.format(Locale.ROOT, "Added place %s: %s at %.5f, %.5f", place.key(), PlaceText.names(place), place.lat(), place.lon()));
        }
        return 0;
    }
}
