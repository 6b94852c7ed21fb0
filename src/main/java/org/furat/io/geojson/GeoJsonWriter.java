package org.furat.io.geojson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.furat.io.AtomicFiles;
import org.furat.io.Feature;
import org.furat.io.FeatureChecks;
import org.furat.io.Field;
import org.furat.io.Layer;
import org.furat.io.StreamingFeatureWriter;

/** Streams a FeatureCollection through Jackson's generator into a temporary file. Not thread-safe. */
final class GeoJsonWriter extends StreamingFeatureWriter {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Layer layer;
    private final JsonGenerator json;

    private GeoJsonWriter(Layer layer, AtomicFiles files, JsonGenerator json) {
        super("GeoJSON", layer.name(), files);
        this.layer = layer;
        this.json = json;
    }

    static GeoJsonWriter open(Path target, Layer layer) throws IOException {
        FeatureChecks.requireValidLayer(layer, List.of());
        AtomicFiles files = new AtomicFiles();
        try {
            Path temporary = files.temporaryFor(target);
            JsonGenerator json = JSON.createGenerator(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16), JsonEncoding.UTF8);
            json.setPrettyPrinter(new OneFeaturePerLine());
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeStringField("name", layer.name());
            json.writeArrayFieldStart("features");
            return new GeoJsonWriter(layer, files, json);
        } catch (IOException | RuntimeException e) {
            files.abandon(e);
            throw e;
        }
    }

    @Override
    public void write(Feature feature) throws IOException {
        requireOpen();
        FeatureChecks.requireConforms(layer, feature);
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeObjectFieldStart("properties");
        List<Field> fields = layer.fields();
        for (int i = 0; i < fields.size(); i++) {
            json.writeFieldName(fields.get(i).name());
            Object value = feature.values().get(i);
            if (value == null) json.writeNull();
            else if (value instanceof String s) json.writeString(s);
            else if (value instanceof Long l) json.writeNumber(l);
            else if (value instanceof Double d) json.writeNumber(d);
            else json.writeString(((LocalDate) value).toString());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(feature.lon());
        json.writeNumber(feature.lat());
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    protected void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }

    @Override
    protected void release() throws IOException {
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        json.close();
    }

    /** Compact JSON with each feature on a line of its own, so the file reads and diffs line by line. */
    private static final class OneFeaturePerLine extends MinimalPrettyPrinter {

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (inFeatures(g)) g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(inFeatures(g) ? ",\n" : ",");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            if (inFeatures(g) && values > 0) g.writeRaw('\n');
            g.writeRaw(']');
        }

        /** Whether the array being written is the collection's "features" (the only array in the root object). */
        private static boolean inFeatures(JsonGenerator g) {
            JsonStreamContext array = g.getOutputContext();
            JsonStreamContext parent = array.getParent();
            return array.inArray() && parent != null && parent.getParent() != null && parent.getParent().inRoot();
        }
    }
}
