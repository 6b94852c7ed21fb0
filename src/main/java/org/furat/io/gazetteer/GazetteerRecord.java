package org.furat.io.gazetteer;

import java.util.List;
import org.furat.model.PlaceKind;

/**
 * One place as a gazetteer file gives it, before it is compared with the places Furat already has. A record
 * with a {@code skipReason} is one the file itself marks as not to import (an administrative area, a superseded
 * or no longer current record, not a populated place): it is reported, never imported.
 *
 * @param file       the file it was read from, for messages
 * @param sourceRef  its id in that source (a Who's On First id, a GeoNames id, the id column of a point layer)
 * @param geonameId  its GeoNames id when the source knows it, else null
 */
public record GazetteerRecord(String file, String sourceRef, Long geonameId, String nameEn, String nameAr,
                              List<String> variantsEn, List<String> variantsAr, PlaceKind kind, double lon, double lat,
                              String skipReason) {

    public GazetteerRecord {
        variantsEn = List.copyOf(variantsEn);
        variantsAr = List.copyOf(variantsAr);
    }

    /** A record the file marks as not to import, with the reason. */
    static GazetteerRecord skipped(String file, String sourceRef, String name, String reason) {
        return new GazetteerRecord(file, sourceRef, null, name, null, List.of(), List.of(), null, Double.NaN, Double.NaN, reason);
    }

    public boolean skipped() { return skipReason != null; }

    /** The name to show in a report: English, else Arabic, else the id. */
    public String label() {
        if (nameEn != null && !nameEn.isBlank()) return nameEn;
        return nameAr != null && !nameAr.isBlank() ? nameAr : sourceRef;
    }
}
