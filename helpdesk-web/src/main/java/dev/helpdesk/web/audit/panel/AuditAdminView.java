package dev.helpdesk.web.audit.panel;

import dev.helpdesk.audit.application.AuditQuery;
import dev.helpdesk.audit.application.AuditVerification;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.audit.domain.AuditRecord;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.InstantConverter;
import dev.helpdesk.web.common.panel.KeysetModel;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Management › Audit log (D8): entries newest first, searched by who acted, what they did, on what and between which
 * days (in the account's time zone), a page per query; and the check of the hash chain end to end.
 */
@Named
@ViewScoped
public class AuditAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "auditForm";
    /** The kinds of object the audit log records, as the services name them. */
    private static final List<String> OBJECT_TYPES = List.of("account", "agent", "customer", "login",
            "permissionGroup", "ticket");

    @EJB
    private AuditQuery audit;

    private String actor;
    private String action;
    private String objectType;
    private String objectId;
    private LocalDate from;
    private LocalDate until;
    private Filter applied = new Filter(null, null, null, null, null, null);
    private KeysetModel<AuditRecord> entries;
    private AuditVerification verification;

    /** The search the table shows: what was typed when "search" was pressed. */
    private record Filter(String actor, String action, String objectType, String objectId, Instant from,
                          Instant until) implements Serializable {
    }

    @PostConstruct
    void load() {
        entries = new Entries();
    }

    public void search() {
        if (from != null && until != null && from.isAfter(until)) {
            Messages.fieldError(FORM, new InvalidInputException("until", "validation.audit.range"));
            return;
        }
        applied = new Filter(blankless(actor), blankless(action), blankless(objectType), blankless(objectId),
                from == null ? null : from.atStartOfDay(InstantConverter.accountZone()).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(InstantConverter.accountZone()).toInstant());
        entries = new Entries();
    }

    public void clear() {
        actor = null;
        action = null;
        objectType = null;
        objectId = null;
        from = null;
        until = null;
        search();
    }

    public void verify() {
        verification = audit.verify();
    }

    /** An action in the viewer's language. */
    public String actionLabel(String name) {
        return labelled("audit.action." + name, name);
    }

    /** A kind of object in the viewer's language. */
    public String objectLabel(String type) {
        return type == null ? "" : labelled("audit.object." + type, type);
    }

    private static String labelled(String key, String fallback) {
        String text = Messages.text(key);
        return text.equals(key) ? fallback : text;
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The entries of the applied search, newest first, by number. */
    private final class Entries extends KeysetModel<AuditRecord> {

        private static final long serialVersionUID = 1L;

        @Override
        protected List<AuditRecord> fetch(Long before, int limit) {
            return audit.search(applied.actor(), applied.action(), applied.objectType(), applied.objectId(),
                    applied.from(), applied.until(), before, limit);
        }

        @Override
        protected long key(AuditRecord row) {
            return row.seq();
        }
    }

    public KeysetModel<AuditRecord> getEntries() {
        return entries;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public List<String> getObjectTypes() {
        return OBJECT_TYPES;
    }

    public AuditVerification getVerification() {
        return verification;
    }

    /** The outcome of the last check, in words: how many entries were read, or the first one at fault. */
    public String getVerificationText() {
        if (verification == null) {
            return "";
        }
        return verification.intact() ? Messages.text("audit.intact", String.valueOf(verification.entries()))
                : Messages.text("audit.broken", String.valueOf(verification.firstBrokenSeq()));
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
