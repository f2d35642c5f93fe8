package dev.helpdesk.web.panel;

import dev.helpdesk.directory.application.DepartmentView;
import dev.helpdesk.directory.application.DirectoryQuery;
import dev.helpdesk.directory.application.OrganizationView;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.sla.application.HolidayView;
import dev.helpdesk.sla.application.ShiftView;
import dev.helpdesk.sla.application.SlaRuleView;
import dev.helpdesk.sla.application.SlaSettingsService;
import dev.helpdesk.sla.domain.RuleScope;
import dev.helpdesk.sla.domain.SlaRuleKind;
import dev.helpdesk.ticket.domain.Priority;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Management > SLA: work shifts (hours per weekday, typed as "08:00-12:00, 13:00-18:00"), holidays, and the rules
 * for first response, deadline and prioritization, general or for one customer or organization.
 */
@Named
@ViewScoped
public class SlaAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SlaSettingsService sla;

    @EJB
    private DirectoryQuery directoryQuery;

    private List<ShiftView> shifts;
    private List<HolidayView> holidays;
    private List<SlaRuleView> rules;
    private List<OrganizationView> organizations;

    private Long shiftId;
    private String shiftName;
    private Map<DayOfWeek, String> shiftHours = new EnumMap<>(DayOfWeek.class);

    private String holidayName;
    private LocalDate holidayDate;
    private boolean holidayYearly;
    private String holidayFrom;
    private String holidayUntil;

    private SlaRuleKind ruleKind = SlaRuleKind.DEADLINE;
    private RuleScope.Kind scopeKind = RuleScope.Kind.GENERAL;
    private Long scopeId;
    private DepartmentCategoryChoice ruleTarget;
    private Priority rulePriority;
    private Integer ruleHours;
    private Integer ruleMinutes;
    private boolean noLimit;
    private boolean pauseOnReply = true;
    private Long ruleShiftId;
    private Priority setsPriority = Priority.NORMAL;
    private java.math.BigDecimal rate;
    private java.math.BigDecimal extraRate;

    @PostConstruct
    void load() {
        shifts = sla.shifts();
        holidays = sla.holidays();
        rules = sla.rules();
        organizations = directoryQuery.organizations();
        List<DepartmentView> departments = directoryQuery.activeDepartments();
        ruleTarget = new DepartmentCategoryChoice(departments, null, null);
        clearShift();
    }

    public void editShift(ShiftView shift) {
        shiftId = shift.id();
        shiftName = shift.name();
        shiftHours = new EnumMap<>(DayOfWeek.class);
        shift.hours().forEach((day, hours) -> shiftHours.put(DayOfWeek.valueOf(day), hours.stream()
                .map(h -> h.start() + "-" + h.end()).collect(Collectors.joining(", "))));
    }

    public void clearShift() {
        shiftId = null;
        shiftName = null;
        shiftHours = new EnumMap<>(DayOfWeek.class);
    }

    public void saveShift() {
        try {
            Map<String, List<ShiftView.Hours>> hours = parsedHours();
            if (shiftId == null) {
                sla.createShift(shiftName, hours);
            } else {
                sla.changeShift(shiftId, shiftName, hours);
            }
        } catch (InvalidInputException e) {
            Messages.fieldError("shiftForm", e);
            return;
        }
        Messages.info("admin.saved");
        shifts = sla.shifts();
        clearShift();
    }

    /** "08:00-12:00, 13:00-18:00" per day; a day left empty has no hours. */
    private Map<String, List<ShiftView.Hours>> parsedHours() {
        Map<String, List<ShiftView.Hours>> hours = new LinkedHashMap<>();
        shiftHours.forEach((day, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            List<ShiftView.Hours> ranges = new ArrayList<>();
            for (String range : text.split(",")) {
                String[] ends = range.strip().split("\\s*[-–]\\s*");
                if (ends.length != 2) {
                    throw new InvalidInputException("hours", "validation.sla.time");
                }
                ranges.add(new ShiftView.Hours(ends[0].strip(), ends[1].strip()));
            }
            hours.put(day.name(), ranges);
        });
        return hours;
    }

    public void addHoliday() {
        try {
            sla.createHoliday(holidayName, holidayDate, holidayYearly, blankToNull(holidayFrom),
                    blankToNull(holidayUntil));
        } catch (InvalidInputException e) {
            Messages.fieldError("holidayForm", e);
            return;
        }
        Messages.info("admin.saved");
        holidays = sla.holidays();
        holidayName = null;
        holidayDate = null;
        holidayYearly = false;
        holidayFrom = null;
        holidayUntil = null;
    }

    public void deleteHoliday(HolidayView holiday) {
        sla.deleteHoliday(holiday.id());
        holidays = sla.holidays();
    }

    public void addRule() {
        Integer minutes = noLimit || ruleKind == SlaRuleKind.PRIORITIZATION || ruleKind == SlaRuleKind.HOURLY_VALUES
                ? null
                : (ruleHours == null ? 0 : ruleHours) * 60 + (ruleMinutes == null ? 0 : ruleMinutes);
        try {
            if (ruleTarget.getDepartmentId() == null) {
                throw new InvalidInputException("departmentId", "validation.required");
            }
            sla.createRule(new SlaRuleView(null, ruleKind, scopeKind,
                    scopeKind == RuleScope.Kind.GENERAL ? null : scopeId, ruleTarget.getDepartmentId(),
                    ruleTarget.getCategoryId(), ruleKind == SlaRuleKind.PRIORITIZATION ? null : rulePriority,
                    minutes, pauseOnReply, ruleShiftId, setsPriority, rate, extraRate));
        } catch (InvalidInputException e) {
            Messages.fieldError("ruleForm", e);
            return;
        }
        Messages.info("admin.saved");
        rules = sla.rules();
    }

    public void deleteRule(SlaRuleView rule) {
        sla.deleteRule(rule.id());
        rules = sla.rules();
    }

    public String departmentName(long id) {
        return ruleTarget.getDepartments().stream().filter(d -> d.id() == id).map(DepartmentView::name)
                .findFirst().orElse("");
    }

    public String categoryName(long departmentId, Long categoryId) {
        if (categoryId == null) {
            return "";
        }
        return ruleTarget.getDepartments().stream().filter(d -> d.id() == departmentId)
                .flatMap(d -> d.categories().stream()).filter(c -> c.id().equals(categoryId))
                .map(c -> c.name()).findFirst().orElse("");
    }

    public String shiftName(Long id) {
        return id == null ? Messages.text("sla.defaultShift") : shifts.stream().filter(s -> s.id().equals(id))
                .map(ShiftView::name).findFirst().orElse("");
    }

    public String organizationName(Long id) {
        return organizations.stream().filter(o -> o.id().equals(id)).map(OrganizationView::name).findFirst()
                .orElse("#" + id);
    }

    /** A shift's hours, one day a line: "Mon 08:00–12:00, 13:00–18:00". */
    public String hoursText(ShiftView shift) {
        return shift.hours().entrySet().stream().map(e -> Messages.text("weekday." + e.getKey()) + " "
                + e.getValue().stream().map(h -> h.start() + "–" + ("00:00".equals(h.end()) ? "24:00" : h.end()))
                .collect(Collectors.joining(", "))).collect(Collectors.joining(" · "));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<DayOfWeek> getWeekdays() {
        return Arrays.asList(DayOfWeek.values());
    }

    public SlaRuleKind[] getRuleKinds() {
        return SlaRuleKind.values();
    }

    public RuleScope.Kind[] getScopeKinds() {
        return RuleScope.Kind.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public List<ShiftView> getShifts() {
        return shifts;
    }

    public List<HolidayView> getHolidays() {
        return holidays;
    }

    public List<SlaRuleView> getRules() {
        return rules;
    }

    public List<OrganizationView> getOrganizations() {
        return organizations;
    }

    public DepartmentCategoryChoice getRuleTarget() {
        return ruleTarget;
    }

    public boolean isEditingShift() {
        return shiftId != null;
    }

    public String getShiftName() {
        return shiftName;
    }

    public void setShiftName(String shiftName) {
        this.shiftName = shiftName;
    }

    public Map<DayOfWeek, String> getShiftHours() {
        return shiftHours;
    }

    public String getHolidayName() {
        return holidayName;
    }

    public void setHolidayName(String holidayName) {
        this.holidayName = holidayName;
    }

    public LocalDate getHolidayDate() {
        return holidayDate;
    }

    public void setHolidayDate(LocalDate holidayDate) {
        this.holidayDate = holidayDate;
    }

    public boolean isHolidayYearly() {
        return holidayYearly;
    }

    public void setHolidayYearly(boolean holidayYearly) {
        this.holidayYearly = holidayYearly;
    }

    public String getHolidayFrom() {
        return holidayFrom;
    }

    public void setHolidayFrom(String holidayFrom) {
        this.holidayFrom = holidayFrom;
    }

    public String getHolidayUntil() {
        return holidayUntil;
    }

    public void setHolidayUntil(String holidayUntil) {
        this.holidayUntil = holidayUntil;
    }

    public SlaRuleKind getRuleKind() {
        return ruleKind;
    }

    public void setRuleKind(SlaRuleKind ruleKind) {
        this.ruleKind = ruleKind;
    }

    public RuleScope.Kind getScopeKind() {
        return scopeKind;
    }

    public void setScopeKind(RuleScope.Kind scopeKind) {
        this.scopeKind = scopeKind;
    }

    public Long getScopeId() {
        return scopeId;
    }

    public void setScopeId(Long scopeId) {
        this.scopeId = scopeId;
    }

    public Priority getRulePriority() {
        return rulePriority;
    }

    public void setRulePriority(Priority rulePriority) {
        this.rulePriority = rulePriority;
    }

    public Integer getRuleHours() {
        return ruleHours;
    }

    public void setRuleHours(Integer ruleHours) {
        this.ruleHours = ruleHours;
    }

    public Integer getRuleMinutes() {
        return ruleMinutes;
    }

    public void setRuleMinutes(Integer ruleMinutes) {
        this.ruleMinutes = ruleMinutes;
    }

    public boolean isNoLimit() {
        return noLimit;
    }

    public void setNoLimit(boolean noLimit) {
        this.noLimit = noLimit;
    }

    public boolean isPauseOnReply() {
        return pauseOnReply;
    }

    public void setPauseOnReply(boolean pauseOnReply) {
        this.pauseOnReply = pauseOnReply;
    }

    public Long getRuleShiftId() {
        return ruleShiftId;
    }

    public void setRuleShiftId(Long ruleShiftId) {
        this.ruleShiftId = ruleShiftId;
    }

    public java.math.BigDecimal getRate() {
        return rate;
    }

    public void setRate(java.math.BigDecimal rate) {
        this.rate = rate;
    }

    public java.math.BigDecimal getExtraRate() {
        return extraRate;
    }

    public void setExtraRate(java.math.BigDecimal extraRate) {
        this.extraRate = extraRate;
    }

    public Priority getSetsPriority() {
        return setsPriority;
    }

    public void setSetsPriority(Priority setsPriority) {
        this.setsPriority = setsPriority;
    }
}
