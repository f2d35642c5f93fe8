package dev.helpdesk.shared.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DestinationPolicyTest {

    private static final InetAddress SERVER_LAN = address("10.0.0.5");
    private final DestinationPolicy policy = new DestinationPolicy(Set.of("Mail.Intranet", "localhost"),
            Set.of(8080, 9990), SERVER_LAN::equals);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.5.6.7", "::1", "0.0.0.0", "::", "169.254.169.254", "fe80::1",
            "fd00:ec2::254", "fc00::1", "100.100.100.200", "224.0.0.1", "255.255.255.255", "::127.0.0.1",
            "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "fec0::1"})
    void internalAddressesAreRefused(String internal) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> policy.require("url", "hooks.example.com", 443, address(internal)));
        assertEquals("url", refused.field());
        assertEquals(DestinationPolicy.INTERNAL, refused.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "10.1.2.3", "192.168.0.10", "172.16.4.4", "2606:4700::1111"})
    void publicAndCompanyNetworksAreAllowed(String allowed) {
        assertDoesNotThrow(() -> policy.require("url", "hooks.example.com", 443, address(allowed)));
    }

    @Test
    void oneInternalAddressAmongSeveralIsEnough() {
        assertThrows(InvalidInputException.class, () -> policy.require("host", "mixed.example.com", 993,
                address("93.184.216.34"), address("127.0.0.1")));
    }

    @Test
    void theServersOwnAddressesCountAsInternal() {
        assertThrows(InvalidInputException.class, () -> policy.require("url", "me.example.com", 8443, SERVER_LAN));
    }

    @Test
    void aNamedHostMayBeInternalButNeverTheServersOwnPort() {
        assertDoesNotThrow(() -> policy.require("host", "mail.intranet.", 143, address("127.0.0.1")));
        assertDoesNotThrow(() -> policy.require("url", "LOCALHOST", 8181, address("127.0.0.1")));
        InvalidInputException ownPort = assertThrows(InvalidInputException.class,
                () -> policy.require("url", "localhost", 9990, address("127.0.0.1")));
        assertEquals(DestinationPolicy.OWN_PORT, ownPort.messageKey());
        assertThrows(InvalidInputException.class, () -> policy.require("url", "localhost", 8080, SERVER_LAN));
        assertTrue(policy.isNamedInternal("[LocalHost]"));
        assertFalse(policy.isNamedInternal("127.0.0.1"));
    }

    @Test
    void aNameIsMatchedAsWrittenNotByWhatItResolvesTo() {
        assertThrows(InvalidInputException.class, () -> policy.require("url", "127.0.0.1", 80, address("127.0.0.1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2130706433", "0x7f000001", "0x7f.0.0.1", "0177.0.0.1", "127.1", "127.0.1", "017700000001",
            "127.000.000.001"})
    void numbersThatAreNoDottedQuadAreRefused(String host) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> policy.requireCanonical("url", host));
        assertEquals(DestinationPolicy.NUMERIC, refused.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "hooks.example.com", "cafe.dead", "0x.example.com", "1password.com",
            "[::1]", "123.example"})
    void namesAndDottedQuadsAreWritten(String host) {
        assertDoesNotThrow(() -> policy.requireCanonical("url", host));
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
