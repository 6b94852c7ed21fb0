package org.furat.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import org.furat.app.Workspace;
import org.furat.model.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database created with an older actors list gets the spellings added to Furat since, and keeps the analyst's. */
class SeedActorRefreshTest {

    @TempDir
    Path dir;

    private static Actor actor(Workspace w, String key) {
        return w.actors().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void anOlderDatabaseGetsTheSpellingsItLacksAndKeepsItsOwn() {
        Path file = dir.resolve("old.gpkg");
        List<String> shippedAr;
        try (Workspace w = Workspace.open(file)) {
            shippedAr = actor(w, "syrian_government").variantsAr();
        }
        assertTrue(shippedAr.size() > 1, "the shipped list spells the government's forces several ways: " + shippedAr);
        try (FuratDatabase db = FuratDatabase.open(file)) {
            db.transaction(ChangeAction.named("test"), c -> {
                // As an older Furat left it: one shipped spelling, one the analyst added, and no fingerprint.
                try (PreparedStatement ps = c.prepareStatement("UPDATE actors SET variants_ar = ? WHERE key = 'syrian_government'")) {
                    ps.setString(1, Lists.join(List.of(shippedAr.get(0), "جيش النظام السوري")));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM furat_settings WHERE key = ?")) {
                    ps.setString(1, SeedActorRefresh.FINGERPRINT);
                    ps.executeUpdate();
                }
                return null;
            });
        }
        try (Workspace w = Workspace.open(file)) {
            List<String> now = actor(w, "syrian_government").variantsAr();
            assertTrue(now.containsAll(shippedAr), "every shipped spelling: " + now);
            assertTrue(now.contains("جيش النظام السوري"), "the analyst's spelling stays: " + now);
            assertEquals(shippedAr.size() + 1, now.size(), "nothing twice: " + now);
        }
        try (FuratDatabase db = FuratDatabase.open(file)) {
            assertEquals(SeedActorRefresh.shippedFingerprint(), db.read(c -> Settings.get(c, SeedActorRefresh.FINGERPRINT)));
            assertEquals(0, Seeder.addNewSeedActorSpellings(db), "a second refresh finds nothing to do");
        }
    }
}
