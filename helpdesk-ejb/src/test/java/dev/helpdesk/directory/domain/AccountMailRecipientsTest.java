package dev.helpdesk.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountMailRecipientsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void eachKindStartsAsTheHelpDeskMailedBeforeAnyoneChose() {
        assertTrue(new AccountMailRecipients(AccountMail.JOB_FAILED).reaches(7), "job failures: every administrator");
        for (AccountMail kind : List.of(AccountMail.SLA_ALERT, AccountMail.SECURITY_NOTICE,
                AccountMail.OWNER_CHANGED)) {
            assertFalse(new AccountMailRecipients(kind).reaches(7), kind + ": only the people concerned");
        }
    }

    @Test
    void chosenAdministratorsAreReachedAndOthersAreNot() {
        AccountMailRecipients recipients = new AccountMailRecipients(AccountMail.JOB_FAILED);
        recipients.sendTo(false, List.of(3L, 9L), NOW);
        assertTrue(recipients.reaches(3));
        assertTrue(recipients.reaches(9));
        assertFalse(recipients.reaches(7));
        assertEquals(Set.of(3L, 9L), recipients.agentIds());
    }

    @Test
    void everyAdministratorOverridesTheChoiceAndAnEmptyChoiceReachesNobody() {
        AccountMailRecipients recipients = new AccountMailRecipients(AccountMail.SLA_ALERT);
        recipients.sendTo(true, List.of(3L), NOW);
        assertTrue(recipients.reaches(7));
        recipients.sendTo(false, List.of(), NOW);
        assertFalse(recipients.reaches(3), "the previous choice is replaced, not added to");
        assertFalse(recipients.reaches(7));
    }
}
