package org.furat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.furat.io.kml.KmlFormat;
import org.furat.model.EventType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class KmlFormatTest extends ExportFormatContract {

    static final String KML = "http://www.opengis.net/kml/2.2";

    /** The colours asked for, as "#rrggbb", and as KML writes them (aabbggrr). */
    static final Map<String, String> COLOURS = Map.of(
            "battles", "ff2b18b2",
            "explosions-remote-violence", "ff0161e6",
            "violence-against-civilians", "ff993c5e",
            "protests", "ffb07105",
            "riots", "ff779e1b",
            "strategic-developments", "ff4d4d4d",
            "other", "ff999999");

    @Override
    ExportFormat format() {
        return new KmlFormat();
    }

    /** KML's Data elements are untyped: GDAL reads every attribute as a string. */
    @Override
    Map<FieldType, Set<String>> gdalTypes() {
        return null;
    }

    /** GDAL's LIBKML reader (3.6) turns each byte of a non-ASCII Data name into "_": ملاحظات reads as 14 underscores. */
    @Override
    String fieldNameAsRead(String written) {
        StringBuilder b = new StringBuilder();
        written.codePoints().forEach(c -> b.append(c < 128 ? Character.toString(c) : "_".repeat(Character.toString(c).getBytes(StandardCharsets.UTF_8).length)));
        return b.toString();
    }

    private static final DocumentBuilderFactory XML = DocumentBuilderFactory.newInstance();

    static {
        XML.setNamespaceAware(true);
        try {
            XML.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static Document parse(Path file) throws IOException {
        return parse(java.nio.file.Files.readAllBytes(file));
    }

    static Document parse(byte[] xml) throws IOException {
        try {
            return XML.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(KML, name);
        for (int i = 0; i < nodes.getLength(); i++) found.add((Element) nodes.item(i));
        return found;
    }

    static Element child(Element parent, String name) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && KML.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) return e;
        }
        return null;
    }

    static String expectedStyle(Object eventType) {
        for (EventType type : EventType.values()) {
            if (type.label().equals(eventType) || type.labelAr().equals(eventType)) return type.name().toLowerCase().replace('_', '-');
        }
        return "other";
    }

    @Test
    void theKmlIsWellFormedWithAStylePerEventTypeAndEveryFieldOfEveryPlacemark() throws IOException {
        List<Feature> features = SampleLayer.features(FEATURES);
        Document doc = parse(writeSample());
        Element kml = doc.getDocumentElement();
        assertEquals(KML, kml.getNamespaceURI());
        assertEquals("kml", kml.getLocalName());
        Element document = child(kml, "Document");
        assertEquals("incidents", child(document, "name").getTextContent());

        Map<String, String> styles = new HashMap<>();
        for (Element style : children(document, "Style")) {
            styles.put(style.getAttribute("id"), child(child(style, "IconStyle"), "color").getTextContent());
        }
        assertEquals(COLOURS, styles);

        List<Element> placemarks = children(document, "Placemark");
        assertEquals(FEATURES, placemarks.size());
        Set<String> stylesUsed = new java.util.TreeSet<>();
        for (int i = 0; i < FEATURES; i++) {
            Feature expected = features.get(i);
            Element placemark = placemarks.get(i);
            String what = "placemark " + i;
            Object eventType = expected.values().get(3);
            assertEquals("#" + expectedStyle(eventType), child(placemark, "styleUrl").getTextContent(), what + " " + eventType);
            stylesUsed.add(child(placemark, "styleUrl").getTextContent());

            Object placeAr = expected.values().get(1);
            Element name = child(placemark, "name");
            if (placeAr == null) assertNull(name, what);
            else assertEquals(placeAr, name.getTextContent(), what);

            String[] lonLat = child(child(placemark, "Point"), "coordinates").getTextContent().split(",");
            assertEquals(expected.lon(), Double.parseDouble(lonLat[0]), 0.0, what);
            assertEquals(expected.lat(), Double.parseDouble(lonLat[1]), 0.0, what);

            Map<String, String> data = new LinkedHashMap<>();
            for (Element d : children(child(placemark, "ExtendedData"), "Data")) data.put(d.getAttribute("name"), child(d, "value").getTextContent());
            Map<String, String> written = new LinkedHashMap<>();
            for (int f = 0; f < SampleLayer.LAYER.fields().size(); f++) {
                Object value = expected.values().get(f);
                if (value != null) written.put(SampleLayer.LAYER.fields().get(f).name(), ValueText.of(value));
            }
            assertEquals(written, data, what + ": every field with a value, exactly (carriage returns included)");

            assertBalloonShows(child(placemark, "description").getTextContent(), written, what);
        }
        assertEquals(new java.util.TreeSet<>(List.of("#battles", "#explosions-remote-violence", "#violence-against-civilians",
                "#protests", "#riots", "#strategic-developments", "#other")), stylesUsed);
    }

    /** The balloon is a table of the fields with a value; Arabic cells are right to left, the others not. */
    private static void assertBalloonShows(String html, Map<String, String> values, String what) throws IOException {
        Document balloon = parse(html.getBytes(StandardCharsets.UTF_8)); // written as well-formed XHTML
        NodeList rows = balloon.getElementsByTagName("tr");
        assertEquals(values.size(), rows.getLength(), what);
        List<String> names = new ArrayList<>(values.keySet());
        for (int r = 0; r < rows.getLength(); r++) {
            Element row = (Element) rows.item(r);
            Element th = (Element) row.getElementsByTagName("th").item(0);
            Element td = (Element) row.getElementsByTagName("td").item(0);
            assertEquals(names.get(r), th.getTextContent(), what);
            String value = values.get(names.get(r));
            assertEquals(value.replace("\r\n", "\n"), td.getTextContent().replace("\r\n", "\n"), what + " " + names.get(r));
            boolean arabicFirst = value.codePoints().filter(Character::isLetter).findFirst()
                    .stream().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
            assertEquals(arabicFirst ? "rtl" : "", td.getAttribute("dir"), what + " " + names.get(r) + ": " + value);
        }
    }

    @Test
    void charactersXmlCannotHoldAreReplacedAndTheFileStaysWellFormed() throws IOException {
        Layer layer = new Layer("bad text", List.of(new Field("note", FieldType.TEXT, 50, "")), null);
        Path file = write("control.kml", layer, features(new Object[] {40.0, 35.0, "bell\u0007 nul\u0000 lone\uD800 fffe\uFFFE ok"}));
        Document doc = parse(file);
        Element placemark = children(doc.getDocumentElement(), "Placemark").get(0);
        assertEquals("bell\uFFFD nul\uFFFD lone\uFFFD fffe\uFFFD ok", child(placemark, "name").getTextContent());
        assertEquals("#other", child(placemark, "styleUrl").getTextContent(), "no style field: the default style");
    }

    @Test
    void gdalSeesTheStyleOfEachPlacemark() throws IOException {
        Gdal.require();
        List<Feature> six = new ArrayList<>();
        for (int n = 0; n < 9; n++) six.add(SampleLayer.feature(n));
        Path file = write("styles.kml", SampleLayer.LAYER, six);
        Gdal.Run r = Gdal.run("ogrinfo", "-ro", "-al", "-q", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> styles = r.out().lines().map(String::strip).filter(l -> l.startsWith("Style = ")).toList();
        List<String> expected = six.stream().map(f -> "Style = @" + expectedStyle(f.values().get(3))).toList();
        assertEquals(expected, styles);
    }

    @Test
    void aLayerWithoutTextHasNamelessPlacemarks() throws IOException {
        Layer layer = new Layer("counts", List.of(new Field("n", FieldType.INTEGER, 0, "")), null);
        Document doc = parse(write("counts.kml", layer, features(new Object[] {40.0, 35.0, 7L})));
        Element placemark = children(doc.getDocumentElement(), "Placemark").get(0);
        assertNull(child(placemark, "name"));
        assertFalse(child(placemark, "description").getTextContent().contains("dir=\"rtl\""));
    }

    @Test
    void theNameIsTheFirstTextFieldWhenThereIsNoArabicName() throws IOException {
        Layer layer = new Layer("places", List.of(new Field("n", FieldType.INTEGER, 0, ""), new Field("title", FieldType.TEXT, 20, ""),
                new Field("name_ar", FieldType.TEXT, 20, "")), null);
        Document doc = parse(write("places.kml", layer, features(new Object[] {40.0, 35.0, 1L, "Hajin", "هجين"})));
        assertEquals("هجين", child(children(doc.getDocumentElement(), "Placemark").get(0), "name").getTextContent(), "name_ar wins");
        Layer english = new Layer("places", List.of(new Field("n", FieldType.INTEGER, 0, ""), new Field("title", FieldType.TEXT, 20, "")), null);
        doc = parse(write("english.kml", english, features(new Object[] {40.0, 35.0, 1L, "Hajin"})));
        assertEquals("Hajin", child(children(doc.getDocumentElement(), "Placemark").get(0), "name").getTextContent());
    }
}
