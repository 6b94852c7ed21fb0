package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.furat.app.ConcurrentEdit;
import org.furat.app.Workspace;
import org.furat.model.Casualties;
import org.furat.model.ChangeQuery;
import org.furat.model.Incident;
import org.furat.model.IncidentFilter;
import org.furat.model.Place;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The incident editor in the window: a correction is saved and shows in the history, Ctrl+Z takes it back and
 * Ctrl+Shift+Z does it again; a new incident is placed by typing part of a place's name in either script.
 */
@ExtendWith(ApplicationExtension.class)
class IncidentEditorUiTest {

    private static Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("furat-editor-ui");
        workspace = Workspace.open(folder.resolve("ui.gpkg"));
        window = TestWindows.show(stage, workspace);
    }

    @AfterAll
    static void closeWorkspace() {
        if (workspace != null) workspace.close();
    }

    @Test
    void aCorrectionIsSavedRecordedUndoneAndRedone(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Incident incident = workspace.incidents(IncidentFilter.ALL).get(0);
        AtomicReference<IncidentForm> made = new AtomicReference<>();
        robot.interact(() -> {
            IncidentForm f = new IncidentForm(incident, null, null, workspace.places(), workspace.actors());
            f.killed.setText("5");
            f.reason.setText("a second source gives five");
            made.set(f);
        });
        robot.interact(() -> window.model().editIncident(incident, made.get().entry(), ConcurrentEdit.Settle.REFUSE, c -> fail(c.getMessage())));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Casualties.exactly(5), workspace.incident(incident.key()).orElseThrow().killed());
        var history = workspace.history(ChangeQuery.all(1)).get(0);
        assertEquals("edit incident", history.name());
        assertEquals("a second source gives five", history.why());
        assertTrue(history.changes().stream().anyMatch(c -> c.field() != null && c.field().equals("killed_best")), history.changes().toString());

        assertFalse(robot.lookup("#undo").queryButton().isDisabled(), "Undo is offered after the correction");
        FxClicks.on(robot, "#map-view");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(incident.killed(), workspace.incident(incident.key()).orElseThrow().killed(), "Ctrl+Z takes the correction back");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Casualties.exactly(5), workspace.incident(incident.key()).orElseThrow().killed(), "Ctrl+Shift+Z does it again");
    }

    @Test
    void theCorrectedIncidentStaysChosenInTheTable(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<IncidentRow> rows = IncidentTableRows.listed(robot);
        robot.interact(() -> IncidentTableRows.table(robot).getSelectionModel().clearAndSelect(2));
        WaitForAsyncUtils.waitForFxEvents();
        Incident chosen = rows.get(2).incident();
        AtomicReference<IncidentForm.Entry> entry = new AtomicReference<>();
        robot.interact(() -> {
            IncidentForm form = new IncidentForm(chosen, null, null, workspace.places(), workspace.actors());
            form.killed.setText("7");
            entry.set(form.entry());
        });
        robot.interact(() -> window.model().editIncident(chosen, entry.get(), ConcurrentEdit.Settle.REFUSE, c -> fail(c.getMessage())));
        WaitForAsyncUtils.waitForFxEvents();
        var selected = IncidentTableRows.table(robot).getSelectionModel().getSelectedItem();
        assertTrue(selected != null && selected.value().getValue().incident().key().equals(chosen.key()), "still chosen: " + selected);
        assertEquals(Casualties.exactly(7), selected.value().getValue().incident().killed(), "and shown as corrected");
    }

    @Test
    void savingACorrectionLeavesTheFiguresNotTouchedAsStored(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Incident incident = workspace.incidents(IncidentFilter.ALL).get(0)
                .withCasualties(new Casualties(6, 5, null), new Casualties(20, null, null));
        AtomicReference<IncidentForm.Entry> entry = new AtomicReference<>();
        robot.interact(() -> {
            IncidentForm form = new IncidentForm(incident, null, null, workspace.places(), workspace.actors());
            form.reason.setText("only the reason");
            entry.set(form.entry());
        });
        assertEquals(new Casualties(6, 5, null), entry.get().incident().killed());
        assertEquals(new Casualties(20, null, null), entry.get().incident().injured());
    }

    @Test
    void aFigureStoredAsMoreThanIsShownSoAndKeptWhenSavedUntouched(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Casualties moreThanFive = new Casualties(5, 5, null); // as the extractor stores "more than 5 killed"
        Incident incident = workspace.incidents(IncidentFilter.ALL).get(0).withCasualties(moreThanFive, Casualties.UNKNOWN);
        AtomicReference<IncidentForm.Entry> entry = new AtomicReference<>();
        AtomicReference<String> shown = new AtomicReference<>();
        robot.interact(() -> {
            IncidentForm form = new IncidentForm(incident, null, null, workspace.places(), workspace.actors());
            shown.set(form.killed.getText());
            form.reason.setText("only the reason");
            entry.set(form.entry());
        });
        assertEquals("≥5", shown.get(), "not a plain 5, which would read as an exact count");
        assertEquals(moreThanFive, entry.get().incident().killed());
        assertEquals("Killed ≥5 · Injured ?", Labels.casualties(moreThanFive, Casualties.UNKNOWN), "the card says so too");
    }

    @Test
    void aNewIncidentWithNoPlaceIsRefusedInTheEditorAndNothingIsWritten(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int before = workspace.filter(IncidentFilter.ALL).count();
        AtomicReference<java.util.Optional<IncidentForm.Entry>> result = new AtomicReference<>();
        robot.interact(() -> javafx.application.Platform.runLater(() -> result.set(IncidentEditorDialog.add(
                null, workspace.newIncidentKey(), null, "Shelling was reported in the east.",
                workspace.places(), workspace.actors()))));
        WaitForAsyncUtils.waitForFxEvents();
        FxClicks.on(robot, robot.from(robot.lookup(".dialog-pane").<javafx.scene.Node>query()).lookup("Save").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        String problem = robot.lookup("#incident-problem").queryLabeled().getText();
        assertTrue(problem.contains("Choose the place") && problem.contains("cannot be saved"), problem);
        assertEquals(null, result.get(), "the editor stays open");
        FxClicks.on(robot, robot.from(robot.lookup(".dialog-pane").<javafx.scene.Node>query()).lookup("Cancel").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(result.get() != null && result.get().isEmpty(), "cancelled: " + result.get());
        assertEquals(before, workspace.filter(IncidentFilter.ALL).count(), "nothing was written");
    }

    @Test
    void aNewIncidentOnNobodysWordStartsProposedAndIsNotSavedAsVerified(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Place khasham = workspace.place("khasham").orElseThrow();
        AtomicReference<IncidentForm> made = new AtomicReference<>();
        robot.interact(() -> made.set(new IncidentForm(null, workspace.newIncidentKey(), khasham, workspace.places(), workspace.actors())));
        IncidentForm form = made.get();
        assertEquals(org.furat.model.Status.PROPOSED, form.status.getValue(), "no note yet: proposed");
        robot.interact(() -> form.note.setText("A clash in Khasham, a local page wrote."));
        assertEquals(org.furat.model.Status.VERIFIED, form.status.getValue(), "with the analyst's note: verified");
        robot.interact(() -> form.note.setText(""));
        assertEquals(org.furat.model.Status.PROPOSED, form.status.getValue(), "the note taken away: proposed again");
        assertEquals(org.furat.model.Status.PROPOSED, form.entry().incident().status());

        robot.interact(() -> form.status.setValue(org.furat.model.Status.VERIFIED));
        assertTrue(form.statusHint.getText().contains("Verified needs your note"), form.statusHint.getText());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, form::entry);
        assertTrue(refused.getMessage().contains("cannot be verified with no source"), refused.getMessage());
        robot.interact(() -> form.note.setText("A clash in Khasham, a local page wrote."));
        assertEquals("", form.statusHint.getText());
        assertEquals(org.furat.model.Status.VERIFIED, form.entry().incident().status(), "the analyst's choice stands once a note is given");
    }

    @Test
    void theArabicDescriptionReadsRightToLeftFromTheRightEdgeAndTheEnglishLeftToRight(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Incident incident = workspace.incidents(IncidentFilter.ALL).get(0);
        AtomicReference<IncidentForm> made = new AtomicReference<>();
        AtomicReference<Stage> shown = new AtomicReference<>();
        robot.interact(() -> {
            IncidentForm form = new IncidentForm(incident, null, null, workspace.places(), workspace.actors());
            form.descriptionEn.setText("Shelling on the village.");
            form.descriptionAr.setText("قصف مدفعي على القرية.");
            Stage stage = new Stage();
            stage.setScene(new Scene(form, 460, 600));
            stage.show();
            made.set(form);
            shown.set(stage);
        });
        // The window grows after it is first laid out, as the editor's dialog does when it sizes itself.
        robot.interact(() -> shown.get().setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {});
        WaitForAsyncUtils.waitForFxEvents();
        IncidentForm form = made.get();
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, form.descriptionAr.getEffectiveNodeOrientation());
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, form.descriptionEn.getEffectiveNodeOrientation());
        assertFalse(form.descriptionAr.isWrapText(), "a wrapped right-to-left line is drawn wrongly by JavaFX");
        // Where the words are drawn, read from the pixels: the dark ones inside the field's border.
        double[] ink = WaitForAsyncUtils.waitForAsyncFx(5000, () -> inkColumns(form.descriptionAr.snapshot(null, null)));
        double width = form.descriptionAr.getWidth();
        assertTrue(ink[1] > width - 30 && ink[0] > width / 2,
                "the Arabic is drawn against the right edge: columns " + ink[0] + "–" + ink[1] + " of " + width);
        robot.interact(() -> shown.get().close());
    }

    /** The first and last column of an image, its border left out, that holds a dark pixel; {-1, -1} for none. */
    private static double[] inkColumns(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        int first = -1, last = -1;
        for (int x = 4; x < image.getWidth() - 4; x++) {
            for (int y = 4; y < image.getHeight() - 4; y++) {
                if (pixels.getColor(x, y).getBrightness() < 0.4) {
                    if (first < 0) first = x;
                    last = x;
                    break;
                }
            }
        }
        return new double[] {first, last};
    }

    @Test
    void aNameOfSeveralWordsCanBeTypedIntoThePlaceChoice(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<ComboBox<Place>> box = new AtomicReference<>();
        AtomicReference<Stage> shown = new AtomicReference<>();
        robot.interact(() -> {
            IncidentForm form = new IncidentForm(null, workspace.newIncidentKey(), null, workspace.places(), workspace.actors());
            form.addPlaceRow(null);
            @SuppressWarnings("unchecked")
            ComboBox<Place> place = (ComboBox<Place>) ((javafx.scene.layout.HBox) form.placeRows.getChildren().get(0)).getChildren().get(0);
            box.set(place);
            Stage stage = new Stage();
            stage.setScene(new Scene(form, 760, 500));
            stage.show();
            shown.set(stage);
        });
        FxClicks.on(robot, box.get().getEditor());
        robot.write("Deir ez");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Deir ez", box.get().getEditor().getText(), "the space stays in what was typed");
        assertTrue(box.get().getItems().stream().allMatch(p -> p.nameEn().toLowerCase().contains("deir ez")), box.get().getItems().toString());
        assertFalse(box.get().getItems().isEmpty());
        robot.interact(() -> shown.get().close());
    }

    @Test
    void aNewIncidentIsPlacedByTypingPartOfANameInEitherScript(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int before = workspace.filter(IncidentFilter.ALL).count();
        AtomicReference<IncidentForm> made = new AtomicReference<>();
        robot.interact(() -> {
            IncidentForm f = new IncidentForm(null, workspace.newIncidentKey(), null, workspace.places(), workspace.actors());
            f.addPlaceRow(null);
            made.set(f);
        });
        IncidentForm form = made.get();
        @SuppressWarnings("unchecked")
        ComboBox<Place> place = (ComboBox<Place>) ((javafx.scene.layout.HBox) form.placeRows.getChildren().get(0)).getChildren().get(0);
        robot.interact(() -> place.getEditor().setText("خشا"));
        WaitForAsyncUtils.waitForFxEvents();
        List<Place> offered = List.copyOf(place.getItems());
        assertFalse(offered.isEmpty());
        assertTrue(offered.stream().allMatch(p -> p.nameAr() != null && p.nameAr().contains("خشا")), offered.toString());
        IllegalArgumentException unchosen = assertThrows(IllegalArgumentException.class, form::entry);
        assertTrue(unchosen.getMessage().contains("Choose a place"), unchosen.getMessage());

        Place khasham = workspace.place("khasham").orElseThrow();
        robot.interact(() -> {
            place.setValue(khasham);
            place.getEditor().setText(place.getConverter().toString(khasham)); // as the list does when an entry is clicked
            form.killed.setText("2");
            form.note.setText("Two people were killed in Khasham, a local page wrote.");
            form.url.setText("https://example.org/khasham");
        });
        robot.interact(() -> window.model().addIncident(form.entry()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, workspace.filter(IncidentFilter.ALL).count());
        Incident added = workspace.incidents(IncidentFilter.ALL).stream().filter(i -> i.key().startsWith("hand-")).findFirst().orElseThrow();
        assertEquals("khasham", added.places().get(0).placeKey());
        assertEquals(Casualties.exactly(2), added.killed());
        assertEquals(org.furat.model.Status.VERIFIED, added.status(), "resting on the analyst's note, it is verified");
        assertEquals("https://example.org/khasham", workspace.source(added.evidence().get(0).sourceKey()).orElseThrow().url());
    }
}
