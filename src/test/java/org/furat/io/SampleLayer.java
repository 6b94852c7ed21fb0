package org.furat.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.furat.model.EventType;

/**
 * A layer of incidents that exercises every format: Arabic with diacritics, tatweel, joiners and bidi marks, English,
 * long multi-line texts with quotes, commas, markup and CDATA terminators, every event type plus unknown ones,
 * 64-bit integers, awkward doubles, dates and nulls everywhere. Deterministic.
 */
public final class SampleLayer {

    public static final Layer LAYER = new Layer("incidents", List.of(
            new Field("key", FieldType.TEXT, 20, "Incident key"),
            new Field("place_ar", FieldType.TEXT, 80, "Place name in Arabic"),
            new Field("place_en", FieldType.TEXT, 80, "Place name in English"),
            new Field("event_type", FieldType.TEXT, 40, "ACLED event type"),
            new Field("killed", FieldType.INTEGER, 0, "Fatalities, best estimate"),
            new Field("count", FieldType.INTEGER, 0, "A 64-bit count"),
            new Field("confidence", FieldType.REAL, 0, "A real number"),
            new Field("date_start", FieldType.DATE, 0, "First day"),
            new Field("date_end", FieldType.DATE, 0, "Last day"),
            new Field("desc_ar", FieldType.TEXT, 254, "Description in Arabic"),
            new Field("desc_en", FieldType.TEXT, 254, "Description in English"),
            new Field("ملاحظات", FieldType.TEXT, 100, "Notes (an Arabic field name)")), "event_type");

    static final String[] PLACES_AR = {
        "دَيْرُ الزُّوْر", "المَيَادِين", "البُوكَمَال", "خُشَام", "الصَّالِحِيَّة", "هَجِين", "الشُّحَيْل", "ذِيبَان",
        "البَاغُوز", "القُورِيَّة", "العَشَارَة", "مُوحَسَن", "حَقْلُ العُمَر", "الجَزْرَة", "جَزِيرَةُ حَوِيجَةِ صَكَر"};
    static final String[] PLACES_EN = {
        "Deir ez-Zor", "al-Mayadin", "Albu Kamal", "Khasham", "al-Salihiyah", "Hajin", "al-Shuhayl", "Dhiban",
        "al-Baghuz", "al-Quriyah", "al-Asharah", "Muhasan", "al-Omar oil field", "al-Jazrah", "Hawijat Saqr island"};
    static final String PARAGRAPH_AR = "قَصَفَتْ قُوَّاتُ الحُكُومَةِ السُّورِيَّةِ بِالمِدْفَعِيَّةِ قَرْيَةَ «خُشَام» شَرْقِيَّ نَهْرِ الفُرَات، "
            + "مَا أَدَّى إِلَى مَقْتَلِ ثَلَاثَةِ مَدَنِيِّينَ (بَيْنَهُمْ طِفْل) وَإِصَابَةِ آخَرِين؛ وَقَالَ مَصْدَرٌ مَحَلِّيٌّ: \"القَصْفُ اسْتَمَرَّ حَتَّى الفَجْر\". "
            + "ـــ تَطْوِيل، ZWNJ\u200cهنا، علامة\u200fاتجاه، أرقام ١٢٣٤ و 5678.";
    static final String PARAGRAPH_EN = "Government forces shelled Khasham, east of the Euphrates, killing 3 civilians "
            + "(including a child) & wounding others; a local source said: \"shelling went on until dawn\", <b>per reports</b>.";
    static final String[] AWKWARD = {
        "line one\nline two\r\nline three", "  leading and trailing spaces  ", "tab\there", "a \"quoted\" word, and a comma",
        "markup <table> & ]]> CDATA end", "=SUM(A1:A2)", "emoji 🇸🇾 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "mixed عربي and English نص", "'single quotes'",
        "back\\slash", "semicolon; pipe | hash #"};

    private SampleLayer() {}

    /** The {@code n}-th feature of the sample (the same for the same n). */
    public static Feature feature(int n) {
        Random r = new Random(1_000_003L * n + 17);
        int place = n % PLACES_AR.length;
        double lon = 39.5 + 2 * r.nextDouble();
        double lat = 34.3 + 1.7 * r.nextDouble();
        if (n == 7) { lon = 40; lat = 35; } // whole numbers
        if (n == 8) { lon = -179.99999999999997; lat = -89.123456789012345; }
        if (n == 9) { lon = 1e-7; lat = -3.0e-5; } // tiny values some writers print with an exponent
        String eventType = switch (n % 9) {
            case 6 -> "Unknown type";
            case 7 -> null;
            case 8 -> EventType.values()[n % 6].labelAr();
            default -> EventType.values()[n % 9].label();
        };
        Long killed = n % 5 == 0 ? null : Long.valueOf(r.nextInt(40));
        Long count = n % 11 == 0 ? null : n % 3 == 0 ? 5_000_000_000L + n : (n % 2 == 0 ? -n : n);
        Double confidence = n % 13 == 0 ? null : switch (n % 4) {
            case 0 -> r.nextDouble();
            case 1 -> -12345.678901234567 * r.nextDouble();
            case 2 -> 1.0e-5 * (n + 1);
            default -> (double) n;
        };
        LocalDate start = n % 17 == 0 ? null : LocalDate.of(2017, 1, 1).plusDays(r.nextInt(2500));
        LocalDate end = start == null || n % 2 == 0 ? null : start.plusDays(r.nextInt(30));
        String descAr = n % 10 == 3 ? null : (PARAGRAPH_AR + " ").repeat(1 + n % 6).strip() + " #" + n;
        String descEn = n % 10 == 4 ? null : (PARAGRAPH_EN + " ").repeat(1 + n % 4) + AWKWARD[n % AWKWARD.length];
        String notes = n % 3 == 0 ? null : AWKWARD[(n / 3) % AWKWARD.length];
        return new Feature(lon, lat, Arrays.asList(String.format("inc-%05d", n), n % 19 == 5 ? null : PLACES_AR[place],
                PLACES_EN[place], eventType, killed, count, confidence, start, end, descAr, descEn, notes));
    }

    public static List<Feature> features(int count) {
        List<Feature> features = new ArrayList<>(count);
        for (int n = 0; n < count; n++) features.add(feature(n));
        return features;
    }
}
