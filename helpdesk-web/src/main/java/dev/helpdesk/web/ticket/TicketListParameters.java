package dev.helpdesk.web.ticket;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.ticket.domain.TicketSituation;
import dev.helpdesk.web.common.api.ApiRequests;
import dev.helpdesk.workspace.application.TicketFilter;
import dev.helpdesk.workspace.application.TicketSort;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A ticket list's filter and order as request parameters, both ways: the panel's list keeps them in its address
 * (and its saved views are that address), the API reads them from the query. The two name some parameters apart
 * ({@code department} in the panel, {@code departmentId} in the API); {@link #PANEL} and {@link #API} say how.
 * A value that cannot be read is refused naming its parameter.
 */
public final class TicketListParameters {

    /** The panel's names, which links from elsewhere (the dashboard, the counters) use. */
    public static final TicketListParameters PANEL = new TicketListParameters("department", "category", "status",
            "agent", "organization", "from", "to");
    public static final TicketListParameters API = new TicketListParameters("departmentId", "categoryId",
            "statusId", "agentId", "organizationId", "createdFrom", "createdTo");

    /** The days a ticket was finished or cancelled, named alike in the panel and the API. */
    private static final String CLOSED_FROM = "closedFrom";
    private static final String CLOSED_TO = "closedTo";

    private final String department;
    private final String category;
    private final String status;
    private final String agent;
    private final String organization;
    private final String from;
    private final String to;

    private TicketListParameters(String department, String category, String status, String agent,
                                 String organization, String from, String to) {
        this.department = department;
        this.category = category;
        this.status = status;
        this.agent = agent;
        this.organization = organization;
        this.from = from;
        this.to = to;
    }

    /** The filter the parameters name; {@code parameter} answers a parameter's value or null. */
    public TicketFilter filter(Function<String, String> parameter) {
        LocalDate createdFrom = day(from, parameter.apply(from));
        LocalDate createdTo = day(to, parameter.apply(to));
        if (createdFrom != null && createdTo != null && createdTo.isBefore(createdFrom)) {
            throw new InvalidInputException(to, "validation.ticketFilter.dateRange");
        }
        LocalDate closedFrom = day(CLOSED_FROM, parameter.apply(CLOSED_FROM));
        LocalDate closedTo = day(CLOSED_TO, parameter.apply(CLOSED_TO));
        return TicketFilter.builder()
                .view(ApiRequests.option(TicketFilter.View.class, "view", parameter.apply("view")))
                .state(ApiRequests.option(TicketFilter.State.class, "state", parameter.apply("state")))
                .situations(situations(parameter.apply("situation")))
                .department(id(department, parameter.apply(department)))
                .category(id(category, parameter.apply(category)))
                .status(id(status, parameter.apply(status)))
                .agent(id(agent, parameter.apply(agent)))
                .organization(id(organization, parameter.apply(organization)))
                .priority(ApiRequests.option(Priority.class, "priority", parameter.apply("priority")))
                .createdFrom(createdFrom)
                .createdTo(createdTo)
                .closedFrom(closedFrom)
                .closedTo(closedTo)
                .sla(ApiRequests.option(TicketFilter.SlaSignal.class, "sla", parameter.apply("sla")))
                .scheduledToday(scheduled(parameter.apply("scheduled")))
                .text(parameter.apply("q"))
                .build();
    }

    /** The order the parameters name: {@code sort} (protocol, created, updated, priority, deadline), {@code order}. */
    public TicketSort sort(Function<String, String> parameter) {
        TicketSort.Key key = ApiRequests.option(TicketSort.Key.class, "sort", parameter.apply("sort"));
        String order = parameter.apply("order");
        if (order != null && !order.isBlank() && !order.strip().matches("(?i)asc|desc")) {
            throw new InvalidInputException("order", "validation.option");
        }
        boolean ascending = order == null || order.isBlank()
                ? key == TicketSort.Key.DEADLINE
                : order.strip().equalsIgnoreCase("asc");
        return key == null && !ascending ? TicketSort.NEWEST_FIRST : new TicketSort(key, ascending);
    }

    /** The parameters of a filter and an order, in a fixed order, leaving out what does not filter. */
    public Map<String, String> parameters(TicketFilter filter, TicketSort sort) {
        Map<String, String> values = new LinkedHashMap<>();
        if (filter.view() != TicketFilter.View.ALL) {
            values.put("view", filter.view().name());
        }
        put(values, "state", filter.state());
        if (!filter.situations().isEmpty()) {
            values.put("situation", filter.situations().stream().sorted().map(s -> String.valueOf(s.code()))
                    .collect(Collectors.joining(",")));
        }
        put(values, department, filter.departmentId());
        put(values, category, filter.categoryId());
        put(values, status, filter.statusId());
        put(values, agent, filter.agentId());
        put(values, organization, filter.organizationId());
        put(values, "priority", filter.priority());
        put(values, from, filter.createdFrom());
        put(values, to, filter.createdTo());
        put(values, CLOSED_FROM, filter.closedFrom());
        put(values, CLOSED_TO, filter.closedTo());
        put(values, "sla", filter.sla());
        if (filter.scheduledToday()) {
            values.put("scheduled", "TODAY");
        }
        put(values, "q", filter.text());
        if (sort != null && !sort.equals(TicketSort.NEWEST_FIRST)) {
            values.put("sort", sort.key().name().toLowerCase(Locale.ROOT));
            values.put("order", sort.ascending() ? "asc" : "desc");
        }
        return values;
    }

    /**
     * The parameters of a query string (without the question mark) as {@link #queryString} writes it; a pair
     * without a value, or a name given twice, keeps the first.
     */
    public static Map<String, String> parse(String queryString) {
        Map<String, String> values = new LinkedHashMap<>();
        if (queryString == null || queryString.isBlank()) {
            return values;
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    /** The same as a query string (without the question mark), values encoded. */
    public String queryString(TicketFilter filter, TicketSort sort) {
        return parameters(filter, sort).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
    }

    private static Set<TicketSituation> situations(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        try {
            return Arrays.stream(value.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                    .map(code -> TicketSituation.ofCode(Integer.parseInt(code)))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(TicketSituation.class)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("situation", "validation.option");
        }
    }

    private static boolean scheduled(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        if (!value.strip().equalsIgnoreCase("TODAY")) {
            throw new InvalidInputException("scheduled", "validation.option");
        }
        return true;
    }

    private static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,18}")) {
            throw new InvalidInputException(name, "validation.id");
        }
        return Long.parseLong(value.strip());
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "validation.isoDate");
        }
    }
}
