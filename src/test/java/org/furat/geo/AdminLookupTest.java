package org.furat.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.furat.model.AdminParents;
import org.furat.model.AdminUnit;
import org.junit.jupiter.api.Test;

/** The shipped boundaries: they load, nest as OCHA lists them, and hold the towns known to lie in them. */
class AdminLookupTest {

    private final AdminLookup lookup = AdminLookup.shipped();

    @Test
    void theGovernorateItsThreeDistrictsFourteenSubDistrictsAndThreeNeighboursLoad() {
        assertEquals(21, lookup.units().size());
        assertEquals(18, lookup.placeUnits().size());
        for (AdminUnit unit : lookup.units()) {
            assertTrue(unit.boundary().isValid(), unit.key() + " has a valid boundary");
            assertNotNull(unit.nameAr(), unit.key() + " has an Arabic name");
            assertTrue(unit.nameSourceUrl().startsWith("https://"), unit.key() + " names where its Arabic name comes from");
        }
    }

    @Test
    void everySubDistrictNestsInItsDistrictAsOchaListsThem() {
        Map<String, Set<String>> byDistrict = new TreeMap<>();
        for (AdminUnit unit : lookup.units()) {
            if (unit.level() != 3) continue;
            AdminParents parents = lookup.parentsOfUnit(unit);
            assertEquals("deir_ez_zor_governorate", parents.admin1(), unit.key());
            byDistrict.computeIfAbsent(parents.admin2(), k -> new TreeSet<>()).add(unit.key());
        }
        assertEquals(Set.of("deir_ez_zor_subdistrict", "kisreh_subdistrict", "busayrah_subdistrict", "muhasan_subdistrict",
                "tabni_subdistrict", "khasham_subdistrict", "sur_subdistrict"), byDistrict.get("deir_ez_zor_district"));
        assertEquals(Set.of("mayadin_subdistrict", "thiban_subdistrict", "asharah_subdistrict"), byDistrict.get("mayadin_district"));
        assertEquals(Set.of("albu_kamal_subdistrict", "hajin_subdistrict", "jalaa_subdistrict", "susat_subdistrict"),
                byDistrict.get("albu_kamal_district"));
    }

    @Test
    void knownTownsLieInTheirUnits() {
        // Points from data/gazetteer/places.csv.
        assertEquals(new AdminParents("deir_ez_zor_governorate", "mayadin_district", "mayadin_subdistrict"), lookup.parentsOf(40.45154, 35.01982));
        assertEquals(new AdminParents("deir_ez_zor_governorate", "albu_kamal_district", "albu_kamal_subdistrict"), lookup.parentsOf(40.91854, 34.45226));
        assertEquals(new AdminParents("deir_ez_zor_governorate", "deir_ez_zor_district", "khasham_subdistrict"), lookup.parentsOf(40.2914143, 35.3020098));
        assertEquals("deir_ez_zor_district", lookup.parentsOf(40.30944, 35.33611).admin2(), "the Conoco gas plant");
        assertEquals("raqqa_governorate", lookup.parentsOf(39.0, 35.95).admin1(), "Raqqa city lies in the neighbouring governorate");
        assertNull(lookup.parentsOf(39.0, 35.95).admin2(), "outside Deir ez-Zor no districts are shipped");
        assertEquals(AdminParents.NONE, lookup.parentsOf(41.14, 34.40), "Al-Qaim, in Iraq, lies in no shipped unit");
    }

    @Test
    void aUnitPlaceStandsAtItsSeatAndNamesItselfAmongItsUnits() {
        AdminUnit district = lookup.unit("albu_kamal_district");
        var seat = GeoPackageGeometry.point(40.91854, 34.45226);
        var place = lookup.asPlace(district, seat);
        assertEquals(40.91854, place.lon(), 1e-9);
        assertEquals(new AdminParents("deir_ez_zor_governorate", "albu_kamal_district", null), place.admin());
        assertEquals("region", place.precision().name().toLowerCase());
        var elsewhere = lookup.asPlace(district, GeoPackageGeometry.point(38.0, 35.0));
        assertTrue(district.boundary().covers(GeoPackageGeometry.point(elsewhere.lon(), elsewhere.lat())),
                "a seat outside the unit is not used: the pin stays inside");
    }

    @Test
    void aNameRowWithoutABoundaryIsAnErrorNamingTheFileAndLine() {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[]}";
        String csv = "key,level,shape_id,shape_name,name_en,name_ar,district,seat,source,source_url\n"
                + "x_district,2,SYR-ADM2-NOPE,X,X District,منطقة س,,,test,https://example.org\n";
        var e = assertThrows(java.io.IOException.class, () -> AdminLookup.read(json.getBytes(StandardCharsets.UTF_8),
                json.getBytes(StandardCharsets.UTF_8), csv));
        assertTrue(e.getMessage().contains("admin-units.csv, line 2") && e.getMessage().contains("SYR-ADM2-NOPE"), e.getMessage());
        assertNotNull(List.of());
    }
}
