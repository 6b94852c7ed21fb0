package org.furat.store;

import java.util.List;
import java.util.Map;
import org.furat.text.CsvRecords;

/** Reads the seed data's CSV files into one map per record (see {@link CsvRecords}). */
final class Csv {
    private Csv() {}

    static List<Map<String, String>> parse(String text, String name) {
        return CsvRecords.parse(text, name).records().stream().map(CsvRecords.Record::fields).toList();
    }
}
