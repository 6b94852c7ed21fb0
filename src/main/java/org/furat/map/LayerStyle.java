package org.furat.map;

import javafx.scene.paint.Color;

/** How a basemap layer is drawn: optional fill, stroke colour, line width in pixels, and dash pattern. */
public record LayerStyle(Color fill, Color stroke, double width, double[] dash) {

    public LayerStyle {
        dash = dash == null ? new double[0] : dash.clone();
    }

    @Override
    public double[] dash() { return dash.clone(); }
}
