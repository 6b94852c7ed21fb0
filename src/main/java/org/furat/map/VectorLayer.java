package org.furat.map;

import java.util.ArrayList;
import java.util.List;
import org.furat.geo.WebMercator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A basemap layer ready to paint: its shapes projected once to Web Mercator metres, so a frame only scales
 * and shifts them. Immutable.
 */
public final class VectorLayer {

    /**
     * One polyline or polygon; a polygon's rings are painted together so holes stay holes. Carries its extent in
     * metres, so a frame can skip the shapes it does not show.
     */
    record Shape(List<double[]> rings, boolean area, double minX, double minY, double maxX, double maxY) {

        Shape(List<double[]> rings, boolean area) {
            this(rings, area, extent(rings, 0, Math::min), extent(rings, 1, Math::min), extent(rings, 0, Math::max),
                    extent(rings, 1, Math::max));
        }

        private static double extent(List<double[]> rings, int axis, java.util.function.DoubleBinaryOperator pick) {
            double e = Double.NaN;
            for (double[] ring : rings) {
                for (int i = axis; i < ring.length; i += 2) e = Double.isNaN(e) ? ring[i] : pick.applyAsDouble(e, ring[i]);
            }
            return e;
        }
    }

    private final String id;
    private final String title;
    private final LayerStyle style;
    private final List<Shape> shapes;

    public VectorLayer(String id, String title, LayerStyle style, List<Geometry> geometries) {
        this.id = id;
        this.title = title;
        this.style = style;
        List<Shape> projected = new ArrayList<>();
        for (Geometry g : geometries) add(g, projected);
        this.shapes = List.copyOf(projected);
    }

    private static void add(Geometry g, List<Shape> out) {
        if (g instanceof Polygon polygon) {
            List<double[]> rings = new ArrayList<>();
            rings.add(project(polygon.getExteriorRing().getCoordinates()));
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) rings.add(project(polygon.getInteriorRingN(i).getCoordinates()));
            out.add(new Shape(rings, true));
        } else if (g instanceof LineString line) {
            out.add(new Shape(List.of(project(line.getCoordinates())), false));
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) != g) add(g.getGeometryN(i), out);
            }
        }
    }

    /** Coordinates as x0, y0, x1, y1, ... in metres. */
    private static double[] project(Coordinate[] coordinates) {
        double[] xy = new double[coordinates.length * 2];
        for (int i = 0; i < coordinates.length; i++) {
            xy[2 * i] = WebMercator.x(coordinates[i].x);
            xy[2 * i + 1] = WebMercator.y(coordinates[i].y);
        }
        return xy;
    }

    public String id() { return id; }

    public String title() { return title; }

    public LayerStyle style() { return style; }

    List<Shape> shapes() { return shapes; }

    public int shapeCount() { return shapes.size(); }
}
