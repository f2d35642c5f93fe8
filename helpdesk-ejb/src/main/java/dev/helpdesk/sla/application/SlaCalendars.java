package dev.helpdesk.sla.application;

import dev.helpdesk.calendar.domain.Holiday;
import dev.helpdesk.calendar.domain.WorkCalendar;
import dev.helpdesk.calendar.domain.WorkShift;
import dev.helpdesk.shared.infrastructure.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;

/** The working calendars SLA clocks count in: a shift, every holiday, the account's time zone. */
@Dependent
public class SlaCalendars {

    private static final ZoneId ZONE = ZoneId.of(Settings.get("timezone", "America/Sao_Paulo"));

    @PersistenceContext
    private EntityManager em;

    /** Read each time: the beans holding this one are pooled, and an administrator may add a holiday any time. */
    public WorkCalendar of(WorkShift shift) {
        return of(shift, holidays());
    }

    /** For many clocks at once: the holidays read once. */
    public WorkCalendar of(WorkShift shift, List<Holiday> holidays) {
        return new WorkCalendar(shift, holidays, ZONE);
    }

    public List<Holiday> holidays() {
        return em.createQuery("SELECT h FROM Holiday h", Holiday.class).getResultList();
    }

    /** The shift a rule names, or the account's default shift. */
    public WorkShift shiftOr(WorkShift named) {
        return named != null ? named
                : em.createQuery(WorkShift.DEFAULT_SHIFT, WorkShift.class).getSingleResult();
    }

    public static ZoneId zone() {
        return ZONE;
    }
}
