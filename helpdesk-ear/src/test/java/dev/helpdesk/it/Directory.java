package dev.helpdesk.it;

import dev.helpdesk.demo.DemoDirectory;

/**
 * The company directory the tests' server verifies LDAP passwords against: the demo LDAP server on port 10389,
 * started once for the whole test run.
 */
final class Directory {

    private static DemoDirectory server;

    private Directory() {
    }

    static synchronized DemoDirectory started() {
        if (server == null) {
            server = DemoDirectory.start(DemoDirectory.DEFAULT_PORT);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }
}
