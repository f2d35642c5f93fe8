package dev.helpdesk.directory.domain;

/**
 * The mails about the account rather than about one's own work (C4): administrators choose which administrators
 * get each kind. The people a mail concerns get theirs whatever is chosen.
 */
public enum AccountMail {
    /** An SLA deadline near or missed; the ticket's assignee and its department's managers always get it. */
    SLA_ALERT(false),
    /** A scheduled job's run failed; nobody else gets it, so at first every administrator does. */
    JOB_FAILED(true),
    /** An agent signed in from a device not seen before; the agent always gets it. */
    SECURITY_NOTICE(false),
    /** The account changed owner; the previous and the new owner always get it. */
    OWNER_CHANGED(false);

    private final boolean allAdministratorsAtFirst;

    AccountMail(boolean allAdministratorsAtFirst) {
        this.allAdministratorsAtFirst = allAdministratorsAtFirst;
    }

    /** Whether the kind goes to every administrator before anyone chose: as the help desk mailed before. */
    public boolean allAdministratorsAtFirst() {
        return allAdministratorsAtFirst;
    }
}
