package dev.helpdesk.tools;

import dev.helpdesk.inbound.domain.MailParser;
import dev.helpdesk.inbound.domain.MalformedMailException;
import dev.helpdesk.setup.generator.SampleText;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Messages per second from a loaded IMAP mailbox to committed tickets, next to the rate of parsing the same
 * messages alone. Writes the messages into the Maildir of an IMAP server's user (the script runs Dovecot on it),
 * registers that user as a mailbox of the running help desk through the API, and counts committed messages in the
 * database until all are in.
 *
 * <pre>
 * InboundMailBenchmark --api URL --token TOKEN --db JDBC-URL --department ID --category ID --maildir DIR
 *                      --user LOGIN --password PASSWORD [--imap-port P] [--messages N]
 * </pre>
 */
public final class InboundMailBenchmark {

    private InboundMailBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String api = option(args, "--api", null);
        String token = option(args, "--token", null);
        String db = option(args, "--db", null);
        long department = Long.parseLong(option(args, "--department", null));
        long category = Long.parseLong(option(args, "--category", null));
        Path maildir = Path.of(option(args, "--maildir", null));
        String user = option(args, "--user", null);
        String password = option(args, "--password", null);
        int imapPort = Integer.parseInt(option(args, "--imap-port", "3343"));
        int count = Integer.parseInt(option(args, "--messages", "5000"));

        List<byte[]> messages = messages(count);
        long bytes = messages.stream().mapToLong(m -> m.length).sum();
        System.out.printf("%d messages, %.1f MB (a third each: plain text, HTML only, text with a 20 KB PDF; "
                + "encoded headers)%n", count, bytes / 1e6);
        double parseRate = parseRate(messages);

        for (int i = 0; i < messages.size(); i++) {
            Files.write(maildir.resolve("new").resolve(System.currentTimeMillis() + ".bench" + i + ".localhost"),
                    messages.get(i));
        }
        long before = committed(db);
        long start = System.nanoTime();
        createMailbox(api, token, user, password, department, category, imapPort);
        long done;
        do {
            Thread.sleep(200);
            done = committed(db) - before;
        } while (done < count);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("mailbox to committed tickets: %d messages in %.1f s = %.0f messages/s "
                + "(includes up to 5 s until the first visit)%n", count, seconds, count / seconds);
        System.out.printf("parse only:                   %.0f messages/s%n", parseRate);
    }

    /** The same messages parsed in a loop, after a warm-up round; the best of three rounds. */
    private static double parseRate(List<byte[]> messages) throws MalformedMailException {
        double best = 0;
        for (int round = 0; round < 4; round++) {
            long start = System.nanoTime();
            for (byte[] raw : messages) {
                MailParser.parse(raw);
            }
            double rate = messages.size() / ((System.nanoTime() - start) / 1e9);
            if (round > 0) {
                best = Math.max(best, rate);
            }
        }
        return best;
    }

    private static List<byte[]> messages(int count) {
        SampleText sample = new SampleText(42);
        List<byte[]> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String from = "cliente" + sample.nextInt(200) + "@empresa.example";
            String headers = "From: =?UTF-8?Q?Cliente_N=C2=BA_" + i + "?= <" + from + ">\r\n"
                    + "To: suporte@benchmark.test\r\n"
                    + "Subject: =?UTF-8?B?" + base64("Solicitação nº " + i + " — " + sample.subject())
                    + "?=\r\nMessage-ID: <bench-" + i + "-" + System.nanoTime() + "@client.example>\r\n"
                    + "MIME-Version: 1.0\r\n";
            String text = sample.message();
            String body = switch (i % 3) {
                case 0 -> "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n";
                case 1 -> "Content-Type: text/html; charset=UTF-8\r\n\r\n<html><body><p>" + text
                        + "</p><p><a href=\"https://empresa.example/x\">detalhes</a></p></body></html>\r\n";
                default -> "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n--b\r\n"
                        + "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
                        + "Content-Disposition: attachment; filename*=UTF-8''relat%C3%B3rio-" + i + ".pdf\r\n\r\n"
                        + Base64.getMimeEncoder().encodeToString(new byte[20_000]) + "\r\n--b--\r\n";
            };
            messages.add((headers + body).getBytes(StandardCharsets.UTF_8));
        }
        return messages;
    }

    private static void createMailbox(String api, String token, String user, String password, long department,
                                      long category, int imapPort) throws Exception {
        String json = "{\"address\":\"" + user + "\",\"departmentId\":" + department + ",\"categoryId\":"
                + category + ",\"host\":\"127.0.0.1\",\"port\":" + imapPort + ",\"security\":\"NONE\","
                + "\"username\":\"" + user + "\",\"password\":\"" + password + "\",\"pollSeconds\":5}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api + "/mail-channel/mailboxes")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("creating the mailbox failed: " + response.statusCode() + " "
                    + response.body());
        }
    }

    private static long committed(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", System.getenv()
                .getOrDefault("PGPASSWORD", "postgres"));
             ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM inbound_message")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return fallback;
    }
}
