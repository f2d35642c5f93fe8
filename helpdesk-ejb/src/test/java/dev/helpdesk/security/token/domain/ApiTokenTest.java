package dev.helpdesk.security.token.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.Credentials;
import dev.helpdesk.directory.domain.GroupPermissions;
import dev.helpdesk.directory.domain.PermissionGroup;
import dev.helpdesk.directory.domain.TicketVisibility;
import dev.helpdesk.shared.domain.Language;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private final Agent agent = new Agent("Sam", "Sam@Example.com", AgentRole.AGENT,
            new PermissionGroup("Default", new GroupPermissions(TicketVisibility.LINKED_DEPARTMENTS, true, true,
                    false, false, false, Set.of())), Credentials.directory(), Language.EN, Instant.EPOCH);

    @Test
    void issuedSecretsAreLongRandomAndStoredOnlyAsDigest() {
        ApiToken.Issued first = ApiToken.issueFor(agent, "ERP", Instant.EPOCH);
        ApiToken.Issued second = ApiToken.issueFor(agent, "ERP", Instant.EPOCH);
        assertTrue(first.secret().startsWith("hd_"));
        assertTrue(first.secret().length() >= 40);
        assertNotEquals(first.secret(), second.secret());
        assertEquals("sam@example.com", first.token().principalName());
    }

    @Test
    void digestIsSha256Hex() {
        assertEquals("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", ApiToken.digest("hello"));
    }

    @Test
    void revokingIsFinal() {
        ApiToken token = ApiToken.issueFor(agent, "ERP", Instant.EPOCH).token();
        token.revoke(Instant.EPOCH);
        assertTrue(token.isRevoked());
    }
}
