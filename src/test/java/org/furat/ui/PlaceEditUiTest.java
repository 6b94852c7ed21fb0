package org.furat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.furat.app.Workspace;
import org.furat.map.Viewport;
import org.furat.model.ChangeQuery;
import org.furat.model.Place;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map's right-click menu: "Move on the map" on a pin puts a pin to drag, and the place moves only when the
 * analyst confirms (Cancel leaves it); "New place here" opens the place editor at the point clicked, which refuses
 * a place without a name and adds the one named.
 */
@ExtendWith(ApplicationExtension.class)
class PlaceEditUiTest {

    private static Workspace workspace;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        workspace = TestWindows.newWorkspace();
        window = TestWindows.show(stage, workspace);
    }

    @AfterAll
    static void closeWorkspace() {
        if (workspace != null) workspace.close();
    }

    private Point2D onScreen(Point2D inMap) {
        return window.map().localToScreen(inMap);
    }

    private void rightClickOnPin(FxRobot robot, String key) {
        Point2D pin = window.map().pinPosition(key).orElseThrow(() -> new AssertionError("no " + key + " pin on the map"));
        robot.moveTo(onScreen(pin)).clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The bar lies within the map, its words and buttons shown whole, and the legend lies clear of it. */
    private void assertMoveBarWholeAndClearOfTheLegend(FxRobot robot) {
        MapView map = window.map();
        Bounds mapBox = map.getLayoutBounds();
        for (String id : new String[] {"#move-bar", "#move-instruction", "#move-coordinates", "#confirm-move", "#cancel-move"}) {
            Node node = robot.lookup(id).query();
            Bounds box = map.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            assertTrue(box.getMinX() >= mapBox.getMinX() - 0.5 && box.getMaxX() <= mapBox.getMaxX() + 0.5 && box.getMinY() >= -0.5
                    && box.getMaxY() <= mapBox.getMaxY(), id + " lies within the map: " + box + " in " + mapBox);
            if (node instanceof Labeled labeled) {
                Text shown = (Text) labeled.lookup(".text");
                assertEquals(labeled.getText(), shown.getText(), id + " is not cut short");
            }
        }
        Node bar = robot.lookup("#move-bar").query();
        Bounds barBox = map.sceneToLocal(bar.localToScene(bar.getLayoutBounds()));
        Bounds legend = WaitForAsyncUtils.waitForAsyncFx(5000, map::legendBox);
        assertTrue(legend != null, "the map draws a legend");
        assertFalse(barBox.intersects(legend), "the legend " + legend + " is clear of the bar " + barBox);
    }

    @Test
    void aPinDraggedAndConfirmedMovesThePlaceAndCancelLeavesIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Place was = workspace.place("khasham").orElseThrow();

        rightClickOnPin(robot, "khasham");
        FxClicks.on(robot, "#move-place");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#move-bar").tryQuery().isPresent(), "the move bar is shown");
        assertMoveBarWholeAndClearOfTheLegend(robot);
        Point2D from = window.map().pinPosition("khasham").orElseThrow();
        robot.drag(onScreen(from), MouseButton.PRIMARY).dropTo(onScreen(from.add(40, 30)));
        FxClicks.on(robot, "#cancel-move");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(was, workspace.place("khasham").orElseThrow(), "cancelled: nothing changed");
        assertFalse(robot.lookup("#move-bar").tryQuery().isPresent());

        rightClickOnPin(robot, "khasham");
        FxClicks.on(robot, "#move-place");
        WaitForAsyncUtils.waitForFxEvents();
        from = window.map().pinPosition("khasham").orElseThrow();
        Point2D to = from.add(60, -45);
        robot.drag(onScreen(from), MouseButton.PRIMARY).dropTo(onScreen(to));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(was, workspace.place("khasham").orElseThrow(), "nothing is written before Confirm");
        Viewport view = window.map().viewport();
        FxClicks.on(robot, "#confirm-move");
        WaitForAsyncUtils.waitForFxEvents();

        Place now = workspace.place("khasham").orElseThrow();
        double metres = view.metresPerPixel();
        assertEquals(view.lon(to.getX()), now.lon(), 3 * metres / 80_000, "the place is where the pin was dropped");
        assertEquals(view.lat(to.getY()), now.lat(), 3 * metres / 80_000);
        assertEquals(was.nameAr(), now.nameAr(), "only the point changed");
        Point2D pin = window.map().pinPosition("khasham").orElseThrow();
        assertEquals(to.getX(), pin.getX(), 3, "the map's pin moved with it");
        assertEquals(to.getY(), pin.getY(), 3);
        assertEquals("edit place", workspace.history(new ChangeQuery(ChangeQuery.Subject.PLACE, "khasham", null, 1)).get(0).name());
    }

    /** The place as stored now (the window's workspace takes in others' changes within a second, not at once). */
    private static Place stored(String key) {
        try (Workspace reader = Workspace.open(workspace.databaseName())) {
            return reader.place(key).orElseThrow();
        }
    }

    @Test
    void aMoveOverSomeoneElsesMoveAsksWhoseToKeepAndARenameKeepsTheirPoint(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Place was = workspace.place("khasham").orElseThrow();
        rightClickOnPin(robot, "khasham");
        FxClicks.on(robot, "#move-place");
        WaitForAsyncUtils.waitForFxEvents();
        Point2D from = window.map().pinPosition("khasham").orElseThrow();
        robot.drag(onScreen(from), MouseButton.PRIMARY).dropTo(onScreen(from.add(50, 40)));
        WaitForAsyncUtils.waitForFxEvents();
        double theirLon = was.lon() - 0.02;
        try (Workspace colleague = Workspace.open(workspace.databaseName())) {
            colleague.setAnalystName("Sara");
            colleague.gazetteerEditor().editPlace("khasham", org.furat.app.PlaceFields.NONE.withPoint(theirLon, was.lat()));
        }
        FxClicks.on(robot, "#confirm-move");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.GridPane conflicts = robot.lookup("#edit-conflicts").queryAs(javafx.scene.layout.GridPane.class);
        assertTrue(conflicts.getChildren().stream().anyMatch(n -> n instanceof Labeled l && l.getText().equals("point")),
                "the point is the field both changed");
        assertEquals(theirLon, stored("khasham").lon(), 1e-9, "nothing saved over Sara's move");
        FxClicks.on(robot, robot.lookup(".dialog-pane .button").match(n -> ((javafx.scene.control.Button) n).getText().equals("Take Sara's"))
                .queryAs(javafx.scene.control.Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(theirLon, stored("khasham").lon(), 1e-9, "took Sara's point");

        // The editor opened, then Sara moves it again: a rename saved from the editor keeps her point, unasked.
        rightClickOnPin(robot, "khasham");
        FxClicks.on(robot, "#edit-place");
        WaitForAsyncUtils.waitForFxEvents();
        try (Workspace colleague = Workspace.open(workspace.databaseName())) {
            colleague.gazetteerEditor().editPlace("khasham", org.furat.app.PlaceFields.NONE.withPoint(theirLon + 0.01, was.lat()));
        }
        javafx.scene.control.TextField nameEn = robot.lookup("#place-name-en").queryAs(javafx.scene.control.TextField.class);
        FxClicks.on(robot, "#place-name-en");
        robot.write(" (checked)");
        FxClicks.on(robot, robot.lookup(".dialog-pane .button").match(n -> ((javafx.scene.control.Button) n).isDefaultButton())
                .queryAs(javafx.scene.control.Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        Place now = stored("khasham");
        assertEquals(nameEn.getText(), now.nameEn(), "renamed");
        assertEquals(theirLon + 0.01, now.lon(), 1e-9, "her second move kept");
        assertFalse(robot.lookup("#edit-conflicts").tryQuery().isPresent(), "nothing to ask");
    }

    @Test
    void newPlaceHereOpensTheEditorAtThePointAndAddsThePlaceNamed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int places = workspace.places().size();
        Point2D khasham = window.map().pinPosition("khasham").orElseThrow();
        Point2D spot = khasham.add(-70, 90);
        robot.moveTo(onScreen(spot)).clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        double lon = window.map().viewport().lon(spot.getX()), lat = window.map().viewport().lat(spot.getY());
        FxClicks.on(robot, "#new-place-here");
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TextField coordinates = robot.lookup("#place-coordinates").queryAs(javafx.scene.control.TextField.class);
        String[] typed = coordinates.getText().split(",");
        double pixel = window.map().viewport().metresPerPixel() / 100_000;
        assertEquals(lat, Double.parseDouble(typed[0]), 3 * pixel, "the editor opens at the point clicked: " + coordinates.getText());
        assertEquals(lon, Double.parseDouble(typed[1]), 3 * pixel);
        FxClicks.on(robot, robot.lookup(".dialog-pane .button").match(n -> ((javafx.scene.control.Button) n).isDefaultButton())
                .queryAs(javafx.scene.control.Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label message = robot.lookup("#place-form-message").queryAs(javafx.scene.control.Label.class);
        assertTrue(message.getText().contains("name"), "a place without a name is refused: " + message.getText());
        assertEquals(places, workspace.places().size());

        FxClicks.on(robot, "#place-name-ar").write("مزرعة التجربة");
        FxClicks.on(robot, "#place-name-en").write("Test Farm");
        FxClicks.on(robot, robot.lookup(".dialog-pane .button").match(n -> ((javafx.scene.control.Button) n).isDefaultButton())
                .queryAs(javafx.scene.control.Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(places + 1, workspace.places().size(), "added: " + message.getText());
        Place added = workspace.place("test_farm").orElseThrow(() -> new AssertionError("no place test_farm"));
        assertEquals("مزرعة التجربة", added.nameAr());
        assertEquals(Double.parseDouble(typed[0]), added.lat(), 1e-9, "at the coordinates the editor showed");
        assertEquals(Double.parseDouble(typed[1]), added.lon(), 1e-9);
        assertTrue(window.model().vocabularyProperty().get().places().stream().anyMatch(p -> p.key().equals("test_farm")),
                "the window read the gazetteer again");
    }
}
