package org.furat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.furat.text.CsvCells;

/**
 * Prints records in one of the output formats. JSON gets the full nested records; table and CSV get
 * the flat columns given for each record; CSV cells that a spreadsheet would run as formulas are neutralised.
 */
final class Rows {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Rows() {}

    static void print(PrintWriter out, OutputFormat format, List<String> columns, List<List<String>> rows,
                      List<Map<String, Object>> json) throws Exception {
        switch (format) {
            case json -> out.println(JSON.writeValueAsString(json));
            case csv -> {
                out.println(csvLine(columns));
                for (List<String> row : rows) out.println(csvLine(row));
            }
            case table -> table(out, columns, rows);
        }
        out.flush();
    }

    private static void table(PrintWriter out, List<String> columns, List<List<String>> rows) {
        int[] widths = new int[columns.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(columns);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) widths[i] = Math.max(widths[i], length(row.get(i)));
        }
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i) == null ? "" : row.get(i);
                line.append(cell);
                if (i < row.size() - 1) line.append(" ".repeat(widths[i] - length(cell) + 2));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

    /** One CSV record; each cell as {@link CsvCells#cell} writes it, the same rule as the CSV export's. */
    static String csvLine(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) line.append(',');
            line.append(CsvCells.cell(fields.get(i)));
        }
        return line.toString();
    }
}
