package org.furat.map;

import java.util.Map;
import javafx.scene.paint.Color;
import org.furat.model.EventType;

/** One colour per event type, chosen to stay apart for colour-blind readers and against the beige basemap. */
public final class EventColors {

    private static final Map<EventType, Color> COLORS = Map.of(
            EventType.BATTLES, Color.web("#b2182b"),
            EventType.EXPLOSIONS_REMOTE_VIOLENCE, Color.web("#e66101"),
            EventType.VIOLENCE_AGAINST_CIVILIANS, Color.web("#5e3c99"),
            EventType.PROTESTS, Color.web("#0571b0"),
            EventType.RIOTS, Color.web("#1b9e77"),
            EventType.STRATEGIC_DEVELOPMENTS, Color.web("#4d4d4d"));

    private EventColors() {}

    public static Color of(EventType type) {
        return COLORS.get(type);
    }
}
