package org.furat.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.furat.geo.AdminLookup;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Where gazetteer imports keep to, so that a whole-country file does not fill the gazetteer with places the map
 * never shows: a longitude/latitude box, and optionally a shape inside it. By default ({@link #ofMap}) the
 * Deir ez-Zor governorate and a margin around it, inside the region box of the map ({@code maps/deir-ez-zor.json}).
 *
 * @param shape null for the whole box; else only points inside it count
 * @param shapeName what the shape is, in words, for messages
 */
public record StudyArea(double west, double south, double east, double north, PreparedGeometry shape, String shapeName) {

    /** The governorate whose places the default study area holds. */
    static final String GOVERNORATE = "deir_ez_zor_governorate";

    /**
     * How far beyond the governorate's boundary the default area reaches, in degrees (about 17 km north–south,
     * 14 km east–west here): reports name the towns just across the line (Markadah, 12 km beyond it; Ma'dan,
     * Al-Qaim).
     */
    static final double MARGIN_DEGREES = 0.15;

    /** A box. */
    public StudyArea(double west, double south, double east, double north) {
        this(west, south, east, north, null, null);
    }

    private static final String MAP = "/org/furat/maps/deir-ez-zor.json";

    public StudyArea {
        if (!(west < east && south < north && west >= -180 && east <= 180 && south >= -90 && north <= 90)) {
            throw new IllegalArgumentException("The box " + west + "," + south + "," + east + "," + north
                    + " is not WEST,SOUTH,EAST,NORTH in degrees with west < east and south < north");
        }
    }

    public boolean contains(double lon, double lat) {
        if (!(lon >= west && lon <= east && lat >= south && lat <= north)) return false;
        return shape == null || shape.covers(POINTS.createPoint(new Coordinate(lon, lat)));
    }

    private static final GeometryFactory POINTS = new GeometryFactory();

    /** The Deir ez-Zor governorate and {@value #MARGIN_DEGREES}° around it, inside the map's region box. */
    public static StudyArea ofMap() {
        StudyArea box = regionOfMap();
        Geometry governorate = AdminLookup.shipped().unit(GOVERNORATE).boundary().buffer(MARGIN_DEGREES);
        return new StudyArea(box.west, box.south, box.east, box.north, PreparedGeometryFactory.prepare(governorate),
                "Deir ez-Zor governorate and " + MARGIN_DEGREES + "° around it");
    }

    /** The map's region box. */
    public static StudyArea regionOfMap() {
        try (InputStream in = StudyArea.class.getResourceAsStream(MAP)) {
            if (in == null) throw new IllegalStateException("The map definition " + MAP + " is missing from the application");
            JsonNode r = new ObjectMapper().readTree(in).path("region");
            return new StudyArea(r.path("west").asDouble(), r.path("south").asDouble(), r.path("east").asDouble(), r.path("north").asDouble());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the map definition " + MAP + ": " + e.getMessage(), e);
        }
    }

    /** Parses "WEST,SOUTH,EAST,NORTH". */
    public static StudyArea parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) throw new IllegalArgumentException("--bbox takes WEST,SOUTH,EAST,NORTH in degrees, not '" + text + "'");
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--bbox takes WEST,SOUTH,EAST,NORTH in degrees; '" + parts[i].strip() + "' is not a number");
            }
        }
        return new StudyArea(v[0], v[1], v[2], v[3]);
    }

    @Override
    public String toString() {
        String box = String.format(Locale.ROOT, "%.2f,%.2f,%.2f,%.2f", west, south, east, north);
        return shape == null ? box : shapeName + " within " + box;
    }
}
