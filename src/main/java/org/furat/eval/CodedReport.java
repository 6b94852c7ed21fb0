package org.furat.eval;

import java.time.LocalDate;
import java.util.List;

/** One line of the annotations: a report (named by its text file) and the incidents coded in it. */
public record CodedReport(String file, String lang, LocalDate published, String bodySha1, List<CodedIncident> incidents) {

    public CodedReport {
        incidents = List.copyOf(incidents);
    }
}
