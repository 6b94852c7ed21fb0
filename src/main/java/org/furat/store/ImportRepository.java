package org.furat.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.furat.model.Incident;
import org.furat.model.Source;

/** Adds a report and the incidents proposed from it, in one transaction; a report already there is recognised. */
public final class ImportRepository {

    private final FuratDatabase database;

    public ImportRepository(FuratDatabase database) {
        this.database = database;
    }

    /**
     * The key of a source already holding this report: one whose text or received document is the report's text
     * or the document as received (hashes). Comparing both ways recognises a page read as HTML once and as
     * plain text another time.
     */
    public Optional<String> existingSource(String textSha256, String receivedSha256) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT key FROM sources WHERE text_sha256 IN (?, ?) OR received_sha256 IN (?, ?) ORDER BY id LIMIT 1")) {
                ps.setString(1, textSha256);
                ps.setString(2, receivedSha256);
                ps.setString(3, textSha256);
                ps.setString(4, receivedSha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Adds the source and its incidents: all of it, or on any error nothing. */
    public void add(Source source, List<Incident> incidents) {
        database.transaction(c -> {
            SourceRepository.insert(c, source);
            Map<String, String> texts = Map.of(source.key(), source.text());
            for (Incident incident : incidents) IncidentRepository.insert(c, incident, texts);
            Seeder.updateExtents(c);
            return null;
        });
    }
}
