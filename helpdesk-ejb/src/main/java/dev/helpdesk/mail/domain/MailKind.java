package dev.helpdesk.mail.domain;

/**
 * What kind of automatic mail the help desk sends, for the headers that keep automatic responders from answering
 * it (RFC 3834 and the headers mail programs read instead). Every mail the help desk sends is written by it, none by
 * a person's mail program, so every one is automatic.
 */
public enum MailKind {
    /** A notice the help desk writes of its own accord: a ticket's news, an alert, a link to confirm something. */
    NOTIFICATION("auto-generated", "bulk"),
    /** An answer to a mail received, such as the confirmation of a ticket a mail opened. */
    AUTO_REPLY("auto-replied", "auto_reply");

    private final String autoSubmitted;
    private final String precedence;

    MailKind(String autoSubmitted, String precedence) {
        this.autoSubmitted = autoSubmitted;
        this.precedence = precedence;
    }

    /** The value of {@code Auto-Submitted} (RFC 3834, section 5). */
    public String autoSubmitted() {
        return autoSubmitted;
    }

    /** The value of the older {@code Precedence} header, which vacation programs still read. */
    public String precedence() {
        return precedence;
    }
}
