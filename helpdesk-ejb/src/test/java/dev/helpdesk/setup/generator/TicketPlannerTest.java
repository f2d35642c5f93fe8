package dev.helpdesk.setup.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.setup.generator.TicketPlan.Actor;
import dev.helpdesk.setup.generator.TicketPlan.Entry;
import dev.helpdesk.setup.generator.TicketPlan.Kind;
import dev.helpdesk.ticket.domain.TicketSituation;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TicketPlannerTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    private static List<TicketPlan> demo(long seed) {
        return new TicketPlanner(new SampleText(seed), new int[] {3, 2}, new int[] {2, 1}, 40).demo(200, NOW);
    }

    @Test
    void theDemoHoldsTwoHundredTicketsSplitByItsMix() {
        List<TicketPlan> plans = demo(2026);
        assertEquals(200, plans.size());
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        plans.forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
        assertEquals(TicketPlanner.DEMO_MIX, counts);
    }

    @Test
    void everySituationAnAgentSeesIsThere() {
        Set<TicketSituation> situations = demo(2026).stream().map(TicketPlan::situation).collect(Collectors.toSet());
        assertEquals(EnumSet.of(TicketSituation.NOT_STARTED, TicketSituation.WAITING_FOR_AGENT,
                TicketSituation.ANSWERED_WAITING_FOR_CUSTOMER, TicketSituation.CUSTOMER_REPLIED,
                TicketSituation.FINISHED), situations);
    }

    @Test
    void theSameSeedGivesTheSameTicketsAndAnotherSeedOthers() {
        assertEquals(demo(2026), demo(2026));
        assertNotEquals(demo(2026), demo(7));
    }

    @Test
    void datesLieInThePastSixWeeksOldestFirstAndEachHistoryInOrder() {
        List<TicketPlan> plans = demo(2026);
        Instant earliest = NOW.minus(TicketPlanner.DEMO_SPAN);
        Instant previous = earliest;
        for (TicketPlan plan : plans) {
            assertFalse(plan.opened().isBefore(previous), "oldest first");
            previous = plan.opened();
            Instant last = plan.opened();
            for (Entry entry : plan.history()) {
                assertFalse(entry.at().isBefore(last), () -> "history in order: " + plan);
                assertFalse(entry.at().isAfter(NOW), () -> "nothing in the future: " + plan);
                last = entry.at();
            }
            assertEquals(last, plan.updated());
            assertEquals(plan.isClosed(), plan.closedAt() != null);
        }
    }

    @Test
    void conversationsNotesSchedulesAndClosingsFollowTheDomain() {
        List<TicketPlan> plans = demo(2026);
        assertTrue(plans.stream().flatMap(p -> p.history().stream()).anyMatch(e -> e.internal()
                && "NOTE_ADDED".equals(e.event()) && e.actor() == Actor.AGENT), "internal notes");
        assertTrue(plans.stream().flatMap(p -> p.history().stream()).anyMatch(e -> !e.internal()
                && e.actor() == Actor.CUSTOMER && e.body() != null), "customer messages");
        for (TicketPlan plan : plans) {
            assertEquals("OPENED", plan.history().get(0).event());
            switch (plan.kind()) {
                case SCHEDULED -> {
                    assertTrue(plan.scheduledStart().isAfter(NOW));
                    assertNotNull(plan.agent());
                }
                case WAITING_FOR_CUSTOMER -> assertNotNull(plan.waitingSince());
                case CLOSED_FOR_INACTIVITY -> {
                    List<String> events = plan.history().stream().map(Entry::event).toList();
                    assertTrue(events.containsAll(List.of("ANSWERED", "AUTO_CLOSE_WARNED", "AUTO_CLOSED")));
                    assertEquals(TicketSituation.FINISHED, plan.situation());
                }
                case NOT_STARTED -> assertNull(plan.firstAnswer());
                default -> assertNotNull(plan.firstAnswer());
            }
            if (plan.kind() != Kind.SCHEDULED) {
                assertNull(plan.scheduledStart());
            }
        }
    }

    @Test
    void theScaleChecksFinishTheirShareOfTheOlderTickets() {
        TicketPlanner planner = new TicketPlanner(new SampleText(42), new int[] {4}, new int[] {5}, 100);
        int finished = 0;
        for (int i = 0; i < 10_000; i++) {
            Kind kind = planner.scaleKind(i, 10_000, 0.85);
            if (i >= 9_000) {
                assertNotEquals(Kind.FINISHED, kind, "the newest 10 % stay open");
            } else if (kind == Kind.FINISHED) {
                finished++;
            }
        }
        int share = finished;
        assertTrue(share > 7_400 && share < 7_900, () -> "finished " + share);
    }
}
