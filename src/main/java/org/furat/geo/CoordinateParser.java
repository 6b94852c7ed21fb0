package org.furat.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a point typed by hand: decimal degrees ("35.3012, 40.2891", "35.3012N 40.2891E", "35.3012° N 40.2891° E",
 * "N35.3012 E40.2891") or degrees, minutes and seconds ("35°18′04″N 40°17′21″E", with ' and " too, or "35 18 04 N
 * 40 17 21 E"), also degrees and decimal minutes. Letters N, S, E, W say which number is which; without them the
 * order is latitude, longitude unless only the other order lies in the region (so "40.2891, 35.3012" is read
 * the right way round for Deir ez-Zor). A point outside the region is accepted with a warning; text that is not a
 * coordinate, or a latitude or longitude out of range, is refused with a message that says why. Immutable and
 * thread-safe.
 */
public final class CoordinateParser {

    /**
     * A point read from text; {@code note} says what the analyst should check (outside the region, order swapped), or
     * null; {@code swapped} says that two bare numbers were read as longitude, latitude, the other way round from typed.
     */
    public record Parsed(double lat, double lon, String note, boolean swapped) {}

    /** The region the typed points are expected in: it decides the order of two bare numbers. */
    private final double west, south, east, north;

    public CoordinateParser(double west, double south, double east, double north) {
        this.west = west;
        this.south = south;
        this.east = east;
        this.north = north;
    }

    /** A number as typed, with the mark after it (°, ' or ", or 0 for none). */
    private record Num(double value, String text, char mark) {}

    /** One coordinate's numbers and its hemisphere letter (0 when none was typed). */
    private record Part(List<Num> numbers, char hemisphere) {}

    /**
     * Reads the text.
     *
     * @throws IllegalArgumentException with a sentence for the analyst when the text is not a coordinate or is out of range
     */
    public Parsed parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("Type a coordinate, e.g. 35.3012, 40.2891 or 35°18′04″N 40°17′21″E");
        List<Part> parts = split(tokens(normalise(text)), text.strip());
        double[] values = new double[2];
        for (int i = 0; i < 2; i++) values[i] = degrees(parts.get(i), text.strip());
        char h0 = parts.get(0).hemisphere(), h1 = parts.get(1).hemisphere();
        boolean latFirst;
        String order = null;
        if (h0 != 0 || h1 != 0) {
            boolean firstIsLat = h0 != 0 ? isLatitudeLetter(h0) : !isLatitudeLetter(h1);
            if (h0 != 0 && h1 != 0 && isLatitudeLetter(h0) == isLatitudeLetter(h1)) {
                throw new IllegalArgumentException("«" + text.strip() + "» gives two " + (isLatitudeLetter(h0) ? "latitudes (N/S)" : "longitudes (E/W)")
                        + ": one number needs N or S, the other E or W");
            }
            latFirst = firstIsLat;
        } else {
            boolean asTyped = inRange(values[0], values[1]), swapped = inRange(values[1], values[0]);
            if (!asTyped && !swapped) throw outOfRange(values[0], values[1]);
            boolean typedInRegion = asTyped && inRegion(values[0], values[1]);
            boolean swappedInRegion = swapped && inRegion(values[1], values[0]);
            latFirst = asTyped && (typedInRegion || !swappedInRegion);
            if (!latFirst) order = "read as longitude, latitude";
        }
        double lat = latFirst ? values[0] : values[1], lon = latFirst ? values[1] : values[0];
        if (!inRange(lat, lon)) throw outOfRange(lat, lon);
        String note = order;
        if (!inRegion(lat, lon)) {
            note = String.format(Locale.ROOT, "%.5f° N %.5f° E is outside the map's region (%.1f–%.1f° N, %.1f–%.1f° E): check the numbers",
                    lat, lon, south, north, west, east) + (order == null ? "" : "; " + order);
        }
        return new Parsed(lat, lon, note, order != null);
    }

    private static boolean isLatitudeLetter(char c) {
        return c == 'N' || c == 'S';
    }

    private static boolean inRange(double lat, double lon) {
        return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }

    private boolean inRegion(double lat, double lon) {
        return lat >= south && lat <= north && lon >= west && lon <= east;
    }

    private static IllegalArgumentException outOfRange(double lat, double lon) {
        String what = !(lat >= -90 && lat <= 90) ? "latitude " + plain(lat) + " is beyond ±90°"
                : "longitude " + plain(lon) + " is beyond ±180°";
        return new IllegalArgumentException("Not a point on Earth: the " + what);
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Unicode primes, quotes, degree look-alikes, Arabic digits and separators to their plain forms; letters upper case. */
    private static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            if (c >= '\u0660' && c <= '\u0669') b.append((char) ('0' + c - '\u0660'));
            else if (c >= '\u06F0' && c <= '\u06F9') b.append((char) ('0' + c - '\u06F0'));
            else if (c == '\u066B') b.append('.');
            else if (c == '\u060C' || c == ';') b.append(',');
            else if (c == '\u2032' || c == '\u2019' || c == '\u2018' || c == '\u00B4' || c == '`') b.append('\'');
            else if (c == '\u2033' || c == '\u201C' || c == '\u201D') b.append('"');
            else if (c == '\u00BA' || c == '\u02DA' || c == '\u2070') b.append('°');
            else if (c == '\u2212' || c == '\u2013') b.append('-');
            else b.append(Character.toUpperCase(c));
        }
        return b.toString().replace("''", "\"");
    }

    /** Tokens: Num, Character (a hemisphere letter), or the String "," for a separator. */
    private static List<Object> tokens(String s) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ',') {
                out.add(",");
                i++;
            } else if (c == 'N' || c == 'S' || c == 'E' || c == 'W') {
                if (i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) throw notCoordinate(s, "the word starting with " + c);
                out.add(c);
                i++;
            } else if (Character.isDigit(c) || c == '.' || c == '-' || c == '+') {
                int start = i;
                i++;
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
                String number = s.substring(start, i);
                double value;
                try {
                    value = Double.parseDouble(number);
                } catch (NumberFormatException e) {
                    throw notCoordinate(s, "«" + number + "»");
                }
                char mark = 0;
                while (i < s.length() && s.charAt(i) == ' ') i++;
                if (i < s.length() && (s.charAt(i) == '°' || s.charAt(i) == '\'' || s.charAt(i) == '"')) mark = s.charAt(i++);
                out.add(new Num(value, number, mark));
            } else {
                throw notCoordinate(s, "«" + c + "»");
            }
        }
        return out;
    }

    private static IllegalArgumentException notCoordinate(String s, String what) {
        return new IllegalArgumentException("Cannot read «" + s + "» as a coordinate: " + what
                + " is not part of one. Type e.g. 35.3012, 40.2891 or 35°18′04″N 40°17′21″E");
    }

    /** The two coordinates: split at a comma, at the hemisphere letters, at a degree mark, or in half. */
    private static List<Part> split(List<Object> tokens, String text) {
        long commas = tokens.stream().filter(","::equals).count();
        if (commas > 1) {
            throw new IllegalArgumentException("«" + text + "» has " + commas + " commas: separate latitude and longitude with one "
                    + "comma, and write decimals with a point (35.3012, 40.2891)");
        }
        List<List<Object>> groups = new ArrayList<>();
        if (commas == 1) {
            int at = tokens.indexOf(",");
            groups.add(tokens.subList(0, at));
            groups.add(tokens.subList(at + 1, tokens.size()));
        } else if (tokens.stream().anyMatch(t -> t instanceof Character)) {
            boolean prefix = tokens.get(0) instanceof Character;
            List<Object> current = new ArrayList<>();
            for (Object t : tokens) {
                if (t instanceof Character && prefix && !current.isEmpty()) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
                current.add(t);
                if (t instanceof Character && !prefix) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
            }
            if (!current.isEmpty()) groups.add(current);
        } else {
            List<Num> nums = tokens.stream().map(t -> (Num) t).toList();
            long degreeMarks = nums.stream().filter(n -> n.mark() == '°').count();
            if (degreeMarks == 2 && nums.get(0).mark() == '°') {
                int second = 1;
                while (nums.get(second).mark() != '°') second++;
                groups.add(new ArrayList<>(nums.subList(0, second)));
                groups.add(new ArrayList<>(nums.subList(second, nums.size())));
            } else if (nums.size() % 2 == 0 && nums.size() <= 6) {
                groups.add(new ArrayList<>(nums.subList(0, nums.size() / 2)));
                groups.add(new ArrayList<>(nums.subList(nums.size() / 2, nums.size())));
            }
        }
        if (groups.size() != 2) {
            throw new IllegalArgumentException("«" + text + "» is not two coordinates: type a latitude and a longitude, "
                    + "e.g. 35.3012, 40.2891 or 35°18′04″N 40°17′21″E");
        }
        List<Part> parts = new ArrayList<>();
        for (List<Object> g : groups) {
            List<Num> nums = new ArrayList<>();
            char letter = 0;
            for (Object t : g) {
                if (t instanceof Num n) nums.add(n);
                else if (t instanceof Character c) {
                    if (letter != 0) throw new IllegalArgumentException("«" + text + "» has two hemisphere letters on one coordinate");
                    letter = c;
                }
            }
            if (nums.isEmpty() || nums.size() > 3) {
                throw new IllegalArgumentException("«" + text + "»: each coordinate is degrees, degrees and minutes, or degrees, "
                        + "minutes and seconds, e.g. 35.3012 or 35°18′04″");
            }
            parts.add(new Part(nums, letter));
        }
        return parts;
    }

    /** Degrees from 1 to 3 numbers (d, d m, d m s), checking the marks typed and that minutes and seconds are below 60. */
    private static double degrees(Part part, String text) {
        List<Num> n = part.numbers();
        char[] expected = {'°', '\'', '"'};
        for (int i = 0; i < n.size(); i++) {
            char mark = n.get(i).mark();
            if (mark != 0 && mark != expected[i]) {
                String[] names = {"degrees", "minutes", "seconds"};
                throw new IllegalArgumentException("«" + text + "»: " + n.get(i).text() + mark + " stands where the " + names[i]
                        + " go: write degrees °, then minutes ′, then seconds ″ (35°18′04″)");
            }
            if (i > 0 && (n.get(i).value() < 0 || n.get(i).text().startsWith("+"))) {
                throw new IllegalArgumentException("«" + text + "»: minutes and seconds have no sign");
            }
            if (i < n.size() - 1 && n.get(i).value() != Math.rint(n.get(i).value())) {
                throw new IllegalArgumentException("«" + text + "»: only the last of degrees, minutes and seconds may have decimals ("
                        + n.get(i).text() + ")");
            }
        }
        double d = n.get(0).value();
        double sign = d < 0 || n.get(0).text().startsWith("-") ? -1 : 1;
        double value = Math.abs(d);
        if (n.size() > 1) {
            double minutes = n.get(1).value();
            if (minutes >= 60) throw new IllegalArgumentException("«" + text + "»: " + n.get(1).text() + " minutes: minutes run from 0 to 59");
            value += minutes / 60;
        }
        if (n.size() > 2) {
            double seconds = n.get(2).value();
            if (seconds >= 60) throw new IllegalArgumentException("«" + text + "»: " + n.get(2).text() + " seconds: seconds run from 0 to 59");
            value += seconds / 3600;
        }
        char h = part.hemisphere();
        if (h == 'S' || h == 'W') {
            if (sign < 0) throw new IllegalArgumentException("«" + text + "»: a minus sign and " + h + " together would point back the other way");
            sign = -1;
        }
        return sign * value;
    }
}
