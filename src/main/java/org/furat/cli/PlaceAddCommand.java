package org.furat.cli;

import java.util.List;
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
                "Prints its key, made from its name unless --key gives one. When a place already has the same name, says which, "
                        + "and that the new key has a number added (_2) unless --key gives one; when the coordinates were read "
                        + "as longitude, latitude (swapped, since only that order lies in the map's region), says so.",
                "Spellings are separated by '|' or by commas, as in the window's place editor."})
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
            List<Place> namesakes = editor.sameName(fields.nameAr(), fields.nameEn());
            Place place = editor.addPlace(key, fields);
            parent.report(String.format(Locale.ROOT, "Added place %s: %s at %.5f, %.5f", place.key(), PlaceText.names(place), place.lat(), place.lon()));
            String swapped = options.swapNote(editor);
            if (swapped != null) parent.report(swapped);
            for (Place same : namesakes) parent.report(namesakeNote(same, place));
        }
        return 0;
    }

    /** Says that the new place shares a name with {@code same}, which it may duplicate, and how its key was chosen. */
    private String namesakeNote(Place same, Place added) {
        String how = key != null && !key.isBlank() ? "it has the key you gave"
                : added.key().startsWith(same.key() + "_") ? "its key has a number added to tell them apart"
                : "it has a key of its own";
        return String.format(Locale.ROOT, "Note: place %s, %s at %.5f, %.5f, already has this name; %s (%s). If they are the same place, "
                        + "`furat place merge %s --into %s` keeps one", same.key(), PlaceText.names(same), same.lat(), same.lon(), how,
                added.key(), added.key(), same.key());
    }
}
