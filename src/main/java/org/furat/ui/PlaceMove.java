package org.furat.ui;

import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.furat.map.Viewport;
import org.furat.model.Place;

/**
 * Moving a place on the map: a red pin over the map at the place's point that the analyst drags to where the
 * place is, and a bar across the top of the map that says so with Confirm and Cancel (the legend and the zoom buttons
 * make room for it). Nothing is written until Confirm, which
 * hands the new point on; Cancel (or Esc) puts the map back as it was. Panning and zooming still work while the pin
 * is out, and the pin follows the view.
 */
final class PlaceMove {

    private static final double RADIUS = 9;

    private final MapView map;
    private final Place place;
    private final BiConsumer<Double, Double> onConfirm;
    private final Pane layer = new Pane();
    private final Circle marker = new Circle(RADIUS);
    private final Label where = new Label();
    private final VBox bar;
    private final Runnable follow = this::position;
    private double lon, lat;
    private boolean active;

    /** @param onConfirm given the new {lon, lat} when the analyst confirms */
    PlaceMove(MapView map, Place place, BiConsumer<Double, Double> onConfirm) {
        this.map = map;
        this.place = place;
        this.onConfirm = onConfirm;
        this.lon = place.lon();
        this.lat = place.lat();
        marker.setId("move-marker");
        marker.setStyle("-fx-fill: #d32f2f; -fx-stroke: white; -fx-stroke-width: 2.5;");
        marker.setCursor(Cursor.MOVE);
        marker.setOnMousePressed(e -> e.consume());
        marker.setOnMouseDragged(e -> {
            Viewport v = map.viewport();
            if (v == null) return;
            var inLayer = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
            lon = v.lon(inLayer.getX());
            lat = v.lat(inLayer.getY());
            position();
            e.consume();
        });
        marker.setOnMouseReleased(e -> e.consume());
        layer.setPickOnBounds(false);
        layer.getChildren().add(marker);

        Label what = new Label("Drag the red pin to where " + Labels.place(place) + " is, then confirm.");
        what.setId("move-instruction");
        what.setWrapText(true); // a long name wraps rather than pushing the buttons off the map
        what.setMinHeight(Region.USE_PREF_SIZE);
        where.setId("move-coordinates");
        where.setMinWidth(Region.USE_PREF_SIZE);
        Button confirm = new Button("Confirm");
        confirm.setId("confirm-move");
        confirm.setDefaultButton(true);
        confirm.setOnAction(e -> {
            finish();
            onConfirm.accept(lon, lat);
        });
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-move");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> finish());
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, where, gap, confirm, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        bar = new VBox(4, what, row);
        bar.setId("move-bar");
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setStyle("-fx-background-color: #fff8e1; -fx-border-color: #c9a227; -fx-border-width: 0 0 1 0;");
    }

    /** Puts the pin and the bar over the map. */
    void start() {
        active = true;
        map.getChildren().add(layer);
        map.showTopBar(bar);
        map.addOnViewChanged(follow);
        position();
    }

    /** Where the pin is now, {lon, lat}. */
    double[] point() {
        return new double[]{lon, lat};
    }

    Place place() { return place; }

    private void position() {
        Viewport v = map.viewport();
        if (v == null) return;
        marker.setCenterX(v.screenXOfLon(lon));
        marker.setCenterY(v.screenYOfLat(lat));
        where.setText(String.format(Locale.ROOT, "%.5f° N  %.5f° E", lat, lon));
    }

    /** True from start until the analyst confirms or cancels. */
    boolean active() { return active; }

    private void finish() {
        active = false;
        map.removeOnViewChanged(follow);
        map.getChildren().remove(layer);
        map.hideTopBar(bar);
    }
}
