package org.furat.app;

import java.util.List;
import org.furat.io.Field;
import org.furat.io.FieldType;
import org.furat.io.Layer;

/** The columns Furat exports, shared by every format; widths are DBF byte widths (Arabic takes two a letter). */
final class ExportLayers {

    private ExportLayers() {}

    /** The administrative units a row's place lies in, as ACLED's exports carry them; the same in both layers. */
    private static final List<Field> ADMIN = List.of(
            new Field("adm1_name", FieldType.TEXT, 60, "governorate the place lies in (English)"),
            new Field("adm1_code", FieldType.TEXT, 40, "governorate code (geoBoundaries shapeID)"),
            new Field("adm2_name", FieldType.TEXT, 60, "district the place lies in (English)"),
            new Field("adm2_code", FieldType.TEXT, 40, "district code (geoBoundaries shapeID)"),
            new Field("adm3_name", FieldType.TEXT, 60, "sub-district the place lies in (English)"),
            new Field("adm3_code", FieldType.TEXT, 40, "sub-district code (geoBoundaries shapeID)"));

    /** The fields in order: {@code before}, the administrative units, {@code after}. */
    private static List<Field> withAdmin(List<Field> before, List<Field> after) {
        List<Field> fields = new java.util.ArrayList<>(before);
        fields.addAll(ADMIN);
        fields.addAll(after);
        return List.copyOf(fields);
    }

    static final Layer INCIDENTS = new Layer("incidents", withAdmin(List.of(
            new Field("incident", FieldType.TEXT, 48, "incident key; rows of one incident share it"),
            new Field("place", FieldType.TEXT, 40, "gazetteer key of the place"),
            new Field("place_ar", FieldType.TEXT, 60, "place name in Arabic"),
            new Field("place_en", FieldType.TEXT, 60, "place name in English"),
            new Field("role", FieldType.TEXT, 10, "the place's role: origin, target, location or mentioned")), List.of(
            new Field("loc_prec", FieldType.INTEGER, 1, "location precision: 1 exact, 2 approximate, 3 region"),
            new Field("date_start", FieldType.DATE, 0, "first day the incident may have happened"),
            new Field("date_end", FieldType.DATE, 0, "last day the incident may have happened"),
            new Field("time_prec", FieldType.INTEGER, 1, "date precision: 1 day, 2 week, 3 month"),
            new Field("event_type", FieldType.TEXT, 30, "ACLED event type"),
            new Field("sub_event", FieldType.TEXT, 40, "ACLED sub-event type"),
            new Field("actor1", FieldType.TEXT, 80, "actor 1"),
            new Field("actor2", FieldType.TEXT, 80, "actor 2"),
            new Field("killed", FieldType.INTEGER, 7, "people killed, best estimate (empty: not reported)"),
            new Field("killed_low", FieldType.INTEGER, 7, "people killed, low estimate"),
            new Field("killed_high", FieldType.INTEGER, 7, "people killed, high estimate"),
            new Field("injured", FieldType.INTEGER, 7, "people injured, best estimate (empty: not reported)"),
            new Field("injured_low", FieldType.INTEGER, 7, "people injured, low estimate"),
            new Field("injured_high", FieldType.INTEGER, 7, "people injured, high estimate"),
            new Field("status", FieldType.TEXT, 10, "proposed, verified or rejected"),
            new Field("desc_en", FieldType.TEXT, 254, "description in English"),
            new Field("desc_ar", FieldType.TEXT, 254, "description in Arabic"),
            new Field("source", FieldType.TEXT, 160, "title of every source the incident cites, separated by |"),
            new Field("outlet", FieldType.TEXT, 60, "outlet of each source, separated by | (n/a: not known)"),
            new Field("url", FieldType.TEXT, 200, "URL of each source, separated by | (n/a: none)"),
            new Field("evidence", FieldType.TEXT, 254, "every span of the sources' words that support the incident, separated by |"))), "event_type");

    static final Layer PLACES = new Layer("places", withAdmin(List.of(
            new Field("key", FieldType.TEXT, 60, "gazetteer key"),
            new Field("name_ar", FieldType.TEXT, 100, "name in Arabic"),
            new Field("name_en", FieldType.TEXT, 100, "name in English"),
            new Field("variants_ar", FieldType.TEXT, 254, "other Arabic spellings, separated by |"),
            new Field("variants_en", FieldType.TEXT, 254, "other Latin spellings, separated by |"),
            new Field("kind", FieldType.TEXT, 20, "city, town, village, base, airport, …, governorate, district, subdistrict"),
            new Field("loc_prec", FieldType.INTEGER, 1, "location precision: 1 exact, 2 approximate, 3 region"),
            new Field("district", FieldType.TEXT, 30, "district of Deir ez-Zor governorate")), List.of(
            new Field("incidents", FieldType.INTEGER, 9, "incidents at the place under the exported filter"),
            new Field("source", FieldType.TEXT, 254, "where the coordinate comes from"),
            new Field("source_ref", FieldType.TEXT, 100, "identifier in that source"),
            new Field("licence", FieldType.TEXT, 60, "licence of the coordinate"),
            new Field("note", FieldType.TEXT, 254, "notes on the place and its precision"))), null);
}
