package org.furat.io.shapefile;

import java.util.List;

/**
 * The field map written beside a shapefile ({@code <name>.fields.csv}, UTF-8, RFC 4180): for each DBF field its
 * short name, the layer's full field name, the value type, the width in bytes in the DBF and the description.
 */
final class FieldMap {

    static final List<String> HEADER = List.of("dbf_name", "field", "type", "width", "description");

    private FieldMap() {}

    static String csv(List<DbfColumn> columns) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (DbfColumn column : columns) {
            line(out, List.of(column.name(), column.field().name(), column.field().type().name(),
                    Integer.toString(column.width()), column.field().description() == null ? "" : column.field().description()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }
}
