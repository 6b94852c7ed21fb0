package org.furat.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * A map as {@code maps/*.json} describes it: its region (the study area gazetteer imports keep to), its
 * extent (the box its layers cover, beyond which the map never shows; the region where it gives none), its
 * home view, its background, the attribution its sources require, and its layers in drawing order, bottom first.
 */
public record MapDefinition(String name, Box region, Box extent, Box home, Color background, List<String> attribution,
                            List<LayerDefinition> layers) {

    /** A lon/lat box. */
    public record Box(double west, double south, double east, double north) {}

    /** One layer: its file (relative to the definition) and style. */
    public record LayerDefinition(String id, String title, String file, LayerStyle style) {}

    public static final String DEIR_EZ_ZOR = "/org/furat/maps/deir-ez-zor.json";

    public static MapDefinition read(InputStream in, String name) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        try {
            List<LayerDefinition> layers = new ArrayList<>();
            for (JsonNode layer : root.path("layers")) {
                JsonNode s = layer.path("style");
                double[] dash = new double[s.path("dash").size()];
                for (int i = 0; i < dash.length; i++) dash[i] = s.path("dash").get(i).asDouble();
                LayerStyle style = new LayerStyle(color(s.path("fill")), color(s.path("stroke")), s.path("width").asDouble(1), dash);
                layers.add(new LayerDefinition(required(layer, "id"), layer.path("title").asText(required(layer, "id")),
                        required(layer, "file"), style));
            }
            List<String> attribution = new ArrayList<>();
            root.path("attribution").forEach(a -> attribution.add(a.asText()));
            Color background = color(root.path("background"));
            Box region = box(root.path("region"));
            Box extent = root.has("extent") ? box(root.path("extent")) : region;
            return new MapDefinition(root.path("name").asText(name), region, extent, box(root.path("home")),
                    background == null ? Color.WHITE : background, attribution, layers);
        } catch (IllegalArgumentException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode node, String field) {
        String value = node.path(field).asText("");
        if (value.isBlank()) throw new IllegalArgumentException("a layer lacks '" + field + "'");
        return value;
    }

    private static Box box(JsonNode n) {
        if (!n.has("west") || !n.has("south") || !n.has("east") || !n.has("north")) {
            throw new IllegalArgumentException("a box needs west, south, east and north");
        }
        return new Box(n.get("west").asDouble(), n.get("south").asDouble(), n.get("east").asDouble(), n.get("north").asDouble());
    }

    private static Color color(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : Color.web(n.asText());
    }
}
