package org.furat.map;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.furat.geo.GeoJsonReader;

/** The map definition with its layers loaded, in drawing order. Loading reads files: do it off the FX thread. */
public record Basemap(MapDefinition definition, List<VectorLayer> layers) {

    public Basemap {
        layers = List.copyOf(layers);
    }

    /** Loads the definition at a class-path resource and every layer file it lists beside it. */
    public static Basemap load(String definitionResource) throws IOException {
        MapDefinition definition;
        try (InputStream in = Basemap.class.getResourceAsStream(definitionResource)) {
            if (in == null) throw new IOException("Map definition " + definitionResource + " is missing from the build");
            definition = MapDefinition.read(in, definitionResource);
        }
        String folder = definitionResource.substring(0, definitionResource.lastIndexOf('/') + 1);
        List<VectorLayer> layers = new ArrayList<>();
        GeoJsonReader reader = new GeoJsonReader();
        for (MapDefinition.LayerDefinition layer : definition.layers()) {
            try (InputStream in = Basemap.class.getResourceAsStream(folder + layer.file())) {
                if (in == null) throw new IOException("Layer file " + layer.file() + " of map " + definition.name() + " is missing");
                List<org.locationtech.jts.geom.Geometry> geometries = reader.read(in, layer.file()).stream()
                        .map(GeoJsonReader.Feature::geometry).toList();
                layers.add(new VectorLayer(layer.id(), layer.title(), layer.style(), geometries));
            }
        }
        return new Basemap(definition, layers);
    }
}
