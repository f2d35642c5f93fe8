package dev.helpdesk.security.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Roles;
import org.junit.jupiter.api.Test;

class IpRestrictionTest {

    @Test
    void aCidrBlockHoldsItsBoundsAndNothingBeyond() {
        IpRange block = IpRange.parse("f", "192.168.10.0/24");
        assertTrue(block.contains("192.168.10.0"));
        assertTrue(block.contains("192.168.10.255"));
        assertFalse(block.contains("192.168.9.255"));
        assertFalse(block.contains("192.168.11.0"));
        assertTrue(IpRange.parse("f", "10.1.2.3/32").contains("10.1.2.3"));
        assertFalse(IpRange.parse("f", "10.1.2.3/32").contains("10.1.2.4"));
        assertTrue(IpRange.parse("f", "0.0.0.0/0").contains("255.255.255.255"));
        assertTrue(IpRange.parse("f", "10.1.2.77/30").contains("10.1.2.76"), "host bits are ignored");
    }

    @Test
    void aFromToRangeIncludesBothEnds() {
        IpRange range = IpRange.parse("f", "10.0.0.10-10.0.1.5");
        assertFalse(range.contains("10.0.0.9"));
        assertTrue(range.contains("10.0.0.10"));
        assertTrue(range.contains("10.0.0.255"));
        assertTrue(range.contains("10.0.1.5"));
        assertFalse(range.contains("10.0.1.6"));
    }

    @Test
    void badRulesAreRefusedByField() {
        for (String bad : new String[] {"10.0.0.256", "10.0.0", "10.0.0.0/33", "10.0.0.9-10.0.0.1", "host.example",
                "10.0.0.0/x"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> IpAllowList.parse("agentAllowList", "10.0.0.1\n" + bad), bad);
            assertEquals("agentAllowList", e.field());
        }
        assertFalse(IpRange.parse("f", "10.0.0.0/8").contains("::1"), "an IPv6 client never matches a rule");
    }

    @Test
    void anEmptyListLetsEveryoneInAndEachGroupHasItsOwn() {
        AccessRules rules = AccessRules.parse("10.0.0.0/8, 192.168.0.1", "", null);
        assertTrue(rules.allows(Roles.AGENT, "10.200.0.1"));
        assertTrue(rules.allows(Roles.ADMIN, "192.168.0.1"));
        assertFalse(rules.allows(Roles.MANAGER, "192.168.0.2"));
        assertTrue(rules.allows(Roles.CUSTOMER, "203.0.113.9"));
        assertEquals("10.0.0.0/8\n192.168.0.1", rules.agents().text());
    }

    @Test
    void theForwardedHeaderCountsOnlyFromATrustedProxy() {
        IpAllowList proxies = IpAllowList.parse("trustedProxies", "10.0.0.2, 10.0.0.3");
        assertEquals("203.0.113.7", ClientAddress.of("10.0.0.2", "203.0.113.7", proxies));
        assertEquals("198.51.100.1", ClientAddress.of("198.51.100.1", "10.9.9.9", proxies),
                "a header from an untrusted address is ignored");
        assertEquals("203.0.113.7", ClientAddress.of("10.0.0.2", "203.0.113.7, 10.0.0.3", proxies),
                "proxies in the chain are skipped from the right");
        assertEquals("10.66.0.1", ClientAddress.of("10.0.0.2", "1.2.3.4, 10.66.0.1", proxies),
                "what the client itself wrote on the left is not believed");
        assertEquals("10.0.0.2", ClientAddress.of("10.0.0.2", "10.9.9.9", IpAllowList.EVERYONE),
                "no trusted proxy: the header is never believed");
    }
}
