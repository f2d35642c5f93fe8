package dev.helpdesk.mail.domain;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Whom a mail comes from and where its answers go: a department's own sender address and name, and the address of
 * the mailbox that feeds it. What is left null is the account's (the mail session's {@code from}), and no
 * {@code Reply-To} without a mailbox.
 *
 * @param fromAddress the From address, or null for the account's
 * @param fromName the name shown with it, or null for none (the account's address with a department's name when
 *                 only the name is set)
 * @param replyTo the address answers go to, or null for the From address
 */
public record MailSender(String fromAddress, String fromName, String replyTo) {

    /** The account's From as the mail session has it, and no Reply-To. */
    public static final MailSender ACCOUNT = new MailSender(null, null, null);

    public MailSender {
        fromAddress = blankToNull(fromAddress);
        fromName = blankToNull(fromName);
        replyTo = blankToNull(replyTo);
    }

    /** Whether it changes the From the account's mail session writes. */
    public boolean setsFrom() {
        return fromAddress != null || fromName != null;
    }

    /**
     * The From of the mail: this sender's address (else {@code accountFrom}'s) with this sender's name (else
     * {@code accountFrom}'s, as the mail session writes it). Null when neither names an address: the session's own.
     */
    public InternetAddress from(InternetAddress accountFrom) throws AddressException {
        String address = fromAddress != null ? fromAddress : accountFrom == null ? null : accountFrom.getAddress();
        if (address == null) {
            return null;
        }
        String name = fromName != null ? fromName : fromAddress == null && accountFrom != null
                ? accountFrom.getPersonal() : null;
        InternetAddress from = new InternetAddress(address, true);
        if (name != null) {
            try {
                from.setPersonal(name, StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return from;
    }

    /** The Reply-To of the mail, or null for none. */
    public InternetAddress replyToAddress() throws AddressException {
        return replyTo == null ? null : new InternetAddress(replyTo, true);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
