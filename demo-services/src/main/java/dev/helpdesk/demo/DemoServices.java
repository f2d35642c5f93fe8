package dev.helpdesk.demo;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the demo LDAP directory and mail server until the process is stopped. Ports come from the arguments
 * {@code ldapPort smtpPort imapPort}, defaulting to 10389, 3025 and 3143.
 */
public final class DemoServices {

    static final String SUPPORT_MAILBOX = "suporte@helpdesk.local";

    private DemoServices() {
    }

    public static void main(String[] args) throws InterruptedException {
        int ldapPort = port(args, 0, DemoDirectory.DEFAULT_PORT);
        int smtpPort = port(args, 1, DemoMailServer.DEFAULT_SMTP_PORT);
        int imapPort = port(args, 2, DemoMailServer.DEFAULT_IMAP_PORT);
        DemoDirectory directory = DemoDirectory.start(ldapPort);
        DemoMailServer mail = DemoMailServer.start(smtpPort, imapPort);
        // the support department's mailbox in the demo data: write to it and a ticket opens
        mail.greenMail().setUser(SUPPORT_MAILBOX, SUPPORT_MAILBOX, "demo12345");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.close();
            directory.close();
            stopped.countDown();
        }));
        System.out.printf("Demo LDAP directory on ldap://127.0.0.1:%d (%s)%n", ldapPort, DemoDirectory.BASE_DN);
        System.out.printf("Demo mail server: SMTP 127.0.0.1:%d, IMAP 127.0.0.1:%d; support mailbox %s%n", smtpPort,
                imapPort, SUPPORT_MAILBOX);
        stopped.await();
    }

    private static int port(String[] args, int index, int defaultPort) {
        return args.length > index ? Integer.parseInt(args[index]) : defaultPort;
    }
}
