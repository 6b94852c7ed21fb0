package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.furat.text.ArabicNormalizer;
import org.furat.model.ActorRole;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.Evidence;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;

/** Incidents with their actors, places and evidence. */
public final class IncidentRepository {

    private final FuratDatabase database;

    public IncidentRepository(FuratDatabase database) {
        this.database = database;
    }

    /** Every incident, earliest first. */
    public List<Incident> all() {
        return database.read(c -> load(c, null));
    }

    /** The incidents with these row ids, earliest first; unknown ids are skipped. */
    public List<Incident> byIds(long[] ids) {
        return database.read(c -> {
            List<Incident> incidents = new ArrayList<>();
            for (int from = 0; from < ids.length; from += CHUNK) {
                long[] chunk = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + CHUNK));
                incidents.addAll(load(c, chunk));
            }
            incidents.sort(Comparator.comparing((Incident i) -> i.dates().start()).thenComparing(Incident::key));
            return incidents;
        });
    }

    /** The incidents with these row ids, by id; unknown ids are skipped. */
    public Map<Long, Incident> byIdsKeyed(long[] ids) {
        return database.read(c -> {
            Map<Long, Incident> incidents = new HashMap<>();
            for (int from = 0; from < ids.length; from += CHUNK) {
                load(c, Arrays.copyOfRange(ids, from, Math.min(ids.length, from + CHUNK)), incidents);
            }
            return incidents;
        });
    }

    /**
     * The incidents with these row ids in the order given (a page of a sorted table), null in the place of an id no
     * longer there: a page of fifty is a few small queries whatever the database's size.
     */
    public List<Incident> byIdsInOrder(long[] ids) {
        Map<Long, Incident> byId = byIdsKeyed(ids);
        List<Incident> ordered = new ArrayList<>(ids.length);
        for (long id : ids) ordered.add(byId.get(id));
        return ordered;
    }

    public java.util.Optional<Incident> byKey(String key) {
        return database.read(c -> byKey(c, key));
    }

    static java.util.Optional<Incident> byKey(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM incidents WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? load(c, new long[]{rs.getLong(1)}).stream().findFirst() : java.util.Optional.<Incident>empty();
            }
        }
    }

    /** SQLite allows a limited number of bound values; ids are read in chunks of this size. */
    private static final int CHUNK = 500;

    private static String idsIn(String column, long[] ids) {
        if (ids == null) return "";
        StringBuilder in = new StringBuilder(" WHERE ").append(column).append(" IN (");
        for (int i = 0; i < ids.length; i++) in.append(i == 0 ? "" : ",").append(ids[i]);
        return in.append(')').toString();
    }

    private static List<Incident> load(Connection c, long[] ids) throws SQLException {
        return load(c, ids, null);
    }

    /** Reads the incidents with these ids (all for null), earliest first; each also goes into {@code byId} when given. */
    private static List<Incident> load(Connection c, long[] ids, Map<Long, Incident> byId) throws SQLException {
        Map<Long, List<IncidentActor>> actors = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ia.incident_id, a.key, ia.role FROM incident_actors ia "
                     + "JOIN actors a ON a.id = ia.actor_id" + idsIn("ia.incident_id", ids) + " ORDER BY ia.incident_id, ia.position")) {
            while (rs.next()) actors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new IncidentActor(rs.getString(2), ActorRole.parse(rs.getString(3))));
        }
        Map<Long, List<PlaceLink>> places = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ip.incident_id, p.key, ip.role, ip.loc_prec FROM incident_places ip "
                     + "JOIN places p ON p.fid = ip.place_id" + idsIn("ip.incident_id", ids) + " ORDER BY ip.fid")) {
            while (rs.next()) places.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new PlaceLink(rs.getString(2), PlaceRole.parse(rs.getString(3)), GeoPrecision.ofCode(rs.getInt(4))));
        }
        Map<Long, List<Evidence>> evidence = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT e.incident_id, s.key, e.span_start, e.span_end, e.fields FROM evidence e "
                     + "JOIN sources s ON s.id = e.source_id" + idsIn("e.incident_id", ids) + " ORDER BY e.id")) {
            while (rs.next()) evidence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Evidence(rs.getString(2), rs.getInt(3), rs.getInt(4), Lists.split(rs.getString(5))));
        }
        List<Incident> incidents = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, key, date_start, date_end, time_prec, sub_event_type, "
                     + "killed_best, killed_low, killed_high, injured_best, injured_low, injured_high, description_en, "
                     + "description_ar, status, note FROM incidents" + idsIn("id", ids) + " ORDER BY date_start, key")) {
            while (rs.next()) {
                long id = rs.getLong("id");
                String key = rs.getString("key");
                try {
                    Incident incident = new Incident(key,
                            new DateSpan(LocalDate.parse(rs.getString("date_start")), LocalDate.parse(rs.getString("date_end"))),
                            TimePrecision.ofCode(rs.getInt("time_prec")), SubEventType.parse(rs.getString("sub_event_type")),
                            actors.getOrDefault(id, List.of()),
                            casualties(rs, "killed"), casualties(rs, "injured"),
                            rs.getString("description_en"), rs.getString("description_ar"), Status.parse(rs.getString("status")),
                            places.getOrDefault(id, List.of()), evidence.getOrDefault(id, List.of()), rs.getString("note"));
                    incidents.add(incident);
                    if (byId != null) byId.put(id, incident);
                } catch (RuntimeException e) {
                    throw new StoreException("Incident " + key + " has an invalid value: " + e.getMessage(), e);
                }
            }
        }
        return incidents;
    }

    /**
     * Every incident as filter columns; see {@link IncidentColumns}. They come from the saved cache when it
     * is as recent as the data, otherwise from the tables, and the cache is then saved again (unless the
     * file is read-only).
     */
    public IncidentColumns columns() {
        record Cached(String version, IncidentColumns columns) {}
        Cached cached = database.read(c -> {
            String version = Settings.get(c, "data_version");
            try (PreparedStatement ps = c.prepareStatement("SELECT data FROM furat_columns_cache WHERE id = 1 AND data_version = ?")) {
                ps.setString(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    return new Cached(version, rs.next() ? ColumnsCodec.decode(rs.getBytes(1)) : null);
                }
            }
        });
        if (cached.columns() != null) {
            IncidentColumns c = cached.columns();
            boolean synthetic = database.read(Settings::synthetic); // not a column: read fresh, never from the cache
            return new IncidentColumns(c.ids(), c.startDay(), c.endDay(), c.timePrecision(), c.subType(), c.status(), c.deleted(),
                    c.linkStart(), c.linkPlace(), c.linkPrecision(), c.actorStart(), c.actor(), c.placeKeys(), c.actorKeys(), synthetic);
        }
        IncidentColumns columns = columnsFromTables();
        if (!database.readOnly()) saveColumns(columns, cached.version());
        return columns;
    }

    /**
     * Saves the columns for the next open. The cache only saves time: when the file cannot take it (read-only
     * after all, busy, full) the columns read are still right, so that is no reason to fail the read. Damage is:
     * like any write, saving checks the whole file first (once per open), so a cache is never written into a
     * damaged file, and a file damaged where these columns do not look is still reported.
     */
    private void saveColumns(IncidentColumns columns, String version) {
        try {
            database.transaction(ChangeAction.named("save filter columns"), c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO furat_columns_cache (id, data_version, data) "
                        + "SELECT 1, CAST(value AS INTEGER), ? FROM furat_settings WHERE key = 'data_version' AND value = ? "
                        + "ON CONFLICT (id) DO UPDATE SET data_version = excluded.data_version, data = excluded.data")) {
                    ps.setBytes(1, ColumnsCodec.encode(columns));
                    ps.setString(2, version); // saved only if nothing changed while the columns were read
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (StoreException e) {
            switch (e.problem()) {
                case READ_ONLY, BUSY, DISK_FULL -> { }
                default -> throw e;
            }
        }
    }

    /** Reads the columns from the tables: dates become epoch days in SQLite, row ids positions through arrays. */
    private IncidentColumns columnsFromTables() {
        return database.read(c -> {
            List<String> placeKeys = new ArrayList<>();
            int[] placeIndex = new int[maxId(c, "SELECT max(fid) FROM places") + 1];
            byte[] placePrecision = new byte[placeIndex.length];
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT fid, key, loc_prec FROM places ORDER BY fid")) {
                while (rs.next()) {
                    placeIndex[rs.getInt(1)] = placeKeys.size();
                    placePrecision[rs.getInt(1)] = (byte) rs.getInt(3);
                    placeKeys.add(rs.getString(2));
                }
            }
            List<String> actorKeys = new ArrayList<>();
            int[] actorIndex = new int[maxId(c, "SELECT max(id) FROM actors") + 1];
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, key FROM actors ORDER BY id")) {
                while (rs.next()) {
                    actorIndex[rs.getInt(1)] = actorKeys.size();
                    actorKeys.add(rs.getString(2));
                }
            }
            Map<String, Byte> subTypes = new HashMap<>();
            for (SubEventType t : SubEventType.values()) subTypes.put(t.label(), (byte) t.ordinal());
            Map<String, Byte> statuses = new HashMap<>();
            for (Status t : Status.values()) statuses.put(t.code(), (byte) t.ordinal());

            int n = count(c, "incidents");
            long[] ids = new long[n];
            int[] startDay = new int[n], endDay = new int[n];
            byte[] timePrecision = new byte[n], subType = new byte[n], status = new byte[n], deleted = new byte[n];
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, CAST(julianday(date_start) - 2440587.5 AS INTEGER), "
                         + "CAST(julianday(date_end) - 2440587.5 AS INTEGER), time_prec, sub_event_type, status, deleted_at IS NOT NULL "
                         + "FROM incidents ORDER BY id")) {
                for (int i = 0; i < n && rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                    startDay[i] = rs.getInt(2);
                    endDay[i] = rs.getInt(3);
                    timePrecision[i] = (byte) rs.getInt(4);
                    subType[i] = subTypes.get(rs.getString(5));
                    status[i] = statuses.get(rs.getString(6));
                    deleted[i] = (byte) (rs.getBoolean(7) ? 1 : 0);
                }
            }
            int links = count(c, "incident_places");
            int[] linkStart = new int[n + 1], linkPlace = new int[links];
            byte[] linkPrecision = new byte[links];
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT incident_id, place_id, loc_prec FROM incident_places ORDER BY incident_id")) {
                fillGrouped(rs, ids, linkStart, (k, row) -> {
                    int fid = row.getInt(2);
                    linkPlace[k] = placeIndex[fid];
                    linkPrecision[k] = (byte) Math.max(row.getInt(3), placePrecision[fid]); // never better than the place
                });
            }
            int actorLinks = count(c, "incident_actors");
            int[] actorStart = new int[n + 1], actor = new int[actorLinks];
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT incident_id, actor_id FROM incident_actors ORDER BY incident_id")) {
                fillGrouped(rs, ids, actorStart, (k, row) -> actor[k] = actorIndex[row.getInt(2)]);
            }
            return new IncidentColumns(ids, startDay, endDay, timePrecision, subType, status, deleted, linkStart, linkPlace,
                    linkPrecision, actorStart, actor, List.copyOf(placeKeys), List.copyOf(actorKeys), Settings.synthetic(c));
        });
    }

    /** The row ids the incidents with these keys have now, ascending; keys no incident has are skipped. */
    public long[] idsOf(java.util.Collection<String> keys) {
        if (keys.isEmpty()) return new long[0];
        return database.read(c -> {
            java.util.TreeSet<Long> ids = new java.util.TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM incidents WHERE key = ?")) {
                for (String key : keys) {
                    ps.setString(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) ids.add(rs.getLong(1));
                    }
                }
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        });
    }

    /**
     * The filter columns of just the incidents with these row ids, as {@link #columns()} holds them for every incident:
     * what lets an index take in a few changed incidents without reading a million. Ids no incident has (any more) are
     * left out. Here {@code placeKeys} and {@code actorKeys} name only the places (in row order) and actors these
     * incidents link to, so a reader maps them by key onto its own.
     */
    public IncidentColumns columnsOf(long[] ids) {
        long[] sorted = Arrays.stream(ids).distinct().sorted().toArray();
        return database.read(c -> {
            Map<String, Byte> subTypes = new HashMap<>();
            for (SubEventType t : SubEventType.values()) subTypes.put(t.label(), (byte) t.ordinal());
            Map<String, Byte> statuses = new HashMap<>();
            for (Status t : Status.values()) statuses.put(t.code(), (byte) t.ordinal());
            List<long[]> rows = new ArrayList<>(); // id, start, end, time precision, sub type, status, deleted
            for (int from = 0; from < sorted.length; from += CHUNK) {
                long[] chunk = Arrays.copyOfRange(sorted, from, Math.min(sorted.length, from + CHUNK));
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT id, CAST(julianday(date_start) - 2440587.5 AS INTEGER), "
                             + "CAST(julianday(date_end) - 2440587.5 AS INTEGER), time_prec, sub_event_type, status, deleted_at IS NOT NULL "
                             + "FROM incidents" + idsIn("id", chunk) + " ORDER BY id")) {
                    while (rs.next()) {
                        rows.add(new long[]{rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), subTypes.get(rs.getString(5)),
                                statuses.get(rs.getString(6)), rs.getBoolean(7) ? 1 : 0});
                    }
                }
            }
            int n = rows.size();
            long[] found = new long[n];
            int[] startDay = new int[n], endDay = new int[n];
            byte[] timePrecision = new byte[n], subType = new byte[n], status = new byte[n], deleted = new byte[n];
            for (int i = 0; i < n; i++) {
                long[] row = rows.get(i);
                found[i] = row[0];
                startDay[i] = (int) row[1];
                endDay[i] = (int) row[2];
                timePrecision[i] = (byte) row[3];
                subType[i] = (byte) row[4];
                status[i] = (byte) row[5];
                deleted[i] = (byte) row[6];
            }
            // Links: (incident id, place fid, place key, effective precision), grouped by incident as columns() reads them.
            record Link(long incident, long target, String key, int precision) {}
            List<Link> links = new ArrayList<>();
            List<Link> actors = new ArrayList<>();
            for (int from = 0; from < n; from += CHUNK) {
                long[] chunk = Arrays.copyOfRange(found, from, Math.min(n, from + CHUNK));
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT ip.incident_id, p.fid, p.key, "
                             + "CASE WHEN ip.loc_prec > p.loc_prec THEN ip.loc_prec ELSE p.loc_prec END FROM incident_places ip "
                             + "JOIN places p ON p.fid = ip.place_id" + idsIn("ip.incident_id", chunk)
                             + " ORDER BY ip.incident_id, ip.place_id, ip.role")) {
                    while (rs.next()) links.add(new Link(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)));
                }
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT ia.incident_id, a.id, a.key FROM incident_actors ia "
                             + "JOIN actors a ON a.id = ia.actor_id" + idsIn("ia.incident_id", chunk)
                             + " ORDER BY ia.incident_id, ia.actor_id, ia.role")) {
                    while (rs.next()) actors.add(new Link(rs.getLong(1), rs.getLong(2), rs.getString(3), 0));
                }
            }
            // Keys in row order, as columns() lists them, so new ones join an index in the order a rebuild would give.
            List<String> placeKeys = links.stream().sorted(Comparator.comparingLong(Link::target)).map(Link::key).distinct().toList();
            List<String> actorKeys = actors.stream().sorted(Comparator.comparingLong(Link::target)).map(Link::key).distinct().toList();
            Map<String, Integer> placeIndex = indexOf(placeKeys), actorIndex = indexOf(actorKeys);
            int[] linkStart = new int[n + 1], linkPlace = new int[links.size()];
            byte[] linkPrecision = new byte[links.size()];
            int[] actorStart = new int[n + 1], actor = new int[actors.size()];
            int incident = 0;
            for (int k = 0; k < links.size(); k++) {
                Link link = links.get(k);
                while (found[incident] < link.incident()) linkStart[++incident] = k;
                linkPlace[k] = placeIndex.get(link.key());
                linkPrecision[k] = (byte) link.precision();
            }
            while (incident < n) linkStart[++incident] = links.size();
            incident = 0;
            for (int k = 0; k < actors.size(); k++) {
                Link link = actors.get(k);
                while (found[incident] < link.incident()) actorStart[++incident] = k;
                actor[k] = actorIndex.get(link.key());
            }
            while (incident < n) actorStart[++incident] = actors.size();
            return new IncidentColumns(found, startDay, endDay, timePrecision, subType, status, deleted, linkStart, linkPlace,
                    linkPrecision, actorStart, actor, placeKeys, actorKeys, Settings.synthetic(c));
        });
    }

    private static Map<String, Integer> indexOf(List<String> keys) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) index.put(keys.get(i), i);
        return index;
    }

    private static int maxId(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private interface RowSink {
        void accept(int slot, ResultSet row) throws SQLException;
    }

    /** Reads rows ordered by incident id (column 1) into slots, filling {@code start} as offsets per incident. */
    private static void fillGrouped(ResultSet rs, long[] ids, int[] start, RowSink sink) throws SQLException {
        int incident = 0, slot = 0;
        while (rs.next()) {
            long id = rs.getLong(1);
            while (incident < ids.length && ids[incident] < id) start[++incident] = slot;
            sink.accept(slot++, rs);
        }
        while (incident < ids.length) start[++incident] = slot;
    }

    public int count() {
        return database.read(c -> count(c, "incidents"));
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static Casualties casualties(ResultSet rs, String prefix) throws SQLException {
        return new Casualties(integer(rs, prefix + "_best"), integer(rs, prefix + "_low"), integer(rs, prefix + "_high"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Adds evidence rows to an incident within the caller's transaction, checking each span against its source's text. */
    static void insertEvidence(Connection c, long incidentId, List<Evidence> evidence, Map<String, String> sourceTexts, String who)
            throws SQLException {
        try (IncidentInserts inserts = new IncidentInserts(c, sourceTexts)) {
            inserts.insertEvidence(incidentId, evidence, who);
        }
    }

    /**
     * Rewrites what is derived from the incidents with ids in [firstId, lastId]: their rows in the
     * incident_locations layer (each keeping the fid of its incident_places link) and their search index
     * entries. Runs in the caller's transaction. The evidence quotes are cut in Java from {@code knownTexts}
     * (source texts by key; others are read once each), so the cost grows with the quotes, not with the
     * length of the texts times the number of rows.
     */
    static void writeDerived(Connection c, long firstId, long lastId, Map<String, String> knownTexts) throws SQLException {
        EvidenceQuotes quotes = new EvidenceQuotes(c, knownTexts);
        quotes.fill(firstId, lastId);
        // A team database's incident_locations is a view of the tables, always in step.
        String[] statements = Dialect.server(c)
                ? new String[]{"DELETE FROM incident_search WHERE rowid BETWEEN ? AND ?"}
                : new String[]{"DELETE FROM incident_locations WHERE incident_id BETWEEN ? AND ?",
                "DELETE FROM incident_search WHERE rowid BETWEEN ? AND ?", LOCATION_ROWS};
        for (String sql : statements) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, firstId);
                ps.setLong(2, lastId);
                ps.executeUpdate();
            }
        }
        writeSearchKeys(c, firstId, lastId);
        quotes.clear();
    }

    /**
     * The search index's rows for the incidents with ids in [firstId, lastId]: the same text V004 indexes
     * (descriptions and the evidence quotes {@link EvidenceQuotes} cut), as search keys made here, so that a file and
     * a team database hold the same keys.
     */
    private static void writeSearchKeys(Connection c, long firstId, long lastId) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT i.id, coalesce(i.description_en, '') || ' ' || "
                + "coalesce(i.description_ar, '') || ' ' || coalesce(q.all_quotes, '') FROM incidents i "
                + "LEFT JOIN furat_quotes q ON q.incident_id = i.id WHERE i.id BETWEEN ? AND ?");
             PreparedStatement write = c.prepareStatement("INSERT INTO incident_search (rowid, body) VALUES (?, ?)")) {
            read.setLong(1, firstId);
            read.setLong(2, lastId);
            read.setFetchSize(10_000); // a server sends a million rows a part at a time, not all at once
            int pending = 0;
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    write.setLong(1, rs.getLong(1));
                    write.setString(2, ArabicNormalizer.searchKey(rs.getString(2)));
                    write.addBatch();
                    if (++pending % 10_000 == 0) write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }

    /**
     * Writes again, within the caller's transaction, what is derived from every incident (in a team database, the
     * search index alone): after a whole database is copied.
     */
    public static void rewriteDerived(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT min(id), max(id) FROM incidents")) {
            if (rs.next() && rs.getObject(1) != null) writeDerived(c, rs.getLong(1), rs.getLong(2), Map.of());
        }
    }

    /**
     * Adds the incidents within the caller's transaction (every key they name must already be in the database)
     * and then, once for all of them, what is derived from them.
     */
    static void insertAll(Connection c, List<Incident> incidents, Map<String, String> sourceTexts) throws SQLException {
        long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
        try (IncidentInserts inserts = new IncidentInserts(c, sourceTexts)) {
            for (Incident incident : incidents) {
                long id = inserts.insert(incident);
                first = Math.min(first, id);
                last = Math.max(last, id);
            }
        }
        // Ids grow, so [first, last] holds only these incidents: nobody else writes inside this transaction.
        if (!incidents.isEmpty()) writeDerived(c, first, last, sourceTexts);
    }

    /**
     * One value per source the incident cites, in the order it first cites them, joined by {@link #SOURCES_JOINED}:
     * a merged incident or one given another report as a source exports every source, not only the first. A
     * source lacking the value holds its place with "n/a", so the n-th title, outlet and URL name the same source;
     * the whole is NULL when no source has one.
     */
    private static String everySource(String column) {
        return "(SELECT CASE WHEN count(v) = 0 THEN NULL ELSE group_concat(coalesce(v, 'n/a'), '" + SOURCES_JOINED + "') END "
                + "FROM (SELECT " + column + " AS v FROM evidence e JOIN sources s ON s.id = e.source_id "
                + "WHERE e.incident_id = i.id GROUP BY s.id ORDER BY min(e.id)))";
    }

    /** What separates the sources (and the quotes) of one incident in an exported field. */
    public static final String SOURCES_JOINED = " | ";

    private static final String LOCATION_ROWS = """
            INSERT INTO incident_locations (fid, geom, incident_id, incident, place, place_ar, place_en, role, loc_prec,
              date_start, date_end, time_prec, event_type, sub_event, actor1, actor2, killed, killed_low, killed_high,
              injured, injured_low, injured_high, status, desc_en, desc_ar, source, outlet, url, evidence,
              adm1_name, adm1_code, adm2_name, adm2_code, adm3_name, adm3_code)
            SELECT ip.fid, p.geom, i.id, i.key, p.key, p.name_ar, p.name_en, ip.role, max(ip.loc_prec, p.loc_prec),
              i.date_start, i.date_end, i.time_prec, i.event_type, i.sub_event_type,
              (SELECT group_concat(name_en, '; ') FROM (SELECT a.name_en FROM incident_actors ia
                JOIN actors a ON a.id = ia.actor_id WHERE ia.incident_id = i.id AND ia.role = 'actor1' ORDER BY ia.position)),
              (SELECT group_concat(name_en, '; ') FROM (SELECT a.name_en FROM incident_actors ia
                JOIN actors a ON a.id = ia.actor_id WHERE ia.incident_id = i.id AND ia.role = 'actor2' ORDER BY ia.position)),
              i.killed_best, i.killed_low, i.killed_high, i.injured_best, i.injured_low, i.injured_high,
              i.status, i.description_en, i.description_ar,
              """ + everySource("coalesce(s.title, s.key)") + ", " + everySource("s.outlet") + ", " + everySource("s.url") + """
            ,
              (SELECT q.exported_quotes FROM furat_quotes q WHERE q.incident_id = i.id),
              u1.name_en, u1.code, u2.name_en, u2.code, u3.name_en, u3.code
            FROM incident_places ip
            JOIN incidents i ON i.id = ip.incident_id
            JOIN places p ON p.fid = ip.place_id
            LEFT JOIN admin_units u1 ON u1.key = p.admin1
            LEFT JOIN admin_units u2 ON u2.key = p.admin2
            LEFT JOIN admin_units u3 ON u3.key = p.admin3
            WHERE i.id BETWEEN ? AND ?
            ORDER BY ip.fid""";

    /** Binds an incident's own columns, key to note, from parameter {@code first} on. */
    static void bindIncident(PreparedStatement ps, int first, Incident incident) throws SQLException {
        ps.setString(first, incident.key());
        ps.setString(first + 1, incident.dates().start().toString());
        ps.setString(first + 2, incident.dates().end().toString());
        ps.setInt(first + 3, incident.timePrecision().code());
        ps.setString(first + 4, incident.eventType().label());
        ps.setString(first + 5, incident.subEventType().label());
        setCasualties(ps, first + 6, incident.killed());
        setCasualties(ps, first + 9, incident.injured());
        ps.setString(first + 12, incident.descriptionEn());
        ps.setString(first + 13, incident.descriptionAr());
        ps.setString(first + 14, incident.status().code());
        ps.setString(first + 15, incident.note());
    }

    private static void setCasualties(PreparedStatement ps, int first, Casualties casualties) throws SQLException {
        Integer[] values = {casualties.best(), casualties.low(), casualties.high()};
        for (int i = 0; i < 3; i++) {
            if (values[i] == null) ps.setNull(first + i, java.sql.Types.INTEGER);
            else ps.setInt(first + i, values[i]);
        }
    }
}
