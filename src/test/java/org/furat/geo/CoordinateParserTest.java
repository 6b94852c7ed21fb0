package org.furat.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Typed coordinates: the forms analysts paste, the order of two bare numbers, and clear refusals. */
class CoordinateParserTest {

    /** The map's region (maps/deir-ez-zor.json). */
    private static final CoordinateParser PARSER = new CoordinateParser(39.5, 34.3, 41.6, 35.9);
    private static final double KHASHAM_LAT = 35.3012, KHASHAM_LON = 40.2891;
    /** 35°18′04″N 40°17′21″E in decimal degrees. */
    private static final double DMS_LAT = 35 + 18 / 60.0 + 4 / 3600.0, DMS_LON = 40 + 17 / 60.0 + 21 / 3600.0;

    private static void assertPoint(double lat, double lon, CoordinateParser.Parsed p, String text) {
        assertEquals(lat, p.lat(), 1e-9, "latitude of «" + text + "»");
        assertEquals(lon, p.lon(), 1e-9, "longitude of «" + text + "»");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "35.3012, 40.2891",
            "35.3012,40.2891",
            "35.3012 40.2891",
            "  35.3012 ,  40.2891  ",
            "35.3012; 40.2891",
            "35.3012N 40.2891E",
            "35.3012 N, 40.2891 E",
            "35.3012° N 40.2891° E",
            "35.3012°N, 40.2891°E",
            "N35.3012 E40.2891",
            "N 35.3012, E 40.2891",
            "40.2891E 35.3012N",
            "E40.2891 N35.3012",
            "35.3012n 40.2891e",
            "35.3012°, 40.2891°",
            "٣٥٫٣٠١٢، ٤٠٫٢٨٩١",
    })
    void decimalDegrees(String text) {
        CoordinateParser.Parsed p = PARSER.parse(text);
        assertPoint(KHASHAM_LAT, KHASHAM_LON, p, text);
        assertNull(p.note(), text);
        assertFalse(p.swapped(), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "35°18′04″N 40°17′21″E",
            "35°18'04\"N 40°17'21\"E",
            "35°18'04''N 40°17'21''E",
            "35° 18' 04\" N, 40° 17' 21\" E",
            "35 18 04 N 40 17 21 E",
            "35 18 04N 40 17 21E",
            "N35°18′04″ E40°17′21″",
            "40°17′21″E 35°18′04″N",
            "35 18 04, 40 17 21",
            "35 18 04 40 17 21",
            "35°18′04″ 40°17′21″",
            "35°18’04”N 40°17’21”E",
    })
    void degreesMinutesSeconds(String text) {
        assertPoint(DMS_LAT, DMS_LON, PARSER.parse(text), text);
    }

    @Test
    void degreesAndDecimalMinutes() {
        assertPoint(35 + 18.07 / 60, 40 + 17.35 / 60, PARSER.parse("35°18.07′N 40°17.35′E"), "DM");
        assertPoint(35 + 18.07 / 60, 40 + 17.35 / 60, PARSER.parse("35 18.07, 40 17.35"), "DM");
        assertPoint(35 + 18 / 60.0 + 4.5 / 3600, DMS_LON, PARSER.parse("35°18′4.5″N 40°17′21″E"), "decimal seconds");
    }

    @Test
    void longitudeFirstIsDetectedWhenOnlyThatOrderLiesInTheRegion() {
        CoordinateParser.Parsed p = PARSER.parse("40.2891, 35.3012");
        assertPoint(KHASHAM_LAT, KHASHAM_LON, p, "lon, lat");
        assertNotNull(p.note(), "the swap is said");
        assertTrue(p.note().contains("longitude, latitude"), p.note());
        assertTrue(p.swapped(), "and flagged, for a command to say");
    }

    @Test
    void withoutLettersAndOutsideTheRegionTheOrderIsLatitudeLongitude() {
        CoordinateParser.Parsed p = PARSER.parse("48.8566, 2.3522");
        assertPoint(48.8566, 2.3522, p, "Paris");
        assertTrue(p.note().contains("outside the map's region"), p.note());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "33.5138N 36.2765E|33.5138|36.2765",
            "33.5138, 36.2765|33.5138|36.2765",
            "33.5S 36.2W|-33.5|-36.2",
            "-33.5, -36.2|-33.5|-36.2",
    })
    void aPointOutsideTheRegionIsAcceptedWithAWarning(String text, double lat, double lon) {
        CoordinateParser.Parsed p = PARSER.parse(text);
        assertPoint(lat, lon, p, text);
        assertNotNull(p.note(), text);
        assertTrue(p.note().contains("outside the map's region"), p.note());
    }

    @Test
    void aLatitudeBeyondNinetyIsTakenAsTheLongitudeWhenTheOtherNumberFits() {
        assertPoint(35.3, 140.2, PARSER.parse("140.2, 35.3"), "only one order is on Earth");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "95.1N 40.2E|latitude 95.1 is beyond ±90°",
            "35.3N 190.2E|longitude 190.2 is beyond ±180°",
            "95.1, 190.2|beyond",
            "35°61′00″N 40°17′21″E|minutes run from 0 to 59",
            "35°18′75″N 40°17′21″E|seconds run from 0 to 59",
            "35.3N 40.2N|two latitudes",
            "35.3E 40.2W|two longitudes",
            "35.3|not two coordinates",
            "35.3 40.2 41.1|not two coordinates",
            "35,3012, 40,2891|commas",
            "Hatla|not part of one",
            "35.3 x 40.2|not part of one",
            "35.3.1, 40.2|«35.3.1»",
            "35.5°18′N 40°17′E|only the last",
            "35′18°N 40°17′E|stands where the degrees go",
            "-35.3S 40.2E|minus sign",
            "35°-18′N 40°17′E|no sign",
    })
    void badInputIsRefusedWithAReason(String text, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PARSER.parse(text), text);
        assertTrue(e.getMessage().contains(reason), "«" + text + "»: " + e.getMessage());
    }

    @Test
    void emptyInputSaysWhatToType() {
        for (String text : new String[]{null, "", "   "}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PARSER.parse(text));
            assertTrue(e.getMessage().contains("35.3012, 40.2891"), e.getMessage());
        }
    }
}
