package dev.helpdesk.shared.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * UTC system time, moved by the ISO-8601 duration in the server's system property {@code helpdesk.clock.offset}
 * (e.g. {@code P3DT1M}) when one is set. It exists for acceptance tests and demonstrations of what happens days
 * later (auto-close, SLA breaches, scheduled notices) against a running server; it is read on every call, so
 * setting or removing the property through the management interface takes effect at once. Every change is logged
 * as a warning: a production server never has it set.
 */
final class ShiftableClock extends Clock {

    static final String OFFSET_PROPERTY = "helpdesk.clock.offset";
    private static final Logger LOG = Logger.getLogger(ShiftableClock.class.getName());

    private record Shift(String text, Duration offset) {
    }

    private volatile Shift shift = new Shift(null, Duration.ZERO);

    @Override
    public Instant instant() {
        return Instant.now().plus(offset());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset());
    }

    private Duration offset() {
        String text = System.getProperty(OFFSET_PROPERTY);
        Shift current = shift;
        if (text == null ? current.text() == null : text.equals(current.text())) {
            return current.offset();
        }
        Duration offset = parse(text);
        shift = new Shift(text, offset);
        LOG.warning(() -> "The application clock is now shifted by " + offset + " (" + OFFSET_PROPERTY + ")");
        return offset;
    }

    private static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            return Duration.ZERO;
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            LOG.severe(() -> OFFSET_PROPERTY + " is not an ISO-8601 duration: " + text + "; ignored");
            return Duration.ZERO;
        }
    }
}
