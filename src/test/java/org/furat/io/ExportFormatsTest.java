package org.furat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExportFormatsTest {

    @Test
    void everyFormatIsListedOnceWithItsExtension() {
        List<String> names = ExportFormats.all().stream().map(ExportFormat::name).toList();
        assertTrue(names.containsAll(List.of("gpkg", "geojson", "kml", "csv")), names.toString());
        assertEquals(names.size(), names.stream().distinct().count(), "unique names");
        for (ExportFormat format : ExportFormats.all()) {
            assertEquals("." + format.name(), format.extension(), format.name());
            assertEquals(format.name().toLowerCase(), format.name());
        }
    }

    @Test
    void aFormatIsFoundByItsNameInAnyCase() {
        for (ExportFormat format : ExportFormats.all()) {
            assertSame(format, ExportFormats.byName(format.name()));
            assertSame(format, ExportFormats.byName(format.name().toUpperCase()));
        }
    }

    @Test
    void anUnknownNameIsRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormats.byName("xlsx"));
        assertTrue(e.getMessage().contains("xlsx"), e.getMessage());
        for (ExportFormat format : ExportFormats.all()) assertTrue(e.getMessage().contains(format.name()), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExportFormats.byName(null));
    }
}
