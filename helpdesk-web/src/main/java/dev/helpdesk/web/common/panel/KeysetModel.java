package dev.helpdesk.web.common.panel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy model over a list read newest first with a keyset ({@code before} the last key of the page):
 * one query per page, no count. It asks for one row more than a page to know whether a next page exists, remembers
 * where each visited page starts and reports one row more than it has seen while there is more, so the paginator's
 * "next" is enabled exactly then.
 *
 * @param <T> the row
 */
public abstract class KeysetModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final Map<Integer, Long> pageStarts = new HashMap<>();
    private int knownRowCount = Integer.MAX_VALUE;

    /** Up to {@code limit} rows older than {@code before} (all when null), newest first. */
    protected abstract List<T> fetch(Long before, int limit);

    /** The row's key: what {@code before} is compared with. */
    protected abstract long key(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return knownRowCount;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int start = first == 0 || pageStarts.containsKey(first) ? first : 0;
        List<T> rows = new ArrayList<>(fetch(pageStarts.get(start), pageSize + 1));
        boolean more = rows.size() > pageSize;
        if (more) {
            rows = new ArrayList<>(rows.subList(0, pageSize));
            pageStarts.put(start + pageSize, key(rows.get(rows.size() - 1)));
        }
        knownRowCount = start + rows.size() + (more ? 1 : 0);
        setRowCount(knownRowCount);
        return rows;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key(row));
    }

    @Override
    @SuppressWarnings("unchecked")
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : ((List<T>) getWrappedData()).stream()
                .filter(row -> String.valueOf(key(row)).equals(rowKey)).findFirst().orElse(null);
    }
}
