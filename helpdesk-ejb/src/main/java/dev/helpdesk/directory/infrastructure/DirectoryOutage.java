package dev.helpdesk.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Whether this server finds the company directory answering, so that an outage is written to the server log once:
 * one warning when the first attempt fails (however many logins fail after it) and one line when an attempt
 * succeeds again. Each node keeps its own, as each node has its own log and its own way to the directory.
 */
@ApplicationScoped
public class DirectoryOutage {

    private static final Logger LOG = Logger.getLogger(DirectoryOutage.class.getName());

    private final AtomicReference<Instant> downSince = new AtomicReference<>();

    /** An attempt failed; the first failure of an outage is logged, with its cause and without a stack trace. */
    public void failed(String cause, Instant now) {
        if (downSince.compareAndSet(null, now)) {
            LOG.warning("The company directory (LDAP) does not answer: " + cause + ". Directory users cannot sign in"
                    + " until it does; this is logged once for the outage, and again when it answers.");
        }
    }

    /** An attempt got an answer; the end of an outage is logged. */
    public void answered(Instant now) {
        Instant since = downSince.getAndSet(null);
        if (since != null) {
            LOG.info("The company directory (LDAP) answers again, after "
                    + Duration.between(since, now).toSeconds() + " s without answering.");
        }
    }

    public boolean isDown() {
        return downSince.get() != null;
    }
}
