package org.furat.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.furat.model.DeletedIncident;
import org.furat.text.CsvCells;

/**
 * The keys of the incidents deleted since a day, as a CSV file in the manner of ACLED's deletion files (the key
 * and when it was deleted, UTC), so that whoever keeps a copy of an export can remove them from it. The file is
 * written beside its name and moved into place when complete.
 */
public final class DeletionsFile {

    private DeletionsFile() {}

    /** Writes the file; refuses to replace an existing one unless {@code overwrite}. */
    public static void write(List<DeletedIncident> deleted, Path out, boolean overwrite) throws IOException {
        if (!overwrite && Files.exists(out)) {
            throw new Exporter.Refused(Exporter.Refused.Reason.EXISTS, out + " already exists; choose another name or allow overwriting");
        }
        StringBuilder csv = new StringBuilder("key,deleted_at\n");
        for (DeletedIncident d : deleted) csv.append(CsvCells.cell(d.key())).append(',').append(CsvCells.cell(d.deletedAt())).append('\n');
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        Files.writeString(partial, csv, StandardCharsets.UTF_8);
        try {
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }
}
