package dev.helpdesk.setup.generator;

import dev.helpdesk.setup.generator.TicketPlan.Actor;
import dev.helpdesk.setup.generator.TicketPlan.Entry;
import dev.helpdesk.setup.generator.TicketPlan.Kind;
import dev.helpdesk.ticket.domain.TicketSituation;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plans generated tickets from a seeded random source, so that the same seed gives the same tickets: the demo's
 * couple of hundred of the past weeks in every situation, and the scale checks' millions over two years. Each
 * ticket's history follows what the domain records: opened by the customer, answered by an agent, replied to,
 * noted internally, scheduled, finished, reopened, warned and closed for inactivity.
 */
public final class TicketPlanner {

    /** The demo's share of each situation, out of 200. */
    public static final Map<Kind, Integer> DEMO_MIX = demoMix();
    /** The demo's tickets were opened in the last six weeks. */
    public static final Duration DEMO_SPAN = Duration.ofDays(42);
    private static final Duration MOST_STEP = Duration.ofHours(12);
    static final String AUTO_CLOSE_NOTE = "Chamado encerrado automaticamente por falta de resposta do cliente.";

    private final SampleText text;
    private final int[] categoriesPerDepartment;
    private final int[] agentsPerDepartment;
    private final int customers;

    /**
     * @param categoriesPerDepartment how many categories each department has (its length is the departments')
     * @param agentsPerDepartment     how many agents handle each department (at least one each)
     */
    public TicketPlanner(SampleText text, int[] categoriesPerDepartment, int[] agentsPerDepartment, int customers) {
        this.text = text;
        this.categoriesPerDepartment = categoriesPerDepartment.clone();
        this.agentsPerDepartment = agentsPerDepartment.clone();
        this.customers = customers;
    }

    /**
     * The demo's tickets, oldest first: {@code count} split by {@link #DEMO_MIX}, the open ones of the last ten
     * days, the closed ones of the last six weeks, scheduled ones starting in the next days.
     */
    public List<TicketPlan> demo(int count, Instant now) {
        int total = DEMO_MIX.values().stream().mapToInt(Integer::intValue).sum();
        List<Kind> kinds = new ArrayList<>();
        DEMO_MIX.forEach((kind, share) -> {
            for (int i = 0; i < Math.round((double) share * count / total); i++) {
                kinds.add(kind);
            }
        });
        while (kinds.size() > count) {
            kinds.remove(kinds.size() - 1);
        }
        while (kinds.size() < count) {
            kinds.add(Kind.FINISHED);
        }
        Collections.shuffle(kinds, new Random(text.nextInt(Integer.MAX_VALUE)));
        List<TicketPlan> plans = new ArrayList<>();
        for (Kind kind : kinds) {
            Duration age = switch (kind) {
                case NOT_STARTED, SCHEDULED -> minutes(30, 3 * 24 * 60);
                case WAITING_FOR_AGENT, CUSTOMER_REPLIED -> minutes(6 * 60, 10 * 24 * 60);
                // answered within the last two days: not yet due for the auto-close warning
                case WAITING_FOR_CUSTOMER -> minutes(3 * 60, 2 * 24 * 60);
                case CLOSED_FOR_INACTIVITY -> minutes(7 * 24 * 60, DEMO_SPAN.toMinutes());
                case FINISHED -> minutes(24 * 60, DEMO_SPAN.toMinutes());
            };
            plans.add(plan(kind, now.minus(age), now));
        }
        plans.sort(Comparator.comparing(TicketPlan::opened));
        return plans;
    }

    /**
     * The scale checks' situation for ticket {@code i} of {@code count}: of the older 90 %, {@code finishedShare}
     * finished; the rest not started, waiting on the customer or replied to.
     */
    public Kind scaleKind(int i, int count, double finishedShare) {
        if (i < count * 0.9 && text.nextDouble() < finishedShare) {
            return Kind.FINISHED;
        }
        return switch (text.nextInt(4)) {
            case 0 -> Kind.NOT_STARTED;
            case 1, 3 -> Kind.WAITING_FOR_CUSTOMER;
            default -> Kind.CUSTOMER_REPLIED;
        };
    }

    /** One ticket of the given kind opened at {@code opened}, its history no later than {@code now}. */
    public TicketPlan plan(Kind kind, Instant opened, Instant now) {
        int department = text.nextInt(categoriesPerDepartment.length);
        int category = text.nextInt(categoriesPerDepartment[department]);
        int customer = text.nextInt(customers);
        int agents = agentsPerDepartment[department];
        Integer agent = kind == Kind.NOT_STARTED && text.nextDouble() < 0.5 ? null : text.nextInt(agents);
        int priority = 1 + text.nextInt(4);
        String channel = text.nextDouble() < 0.6 ? "CUSTOMER_PANEL" : "API";
        String subject = text.subject();
        String message = text.message();
        String publicId = text.publicId();

        List<Entry> history = new ArrayList<>();
        Clock clock = new Clock(opened, now);
        history.add(new Entry("OPENED", Actor.CUSTOMER, null, false, null, "NOT_STARTED", opened));
        TicketSituation situation = TicketSituation.NOT_STARTED;
        Instant closedAt = null;
        Instant waitingSince = null;
        Instant warnedAt = null;
        Instant scheduled = null;
        if (kind != Kind.NOT_STARTED && kind != Kind.SCHEDULED && text.nextDouble() < 0.35) {
            history.add(new Entry("NOTE_ADDED", Actor.AGENT, text.note(), true, null, null, clock.next()));
        }
        switch (kind) {
            case NOT_STARTED -> { }
            case SCHEDULED -> {
                scheduled = now.plus(Duration.ofHours(2 + text.nextInt(72))).truncatedTo(ChronoUnit.HOURS);
                history.add(new Entry("SCHEDULED", Actor.AGENT, null, false, null, scheduled.toString(),
                        clock.next()));
            }
            case WAITING_FOR_CUSTOMER -> {
                situation = answer(history, situation, clock.next());
                waitingSince = last(history);
            }
            case CUSTOMER_REPLIED -> {
                situation = answer(history, situation, clock.next());
                situation = customerReply(history, situation, clock.next());
            }
            case WAITING_FOR_AGENT -> {
                situation = answer(history, situation, clock.next());
                situation = change(history, "FINISHED", Actor.AGENT, situation, TicketSituation.FINISHED,
                        clock.next());
                situation = change(history, "REOPENED", Actor.AGENT, situation, TicketSituation.WAITING_FOR_AGENT,
                        clock.next());
            }
            case FINISHED -> {
                situation = answer(history, situation, clock.next());
                if (text.nextDouble() < 0.5) {
                    situation = customerReply(history, situation, clock.next());
                    situation = answer(history, situation, clock.next());
                }
                situation = change(history, "FINISHED", Actor.AGENT, situation, TicketSituation.FINISHED,
                        clock.next());
                closedAt = last(history);
            }
            case CLOSED_FOR_INACTIVITY -> {
                situation = answer(history, situation, clock.next());
                Instant answered = last(history);
                warnedAt = answered.plus(Duration.ofDays(3));
                history.add(new Entry("AUTO_CLOSE_WARNED", Actor.SYSTEM, null, false, null, null, warnedAt));
                closedAt = warnedAt.plus(Duration.ofDays(2));
                history.add(new Entry("AUTO_CLOSED", Actor.SYSTEM, AUTO_CLOSE_NOTE, false, situation.name(),
                        TicketSituation.FINISHED.name(), closedAt));
                situation = TicketSituation.FINISHED;
                warnedAt = null;
            }
        }
        return new TicketPlan(kind, situation, publicId, channel, subject, message, department, category, customer,
                agent, priority, opened, last(history), closedAt, waitingSince, warnedAt, scheduled,
                List.copyOf(history));
    }

    private TicketSituation answer(List<Entry> history, TicketSituation from, Instant at) {
        history.add(new Entry("ANSWERED", Actor.AGENT, text.reply(), false, from.name(),
                TicketSituation.ANSWERED_WAITING_FOR_CUSTOMER.name(), at));
        return TicketSituation.ANSWERED_WAITING_FOR_CUSTOMER;
    }

    private TicketSituation customerReply(List<Entry> history, TicketSituation from, Instant at) {
        history.add(new Entry("CUSTOMER_REPLIED", Actor.CUSTOMER, text.reply(), false, from.name(),
                TicketSituation.CUSTOMER_REPLIED.name(), at));
        return TicketSituation.CUSTOMER_REPLIED;
    }

    private static TicketSituation change(List<Entry> history, String event, Actor actor, TicketSituation from,
                                          TicketSituation to, Instant at) {
        history.add(new Entry(event, actor, null, false, from.name(), to.name(), at));
        return to;
    }

    private static Instant last(List<Entry> history) {
        return history.get(history.size() - 1).at();
    }

    private Duration minutes(long least, long most) {
        return Duration.ofMinutes(least + text.nextInt((int) (most - least)));
    }

    private static Map<Kind, Integer> demoMix() {
        Map<Kind, Integer> mix = new EnumMap<>(Kind.class);
        mix.put(Kind.NOT_STARTED, 20);
        mix.put(Kind.WAITING_FOR_AGENT, 12);
        mix.put(Kind.WAITING_FOR_CUSTOMER, 24);
        mix.put(Kind.CUSTOMER_REPLIED, 18);
        mix.put(Kind.SCHEDULED, 6);
        mix.put(Kind.FINISHED, 100);
        mix.put(Kind.CLOSED_FOR_INACTIVITY, 20);
        return Collections.unmodifiableMap(mix);
    }

    /** The times of a ticket's history: each step a while after the last, never past now. */
    private final class Clock {
        private Instant last;
        private final Duration step;
        private final Instant now;

        Clock(Instant opened, Instant now) {
            this.last = opened;
            this.now = now;
            // the steps of tickets opened minutes ago are minutes apart, of older ones hours
            Duration eighth = Duration.between(opened, now).dividedBy(8);
            this.step = eighth.compareTo(MOST_STEP) < 0 ? eighth : MOST_STEP;
        }

        Instant next() {
            long most = Math.max(1, step.toSeconds());
            Instant at = last.plusSeconds(1 + text.nextInt((int) Math.min(most, Integer.MAX_VALUE - 1)));
            last = at.isAfter(now) ? now : at;
            return last;
        }
    }
}
