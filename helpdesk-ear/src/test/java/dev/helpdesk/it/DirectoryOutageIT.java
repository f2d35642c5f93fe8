package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.demo.DemoDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The company directory down, as the server lives it: first refusing connections, then frozen (a socket in this
 * test takes the directory's port, accepts connections and never answers). A directory user's login is refused as
 * "the directory did not answer" within one bounded wait (the connection timeout plus the read timeout, 5 + 10 s),
 * not one wait per step; the server log gets one warning for the whole outage, no stack trace per login, and one
 * line when the directory answers again, after which the user signs in.
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class DirectoryOutageIT {

    private static final String AD_PASSWORD = "Ad-Secret-2026";
    /** The connection timeout plus the read timeout of the server's directory settings. */
    private static final Duration BOUND = Duration.ofSeconds(5 + 10);
    /** What a page load and the login's other work may add. */
    private static final Duration SLACK = Duration.ofSeconds(4);
    private static final String DOWN = "The company directory (LDAP) does not answer";
    private static final String BACK = "The company directory (LDAP) answers again";

    private static TestAccount account;

    @BeforeAll
    static void directory() {
        Directory.started();
        Mailbox.started();
        account = new TestAccount(TicketApiIT.BASE_URL);
    }

    @Test
    void aDirectoryDownOrFrozenRefusesLoginsWithinTheBoundAndIsLoggedOncePerOutage() throws Exception {
        String accountName = "vdias" + account.suffix;
        String mail = "vera.dias" + account.suffix + "@empresa.example";
        Directory.started().addActiveDirectoryUser("Vera Dias " + account.suffix, accountName,
                accountName + "@corp.empresa.example", mail, AD_PASSWORD);
        account.createDirectoryCustomer("Vera Dias", mail);
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/customer/tickets.xhtml", mail, AD_PASSWORD);
            assertTrue(browser.waitForText(By.tagName("h1"), "Meus chamados"), "the directory answers at first");
            browser.signOut();
        }
        long logStart = Files.size(serverLog());
        Directory.started().pause();
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            refusedWithinTheBound(browser, mail);
            refusedWithinTheBound(browser, accountName);
            try (FrozenDirectory frozen = FrozenDirectory.listening(DemoDirectory.DEFAULT_PORT)) {
                refusedWithinTheBound(browser, mail);
                refusedWithinTheBound(browser, accountName);
                assertTrue(frozen.accepted() > 0, "the logins reached the frozen directory");
            }
        } finally {
            Directory.started().resume();
        }
        try (Browser browser = Browsers.fresh(TicketApiIT.BASE_URL, "pt-BR")) {
            browser.signIn("/customer/tickets.xhtml", mail, AD_PASSWORD);
            assertTrue(browser.waitForText(By.tagName("h1"), "Meus chamados"), "back once the directory is");
        }

        List<String> logged = logSince(logStart);
        assertEquals(1, logged.stream().filter(line -> line.contains(DOWN)).count(), () -> String.join("\n", logged));
        assertEquals(1, logged.stream().filter(line -> line.contains(BACK)).count(), () -> String.join("\n", logged));
        assertEquals(List.of(), logged.stream().filter(line -> line.startsWith("\tat ")
                || line.contains("javax.naming.") && !line.contains(DOWN)).toList(), "no stack trace per login");
    }

    private static void refusedWithinTheBound(Browser browser, String login) {
        browser.open("/customer/tickets.xhtml");
        browser.type(By.id("loginForm:email"), login);
        browser.type(By.id("loginForm:password"), AD_PASSWORD);
        long start = System.nanoTime();
        browser.submit(By.id("loginForm:signIn"));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(browser.waitForText(By.cssSelector(".ui-messages-error-summary"),
                "O diretório da empresa não respondeu"), login);
        assertTrue(waited.compareTo(BOUND.plus(SLACK)) < 0, () -> login + " waited " + waited);
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("helpdesk.ear")).getParent().resolve("it-server/log/server.log");
    }

    private static List<String> logSince(long offset) throws IOException {
        byte[] all = Files.readAllBytes(serverLog());
        int from = (int) Math.min(offset, all.length);
        return new String(all, from, all.length - from, StandardCharsets.UTF_8).lines().toList();
    }

    /** A directory that accepts connections and never says a word, on the directory's port. */
    private static final class FrozenDirectory implements AutoCloseable {

        private final ServerSocket socket;
        private final List<Socket> connections = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        private FrozenDirectory(ServerSocket socket) {
            this.socket = socket;
            acceptor = new Thread(() -> {
                try {
                    while (!socket.isClosed()) {
                        connections.add(socket.accept());
                    }
                } catch (IOException closed) {
                    // closed by close()
                }
            }, "frozen-directory");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        static FrozenDirectory listening(int port) {
            try {
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(true);
                socket.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
                return new FrozenDirectory(socket);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int accepted() {
            return connections.size();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            acceptor.join(5000);
            for (Socket connection : connections) {
                connection.close();
            }
        }
    }
}
