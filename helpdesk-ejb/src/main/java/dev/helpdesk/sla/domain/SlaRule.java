package dev.helpdesk.sla.domain;

import dev.helpdesk.calendar.domain.WorkShift;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.domain.Priority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * An SLA rule for one customer, one organization or everyone, keyed by department and optionally category and
 * priority: a first-response time, a deadline (which may pause while waiting for the customer, and counts in a
 * shift), the priority given to new tickets, the hours contracted per month, or the hourly values. A time rule without minutes means "no limit": it applies, and so
 * keeps a more general rule away.
 */
@Entity
public class SlaRule {

    public static final int MAX_MINUTES = 365 * 24 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private SlaRuleKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind")
    private RuleScope.Kind scopeKind;

    private Long scopeId;

    private long departmentId;

    private Long categoryId;

    private Priority priority;

    private Integer minutes;

    private boolean pauseOnReply;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "shift_id")
    private WorkShift shift;

    private Priority setsPriority;

    private BigDecimal rate;

    private BigDecimal extraRate;

    @Version
    private long version;

    protected SlaRule() {
    }

    private SlaRule(SlaRuleKind kind, RuleScope scope, RuleKey key) {
        this.kind = Inputs.required("kind", kind);
        Inputs.required("scope", scope);
        this.scopeKind = scope.kind();
        this.scopeId = scope.id();
        this.departmentId = Inputs.required("key", key).departmentId();
        this.categoryId = key.categoryId();
        this.priority = key.priority();
    }

    /**
     * A first-response or deadline rule: {@code minutes} of shift time (null for no limit), pausing while the
     * ticket waits for the customer or not, in {@code shift} (null for the default shift).
     */
    public static SlaRule time(SlaRuleKind kind, RuleScope scope, RuleKey key, Integer minutes, boolean pauseOnReply,
                               WorkShift shift) {
        if (kind != SlaRuleKind.FIRST_RESPONSE && kind != SlaRuleKind.DEADLINE) {
            throw new InvalidInputException("kind", "validation.option");
        }
        SlaRule rule = new SlaRule(kind, scope, key);
        rule.changeTime(minutes, pauseOnReply, shift);
        return rule;
    }

    /** A rule that gives new tickets of its key this priority. */
    public static SlaRule prioritization(RuleScope scope, RuleKey key, Priority setsPriority) {
        if (key.priority() != null) {
            throw new InvalidInputException("priority", "validation.sla.prioritizationKey");
        }
        SlaRule rule = new SlaRule(SlaRuleKind.PRIORITIZATION, scope, key);
        rule.setsPriority = Inputs.required("setsPriority", setsPriority);
        return rule;
    }

    /** Hours contracted per month ({@code monthlyMinutes}; null for a contract without a limit). */
    public static SlaRule hoursContract(RuleScope scope, RuleKey key, Integer monthlyMinutes) {
        requireNoPriority(key);
        SlaRule rule = new SlaRule(SlaRuleKind.HOURS_CONTRACT, scope, key);
        rule.changeTime(monthlyMinutes, false, null);
        return rule;
    }

    /** The hourly rate of worked time, and of time beyond the contract (null: the same rate). */
    public static SlaRule hourlyValues(RuleScope scope, RuleKey key, BigDecimal rate, BigDecimal extraRate) {
        requireNoPriority(key);
        SlaRule rule = new SlaRule(SlaRuleKind.HOURLY_VALUES, scope, key);
        rule.changeRates(rate, extraRate);
        return rule;
    }

    private static void requireNoPriority(RuleKey key) {
        if (key.priority() != null) {
            throw new InvalidInputException("priority", "validation.sla.prioritizationKey");
        }
    }

    public void changeRates(BigDecimal newRate, BigDecimal newExtraRate) {
        this.rate = money("rate", Inputs.required("rate", newRate));
        this.extraRate = newExtraRate == null ? null : money("extraRate", newExtraRate);
    }

    private static BigDecimal money(String field, BigDecimal value) {
        if (value.signum() < 0 || value.scale() > 2 || value.precision() - value.scale() > 10) {
            throw new InvalidInputException(field, "validation.money");
        }
        return value.setScale(2);
    }

    public void changeTime(Integer newMinutes, boolean newPauseOnReply, WorkShift newShift) {
        if (newMinutes != null && (newMinutes < 1 || newMinutes > MAX_MINUTES)) {
            throw new InvalidInputException("minutes", "validation.sla.minutes");
        }
        this.minutes = newMinutes;
        this.pauseOnReply = kind == SlaRuleKind.DEADLINE && newPauseOnReply;
        this.shift = newShift;
    }

    public void changePriority(Priority newPriority) {
        this.setsPriority = Inputs.required("setsPriority", newPriority);
    }

    /** Empty for a "no limit" rule. */
    public Optional<Duration> target() {
        return minutes == null ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes));
    }

    public RuleScope scope() {
        return new RuleScope(scopeKind, scopeId);
    }

    public RuleKey key() {
        return new RuleKey(departmentId, categoryId, priority);
    }

    public Long id() {
        return id;
    }

    public SlaRuleKind kind() {
        return kind;
    }

    public Integer minutes() {
        return minutes;
    }

    public boolean pausesOnReply() {
        return pauseOnReply;
    }

    /** Null means the account's default shift. */
    public WorkShift shift() {
        return shift;
    }

    public Priority setsPriority() {
        return setsPriority;
    }

    public BigDecimal rate() {
        return rate;
    }

    /** The rate beyond the contract: its own, or the normal rate. */
    public BigDecimal extraRate() {
        return extraRate == null ? rate : extraRate;
    }
}
