package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.furat.fault.KillPoints;
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

    /**
     * Adds the source, its incidents and what the extractor read in it: all of it, or on any error nothing. Returns empty when it added them,
     * or the key of the source already holding this report (matched by the hashes of both texts, as
     * {@link #existingSource}): another import may have stored it since the caller last looked, and then
     * nothing is added. The transaction holds the write lock only for these inserts; the caller has read and
     * analysed the report before.
     */
    public Optional<String> add(Source source, List<Incident> incidents, ReadingRepository.StoredReading reading) {
        Optional<String> stored = database.transaction(ChangeAction.named("import report"), c -> {
            // The first statement writes, so the lock is taken (waiting for another writer) before anything is read.
            if (!SourceRepository.insertIfNew(c, source)) {
                return Optional.of(keyHolding(c, source));
            }
            KillPoints.reach("import.after-source");
            Map<String, String> texts = Map.of(source.key(), source.text());
            IncidentRepository.insertAll(c, incidents, texts);
            ReadingRepository.write(c, Ids.source(c, source.key(), "The report's reading"), reading);
            Seeder.updateExtents(c);
            KillPoints.reach("import.before-commit");
            return Optional.<String>empty();
        });
        if (stored.isEmpty()) KillPoints.reach("import.after-commit");
        return stored;
    }

    private static String keyHolding(Connection c, Source source) throws SQLException {
        String receivedSha = source.received() == null ? source.textSha256() : SeedData.sha256(source.received());
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT key FROM sources WHERE text_sha256 IN (?1, ?2) OR received_sha256 IN (?1, ?2) ORDER BY id LIMIT 1")) {
            ps.setString(1, source.textSha256());
            ps.setString(2, receivedSha);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("the report's source " + source.key() + " was neither added nor found");
                return rs.getString(1);
            }
        }
    }
}
