package org.furat.io.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.furat.model.PlaceKind;
import org.junit.jupiter.api.Test;

/** GeoNames feature codes become the kinds of place the curated gazetteer uses for the same things. */
class FeatureCodesTest {

    @Test
    void aSectionOfATownIsANeighbourhood() {
        assertEquals(PlaceKind.NEIGHBOURHOOD, FeatureCodes.kind("P", "PPLX", 0));
    }

    @Test
    void bridgesAndBorderPostsAreImported() {
        assertEquals(PlaceKind.BRIDGE, FeatureCodes.kind("S", "BDG", 0));
        assertEquals(PlaceKind.CROSSING, FeatureCodes.kind("S", "PSTB", 0));
    }

    @Test
    void otherFeaturesAreStillLeftOut() {
        assertNull(FeatureCodes.kind("S", "SCH", 0), "a school is not a place a report locates an event by");
        assertNull(FeatureCodes.kind("R", "RD", 0), "roads are curated, not imported as points");
        assertEquals(PlaceKind.OIL_FIELD, FeatureCodes.kind("L", "OILF", 0));
    }
}
