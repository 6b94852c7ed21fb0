package org.furat.io.shapefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.furat.io.Feature;
import org.furat.io.Field;
import org.furat.io.FieldType;
import org.furat.io.Layer;

/** Random incident-like features with long Arabic and English texts, shared by the round-trip tests. */
final class ShapefileSamples {

    static final Layer LAYER = new Layer("incidents", List.of(
            new Field("incident", FieldType.TEXT, 40, "incident key"),
            new Field("description_ar", FieldType.TEXT, 254, "description in Arabic"),
            new Field("description_en", FieldType.TEXT, 100, "description in English"),
            new Field("place_ar", FieldType.TEXT, 21, "place name in Arabic (odd width: cuts fall inside a letter)"),
            new Field("killed", FieldType.INTEGER, 0, "people killed"),
            new Field("population", FieldType.INTEGER, 0, "a large integer"),
            new Field("lon_copy", FieldType.REAL, 0, "the longitude again"),
            new Field("lat_copy", FieldType.REAL, 0, "the latitude again"),
            new Field("ratio", FieldType.REAL, 0, "a real of any size"),
            new Field("date_start", FieldType.DATE, 0, "first day"),
            new Field("date_end", FieldType.DATE, 0, "last day")), null);

    private static final String[] ARABIC = {"قصف", "مدفعي", "على", "قرية", "الشحيل", "في", "ريف", "دير", "الزور", "الشرقي",
            "وأسفر", "عن", "مقتل", "ثلاثة", "مدنيين", "وإصابة", "آخرين", "بجروح", "طائرة", "مسيّرة", "استهدفت", "سيارة", "قرب",
            "الميادين", "البوكمال", "ذيبان", "هجين", "«قسد»", "،", "(تحديث)", "١٢", "😀"};
    private static final String[] ENGLISH = {"Shelling", "of", "Al-Shuhayl", "village", "in", "eastern", "Deir", "ez-Zor,",
            "killing", "three", "civilians", "and", "injuring", "others;", "a", "drone", "strike", "hit", "car", "near",
            "Al-Mayadin", "\"SDF\"", "Hajin", "Thiban", "(update)", "Café", "🇸🇾"};
    private static final String[] PLACES = {"الميادين", "البوكمال", "ذيبان", "الشحيل", "هجين", "دير الزور", "العشارة", "الصور"};

    private ShapefileSamples() {}

    static List<Feature> features(int count, long seed) {
        Random random = new Random(seed);
        List<Feature> features = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double lon = 39.5 + random.nextDouble() * 1.5;
            double lat = 34.4 + random.nextDouble() * 1.2;
            boolean nulls = i % 10 == 3;
            LocalDate start = LocalDate.of(2011, 3, 15).plusDays(random.nextInt(5000));
            double ratio = switch (i % 5) {
                case 0 -> random.nextGaussian();
                case 1 -> random.nextDouble() * 1e7;
                case 2 -> -random.nextDouble() * 1e-6;
                case 3 -> 0.0;
                default -> Math.round(random.nextDouble() * 1000) / 4.0;
            };
            features.add(new Feature(lon, lat, Arrays.asList(
                    "inc-" + i,
                    nulls ? null : words(random, ARABIC, 10 + random.nextInt(120)),
                    nulls ? null : words(random, ENGLISH, 3 + random.nextInt(30)),
                    nulls ? null : PLACES[random.nextInt(PLACES.length)] + " " + PLACES[random.nextInt(PLACES.length)],
                    nulls ? null : (long) random.nextInt(40),
                    nulls ? null : random.nextLong() % 100_000_000_000_000_000L,
                    nulls ? null : lon,
                    nulls ? null : lat,
                    nulls ? null : ratio,
                    nulls ? null : start,
                    nulls || i % 3 == 0 ? null : start.plusDays(random.nextInt(30)))));
        }
        return features;
    }

    private static String words(Random random, String[] words, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) text.append(' ');
            text.append(words[random.nextInt(words.length)]);
        }
        return text.toString();
    }

    /** What a reader should give back for a text written to a field of {@code width} bytes: cut, unpadded, blank as null. */
    static String expectedText(String written, int width, boolean trimLeadingSpaces) {
        if (written == null) return null;
        String cut = Utf8Text.truncate(written, width).replaceFirst(" +$", "");
        if (trimLeadingSpaces) cut = cut.replaceFirst("^ +", "");
        return cut.isEmpty() ? null : cut;
    }
}
