package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The Management panel and what it changes, in headless Chromium: permission groups, agents, custom fields and the
 * list columns set up by an administrator in Portuguese, then lived by a customer and by agents (one of them in
 * English).
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class ManagementBrowserIT {

    private static final String BASE_URL = TicketApiIT.BASE_URL;
    private static final String ADMIN = "admin@helpdesk.test";
    private static final String ADMIN_PASSWORD = "admin-test-password";

    private TestAccount account;

    @BeforeEach
    void setUp() {
        account = new TestAccount(BASE_URL);
    }

    @Test
    void administratorSetsUpAGroupAnAgentAndFieldsThenCustomerAndAgentsLiveWithThem() {
        String group = "Nível 1 " + account.suffix;
        String newAgent = "nivel1-" + account.suffix + "@it.test";
        String serial = "Número de série " + account.suffix;
        String solution = "Solução " + account.suffix;
        try (Browser admin = Browsers.fresh(BASE_URL, "pt-BR")) {
            admin.signIn("/admin/permission-groups.xhtml", ADMIN, ADMIN_PASSWORD);
            assertTrue(admin.waitForText(By.tagName("h1"), "Grupos de permissões"));
            admin.type(By.id("groupForm:name"), group);
            admin.tick(admin.itemWithLabel("groupForm:ticketVisibility", "Apenas chamados vinculados"), true);
            admin.tick(admin.itemWithLabel("groupForm:customerData", "E-mail"), false);
            admin.tick("groupForm:viewCustomers_input", false);
            admin.tick("groupForm:editCustomers_input", false);
            admin.click(By.id("groupForm:save"));
            assertTrue(admin.waitForText(By.id("listForm:groups"), group));

            admin.submit(By.id("agentsLink"));
            assertTrue(admin.waitForText(By.tagName("h1"), "Atendentes"));
            admin.type(By.id("agentForm:name"), "Nível Um " + account.suffix);
            admin.type(By.id("agentForm:email"), newAgent);
            admin.type(By.id("agentForm:password"), TestAccount.PASSWORD);
            admin.tick(admin.itemWithLabel("agentForm:departmentIds", "Support " + account.suffix), true);
            admin.choose("agentForm:permissionGroupId", group);
            admin.click(By.id("agentForm:save"));
            assertTrue(admin.waitForText(By.id("listForm:agents"), newAgent));
            assertTrue(admin.pageText().contains(group));

            admin.submit(By.id("customFieldsLink"));
            addField(admin, serial, "Abertura de chamado externo", true);
            addField(admin, solution, "Finalização de chamado externo", true);
            admin.screenshot("admin-custom-fields");

            admin.submit(By.id("accountLink"));
            for (String column : List.of("Tipo", "Cliente", "Organização", "Atendente", "Departamento", "Categoria",
                    "Prazo", "Situação", "Status", "Aberto em", "Atualizado em")) {
                admin.tick(admin.itemWithLabel("settingsForm:ticketListColumns", column), false);
            }
            for (String column : List.of("Protocolo", "Assunto", "Prioridade")) {
                admin.tick(admin.itemWithLabel("settingsForm:ticketListColumns", column), true);
            }
            admin.click(By.id("settingsForm:save"));
            assertTrue(admin.waitForText(By.cssSelector(".ui-messages-info-summary"), "Alterações salvas"));
        }

        JsonObject settings = account.admin.get("/account/settings").json();
        try {
            assertEquals(List.of("PROTOCOL", "SUBJECT", "PRIORITY"), settings.getJsonArray("ticketListColumns")
                    .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                    .toList());
            long protocol = customerOpensTicketPastTheRequiredField(serial);
            supportAgentSeesTheChosenColumnsAndFinishesWithTheClosingField(protocol, solution);
            restrictedAgentSeesOnlyWhatTheGroupGrants(newAgent, protocol, serial);
        } finally {
            account.admin.put("/account/settings", Json.createObjectBuilder(settings).remove("customerPanelUrl")
                    .remove("hasLogo").add("ticketListColumns", Json.createArrayBuilder(List.of("PROTOCOL",
                            "SUBJECT", "CUSTOMER", "ORGANIZATION", "AGENT", "DEPARTMENT", "CATEGORY", "PRIORITY",
                            "DEADLINE", "SITUATION", "STATUS", "UPDATED_AT"))).build());
        }
    }

    @Test
    void anSlaRuleSetInThePanelGivesTicketsAClockTheTicketPageExplains() {
        try (Browser admin = Browsers.fresh(BASE_URL, "pt-BR")) {
            admin.signIn("/admin/sla.xhtml", ADMIN, ADMIN_PASSWORD);
            assertTrue(admin.waitForText(By.tagName("h1"), "SLA"));
            admin.choose("ruleForm:departmentId", "Support " + account.suffix);
            admin.waitForAjax();
            admin.type(By.id("ruleForm:ruleHours_input"), "8");
            admin.click(By.id("ruleForm:addRule"));
            assertTrue(admin.waitForText(By.id("rulesForm:rules"), "480 min"));
            admin.screenshot("admin-sla-rules");
        }
        long protocol = TestAccount.created(account.clientFor(account.customerEmail).post("/tickets",
                Json.createObjectBuilder().add("departmentId", account.supportId)
                        .add("categoryId", account.supportCategoryId).add("subject", "ERP lento " + account.suffix)
                        .add("message", "Desde cedo").add("customFields", Json.createObjectBuilder()).build()))
                .getJsonNumber("protocol").longValue();
        try (Browser agent = Browsers.fresh(BASE_URL, "en")) {
            agent.signIn("/agent/ticket.xhtml?protocol=" + protocol, account.supportAgentEmail, TestAccount.PASSWORD);
            agent.submit(By.id("sessionForm:langEn"));
            assertTrue(agent.waitForText(By.id("sla-DEADLINE"), "Resolution deadline"));
            assertTrue(agent.pageText().contains("0 / 480 min"));
            assertTrue(agent.pageText().contains("Default SLA shift") || agent.pageText().contains("Turno padrão"));
            agent.screenshot("agent-ticket-sla");
        }
    }

    /**
     * The report is asked for a customer picked by name, and shows amounts and the month as the person's language
     * writes them; an agent whose group grants no reports is refused.
     */
    @Test
    void theBillingReportShowsTheMonthsWorkedTimeAtTheHourlyRate() {
        TestAccount.created(account.admin.post("/sla/rules", Json.createObjectBuilder().add("kind", "HOURLY_VALUES")
                .add("scopeKind", "GENERAL").add("departmentId", account.supportId).add("rate", 1000).build()));
        long protocol = TestAccount.created(account.clientFor(account.customerEmail).post("/tickets",
                Json.createObjectBuilder().add("departmentId", account.supportId)
                        .add("categoryId", account.supportCategoryId).add("subject", "Backup " + account.suffix)
                        .add("message", "Restaurar pasta").build())).getJsonNumber("protocol").longValue();
        TestAccount.created(account.clientFor(account.supportAgentEmail).post("/tickets/" + protocol
                + "/time-entries", Json.createObjectBuilder().add("minutes", 90).build()));
        YearMonth month = YearMonth.now(ZoneId.of("America/Sao_Paulo"));
        try (Browser admin = Browsers.fresh(BASE_URL, "pt-BR")) {
            admin.signIn("/agent/billing.xhtml", ADMIN, ADMIN_PASSWORD);
            assertTrue(admin.waitForText(By.tagName("h1"), "Faturamento de horas"));
            admin.pickSuggestion("reportForm:subject", "Customer " + account.suffix, "Customer " + account.suffix);
            admin.click(By.id("reportForm:show"));
            assertTrue(admin.waitForText(By.id("grossTotal"), "1.500,00"), "amounts as Portuguese writes them");
            assertTrue(admin.pageText().contains("#" + protocol));
            assertTrue(admin.pageText().contains(DateTimeFormatter.ofPattern("MMMM 'de' yyyy",
                    Locale.forLanguageTag("pt-BR")).format(month)), admin::pageText);
            admin.screenshot("admin-billing-report");
        }
        String managerEmail = "billing-manager-" + account.suffix + "@it.test";
        TestAccount.created(account.admin.post("/agents", Json.createObjectBuilder()
                .add("name", "Billing Manager " + account.suffix).add("email", managerEmail).add("role", "MANAGER")
                .add("directory", "LOCAL").add("password", TestAccount.PASSWORD)
                .add("departmentIds", Json.createArrayBuilder().add(account.supportId)).build()));
        try (Browser manager = Browsers.fresh(BASE_URL, "en")) {
            manager.signIn("/agent/billing.xhtml", managerEmail, TestAccount.PASSWORD);
            manager.submit(By.id("sessionForm:langEn"));
            assertTrue(manager.waitForText(By.tagName("h1"), "Billing of worked hours"));
            manager.pickSuggestion("reportForm:subject", "customer " + account.suffix, "Customer " + account.suffix);
            manager.click(By.id("reportForm:show"));
            assertTrue(manager.waitForText(By.id("grossTotal"), "1,500.00"), "and as English writes them");
            assertTrue(manager.pageText().contains(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH)
                    .format(month)), manager::pageText);
            manager.screenshot("manager-billing-report-en");
            manager.submit(By.id("sessionForm:langEs"));
            manager.pickSuggestion("reportForm:subject", "Customer " + account.suffix, "Customer " + account.suffix);
            manager.click(By.id("reportForm:show"));
            NumberFormat spanish = NumberFormat.getNumberInstance(Locale.forLanguageTag("es"));
            spanish.setMinimumFractionDigits(2);
            assertTrue(manager.waitForText(By.id("grossTotal"), spanish.format(1500)), "and as Spanish writes them");
            assertTrue(manager.pageText().contains(DateTimeFormatter.ofPattern("MMMM 'de' yyyy",
                    Locale.forLanguageTag("es")).format(month)), manager::pageText);
        }
        try (Browser agent = Browsers.fresh(BASE_URL, "pt-BR")) {
            agent.signIn("/agent/billing.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            assertTrue(agent.waitForText(By.id("denied"), "grupo de permissões"), "the default group has no reports");
        }
    }

    @Test
    void theOperatorConsoleStartsAJobAndShowsTheRunWithItsProgress() {
        try (Browser admin = Browsers.fresh(BASE_URL, "pt-BR")) {
            admin.signIn("/admin/jobs.xhtml", ADMIN, ADMIN_PASSWORD);
            assertTrue(admin.waitForText(By.tagName("h1"), "Tarefas agendadas"));
            admin.click(By.id("jobsForm:jobs:0:start"));
            admin.waitForAjax();
            assertTrue(admin.waitForText(By.cssSelector(".ui-messages-info-summary"), "Execução iniciada"));
            By newest = By.cssSelector("[id='jobsForm:runs_data'] tr:first-child");
            assertTrue(admin.waitForText(newest, "Concluída"), "the page follows the run until it ends");
            assertTrue(admin.text(newest).contains("100%"), "its progress bar is full");
            admin.screenshot("admin-operator-console");
        }
    }

    @Test
    void anAgentSchedulesATicketAndGetsItsNoticeInThePanel() throws InterruptedException {
        SavedSetting automation = SavedSetting.read(account.admin, "/account/automation");
        try (Browser admin = Browsers.fresh(BASE_URL, "pt-BR")) {
            admin.signIn("/admin/account.xhtml", ADMIN, ADMIN_PASSWORD);
            admin.open("/admin/account.xhtml?tab=automation");
            assertTrue(admin.waitForText(By.tagName("h2"), "Chamados inativos"));
            admin.retype(By.id("automationForm:autoCloseWarnDays_input"), "0");
            admin.click(By.id("automationForm:saveAutomation"));
            assertTrue(admin.waitForText(By.id("automationForm"), "Informe de 1 a 365 dias"),
                    "the field says what is wrong");
            admin.retype(By.id("automationForm:autoCloseWarnDays_input"), "3");
            admin.retype(By.id("automationForm:scheduleNoticeMinutes_input"), "15");
            admin.click(By.id("automationForm:saveAutomation"));
            assertTrue(admin.waitForText(By.cssSelector(".ui-messages-info-summary"), "salv"));
        }
        try {
            assertEquals(15, account.admin.get("/account/automation").json().getInt("scheduleNoticeMinutes"));
            long protocol = TestAccount.created(account.clientFor(account.customerEmail).post("/tickets",
                    Json.createObjectBuilder().add("departmentId", account.supportId)
                            .add("categoryId", account.supportCategoryId).add("subject", "Visita " + account.suffix)
                            .add("message", "Trocar o nobreak").build())).getJsonNumber("protocol").longValue();
            String start = LocalDateTime.now(ZoneId.of("America/Sao_Paulo")).plusMinutes(5)
                    .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
            try (Browser agent = Browsers.fresh(BASE_URL, "pt-BR")) {
                agent.signIn("/agent/ticket.xhtml?protocol=" + protocol, account.supportAgentEmail,
                        TestAccount.PASSWORD);
                agent.type(By.id("actionsForm:scheduleAt"), "amanhã");
                agent.submit(By.id("actionsForm:schedule"));
                assertTrue(agent.waitForText(By.id("actionsForm"), "Informe data e hora como"),
                        "the field says what is wrong");
                agent.type(By.id("actionsForm:scheduleAt"), start);
                agent.submit(By.id("actionsForm:schedule"));
                agent.screenshot("agent-ticket-scheduled");
                assertTrue(agent.waitForText(By.id("actionsForm:scheduled"), "Agendado para " + start));

                Jobs.runToTheEnd(account.admin, "schedule-notices");
                agent.open("/agent/tickets.xhtml");
                assertTrue(agent.waitForText(By.id("noticesLink"), "Avisos (1)"), "the notice is in the menu");
                agent.click(By.id("noticesLink"));
                assertTrue(agent.waitForText(By.id("noticesForm:notices"), "Visita " + account.suffix));
                agent.screenshot("agent-schedule-notice");
            }
        } finally {
            automation.restore();
        }
    }

    private void addField(Browser admin, String label, String place, boolean required) {
        admin.type(By.id("fieldForm:label"), label);
        admin.choose("fieldForm:place", place);
        admin.waitForAjax();
        admin.choose("fieldForm:departmentId", "Support " + account.suffix);
        admin.tick("fieldForm:required_input", required);
        admin.click(By.id("fieldForm:save"));
        assertTrue(admin.waitForText(By.id("listForm:fields"), label));
    }

    private long customerOpensTicketPastTheRequiredField(String serial) {
        try (Browser customer = Browsers.fresh(BASE_URL, "pt-BR")) {
            customer.signIn("/customer/new-ticket.xhtml", account.customerEmail, TestAccount.PASSWORD);
            customer.choose("ticketForm:departmentId", "Support " + account.suffix);
            customer.waitForAjax();
            customer.choose("ticketForm:categoryId", "Hardware");
            customer.type(By.id("ticketForm:subject"), "Notebook não liga " + account.suffix);
            customer.type(By.id("ticketForm:message"), "Nem a luz acende.");
            customer.submit(By.id("ticketForm:openTicket"));
            assertTrue(customer.waitForText(By.cssSelector(".hd-field-error"), "Campo obrigatório"));
            assertTrue(customer.waitForText(By.cssSelector(".ui-messages-error-summary"), serial));
            customer.screenshot("customer-required-field");

            customer.type(By.cssSelector("input[data-field]"), "SN-4471");
            customer.submit(By.id("ticketForm:openTicket"));
            String confirmation = customer.text(By.cssSelector(".ui-messages-info-summary"));
            Matcher number = Pattern.compile("(\\d+)").matcher(confirmation);
            assertTrue(number.find(), confirmation);
            assertTrue(customer.waitForText(By.id("fieldValues"), serial + ": SN-4471"));
            return Long.parseLong(number.group(1));
        }
    }

    private void supportAgentSeesTheChosenColumnsAndFinishesWithTheClosingField(long protocol, String solution) {
        try (Browser agent = Browsers.fresh(BASE_URL, "en")) {
            agent.signIn("/agent/tickets.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            agent.submit(By.id("sessionForm:langEn"));
            assertTrue(agent.waitForText(By.tagName("h1"), "Tickets"));
            assertEquals(List.of("Protocol", "Subject", "Priority"), agent.columnHeaders("listForm:tickets"));
            agent.screenshot("agent-list-chosen-columns");

            agent.submit(By.linkText("#" + protocol));
            agent.submitConfirmed(By.id("actionsForm:finish"), "actionsForm");
            assertTrue(agent.waitForText(By.cssSelector(".ui-messages-error-summary"), solution));
            agent.type(By.cssSelector("[id='actionsForm:closingFields'] input[data-field]"), "Fonte trocada");
            agent.submitConfirmed(By.id("actionsForm:finish"), "actionsForm");
            assertTrue(agent.waitForText(By.id("situation"), "Finished"));
            assertTrue(agent.waitForText(By.id("fieldValues"), solution + ": Fonte trocada"));
        }
    }

    private void restrictedAgentSeesOnlyWhatTheGroupGrants(String email, long protocol, String serialLabel) {
        try (Browser agent = Browsers.fresh(BASE_URL, "en")) {
            agent.signIn("/agent/tickets.xhtml", email, TestAccount.PASSWORD);
            agent.submit(By.id("sessionForm:langEn"));
            assertFalse(agent.pageText().contains("#" + protocol), "only own tickets");
            assertTrue(agent.pageText().contains("New internal ticket"));
            assertFalse(agent.pageText().contains("Customers"), "no customers in the menu");
            agent.open("/agent/customers.xhtml");
            assertTrue(agent.waitForText(By.id("denied"), "Your permission group gives no access"));

            agent.open("/agent/new-ticket.xhtml");
            agent.choose("ticketForm:departmentId", "Finance " + account.suffix);
            agent.waitForAjax();
            agent.choose("ticketForm:categoryId", "Refunds");
            agent.type(By.id("ticketForm:subject"), "Reimbursement " + account.suffix);
            agent.type(By.id("ticketForm:message"), "Taxi to the client.");
            agent.submit(By.id("ticketForm:openTicket"));
            assertTrue(agent.waitForText(By.id("internalTag"), "Internal"));
            assertTrue(agent.waitForText(By.id("requesterNote"), "You opened this internal ticket"));
            agent.screenshot("agent-internal-ticket");

            long assigned = TestAccount.created(account.clientFor(account.customerEmail).post("/tickets",
                    Json.createObjectBuilder().add("departmentId", account.supportId)
                            .add("categoryId", account.supportCategoryId).add("subject", "Mouse " + account.suffix)
                            .add("message", "Quebrado").add("customFields", Json.createObjectBuilder()
                                    .add(String.valueOf(fieldId(serialLabel)), "SN-1")).build()))
                    .getJsonNumber("protocol").longValue();
            assertEquals(200, account.admin.put("/tickets/" + assigned + "/assignee", Json.createObjectBuilder()
                    .add("agentId", agentId(email)).build()).status());
            agent.open("/agent/ticket.xhtml?protocol=" + assigned);
            assertTrue(agent.waitForText(By.id("customerEmail"), "restricted"));
            assertFalse(agent.pageText().contains(account.customerEmail), "the e-mail is not granted");
        }
    }

    private long fieldId(String label) {
        return account.admin.get("/custom-fields").jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("label").equals(label)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private long agentId(String email) {
        return account.admin.get("/agents").jsonValue().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("email").equals(email)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
