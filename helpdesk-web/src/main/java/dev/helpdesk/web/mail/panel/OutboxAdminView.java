package dev.helpdesk.web.mail.panel;

import dev.helpdesk.mail.application.OutboxQuery;
import dev.helpdesk.mail.application.OutboxView;
import dev.helpdesk.mail.domain.OutboundMail;
import dev.helpdesk.web.common.panel.KeysetModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Management › Outbox: the e-mails the help desk sent and has to send, newest first, a page per query, optionally
 * only those in one state (waiting, being sent, sent, failed), with their attempts and last error.
 */
@Named
@ViewScoped
public class OutboxAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OutboxQuery outbox;

    private OutboundMail.State state;
    private OutboundMail.State applied;
    private KeysetModel<OutboxView> mails;

    @PostConstruct
    void load() {
        mails = new Mails();
    }

    public void filter() {
        applied = state;
        mails = new Mails();
    }

    /** The mails in the chosen state, newest first, by id. */
    private final class Mails extends KeysetModel<OutboxView> {

        private static final long serialVersionUID = 1L;

        @Override
        protected List<OutboxView> fetch(Long before, int limit) {
            return outbox.page(applied, null, before, limit);
        }

        @Override
        protected long key(OutboxView row) {
            return row.id();
        }
    }

    public KeysetModel<OutboxView> getMails() {
        return mails;
    }

    public OutboundMail.State[] getStates() {
        return OutboundMail.State.values();
    }

    public OutboundMail.State getState() {
        return state;
    }

    public void setState(OutboundMail.State state) {
        this.state = state;
    }
}
