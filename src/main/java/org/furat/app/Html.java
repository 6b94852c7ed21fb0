package org.furat.app;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an HTML page into its text: head, scripts and styles dropped, block ends as line breaks, character
 * references (named and numeric) decoded.
 */
final class Html {
    private Html() {}

    private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    static boolean looksLikeHtml(String name, String text) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String start = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    static String toText(String html) {
        String text = html.replaceAll("(?is)<(head|script|style|noscript)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<br\\s*/?>|</(p|div|h[1-6]|li|tr|title|article|section|blockquote)>", "\n")
                .replaceAll("(?s)<[^>]*>", " ");
        text = decodeNumeric(text).replace("&nbsp;", " ").replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'")
                .replace("&rsquo;", "’").replace("&lsquo;", "‘").replace("&rdquo;", "”").replace("&ldquo;", "“")
                .replace("&ndash;", "–").replace("&mdash;", "—").replace("&laquo;", "«").replace("&raquo;", "»")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return text.replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" *\\n[ \\n]*", "\n").strip();
    }

    private static String decodeNumeric(String text) {
        Matcher m = NUMERIC.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code;
            try {
                code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            } catch (NumberFormatException e) {
                code = -1;
            }
            String replacement = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
