package org.furat.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A longitude/latitude box that gazetteer imports keep to, so that a whole-country file does not fill the
 * gazetteer with places the map never shows. By default the region of the map ({@code maps/deir-ez-zor.json}).
 */
public record StudyArea(double west, double south, double east, double north) {

    private static final String MAP = "/org/furat/maps/deir-ez-zor.json";

    public StudyArea {
        if (!(west < east && south < north && west >= -180 && east <= 180 && south >= -90 && north <= 90)) {
            throw new IllegalArgumentException("The box " + west + "," + south + "," + east + "," + north
                    + " is not WEST,SOUTH,EAST,NORTH in degrees with west < east and south < north");
        }
    }

    public boolean contains(double lon, double lat) {
        return lon >= west && lon <= east && lat >= south && lat <= north;
    }

    /** The map's region box. */
    public static StudyArea ofMap() {
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
        return String.format(Locale.ROOT, "%.2f,%.2f,%.2f,%.2f", west, south, east, north);
    }
}
