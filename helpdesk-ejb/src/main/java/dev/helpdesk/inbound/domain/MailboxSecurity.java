package dev.helpdesk.inbound.domain;

/** How the connection to the IMAP server is protected: none, upgraded with STARTTLS, or TLS from the start. */
public enum MailboxSecurity {
    NONE, STARTTLS, SSL;

    public int defaultPort() {
        return this == SSL ? 993 : 143;
    }
}
