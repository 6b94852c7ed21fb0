package org.furat.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names a side's successor took over on a day (data/lexicons/successor-sides.csv): "the Syrian army" and «قوات
 * الحكومة» are the transitional government's forces in events from 8 December 2024, the Assad government's before;
 * names of the former side alone («قوات النظام», "regime forces") stay its own. The extractor reads a report's side
 * names so (by the day of the event, where the report's date is known), and the evaluation reads the coders' names
 * the same way. Immutable.
 */
public final class SideSuccessions {

    /** A name of {@code side} that names {@code successor} from a day on. */
    public record Succession(String side, String successor, LocalDate from) {

        /** The side the name stands for on {@code day} (null: unknown, the first side). */
        public String sideOn(LocalDate day) {
            return day != null && !day.isBefore(from) ? successor : side;
        }
    }

    /** The side a name of {@code side} stands for on {@code day}, given who took it over ({@code null}: nobody). */
    public static String sideOf(Succession succession, String side, LocalDate day) {
        return succession == null ? side : succession.sideOn(day);
    }

    private final Map<String, Succession> byName = new HashMap<>();

    /** The successions between the given sides (those of the actors list: a side merged away has none). */
    public SideSuccessions(Collection<String> sides) {
        Set<String> known = Set.copyOf(sides);
        for (LexiconCsv.Row row : LexiconCsv.read("successor-sides", "side", "successor", "from", "name")) {
            String side = row.get("side"), successor = row.get("successor");
            if (!known.contains(side) || !known.contains(successor)) continue;
            LocalDate from;
            try {
                from = LocalDate.parse(row.get("from"));
            } catch (DateTimeParseException e) {
                throw row.error("'" + row.get("from") + "' in column from is not a date (YYYY-MM-DD)");
            }
            byName.put(key(side, row.get("name")), new Succession(side, successor, from));
        }
    }

    /** Who took over this name of {@code side}, and from when; null when nobody did. */
    public Succession of(String side, String name) {
        return byName.get(key(side, name));
    }

    private static String key(String side, String name) {
        return side + '\n' + String.join(" ", LexiconCsv.words(name)).toLowerCase(Locale.ROOT);
    }
}
