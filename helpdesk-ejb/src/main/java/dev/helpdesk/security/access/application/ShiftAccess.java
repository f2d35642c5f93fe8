package dev.helpdesk.security.access.application;

import dev.helpdesk.calendar.domain.WorkCalendar;
import dev.helpdesk.calendar.domain.WorkShift;
import dev.helpdesk.shared.infrastructure.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Work-shift access (D4): an agent bound to a work shift may sign in, and stay signed in, only inside its hours
 * (in the account's time zone; holidays do not close it). Checked on every request, so an agent whose shift ends
 * is out at the next one.
 */
@Stateless
@LocalBean
@PermitAll
public class ShiftAccess {

    private static final ZoneId ZONE = ZoneId.of(Settings.get("timezone", "America/Sao_Paulo"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Whether the agent with this login may use the help desk now; anyone not bound to a shift always may. */
    public boolean allowsNow(String loginName) {
        List<Long> shift = em.createQuery("SELECT a.accessShiftId FROM Agent a WHERE a.email = :email "
                        + "AND a.accessShiftId IS NOT NULL", Long.class)
                .setParameter("email", loginName.toLowerCase(Locale.ROOT)).getResultList();
        if (shift.isEmpty()) {
            return true;
        }
        WorkShift workShift = em.find(WorkShift.class, shift.get(0));
        return workShift == null || new WorkCalendar(workShift, List.of(), ZONE).isWorking(clock.instant());
    }
}
