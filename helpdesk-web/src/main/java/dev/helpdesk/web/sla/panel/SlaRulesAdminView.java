package dev.helpdesk.web.sla.panel;

import dev.helpdesk.customer.application.OrganizationQuery;
import dev.helpdesk.customer.application.OrganizationView;
import dev.helpdesk.directory.application.DepartmentView;
import dev.helpdesk.directory.application.DirectoryQuery;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.sla.application.SlaRuleView;
import dev.helpdesk.sla.application.SlaSettingsService;
import dev.helpdesk.sla.domain.RuleScope;
import dev.helpdesk.sla.domain.SlaRuleKind;
import dev.helpdesk.ticket.domain.Priority;
import dev.helpdesk.web.common.panel.Messages;
import dev.helpdesk.web.directory.panel.DepartmentCategoryChoice;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Management › SLA, rules: first response, deadline, prioritization, hours contracts and hourly values, general or
 * for one customer or organization. The shifts they run in are the shifts form's.
 */
@Named
@ViewScoped
public class SlaRulesAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SlaSettingsService sla;

    @EJB
    private DirectoryQuery directoryQuery;

    @EJB
    private OrganizationQuery organizationQuery;

    private List<SlaRuleView> rules;
    private List<OrganizationView> organizations;
    private SlaRuleKind ruleKind = SlaRuleKind.DEADLINE;
    private RuleScope.Kind scopeKind = RuleScope.Kind.GENERAL;
    private Long scopeId;
    private DepartmentCategoryChoice ruleTarget;
    private List<DepartmentView> allDepartments;
    private Priority rulePriority;
    private Integer ruleHours;
    private Integer ruleMinutes;
    private boolean noLimit;
    private boolean pauseOnReply = true;
    private Long ruleShiftId;
    private Priority setsPriority = Priority.NORMAL;
    private BigDecimal rate;
    private BigDecimal extraRate;

    @PostConstruct
    void load() {
        rules = sla.rules();
        organizations = organizationQuery.organizations();
        // a new rule targets an active department and category; the list names the rules' own, inactive or not
        ruleTarget = new DepartmentCategoryChoice(directoryQuery.activeDepartments(), null, null);
        allDepartments = directoryQuery.allDepartments();
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
        return allDepartments.stream().filter(d -> d.id() == id).map(DepartmentView::name)
                .findFirst().orElse("");
    }

    public String categoryName(long departmentId, Long categoryId) {
        if (categoryId == null) {
            return "";
        }
        return allDepartments.stream().filter(d -> d.id() == departmentId)
                .flatMap(d -> d.categories().stream()).filter(c -> c.id().equals(categoryId))
                .map(c -> c.name()).findFirst().orElse("");
    }

    public String organizationName(Long id) {
        return organizations.stream().filter(o -> o.id().equals(id)).map(OrganizationView::name).findFirst()
                .orElse("#" + id);
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

    public List<SlaRuleView> getRules() {
        return rules;
    }

    public List<OrganizationView> getOrganizations() {
        return organizations;
    }

    public DepartmentCategoryChoice getRuleTarget() {
        return ruleTarget;
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

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public BigDecimal getExtraRate() {
        return extraRate;
    }

    public void setExtraRate(BigDecimal extraRate) {
        this.extraRate = extraRate;
    }

    public Priority getSetsPriority() {
        return setsPriority;
    }

    public void setSetsPriority(Priority setsPriority) {
        this.setsPriority = setsPriority;
    }
}
