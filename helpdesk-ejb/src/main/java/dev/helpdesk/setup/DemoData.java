package dev.helpdesk.setup;

import dev.helpdesk.automation.domain.AutomationPolicy;
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
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The demo account (HELPDESK_DEMO=true): two departments with categories, an agent in each and a manager of the
 * support department, SLA rules for support (first response in 2 h, a 16 h deadline that pauses while waiting for
 * the customer), a customer with a local password and one whose password lives in the demo LDAP directory. Loaded
 * once, into an empty help desk.
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

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

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
        em.persist(SlaRule.time(SlaRuleKind.FIRST_RESPONSE, RuleScope.general(), supportTickets, 2 * 60, false, null));
        em.persist(SlaRule.time(SlaRuleKind.DEADLINE, RuleScope.general(), supportTickets, 16 * 60, true, null));
        em.find(AutomationPolicy.class, AutomationPolicy.ID).change(new InactivityPolicy(true, 3, 2), 10, now);

        PermissionGroup group = em.createQuery(PermissionGroup.DEFAULT_GROUP, PermissionGroup.class)
                .getSingleResult();
        em.persist(agent("Ana Atendente", SUPPORT_AGENT, support, group, now));
        em.persist(agent("Fábio Financeiro", FINANCE_AGENT, finance, group, now));
        Agent manager = new Agent("Gabriela Gerente", SUPPORT_MANAGER, AgentRole.MANAGER, group, localPassword(),
                Language.PT_BR, now);
        manager.linkTo(support);
        em.persist(manager);
        em.persist(new Customer("Carlos Cliente", LOCAL_CUSTOMER, localPassword(), Language.PT_BR, now));
        em.persist(new Customer("Maria Souza", LDAP_CUSTOMER, Credentials.directory("msouza"), Language.PT_BR, now));
        em.persist(new InboundMailbox(SUPPORT_MAILBOX, support, support.categories().get(0),
                new MailboxConnection("localhost", DEMO_IMAP_PORT, MailboxSecurity.NONE, SUPPORT_MAILBOX,
                        DEMO_PASSWORD, "INBOX", null, 10), now));
        LOG.info(() -> "Loaded the demo data (administrator " + admin.email() + ")");
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
