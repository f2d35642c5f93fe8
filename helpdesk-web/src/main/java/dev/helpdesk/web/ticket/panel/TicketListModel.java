package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.workspace.application.TicketFilter;
import dev.helpdesk.workspace.application.TicketPage;
import dev.helpdesk.workspace.application.TicketQuery;
import dev.helpdesk.workspace.application.TicketSort;
import dev.helpdesk.workspace.application.TicketSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy model over the keyset-paginated ticket list: one query per page, no count. The paginator
 * moves one page at a time; the model remembers where each visited page starts and reports one row more than it
 * has seen while a further page exists, so "next" is enabled exactly when there is more.
 */
public class TicketListModel extends LazyDataModel<TicketSummary> {

    private static final long serialVersionUID = 1L;

    private final TicketQuery query;
    private final TicketFilter filter;
    private final TicketSort sort;
    private final Map<Integer, TicketSort.Position> pageStarts = new HashMap<>();
    private int knownRowCount = Integer.MAX_VALUE;

    public TicketListModel(TicketQuery query, TicketFilter filter, TicketSort sort) {
        this.query = query;
        this.filter = filter;
        this.sort = sort;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return knownRowCount;
    }

    @Override
    public List<TicketSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
        int start = first == 0 || pageStarts.containsKey(first) ? first : 0;
        TicketPage page = query.list(filter, sort, pageStarts.get(start), pageSize);
        if (page.next() != null) {
            pageStarts.put(start + pageSize, page.next());
        }
        knownRowCount = start + page.items().size() + (page.next() == null ? 0 : 1);
        setRowCount(knownRowCount);
        return page.items();
    }

    @Override
    public String getRowKey(TicketSummary ticket) {
        return String.valueOf(ticket.protocol());
    }

    @Override
    public TicketSummary getRowData(String rowKey) {
        return getWrappedData() == null ? null : ((List<TicketSummary>) getWrappedData()).stream()
                .filter(t -> String.valueOf(t.protocol()).equals(rowKey)).findFirst().orElse(null);
    }
}
