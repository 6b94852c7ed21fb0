package org.furat.map;

import java.util.ArrayList;
import java.util.List;
import org.furat.geo.WebMercator;
import org.furat.model.AdminUnit;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * The name of an administrative unit, placed at the centre of the largest circle inside its boundary (the spot
 * farthest from its edges, where a name reads as the area's and not as a border's), with that circle's radius
 * so a frame can tell whether the name fits inside the unit and how far it may move to make room.
 *
 * @param level  1 governorate, 2 district, 3 sub-district
 * @param radius the circle's radius in Web Mercator metres
 */
public record AreaLabel(String key, int level, String nameAr, String nameEn, double lon, double lat, double radius) {

    /** Labels for these units (computing the label points takes a few milliseconds a unit: off the FX thread). */
    public static List<AreaLabel> of(List<AdminUnit> units) {
        List<AreaLabel> out = new ArrayList<>(units.size());
        for (AdminUnit u : units) {
            Envelope e = u.boundary().getEnvelopeInternal();
            double tolerance = Math.max(e.getWidth(), e.getHeight()) / 200;
            MaximumInscribedCircle circle = new MaximumInscribedCircle(u.boundary(), tolerance);
            Point centre = circle.getCenter();
            Point edge = circle.getRadiusPoint();
            double radius = Math.hypot(WebMercator.x(edge.getX()) - WebMercator.x(centre.getX()),
                    WebMercator.y(edge.getY()) - WebMercator.y(centre.getY()));
            out.add(new AreaLabel(u.key(), u.level(), u.nameAr(), u.nameEn(), centre.getX(), centre.getY(), radius));
        }
        return out;
    }

    double x() { return WebMercator.x(lon); }

    double y() { return WebMercator.y(lat); }
}
