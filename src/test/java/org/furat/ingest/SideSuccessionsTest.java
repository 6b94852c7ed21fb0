package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.furat.model.Actor;
import org.furat.store.SeedData;
import org.junit.jupiter.api.Test;

class SideSuccessionsTest {

    @Test
    void everyNameTakenOverIsANameOfItsSideInTheShippedActorsList() {
        List<Actor> actors = SeedData.fromClasspath().actors();
        List<String> strays = new ArrayList<>();
        for (LexiconCsv.Row row : LexiconCsv.read("successor-sides", "side", "successor", "from", "name")) {
            Actor side = actors.stream().filter(a -> a.key().equals(row.get("side"))).findFirst().orElse(null);
            assertTrue(side != null && actors.stream().anyMatch(a -> a.key().equals(row.get("successor"))),
                    "line " + row.line() + ": both sides are in data/actors.csv");
            Set<String> names = Stream.concat(Stream.of(side.nameEn(), side.nameAr()),
                            Stream.concat(side.variantsEn().stream(), side.variantsAr().stream()))
                    .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            if (!names.contains(row.get("name").toLowerCase(Locale.ROOT))) strays.add(row.line() + ": " + row.get("name"));
        }
        assertEquals(List.of(), strays, "a name its side does not have is never found, so never taken over");
    }

    @Test
    void aSuccessionHoldsFromItsDayOnAndOnlyBetweenSidesBothListed() {
        SideSuccessions both = new SideSuccessions(List.of("syrian_government", "syrian_transitional_government"));
        SideSuccessions.Succession army = both.of("syrian_government", "الجيش السوري");
        assertEquals("syrian_transitional_government", army.sideOn(LocalDate.of(2024, 12, 8)));
        assertEquals("syrian_government", army.sideOn(LocalDate.of(2024, 12, 7)));
        assertEquals("syrian_government", army.sideOn(null));
        assertEquals(army, both.of("syrian_government", "الجيش السوري".replace('ي', 'ى')), "names compare normalised");
        assertNull(both.of("syrian_government", "قوات النظام"), "a name of the former government alone");
        assertEquals("syrian_transitional_government", both.of("syrian_government", "الجيش العربي السوري").sideOn(LocalDate.of(2025, 6, 22)),
                "the army's formal name goes on");
        assertNull(new SideSuccessions(List.of("syrian_government")).of("syrian_government", "الجيش السوري"),
                "an analyst merged the successor away");
    }
}
