package org.furat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the captions of a page's pictures, which pages scraped for news keep among the report's lines: "Fighters of
 * the SDF are seen in Deir Ezzor, May 1, 2018. Photo by Reuters", «تصاعد دخان بعد قصف … - 5 من أيلول 2024 (منصات
 * التواصل)». A caption shows a scene, often of another day, and tells no event of the report: its event words make no
 * proposal and its dates date nothing. A line is a caption when it names a photo ("photo" in English; «صورة» or
 * «أرشيف» in brackets, or opening the line, alone or after a camera's sign) or ends with a picture's credit in
 * brackets, words of {@code data/lexicons/caption-credits.csv} («(فرانس برس)»). A credit elsewhere in a line («نشرت
 * منصات التواصل مقاطع») makes no caption. Immutable and thread-safe.
 */
final class Captions {

    /** The most characters a credit in brackets has. */
    private static final int MAX_CREDIT = 40;

    private final List<String> credits = new ArrayList<>();

    Captions() {
        for (LexiconCsv.Row row : LexiconCsv.read("caption-credits", "language", "phrase")) {
            credits.add(LexiconCsv.folded(row.get("phrase")));
        }
    }

    /** The lines of {@code text} that caption a picture, as spans of the text. */
    List<Span> in(String text) {
        List<Span> found = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (caption(text.substring(start, end))) found.add(Span.of(text, start, end));
            start = end + 1;
        }
        return found;
    }

    // Plain scans, not patterns: every line of every report is read here, and a pattern with look-arounds cost
    // a twentieth of the extractor's time.
    private boolean caption(String line) {
        if (namesAPhoto(line) || pictureLine(line) || cameraFirst(line)) return true;
        String bracketed = lastBrackets(line);
        if (bracketed == null) return false;
        String folded = " " + LexiconCsv.folded(bracketed) + " ";
        return credits.stream().anyMatch(credit -> folded.contains(" " + credit + " "));
    }

    /** Whether the line has the word "photo" in any case ("Photo by", "(File photo)", "AP Photo/"). */
    private static boolean namesAPhoto(String line) {
        for (int i = line.indexOf('p'), j = line.indexOf('P'); i >= 0 || j >= 0; ) {
            int at = i < 0 ? j : j < 0 ? i : Math.min(i, j);
            if (line.regionMatches(true, at, "photo", 0, 5) && (at == 0 || !Character.isLetter(line.charAt(at - 1)))
                    && (at + 5 == line.length() || !Character.isLetter(line.charAt(at + 5)))) {
                return true;
            }
            if (at == i) i = line.indexOf('p', i + 1);
            else j = line.indexOf('P', j + 1);
        }
        return false;
    }

    /**
     * Whether the line is wholly in brackets and opens on «صورة» (a picture): «(صورة من الأرشيف لمظاهرة سابقة)»; or,
     * with no brackets and no full stop, opens on a picture said to be one («صورة من الأرشيف لآثار القصف», «صورة
     * أرشيفية», «صورة تظهر …», «صورة تعبيرية») or labelled so («صورة: …», «* الصورة: …», «صور: …»).
     */
    private static boolean pictureLine(String line) {
        String s = line.strip();
        if (s.length() < 3) return false;
        if (s.charAt(0) != '(' || s.charAt(s.length() - 1) != ')') {
            // Folding is dear, and every line of every report comes here: only a line with «صور» near its start may be one.
            if (s.endsWith(".") || !s.substring(0, Math.min(s.length(), 8)).contains("صور")) return false;
            String folded = LexiconCsv.folded(s);
            String[] words = folded.split(" ", 3);
            boolean picture = words[0].equals("صوره") || words[0].equals("الصوره");
            // «صور: آثار القصف على أحد المنازل»: pictures, only where labelled («صور» also opens "depicted").
            boolean pictures = words[0].equals("صور") || words[0].equals("الصور");
            if (words.length < 2 || !picture && !pictures) return false;
            // «صورة: سيارة جامعي الكمأة بعد انفجار اللغم», «* الصورة: دمار في بلدة هجين»: a picture labelled.
            int label = s.indexOf(words[0].startsWith("ال") ? "الصور" : "صور");
            int colon = s.indexOf(':');
            return picture && (PICTURE_WORDS.contains(words[1]) || folded.startsWith("صوره من الارشيف"))
                    || colon > label && colon - label <= LABEL_CHARS;
        }
        String inside = LexiconCsv.folded(s.substring(1, s.length() - 1));
        return inside.startsWith("صوره ") || inside.equals("صوره");
    }

    /**
     * Whether the line opens on a camera's sign and says it is a picture, as pages mark a caption: «📷 صورة من مظاهرة
     * البصيرة» (not a post that opens on one: «📸 قصف مدفعي على بلدة خشام»).
     */
    private static boolean cameraFirst(String line) {
        String s = line.stripLeading();
        return (s.startsWith("\uD83D\uDCF7") || s.startsWith("\uD83D\uDCF8")) // 📷, 📸
                && (s.contains("صور") || s.toLowerCase(java.util.Locale.ROOT).contains("photo"));
    }

    /** The most characters from «صورة» to the colon of its label: «الصورة :». */
    private static final int LABEL_CHARS = 7;
    /**
     * Words after «صورة» opening a line that say it is a picture (normalised): archive, showing, illustrative («صورة من»
     * alone may head a report: «صورة من داخل المشفى بعد قصف اليوم»; «صورة من الأرشيف» is read apart).
     */
    private static final Set<String> PICTURE_WORDS = Set.of("ارشيفيه", "تظهر", "تعبيريه", "لاثار", "توضيحيه");

    /** What stands in the brackets that end the line (after them only spaces or a full stop), or null. */
    private static String lastBrackets(String line) {
        int end = line.length() - 1;
        while (end >= 0 && (Character.isWhitespace(line.charAt(end)) || line.charAt(end) == '.')) end--;
        if (end < 0 || line.charAt(end) != ')' && line.charAt(end) != ']') return null;
        for (int k = end - 1; k >= 0 && end - k <= MAX_CREDIT + 1; k--) {
            char c = line.charAt(k);
            if (c == '(' || c == '[') return k + 1 < end ? line.substring(k + 1, end) : null;
            if (c == ')' || c == ']') return null;
        }
        return null;
    }
}
