package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.furat.model.Incident;

/**
 * What the extractor read in each report (table source_readings): stored with the report at import, shown by
 * review, replaced when the analyst reads the report again with today's gazetteer and rules. The reading itself is
 * opaque here (a JSON document the app layer writes and reads); this class keeps it with its source and writes it
 * together with the proposed incidents it accounts for.
 */
public final class ReadingRepository {

    /**
     * A reading as stored.
     *
     * @param extractorVersion which extractor read the report (its version, lexicons and gazetteer)
     * @param readAt           when, as an ISO-8601 instant
     * @param json             the reading
     */
    public record StoredReading(String extractorVersion, String readAt, String json) {}

    /**
     * A new reading of a report and the proposed incidents that go with it, written together.
     *
     * @param sourceKey the report
     * @param replacing the {@code readAt} of the reading it replaces, or null where the report had none
     * @param reading   the new reading
     * @param added     proposals the new reading makes that no incident holds yet, stored as proposed incidents
     * @param rewritten proposed incidents written again as the new reading proposes them (each must still be a proposal)
     */
    public record Update(String sourceKey, String replacing, StoredReading reading, List<Incident> added, List<Incident> rewritten) {
        public Update {
            added = List.copyOf(added);
            rewritten = List.copyOf(rewritten);
        }
    }

    private final FuratDatabase database;

    public ReadingRepository(FuratDatabase database) {
        this.database = database;
    }

    /** The stored reading of a report; empty for a report stored by a Furat that kept none. */
    public Optional<StoredReading> of(String sourceKey) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT r.extractor_version, r.read_at, r.reading FROM source_readings r "
                    + "JOIN sources s ON s.id = r.source_id WHERE s.key = ?")) {
                ps.setString(1, sourceKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredReading(rs.getString(1), rs.getString(2), rs.getString(3))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Stores the new reading with its incidents: all of it, or on any error nothing. Returns false, changing nothing,
     * when the stored reading is no longer the one the update replaces (the report was read again meanwhile, or
     * read for the first time by another window). A rewritten incident that is no longer a proposal, or an added key
     * already taken, fails the whole update: reviewed incidents are never changed by reading a report again.
     */
    public boolean apply(Update update) {
        return database.transaction(ChangeAction.named("read again"), c -> {
            long sourceId = Ids.source(c, update.sourceKey(), "A reading");
            String current = readAt(c, sourceId);
            // Compared as instants: a reading copied through a team database keeps its time, not always its digits.
            if (current == null ? update.replacing() != null
                    : update.replacing() == null || !java.time.Instant.parse(current).equals(java.time.Instant.parse(update.replacing()))) {
                return false;
            }
            for (Incident incident : update.rewritten()) ReviewRepository.requireProposed(c, incident.key());
            for (Incident incident : update.added()) ReviewRepository.requireAbsent(c, incident.key());
            for (Incident incident : update.rewritten()) ReviewRepository.delete(c, incident.key());
            List<Incident> writes = new ArrayList<>(update.rewritten());
            writes.addAll(update.added());
            if (!writes.isEmpty()) {
                IncidentRepository.insertAll(c, writes, Map.of(update.sourceKey(), ReviewRepository.sourceText(c, update.sourceKey())));
                Seeder.updateExtents(c);
            }
            write(c, sourceId, update.reading());
            return true;
        });
    }

    /**
     * Stores a report's reading, replacing any it had; inside the caller's transaction. An update rather than a
     * replace, so that the change log shows what the reading was before.
     */
    static void write(Connection c, long sourceId, StoredReading reading) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source_readings (source_id, extractor_version, read_at, reading) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (source_id) DO UPDATE SET extractor_version = excluded.extractor_version, "
                + "read_at = excluded.read_at, reading = excluded.reading")) {
            ps.setLong(1, sourceId);
            ps.setString(2, reading.extractorVersion());
            ps.setString(3, reading.readAt());
            ps.setString(4, reading.json());
            ps.executeUpdate();
        }
    }

    private static String readAt(Connection c, long sourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT read_at FROM source_readings WHERE source_id = ?")) {
            ps.setLong(1, sourceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
