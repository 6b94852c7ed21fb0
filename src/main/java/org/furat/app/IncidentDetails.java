package org.furat.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.furat.model.Incident;
import org.furat.store.IncidentRepository;

/**
 * Incidents read in full, kept by row id for the list: after an edit the window lists the same newest incidents
 * again, and reading five hundred of them with their actors, places and evidence costs tens of milliseconds at a
 * million incidents, where reading the one that changed costs one. The workspace names every incident it changes
 * ({@link #forget}), the same ids its index takes in; the least recently used are dropped past a bound.
 * Thread-safe.
 */
final class IncidentDetails {

    private final IncidentRepository incidents;
    private final Map<Long, Incident> byId;
    /** Moves with every forgetting, so an incident read before a change is not kept after it. */
    private long generation;

    IncidentDetails(IncidentRepository incidents, int capacity) {
        this.incidents = incidents;
        this.byId = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Incident> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The incidents with these ids, in no particular order; unknown ids are skipped. */
    List<Incident> byIds(long[] ids) {
        List<Incident> found = new ArrayList<>(ids.length);
        long[] missing = new long[ids.length];
        int m = 0;
        long seen;
        synchronized (this) {
            seen = generation;
            for (long id : ids) {
                Incident known = byId.get(id);
                if (known != null) found.add(known);
                else missing[m++] = id;
            }
        }
        if (m == 0) return found;
        Map<Long, Incident> read = incidents.byIdsKeyed(java.util.Arrays.copyOf(missing, m));
        found.addAll(read.values());
        synchronized (this) {
            if (generation == seen) byId.putAll(read);
        }
        return found;
    }

    /** Drops these incidents: they changed or went. */
    synchronized void forget(long[] ids) {
        generation++;
        for (long id : ids) byId.remove(id);
    }

    /** Drops every incident. */
    synchronized void forgetAll() {
        generation++;
        byId.clear();
    }
}
