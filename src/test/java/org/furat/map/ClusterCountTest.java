package org.furat.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.furat.model.EventType;
import org.furat.model.GeoPrecision;
import org.junit.jupiter.api.Test;

/** A cluster counts incidents, each once, not its places' counts added up. */
class ClusterCountTest {

    private static Pin pin(String key, double lon, int... incidents) {
        return new Pin(key, lon, 35.3, key, key, incidents.length, EventType.EXPLOSIONS_REMOTE_VIOLENCE, GeoPrecision.EXACT,
                new PinIncidents(incidents));
    }

    @Test
    void anIncidentAtSeveralMembersCountsOnce() {
        // One shelling of three villages (incident 7), and one incident at each village alone.
        Cluster cluster = Cluster.of(List.of(pin("a", 40.30, 1, 7), pin("b", 40.31, 2, 7), pin("c", 40.32, 3, 7)));
        assertEquals(4, cluster.count());
    }

    @Test
    void pinsThatDoNotSayWhichIncidentsTheyHoldAreAddedUp() {
        Pin known = pin("a", 40.30, 1, 7);
        Pin unknown = new Pin("b", 40.31, 35.3, "b", "b", 2, EventType.EXPLOSIONS_REMOTE_VIOLENCE, GeoPrecision.EXACT);
        assertEquals(4, Cluster.of(List.of(known, unknown)).count());
    }

    @Test
    void aPinHoldsAsManyIncidentsAsItCounts() {
        assertThrows(IllegalArgumentException.class, () -> new Pin("a", 40.3, 35.3, "a", "a", 3,
                EventType.EXPLOSIONS_REMOTE_VIOLENCE, GeoPrecision.EXACT, new PinIncidents(new int[]{1, 2})));
    }
}
