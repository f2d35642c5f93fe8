package dev.helpdesk.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

class MailSenderTest {

    private static final InternetAddress ACCOUNT_FROM = address("Help desk <helpdesk@example.com>");

    @Test
    void theAccountsSenderChangesNothing() throws Exception {
        assertFalse(MailSender.ACCOUNT.setsFrom());
        assertNull(MailSender.ACCOUNT.replyToAddress());
        assertFalse(new MailSender(" ", "", null).setsFrom(), "blank is the account's");
    }

    @Test
    void aDepartmentsAddressAndNameMakeTheFrom() throws Exception {
        MailSender sender = new MailSender("financeiro@example.com", "Financeiro — Cobrança", "fin-in@example.com");
        assertTrue(sender.setsFrom());
        InternetAddress from = sender.from(ACCOUNT_FROM);
        assertEquals("financeiro@example.com", from.getAddress());
        assertEquals("Financeiro — Cobrança", from.getPersonal());
        assertTrue(from.toString().startsWith("=?UTF-8?"), "a non-ASCII name is encoded: " + from);
        assertEquals("fin-in@example.com", sender.replyToAddress().getAddress());
    }

    @Test
    void aNameAloneGoesWithTheAccountsAddress() throws Exception {
        InternetAddress from = new MailSender(null, "Suporte", null).from(ACCOUNT_FROM);
        assertEquals("helpdesk@example.com", from.getAddress());
        assertEquals("Suporte", from.getPersonal());
    }

    @Test
    void anAddressAloneHasNoName() throws Exception {
        InternetAddress from = new MailSender("rh@example.com", null, null).from(ACCOUNT_FROM);
        assertEquals("rh@example.com", from.getAddress());
        assertNull(from.getPersonal());
    }

    private static InternetAddress address(String text) {
        try {
            return new InternetAddress(text, true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
