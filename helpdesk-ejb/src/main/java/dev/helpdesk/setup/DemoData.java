package dev.helpdesk.setup;

import dev.helpdesk.automation.domain.AutomationPolicy;
import dev.helpdesk.calendar.domain.WorkCalendar;
import dev.helpdesk.calendar.domain.WorkShift;
import dev.helpdesk.customfield.domain.CustomField;
import dev.helpdesk.customfield.domain.CustomFieldPlace;
import dev.helpdesk.customfield.domain.CustomFieldType;
import dev.helpdesk.directory.domain.Category;
import dev.helpdesk.directory.domain.Organization;
import dev.helpdesk.setup.generator.SampleText;
import dev.helpdesk.setup.generator.TicketPlan;
import dev.helpdesk.setup.generator.TicketPlanner;
import dev.helpdesk.setup.generator.TicketRows;
import dev.helpdesk.sla.application.SlaCalendars;
import dev.helpdesk.sla.domain.SlaClock;
import dev.helpdesk.ticket.domain.CannedResponse;
import dev.helpdesk.ticket.domain.TicketStatus;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.Credentials;
import dev.helpdesk.directory.domain.Customer;
import dev.helpdesk.directory.domain.Department;
import dev.helpdesk.directory.domain.PasswordHasher;
import dev.helpdesk.directory.domain.PermissionGroup;
import dev.helpdesk.inbound.domain.InboundMailbox;
import dev.helpdesk.inbound.domain.MailboxConnection;
import dev.helpdesk.inbound.domain.MailboxSecurity;
import dev.helpdesk.shared.domain.Language;
import dev.helpdesk.sla.domain.RuleKey;
import dev.helpdesk.sla.domain.RuleScope;
import dev.helpdesk.sla.domain.SlaRule;
import dev.helpdesk.sla.domain.SlaRuleKind;
import dev.helpdesk.ticket.domain.InactivityPolicy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The demo account (HELPDESK_DEMO=true): two departments with categories, an agent in each and a manager of the
 * support department, SLA rules for support (first response in 2 h, a 16 h deadline that pauses while waiting for
 * the customer), a customer with a local password and one whose password lives in the demo LDAP directory; and a
 * help desk in use: organizations (a group with two branches, and two companies on their own) with customers in
 * them, statuses of each department, canned responses, custom fields, and {@value #TICKETS} tickets of the past six
 * weeks in every situation, with conversations, internal notes and SLA clocks (many past due), written by the
 * same generator as the scale checks' data ({@link TicketPlanner}, {@link TicketRows}) from a fixed seed, so every
 * demo holds the same tickets at the same distance from its first start. Loaded once, into an empty help desk.
 */
@Dependent
public class DemoData {

    public static final String SUPPORT_AGENT = "agente@helpdesk.local";
    public static final String FINANCE_AGENT = "financeiro@helpdesk.local";
    public static final String SUPPORT_MANAGER = "gerente@helpdesk.local";
    public static final String LOCAL_CUSTOMER = "cliente@helpdesk.local";
    public static final String LDAP_CUSTOMER = "maria.souza@empresa.example";
    public static final String DEMO_PASSWORD = "demo12345";
    /** The support department's mailbox on the demo mail server (its IMAP login is the address, DEMO_PASSWORD). */
    public static final String SUPPORT_MAILBOX = "suporte@helpdesk.local";
    private static final int DEMO_IMAP_PORT = 3143;
    /** How many tickets the demo holds, and the seed they are drawn from. */
    public static final int TICKETS = 200;
    public static final long SEED = 2026;
    private static final int CUSTOMERS = 40;

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SlaCalendars calendars;

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    private DataSource dataSource;

    void loadInto(Agent admin) {
        long departments = em.createQuery("SELECT COUNT(d) FROM Department d", Long.class).getSingleResult();
        if (departments > 0) {
            return;
        }
        Instant now = clock.instant();
        Department support = new Department("Suporte Técnico", now);
        support.addCategory("Acesso e senhas");
        support.addCategory("Computadores e periféricos");
        support.addCategory("Sistemas internos");
        Department finance = new Department("Financeiro", now);
        finance.addCategory("Reembolsos");
        finance.addCategory("Notas fiscais");
        support.placeAt(1);
        finance.placeAt(2);
        em.persist(support);
        em.persist(finance);
        RuleKey supportTickets = new RuleKey(support.id(), null, null);
        SlaRule firstResponse = SlaRule.time(SlaRuleKind.FIRST_RESPONSE, RuleScope.general(), supportTickets, 2 * 60,
                false, null);
        SlaRule deadline = SlaRule.time(SlaRuleKind.DEADLINE, RuleScope.general(), supportTickets, 16 * 60, true,
                null);
        em.persist(firstResponse);
        em.persist(deadline);
        em.find(AutomationPolicy.class, AutomationPolicy.ID).change(new InactivityPolicy(true, 3, 2), 10, now);

        PermissionGroup group = em.createQuery(PermissionGroup.DEFAULT_GROUP, PermissionGroup.class)
                .getSingleResult();
        Agent supportAgent = agent("Ana Atendente", SUPPORT_AGENT, support, group, now);
        Agent financeAgent = agent("Fábio Financeiro", FINANCE_AGENT, finance, group, now);
        em.persist(supportAgent);
        em.persist(financeAgent);
        Agent manager = new Agent("Gabriela Gerente", SUPPORT_MANAGER, AgentRole.MANAGER, group, localPassword(),
                Language.PT_BR, now);
        manager.linkTo(support);
        em.persist(manager);
        Customer carlos = new Customer("Carlos Cliente", LOCAL_CUSTOMER, localPassword(), Language.PT_BR, now);
        Customer maria = new Customer("Maria Souza", LDAP_CUSTOMER, Credentials.directory("msouza"), Language.PT_BR,
                now);
        em.persist(carlos);
        em.persist(maria);
        em.persist(new InboundMailbox(SUPPORT_MAILBOX, support, support.categories().get(0),
                new MailboxConnection("localhost", DEMO_IMAP_PORT, MailboxSecurity.NONE, SUPPORT_MAILBOX,
                        DEMO_PASSWORD, "INBOX", null, 10), now));

        SampleText text = new SampleText(SEED);
        List<Customer> customers = organizationsAndCustomers(text, carlos, maria, now);
        statusesResponsesAndFields(support, finance, now);
        em.flush();
        long started = System.nanoTime();
        List<TicketPlan> plans = new TicketPlanner(text, new int[] {support.categories().size(),
            finance.categories().size()}, new int[] {2, 1}, customers.size()).demo(TICKETS, now);
        WorkShift shift = calendars.shiftOr(null);
        TicketRows.Ids ids = new TicketRows.Ids(new long[] {support.id(), finance.id()},
                new long[][] {categoryIds(support), categoryIds(finance)},
                new long[][] {{supportAgent.id(), manager.id()}, {financeAgent.id()}},
                customers.stream().mapToLong(Customer::id).toArray());
        Map<Integer, List<TicketRows.ClockRule>> rules = Map.of(0, List.of(
                new TicketRows.ClockRule("FIRST_RESPONSE", firstResponse.id(), shift.id(), false,
                        Duration.ofHours(2)),
                new TicketRows.ClockRule("DEADLINE", deadline.id(), shift.id(), true, Duration.ofHours(16))));
        try (Connection db = dataSource.getConnection()) {
            long first = TicketRows.reserveProtocols(db, plans.size());
            try (TicketRows rows = new TicketRows(db, ids, rules, dueTime(calendars.of(shift), now),
                    SlaCalendars.zone())) {
                for (int i = 0; i < plans.size(); i++) {
                    rows.add(first + i, plans.get(i));
                }
                rows.flush();
                rows.countOpenTickets();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The demo tickets could not be written", e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Loaded the demo data (administrator " + admin.email() + ", " + plans.size() + " tickets in "
                + millis + " ms)");
    }

    /**
     * A group with two branches, two companies on their own; the demo's customers spread over them (Maria Souza
     * manages the group, so she follows its branches' tickets too), a few without an organization.
     */
    private List<Customer> organizationsAndCustomers(SampleText text, Customer carlos, Customer maria, Instant now) {
        Organization group = new Organization("Grupo Souza", null, now);
        em.persist(group);
        List<Organization> organizations = new ArrayList<>(List.of(group,
                new Organization("Souza Comercial Filial Sul", group, now),
                new Organization("Souza Comercial Filial Norte", group, now),
                new Organization("Oliveira Logística", null, now),
                new Organization("Almeida Engenharia", null, now)));
        organizations.subList(1, organizations.size()).forEach(em::persist);
        maria.joinOrganization(group);
        maria.manageOrganization(true);
        carlos.joinOrganization(organizations.get(1));
        List<Customer> customers = new ArrayList<>(List.of(carlos, maria));
        String passwordHash = PasswordHasher.hash("password", DEMO_PASSWORD);
        for (int i = 0; i < CUSTOMERS - 2; i++) {
            String name = text.personName();
            Customer customer = new Customer(name, email(name, i), Credentials.local(passwordHash),
                    Language.PT_BR, now);
            if (i % 6 != 5) {
                customer.joinOrganization(organizations.get(i % organizations.size()));
            }
            em.persist(customer);
            customers.add(customer);
        }
        return customers;
    }

    private void statusesResponsesAndFields(Department support, Department finance, Instant now) {
        int position = 1;
        for (String name : List.of("Em análise", "Aguardando fornecedor", "Visita técnica agendada")) {
            TicketStatus status = new TicketStatus(support, name, now);
            status.placeAt(position++);
            status.exemptFromAutoClose("Aguardando fornecedor".equals(name));
            em.persist(status);
        }
        position = 1;
        for (String name : List.of("Em aprovação", "Pagamento programado")) {
            TicketStatus status = new TicketStatus(finance, name, now);
            status.placeAt(position++);
            em.persist(status);
        }
        em.persist(new CannedResponse("Reiniciar e testar", "Olá! Pode reiniciar o equipamento e testar novamente? "
                + "Se o problema continuar, responda a este chamado com uma foto da tela.", Set.of(support), now));
        em.persist(new CannedResponse("Senha redefinida", "Sua senha foi redefinida. No próximo acesso o sistema "
                + "pedirá uma senha nova.", Set.of(support), now));
        em.persist(new CannedResponse("Reembolso aprovado", "Seu reembolso foi aprovado e será pago na próxima "
                + "folha.", Set.of(finance), now));
        em.persist(new CannedResponse("Agradecimento", "Obrigado pelo contato! Qualquer dúvida, estamos à "
                + "disposição.", Set.of(support, finance), now));
        em.persist(new CustomField("Patrimônio do equipamento", CustomFieldPlace.TICKET_OPENING_EXTERNAL,
                CustomFieldType.TEXT, false, List.of(), support, 1));
        em.persist(new CustomField("Local de trabalho", CustomFieldPlace.TICKET_OPENING_EXTERNAL,
                CustomFieldType.LIST, false, List.of("Escritório", "Home office", "Filial"), null, 2));
        em.persist(new CustomField("Centro de custo", CustomFieldPlace.TICKET_OPENING_INTERNAL,
                CustomFieldType.TEXT, false, List.of(), finance, 3));
        em.persist(new CustomField("Ramal", CustomFieldPlace.CUSTOMER, CustomFieldType.TEXT, false, List.of(), null,
                4));
        em.persist(new CustomField("Contrato", CustomFieldPlace.ORGANIZATION, CustomFieldType.LIST, false,
                List.of("Básico", "Premium"), null, 5));
    }

    /** Due times as the SLA counts them: working time of the clock's shift, through the domain's own clock. */
    private static TicketRows.DueTime dueTime(WorkCalendar calendar, Instant now) {
        return (periods, target, stoppedAt) -> {
            SlaClock clock = SlaClock.startedAt(periods.get(0)[0], target);
            for (int i = 0; i < periods.size(); i++) {
                if (i > 0) {
                    clock.resume(periods.get(i)[0]);
                }
                if (periods.get(i)[1] != null) {
                    clock.pause(periods.get(i)[1]);
                }
            }
            if (stoppedAt != null) {
                clock.stop(stoppedAt);
            }
            return clock.isRunning() || clock.isStopped() ? clock.due(calendar, now) : null;
        };
    }

    private static long[] categoryIds(Department department) {
        return department.categories().stream().mapToLong(Category::id).toArray();
    }

    private static String email(String name, int number) {
        String[] parts = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).split(" ");
        return parts[0] + "." + parts[parts.length - 1] + "." + (number + 1) + "@clientes.example";
    }

    private static Agent agent(String name, String email, Department department, PermissionGroup group,
                               Instant now) {
        Agent agent = new Agent(name, email, AgentRole.AGENT, group, localPassword(), Language.PT_BR, now);
        agent.linkTo(department);
        return agent;
    }

    private static Credentials localPassword() {
        return Credentials.local(PasswordHasher.hash("password", DEMO_PASSWORD));
    }
}
