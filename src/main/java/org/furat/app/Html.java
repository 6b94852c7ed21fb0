package org.furat.app;

/** Turns an HTML page into its text: scripts and styles dropped, block ends as line breaks, entities decoded. */
final class Html {
    private Html() {}

    static String toText(String html) {
        String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<br\\s*/?>|</(p|div|h[1-6]|li|tr)>", "\n")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
        return text.replaceAll("[ \\t]+", " ").replaceAll(" *\\n[ \\n]*", "\n").strip();
    }
}
