package org.furat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.furat.text.ArabicNormalizer;

/**
 * Finds the captions of a page's pictures, which pages scraped for news keep among the report's lines: "Fighters of
 * the SDF are seen in Deir Ezzor, May 1, 2018. Photo by Reuters", «تصاعد دخان بعد قصف … - 5 من أيلول 2024 (منصات
 * التواصل)». A caption shows a scene, often of another day, and tells no event of the report: its event words make no
 * proposal and its dates date nothing. A line is a caption when it names a photo ("photo" in English; «صورة» or
 * «أرشيف» in brackets) or ends with a picture's credit in brackets, words of {@code data/lexicons/caption-credits.csv}
 * («(فرانس برس)»). A credit elsewhere in a line («نشرت منصات التواصل مقاطع») makes no caption. Immutable and
 * thread-safe.
 */
final class Captions {

    /** "Photo by", "(File photo)", "AP Photo/": an English line naming a photo. */
    private static final Pattern PHOTO = Pattern.compile("(?i)(?<![\\p{L}])photo(?![\\p{L}])");
    /** What stands in brackets at a line's end, with what may close the line after them. */
    private static final Pattern LAST_BRACKETS = Pattern.compile("[(\\[]([^()\\[\\]]{1,40})[)\\]][\\s.]*$");

    private final List<String> credits = new ArrayList<>();

    Captions() {
        for (LexiconCsv.Row row : LexiconCsv.read("caption-credits", "language", "phrase")) credits.add(fold(row.get("phrase")));
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

    private boolean caption(String line) {
        if (PHOTO.matcher(line).find()) return true;
        Matcher last = LAST_BRACKETS.matcher(line);
        if (!last.find()) return false;
        String bracketed = fold(last.group(1));
        return credits.stream().anyMatch(credit -> (" " + bracketed + " ").contains(" " + credit + " "));
    }

    private static String fold(String s) {
        return ArabicNormalizer.normalize(s).text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
