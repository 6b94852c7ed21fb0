package org.furat.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Short Arabic reports made for import tests: each names another village and toll, so no two are alike. */
final class TestReports {
    private TestReports() {}

    private static final String[] VILLAGES = {"خشام", "الطابية", "مراط", "الحسينية", "حطلة", "مظلوم", "ذيبان", "الشحيل"};

    /** The text of report {@code n}: one or two event sentences. */
    static String text(int n) {
        String village = VILLAGES[n % VILLAGES.length];
        String first = "قصفت القوات الأمريكية أمس قرية " + village + " بريف دير الزور، ما أدى إلى مقتل " + (n + 2)
                + " مدنيين وإصابة " + (n + 3) + " آخرين.";
        if (n % 2 == 0) return first;
        return first + "\nوفي سياق متصل، استهدفت طائرة مسيرة سيارة في بلدة " + VILLAGES[(n + 3) % VILLAGES.length]
                + " بريف دير الزور الشرقي، ما أدى إلى مقتل شخص.";
    }

    /** Writes reports 0 to count - 1 as report-N.txt in {@code folder}. */
    static List<Path> write(Path folder, int count) throws IOException {
        return write(folder, count, 0);
    }

    /**
     * Writes reports 0 to count - 1 as report-N.txt in {@code folder}, each followed by {@code seedCopies} copies
     * of the seed data's report, so that extracting each takes a while (about a tenth of a second for 20 copies).
     */
    static List<Path> write(Path folder, int count, int seedCopies) throws IOException {
        String seed = seedText();
        List<Path> files = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String text = text(n) + ("\n" + seed).repeat(seedCopies);
            files.add(Files.writeString(folder.resolve("report-" + n + ".txt"), text, StandardCharsets.UTF_8));
        }
        return files;
    }

    /** The one report of the seed data (data/sources), an Arabic report of about 4 KB. */
    static String seedText() throws IOException {
        try (var in = TestReports.class.getResourceAsStream("/org/furat/data/sources/000_0ae79604f75c76f4.txt")) {
            if (in == null) throw new IOException("the seed report is missing from the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
