package dev.helpdesk.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the application, so that time-dependent rules can be tested with a fixed or shifted one. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock applicationClock() {
        return new ShiftableClock();
    }
}
