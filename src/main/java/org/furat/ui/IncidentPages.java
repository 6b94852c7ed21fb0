package org.furat.ui;

import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The rows of the incident table for one order of incidents, read lazily: a row asked for (by a cell coming into
 * view) starts the reading of its page of {@link #PAGE} rows off the FX thread, and its property is filled when the
 * page arrives. At most {@link #KEPT_PAGES} pages are kept, the least recently shown dropped first. Pages are read one
 * at a time, the one asked for last first, so that after a fast scroll the rows on screen arrive before those passed
 * on the way. Use on the FX thread.
 */
final class IncidentPages {

    static final int PAGE = 50;
    static final int KEPT_PAGES = 200;

    private final long[] ids;
    private final Function<long[], List<IncidentRow>> read;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Map<Integer, List<ReadOnlyObjectWrapper<IncidentRow>>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ReadOnlyObjectWrapper<IncidentRow>>> eldest) {
            return size() > KEPT_PAGES;
        }
    };
    private final Deque<Integer> waiting = new ArrayDeque<>();
    private boolean reading;

    /**
     * @param ids  the incidents' row ids in the table's order
     * @param read reads the rows of some ids, in their order, null for an id no longer there (off the FX thread)
     */
    IncidentPages(long[] ids, Function<long[], List<IncidentRow>> read, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.ids = ids;
        this.read = read;
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    int size() { return ids.length; }

    long id(int row) { return ids[row]; }

    /** The table's items: a reference per row, made when asked for rather than held. */
    List<RowRef> refs() {
        return new AbstractList<>() {
            @Override
            public RowRef get(int row) { return new RowRef(IncidentPages.this, row, ids[row]); }

            @Override
            public int size() { return ids.length; }
        };
    }

    /** The row's text: null until its page has been read, which this starts. */
    ReadOnlyObjectProperty<IncidentRow> row(int row) {
        int page = row / PAGE;
        List<ReadOnlyObjectWrapper<IncidentRow>> rows = pages.get(page);
        if (rows == null) {
            int size = Math.min(PAGE, ids.length - page * PAGE);
            ReadOnlyObjectWrapper<?>[] made = new ReadOnlyObjectWrapper<?>[size];
            for (int i = 0; i < size; i++) made[i] = new ReadOnlyObjectWrapper<IncidentRow>();
            @SuppressWarnings("unchecked")
            List<ReadOnlyObjectWrapper<IncidentRow>> list = (List<ReadOnlyObjectWrapper<IncidentRow>>) (List<?>) Arrays.asList(made);
            rows = list;
            pages.put(page, rows);
            waiting.addLast(page);
            readNext();
        }
        return rows.get(row % PAGE).getReadOnlyProperty();
    }

    /** Hands over a row's text: at once if its page has been read, otherwise once the row alone has been read. */
    void read(int row, Consumer<IncidentRow> onRow) {
        List<ReadOnlyObjectWrapper<IncidentRow>> rows = pages.get(row / PAGE);
        IncidentRow known = rows == null ? null : rows.get(row % PAGE).get();
        if (known != null) onRow.accept(known);
        else tasks.run(() -> read.apply(new long[] {ids[row]}).get(0), onRow, onFailure);
    }

    /** Reads the page asked for last, unless one is being read; pages dropped meanwhile are not read. */
    private void readNext() {
        if (reading) return;
        Integer page = waiting.pollLast();
        while (page != null && !pages.containsKey(page)) page = waiting.pollLast();
        if (page == null) return;
        List<ReadOnlyObjectWrapper<IncidentRow>> rows = pages.get(page);
        long[] pageIds = Arrays.copyOfRange(ids, page * PAGE, page * PAGE + rows.size());
        reading = true;
        tasks.run(() -> read.apply(pageIds), rowsRead -> {
            reading = false;
            fill(rows, rowsRead);
            readNext();
        }, e -> {
            reading = false;
            waiting.clear();
            onFailure.accept(e);
        });
    }

    /** Puts each row read in its place; an incident gone since the order was made (null) leaves its row empty. */
    private static void fill(List<ReadOnlyObjectWrapper<IncidentRow>> rows, List<IncidentRow> read) {
        for (int i = 0; i < rows.size() && i < read.size(); i++) rows.get(i).set(read.get(i));
    }
}
