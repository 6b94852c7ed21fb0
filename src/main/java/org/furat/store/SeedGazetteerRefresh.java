package org.furat.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.furat.model.Place;
import org.furat.model.PlaceGroup;

/**
 * Brings the curated places of a newer Furat into a database created by an older one. A database records in
 * furat_settings a fingerprint of the seed gazetteer it was given; when the shipped gazetteer differs, the places
 * and groups whose keys the database lacks are added, in one transaction, and the fingerprint is updated. Places the
 * database already has are left as they are (an analyst may have corrected them), those an analyst merged away or
 * deleted are not added back ({@link RetiredKeys}), and nothing is removed: a curated
 * place is never taken out of the seed data once incidents may refer to it.
 */
final class SeedGazetteerRefresh {

    /** The furat_settings key of the fingerprint. */
    static final String FINGERPRINT = "seed_gazetteer_sha256";

    private SeedGazetteerRefresh() {}

    /** The fingerprint of the gazetteer this Furat ships: places.csv and groups.csv. */
    static String shippedFingerprint() {
        try {
            return fingerprint(SeedData::resourceText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fingerprint(SeedData.DataFiles files) throws IOException {
        return SeedData.sha256(files.text("gazetteer/places.csv") + '\u0000' + files.text("gazetteer/groups.csv"));
    }

    /** Records that the database holds the gazetteer with this fingerprint (called when it is seeded). */
    static void record(Connection c, String fingerprint) throws SQLException {
        Settings.put(c, FINGERPRINT, fingerprint);
    }

    /**
     * Adds the seed places and groups the database lacks when its gazetteer fingerprint is not the shipped one.
     * The seed data is read only then. Returns the number of places added.
     */
    static int refresh(FuratDatabase database, String shipped, Supplier<SeedData> seed) {
        if (database.readOnly() || shipped.equals(database.read(c -> Settings.get(c, FINGERPRINT)))) return 0;
        SeedData data = seed.get();
        return database.transaction(ChangeAction.named("seed places refresh"), c -> {
            if (shipped.equals(Settings.get(c, FINGERPRINT))) return 0; // another process refreshed it meanwhile
            Set<String> placeKeys = keys(c, "SELECT key FROM places");
            Set<String> retired = RetiredKeys.places(c); // merged away or deleted by an analyst: not to come back
            int added = 0;
            for (Place place : data.places()) {
                if (!retired.contains(place.key()) && placeKeys.add(place.key())) {
                    GazetteerRepository.insertPlace(c, place);
                    added++;
                }
            }
            Set<String> groupKeys = keys(c, "SELECT key FROM place_groups");
            for (PlaceGroup group : data.groups()) {
                if (!groupKeys.contains(group.key()) && placeKeys.containsAll(group.memberKeys())) {
                    GazetteerRepository.insertGroup(c, group);
                }
            }
            if (added > 0) Seeder.updateExtent(c, "places", Seeder.PLACE_POINTS);
            record(c, shipped);
            return added;
        });
    }

    private static Set<String> keys(Connection c, String sql) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) keys.add(rs.getString(1));
        }
        return keys;
    }
}
