package dev.helpdesk.web.directory.panel;

import dev.helpdesk.directory.application.AccountMailChoice;
import dev.helpdesk.directory.application.AccountMailRecipientsService;
import dev.helpdesk.directory.application.AgentView;
import dev.helpdesk.directory.application.DirectoryAdminService;
import dev.helpdesk.directory.domain.AccountMail;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Management › Account settings, account e-mails (C4): for each kind of mail about the account (SLA alerts, job
 * failures, security notices, owner changes), whether every administrator gets it or only those ticked.
 */
@Named
@ViewScoped
public class AccountMailsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "mailsForm";

    @EJB
    private AccountMailRecipientsService recipients;

    @EJB
    private DirectoryAdminService directoryAdmin;

    private List<Row> rows;
    private List<AgentView> administrators;

    /** One kind of mail as the form edits it. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final AccountMail kind;
        private boolean allAdministrators;
        private List<Long> agentIds;

        Row(AccountMailChoice choice) {
            this.kind = choice.kind();
            this.allAdministrators = choice.allAdministrators();
            this.agentIds = new ArrayList<>(choice.agentIds());
        }

        public AccountMail getKind() {
            return kind;
        }

        public boolean isAllAdministrators() {
            return allAdministrators;
        }

        public void setAllAdministrators(boolean allAdministrators) {
            this.allAdministrators = allAdministrators;
        }

        public List<Long> getAgentIds() {
            return agentIds;
        }

        public void setAgentIds(List<Long> agentIds) {
            this.agentIds = agentIds == null ? new ArrayList<>() : agentIds;
        }

        AccountMailChoice choice() {
            return new AccountMailChoice(kind, allAdministrators, allAdministrators ? List.of() : agentIds);
        }
    }

    @PostConstruct
    void load() {
        rows = recipients.current().stream().map(Row::new).toList();
        administrators = directoryAdmin.agents().stream()
                .filter(a -> a.active() && a.role() == AgentRole.ADMIN).toList();
    }

    public void save() {
        try {
            recipients.change(rows.stream().map(Row::choice).toList());
        } catch (InvalidInputException e) {
            String kind = e.field().contains(".") ? e.field().substring(0, e.field().indexOf('.')) : "";
            int index = rows.stream().map(r -> r.getKind().name()).toList().indexOf(kind);
            if (index < 0) {
                Messages.error(e.messageKey());
            } else {
                Messages.errorAt(FORM + ":kinds:" + index + ":agentIds", e.messageKey());
            }
            return;
        }
        load();
        Messages.info("admin.saved");
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<AgentView> getAdministrators() {
        return administrators;
    }
}
