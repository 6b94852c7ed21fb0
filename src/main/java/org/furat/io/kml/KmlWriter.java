package org.furat.io.kml;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.furat.io.AtomicFiles;
import org.furat.io.Feature;
import org.furat.io.FeatureChecks;
import org.furat.io.Field;
import org.furat.io.FieldType;
import org.furat.io.Layer;
import org.furat.io.StreamingFeatureWriter;
import org.furat.io.ValueText;

/**
 * Streams a KML document into a temporary file: the styles first (the event types are known up front), then a
 * folder named after the layer with a Placemark per feature. Text is escaped by hand rather than through StAX so
 * that carriage returns survive (as {@code &#13;}) and characters XML 1.0 cannot hold become U+FFFD instead of
 * breaking the file. Not thread-safe.
 */
final class KmlWriter extends StreamingFeatureWriter {

    /** A white circle that Google Earth tints with the style's colour. */
    static final String ICON = "https://maps.google.com/mapfiles/kml/shapes/placemark_circle.png";

    private final Layer layer;
    private final Writer out;
    private final int nameField;
    private final int styleField;
    private final StringBuilder balloon = new StringBuilder(1024);

    private KmlWriter(Layer layer, AtomicFiles files, Writer out) {
        super("KML", layer.name(), files);
        this.layer = layer;
        this.out = out;
        this.nameField = nameField(layer);
        this.styleField = layer.styleField() == null ? -1 : layer.indexOf(layer.styleField());
    }

    static KmlWriter open(Path target, Layer layer) throws IOException {
        FeatureChecks.requireValidLayer(layer, List.of());
        AtomicFiles files = new AtomicFiles();
        try {
            Path temporary = files.temporaryFor(target);
            Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8), 1 << 16);
            KmlWriter writer = new KmlWriter(layer, files, out);
            writer.writeHeader();
            return writer;
        } catch (IOException | RuntimeException e) {
            files.abandon(e);
            throw e;
        }
    }

    /** The field that names a placemark: the Arabic place or name if the layer has one, else its first text field. */
    static int nameField(Layer layer) {
        for (String preferred : List.of("place_ar", "name_ar")) {
            int i = layer.indexOf(preferred);
            if (i >= 0 && layer.fields().get(i).type() == FieldType.TEXT) return i;
        }
        for (int i = 0; i < layer.fields().size(); i++) if (layer.fields().get(i).type() == FieldType.TEXT) return i;
        return -1;
    }

    private void writeHeader() throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n<name>");
        text(layer.name());
        out.write("</name>\n");
        for (KmlStyles.Style style : KmlStyles.all()) {
            out.write("<Style id=\"");
            attribute(style.id());
            out.write("\"><IconStyle><color>" + style.kmlColour() + "</color><Icon><href>" + ICON + "</href></Icon></IconStyle>"
                    + "<BalloonStyle><text>$[description]</text></BalloonStyle></Style>\n");
        }
        // The placemarks go in a folder named after the layer: GDAL reads a folder as a layer even when it is empty.
        out.write("<Folder><name>");
        text(layer.name());
        out.write("</name>\n");
    }

    @Override
    public void write(Feature feature) throws IOException {
        requireOpen();
        FeatureChecks.requireConforms(layer, feature);
        List<Object> values = feature.values();
        List<Field> fields = layer.fields();
        out.write("<Placemark>");
        Object name = nameField < 0 ? null : values.get(nameField);
        if (name != null) {
            out.write("<name>");
            text((String) name);
            out.write("</name>");
        }
        out.write("<description><![CDATA[");
        out.write(valid(balloon(fields, values, (String) name)));
        out.write("]]></description>");
        KmlStyles.Style style = styleField < 0 ? KmlStyles.OTHER : KmlStyles.of(values.get(styleField) == null ? null : ValueText.of(values.get(styleField)));
        out.write("<styleUrl>#");
        text(style.id());
        out.write("</styleUrl>\n<ExtendedData>");
        for (int i = 0; i < fields.size(); i++) {
            Object value = values.get(i);
            if (value == null) continue; // absent, so readers see no value rather than an empty string
            out.write("<Data name=\"");
            attribute(fields.get(i).name());
            out.write("\"><value>");
            text(ValueText.of(value));
            out.write("</value></Data>");
        }
        out.write("</ExtendedData>\n<Point><coordinates>");
        out.write(ValueText.number(feature.lon()));
        out.write(',');
        out.write(ValueText.number(feature.lat()));
        out.write("</coordinates></Point></Placemark>\n");
    }

    /**
     * The balloon: a heading and a table of the fields that have a value. Arabic values are laid out right to left.
     * Every value is HTML-escaped, so "]]>" never occurs and the CDATA section cannot end early.
     */
    private String balloon(List<Field> fields, List<Object> values, String name) {
        StringBuilder b = balloon;
        b.setLength(0);
        b.append("<div style=\"font-family:sans-serif;max-width:36em\">");
        if (name != null) {
            b.append("<h3 dir=\"").append(direction(name)).append("\">");
            html(b, name);
            b.append("</h3>");
        }
        b.append("<table style=\"border-collapse:collapse;font-size:small\">");
        for (int i = 0; i < fields.size(); i++) {
            Object value = values.get(i);
            if (value == null) continue;
            Field field = fields.get(i);
            String text = ValueText.of(value);
            b.append("<tr><th style=\"text-align:left;vertical-align:top;padding:2px 8px 2px 0;color:#555\"");
            if (field.description() != null && !field.description().isBlank()) {
                b.append(" title=\"");
                html(b, field.description());
                b.append('"');
            }
            b.append('>');
            html(b, field.name());
            b.append("</th><td");
            if (direction(text).equals("rtl")) b.append(" dir=\"rtl\" style=\"text-align:right;white-space:pre-wrap\"");
            else b.append(" style=\"white-space:pre-wrap\"");
            b.append('>');
            html(b, text);
            b.append("</td></tr>");
        }
        return b.append("</table></div>").toString();
    }

    /** "rtl" when the first strongly directional character is Arabic or Hebrew, else "ltr". */
    static String direction(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) return "rtl";
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) return "ltr";
            i += Character.charCount(c);
        }
        return "ltr";
    }

    private static void html(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
    }

    /** Element text: markup characters escaped, carriage returns kept (a parser would fold a raw one into a newline). */
    private void text(String s) throws IOException {
        escape(s, false);
    }

    /** Attribute text: as element text, and also quotes, tabs and newlines (which a parser would turn into spaces). */
    private void attribute(String s) throws IOException {
        escape(s, true);
    }

    private void escape(String s, boolean inAttribute) throws IOException {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '\r' -> out.write("&#13;");
                case '"' -> out.write(inAttribute ? "&quot;" : "\"");
                case '\n' -> out.write(inAttribute ? "&#10;" : "\n");
                case '\t' -> out.write(inAttribute ? "&#9;" : "\t");
                default -> {
                    if (isXmlChar(c)) out.write(Character.toChars(c));
                    else out.write('\uFFFD');
                }
            }
        }
    }

    /** The text with every character XML 1.0 cannot hold (control characters, lone surrogates) replaced by U+FFFD. */
    static String valid(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            if (!isXmlChar(c)) {
                if (b == null) b = new StringBuilder(s.length()).append(s, 0, i);
                b.append('\uFFFD');
            } else if (b != null) {
                b.append(s, i, i + n);
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    @Override
    protected void finish() throws IOException {
        out.write("</Folder>\n</Document>\n</kml>\n");
        out.close();
    }

    @Override
    protected void release() throws IOException {
        out.close();
    }
}
