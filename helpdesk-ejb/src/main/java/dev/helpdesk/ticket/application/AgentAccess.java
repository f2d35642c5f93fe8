package dev.helpdesk.ticket.application;

/** What an agent may do on a ticket they can see. */
public enum AgentAccess {
    /** Answer, add notes, assign, transfer, change status and priority, finish, reopen. */
    HANDLE,
    /** Write to the department as the agent who opened the internal ticket. */
    REQUESTER,
    /** Follow it only: a manager reading a team member's internal request. */
    READ_ONLY;

    public boolean mayHandle() {
        return this == HANDLE;
    }

    public boolean mayWrite() {
        return this != READ_ONLY;
    }
}
