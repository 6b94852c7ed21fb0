package org.furat.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.furat.model.Actor;

/**
 * Brings the actors and actor spellings of a newer Furat into a database created by an older one, so that the
 * extractor of the newer Furat finds "قوات الأسد" in reports imported into an old file as it does in a new one. A
 * database records in furat_settings a fingerprint of the actors list it was given; when the shipped list differs,
 * the actors it lacks are added and the spellings its actors lack are added to them, in one transaction. Nothing is
 * removed or renamed: an analyst may have edited an actor, and incidents refer to actors by key.
 */
final class SeedActorRefresh {

    /** The furat_settings key of the fingerprint. */
    static final String FINGERPRINT = "seed_actors_sha256";

    private SeedActorRefresh() {}

    /** The fingerprint of the actors list this Furat ships. */
    static String shippedFingerprint() {
        try {
            return SeedData.sha256(SeedData.resourceText("actors.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records that the database holds the actors list with this fingerprint (called when it is seeded). */
    static void record(Connection c, String fingerprint) throws SQLException {
        Settings.put(c, FINGERPRINT, fingerprint);
    }

    /**
     * Adds the seed actors and spellings the database lacks when its actors fingerprint is not the shipped one.
     * Returns the number of actors added or given spellings.
     */
    static int refresh(FuratDatabase database, String shipped, Supplier<List<Actor>> seed) {
        if (database.readOnly() || shipped.equals(database.read(c -> Settings.get(c, FINGERPRINT)))) return 0;
        List<Actor> actors = seed.get();
        return database.transaction(ChangeAction.named("seed actors refresh"), c -> {
            if (shipped.equals(Settings.get(c, FINGERPRINT))) return 0; // another process refreshed it meanwhile
            Map<String, Actor> stored = stored(c);
            Set<String> retired = RetiredKeys.actors(c); // merged away by an analyst: not to come back
            int changed = 0;
            for (Actor actor : actors) {
                if (retired.contains(actor.key())) continue;
                Actor have = stored.get(actor.key());
                if (have == null) {
                    GazetteerRepository.insertActor(c, actor);
                    changed++;
                    continue;
                }
                List<String> en = union(have.variantsEn(), actor.variantsEn(), have.nameEn());
                List<String> ar = union(have.variantsAr(), actor.variantsAr(), have.nameAr());
                if (en.size() > have.variantsEn().size() || ar.size() > have.variantsAr().size()) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE actors SET variants_en = ?, variants_ar = ? WHERE key = ?")) {
                        ps.setString(1, Lists.join(en));
                        ps.setString(2, Lists.join(ar));
                        ps.setString(3, actor.key());
                        ps.executeUpdate();
                    }
                    changed++;
                }
            }
            record(c, shipped);
            return changed;
        });
    }

    /** The spellings a database has, then the seed's it lacks, leaving out the name itself. */
    private static List<String> union(List<String> have, List<String> shipped, String name) {
        List<String> all = new ArrayList<>(have);
        for (String v : shipped) if (!all.contains(v) && !v.equals(name)) all.add(v);
        return all;
    }

    private static Map<String, Actor> stored(Connection c) throws SQLException {
        Map<String, Actor> actors = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT key, name_en, name_ar, variants_en, variants_ar FROM actors")) {
            while (rs.next()) {
                actors.put(rs.getString(1), new Actor(rs.getString(1), rs.getString(2), rs.getString(3),
                        Lists.split(rs.getString(4)), Lists.split(rs.getString(5))));
            }
        }
        return actors;
    }
}
