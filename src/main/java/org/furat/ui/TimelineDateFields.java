package org.furat.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.furat.model.DateSpan;

/**
 * "From [date] to [date]": two date fields kept in step with a brush both ways. An end before the start, or
 * text that is no date, flags the fields and leaves the brush alone; one empty field reaches the end of the
 * data on its side, both empty mean no brush. Use on the FX thread.
 */
final class TimelineDateFields extends HBox {

    /** The style class of a field whose date cannot be used. */
    static final String INVALID = "timeline-invalid";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    /** What the fields read: ISO first, as they show it. */
    private static final List<DateTimeFormatter> READS = List.of(ISO,
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("d/M/yyyy"));

    private final ObjectProperty<DateSpan> brush;
    private final Supplier<DateSpan> dataSpan;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private boolean syncing;

    /** @param dataSpan the days the data covers, or null when there are none */
    TimelineDateFields(ObjectProperty<DateSpan> brush, Supplier<DateSpan> dataSpan) {
        super(6);
        this.brush = brush;
        this.dataSpan = dataSpan;
        configure(from, "timeline-from", "Incidents on or after this day");
        configure(to, "timeline-to", "Incidents on or before this day");
        Label fromLabel = new Label("From");
        fromLabel.setLabelFor(from);
        Label toLabel = new Label("to");
        toLabel.setLabelFor(to);
        fromLabel.setMinWidth(Region.USE_PREF_SIZE);
        toLabel.setMinWidth(Region.USE_PREF_SIZE);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(fromLabel, from, toLabel, to);
        brush.addListener((o, was, is) -> sync());
        sync();
    }

    DatePicker from() { return from; }

    DatePicker to() { return to; }

    private void configure(DatePicker picker, String id, String tip) {
        picker.setId(id);
        picker.getStyleClass().add("timeline-date");
        picker.setEditable(true);
        picker.setPromptText("yyyy-mm-dd");
        picker.setPrefWidth(118);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        picker.setTooltip(new Tooltip(tip + " (yyyy-mm-dd); empty for no limit"));
        picker.setConverter(new Converter(picker));
        picker.valueProperty().addListener((o, was, is) -> edited());
    }

    /** Reads ISO dates, and "14 Oct 2024" or "14/10/2024"; text that is no date flags the field and changes nothing. */
    private final class Converter extends StringConverter<LocalDate> {
        private final DatePicker picker;

        Converter(DatePicker picker) { this.picker = picker; }

        @Override
        public String toString(LocalDate date) { return date == null ? "" : ISO.format(date); }

        @Override
        public LocalDate fromString(String text) {
            boolean blank = text == null || text.isBlank();
            LocalDate date = blank ? null : parse(text.strip());
            if (date == null && !blank) {
                flag(picker, true);
                return picker.getValue();
            }
            // The same date again changes no value, so nothing else would clear this field's flag.
            if (Objects.equals(date, picker.getValue())) Platform.runLater(TimelineDateFields.this::edited);
            return date;
        }

        private static LocalDate parse(String text) {
            for (DateTimeFormatter f : READS) {
                try {
                    return LocalDate.parse(text, f);
                } catch (DateTimeParseException e) {
                    // try the next format
                }
            }
            return null;
        }
    }

    /** Shows the brush in the fields. */
    private void sync() {
        DateSpan b = brush.get();
        syncing = true;
        try {
            from.setValue(b == null ? null : b.start());
            to.setValue(b == null ? null : b.end());
        } finally {
            syncing = false;
        }
        flag(from, false);
        flag(to, false);
    }

    /** Sets the brush from the fields, unless they make no range. */
    private void edited() {
        if (syncing) return;
        LocalDate f = from.getValue(), t = to.getValue();
        if (f != null && t != null && t.isBefore(f)) {
            flag(from, true);
            flag(to, true);
            return;
        }
        flag(from, false);
        flag(to, false);
        if (f == null && t == null) {
            brush.set(null);
            return;
        }
        DateSpan data = dataSpan.get();
        if (f == null) f = data != null && data.start().isBefore(t) ? data.start() : t;
        if (t == null) t = data != null && data.end().isAfter(f) ? data.end() : f;
        DateSpan span = new DateSpan(f, t);
        if (span.equals(brush.get())) sync();
        else brush.set(span);
    }

    private static void flag(DatePicker picker, boolean invalid) {
        picker.getStyleClass().remove(INVALID);
        if (invalid) picker.getStyleClass().add(INVALID);
    }
}
