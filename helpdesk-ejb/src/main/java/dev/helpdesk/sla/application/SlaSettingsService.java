package dev.helpdesk.sla.application;

import dev.helpdesk.calendar.domain.Holiday;
import dev.helpdesk.calendar.domain.TimeRange;
import dev.helpdesk.calendar.domain.WorkShift;
import dev.helpdesk.directory.domain.Category;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.directory.domain.Organization;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.sla.domain.RuleKey;
import dev.helpdesk.sla.domain.RuleScope;
import dev.helpdesk.sla.domain.SlaRule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The SLA settings, for administrators: work shifts and holidays, and the rules (first response, deadline,
 * prioritization, hours contract, hourly values) for one customer, one organization or everyone. Rules apply to tickets opened afterwards; an
 * open ticket takes the rules that apply when its priority, department or category changes.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SlaSettingsService {

    @PersistenceContext
    private EntityManager em;

    public List<ShiftView> shifts() {
        return em.createQuery("SELECT s FROM WorkShift s ORDER BY s.defaultShift DESC, s.name", WorkShift.class)
                .getResultList().stream().map(ShiftView::of).toList();
    }

    public ShiftView createShift(String name, Map<String, List<ShiftView.Hours>> hours) {
        WorkShift shift = new WorkShift(name, ranges(hours));
        em.persist(shift);
        em.flush();
        return ShiftView.of(shift);
    }

    public ShiftView changeShift(long id, String name, Map<String, List<ShiftView.Hours>> hours) {
        WorkShift shift = em.find(WorkShift.class, id);
        if (shift == null) {
            throw new NotFoundException("shift", id);
        }
        shift.rename(name);
        shift.changeHours(ranges(hours));
        em.flush();
        return ShiftView.of(shift);
    }

    public List<HolidayView> holidays() {
        return em.createQuery("SELECT h FROM Holiday h ORDER BY h.date", Holiday.class)
                .getResultList().stream().map(HolidayView::of).toList();
    }

    public HolidayView createHoliday(String name, LocalDate date, boolean yearly, String closedFrom,
                                     String closedUntil) {
        TimeRange hours = closedFrom == null && closedUntil == null ? null
                : new TimeRange(time("closedFrom", closedFrom), time("closedUntil", closedUntil));
        Holiday holiday = new Holiday(name, date, yearly, hours);
        em.persist(holiday);
        em.flush();
        return HolidayView.of(holiday);
    }

    public void deleteHoliday(long id) {
        Holiday holiday = em.find(Holiday.class, id);
        if (holiday == null) {
            throw new NotFoundException("holiday", id);
        }
        em.remove(holiday);
    }

    public List<SlaRuleView> rules() {
        return em.createQuery("SELECT r FROM SlaRule r ORDER BY r.kind, r.departmentId, r.id", SlaRule.class)
                .getResultList().stream().map(SlaRuleView::of).toList();
    }

    public SlaRuleView createRule(SlaRuleView request) {
        Inputs.required("body", request);
        RuleScope scope = scope(request.scopeKind(), request.scopeId());
        RuleKey key = key(request.departmentId(), request.categoryId(), request.priority());
        SlaRule rule = switch (Inputs.required("kind", request.kind())) {
            case PRIORITIZATION -> SlaRule.prioritization(scope, key, request.setsPriority());
            case HOURS_CONTRACT -> SlaRule.hoursContract(scope, key, request.minutes());
            case HOURLY_VALUES -> SlaRule.hourlyValues(scope, key, request.rate(), request.extraRate());
            case FIRST_RESPONSE, DEADLINE -> SlaRule.time(request.kind(), scope, key, request.minutes(),
                    request.pauseOnReply(), shift(request.shiftId()));
        };
        requireNoTwin(rule, null);
        em.persist(rule);
        em.flush();
        return SlaRuleView.of(rule);
    }

    /** Changes what a rule sets (time, pausing, shift or priority); whom and what it applies to stay. */
    public SlaRuleView changeRule(long id, SlaRuleView request) {
        Inputs.required("body", request);
        SlaRule rule = rule(id);
        switch (rule.kind()) {
            case PRIORITIZATION -> rule.changePriority(request.setsPriority());
            case HOURLY_VALUES -> rule.changeRates(request.rate(), request.extraRate());
            case HOURS_CONTRACT -> rule.changeTime(request.minutes(), false, null);
            case FIRST_RESPONSE, DEADLINE -> rule.changeTime(request.minutes(), request.pauseOnReply(),
                    shift(request.shiftId()));
        }
        return SlaRuleView.of(rule);
    }

    /** Clocks already started by the rule keep their target; they simply no longer name a rule. */
    public void deleteRule(long id) {
        SlaRule rule = rule(id);
        em.createQuery("UPDATE SlaClock c SET c.ruleId = NULL WHERE c.ruleId = :id").setParameter("id", id)
                .executeUpdate();
        em.remove(rule);
    }

    private void requireNoTwin(SlaRule rule, Long exceptId) {
        boolean twin = em.createQuery("SELECT r FROM SlaRule r WHERE r.kind = :kind AND r.departmentId = :department",
                        SlaRule.class)
                .setParameter("kind", rule.kind()).setParameter("department", rule.key().departmentId())
                .getResultList().stream()
                .anyMatch(r -> !r.id().equals(exceptId) && r.scope().equals(rule.scope())
                        && r.key().equals(rule.key()));
        if (twin) {
            throw new InvalidInputException("departmentId", "validation.duplicate");
        }
    }

    private RuleScope scope(RuleScope.Kind kind, Long id) {
        Inputs.required("scopeKind", kind);
        return switch (kind) {
            case GENERAL -> RuleScope.general();
            case CUSTOMER -> {
                if (id == null || em.find(Customer.class, id) == null) {
                    throw new InvalidInputException("scopeId", "validation.sla.scope");
                }
                yield RuleScope.customer(id);
            }
            case ORGANIZATION -> {
                if (id == null || em.find(Organization.class, id) == null) {
                    throw new InvalidInputException("scopeId", "validation.sla.scope");
                }
                yield RuleScope.organization(id);
            }
        };
    }

    private RuleKey key(long departmentId, Long categoryId, dev.helpdesk.ticket.domain.Priority priority) {
        Department department = em.find(Department.class, departmentId);
        if (department == null) {
            throw new InvalidInputException("departmentId", "validation.department.unknown");
        }
        // a new rule is a new choice: it targets what takes tickets (existing rules stay when it is deactivated)
        if (!department.isActive()) {
            throw new InvalidInputException("departmentId", "validation.department.inactive");
        }
        if (categoryId != null) {
            Category category = em.find(Category.class, categoryId);
            if (category == null || !category.belongsTo(department)) {
                throw new InvalidInputException("categoryId", "validation.category.notInDepartment");
            }
            if (!category.isActive()) {
                throw new InvalidInputException("categoryId", "validation.category.inactive");
            }
        }
        return new RuleKey(departmentId, categoryId, priority);
    }

    private WorkShift shift(Long id) {
        if (id == null) {
            return null;
        }
        WorkShift shift = em.find(WorkShift.class, id);
        if (shift == null) {
            throw new InvalidInputException("shiftId", "validation.option");
        }
        return shift;
    }

    private SlaRule rule(long id) {
        SlaRule rule = em.find(SlaRule.class, id);
        if (rule == null) {
            throw new NotFoundException("SLA rule", id);
        }
        return rule;
    }

    private static Map<DayOfWeek, List<TimeRange>> ranges(Map<String, List<ShiftView.Hours>> hours) {
        Map<DayOfWeek, List<TimeRange>> ranges = new EnumMap<>(DayOfWeek.class);
        if (hours != null) {
            hours.forEach((day, list) -> ranges.put(weekday(day), list.stream()
                    .map(h -> new TimeRange(time("hours", h.start()), time("hours", h.end()))).toList()));
        }
        return ranges;
    }

    private static DayOfWeek weekday(String name) {
        try {
            return DayOfWeek.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("hours", "validation.option");
        }
    }

    private static LocalTime time(String field, String value) {
        try {
            return LocalTime.parse(Inputs.requiredText(field, value, 8));
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "validation.sla.time");
        }
    }
}
