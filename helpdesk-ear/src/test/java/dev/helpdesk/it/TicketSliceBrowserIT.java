package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The slice as people live it, in headless Chromium: a customer opens a ticket with an attachment in the
 * customer panel, an agent of the department finds it in the agent panel and answers, the customer reads the
 * answer; an agent of another department finds nothing; directory users sign in with their LDAP password.
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class TicketSliceBrowserIT {

    private static final String BASE_URL = TicketApiIT.BASE_URL;

    private TestAccount account;

    @BeforeAll
    static void startDirectory() {
        Directory.started();
    }

    @BeforeEach
    void setUp() {
        account = new TestAccount(BASE_URL);
    }

    @Test
    void customerOpensTicketAgentAnswersCustomerReadsTheAnswer() throws IOException {
        Path attachment = Files.createTempFile("print-error-", ".txt");
        Files.writeString(attachment, "Erro 0x42 na impressora", StandardCharsets.UTF_8);
        String subject = "Impressora não imprime " + account.suffix;
        TestAccount.created(account.admin.post("/canned-responses", jakarta.json.Json.createObjectBuilder()
                .add("title", "Teste " + account.suffix).add("body", "Olá {cliente.nome}, pode testar?")
                .add("departmentIds", jakarta.json.Json.createArrayBuilder().add(account.supportId)).build()));
        long protocol;

        try (Browser customer = Browsers.fresh(BASE_URL, "pt-BR")) {
            customer.signIn("/customer/tickets.xhtml", account.customerEmail, TestAccount.PASSWORD);
            assertTrue(customer.waitForText(By.tagName("h1"), "Meus chamados"));
            customer.submit(By.id("newTicket"));
            customer.choose("ticketForm:departmentId", "Support " + account.suffix);
            customer.choose("ticketForm:categoryId", "Hardware");
            customer.type(By.id("ticketForm:subject"), subject);
            customer.type(By.id("ticketForm:message"), "Desde ontem a impressora do 3º andar não imprime.");
            customer.attach("ticketForm:attachments_input", attachment);
            customer.submit(By.id("ticketForm:openTicket"));

            String confirmation = customer.text(By.cssSelector(".ui-messages-info-summary"));
            Matcher number = Pattern.compile("protocolo (\\d+)").matcher(confirmation);
            assertTrue(number.find(), confirmation);
            protocol = Long.parseLong(number.group(1));
            assertTrue(customer.currentUrl().contains("protocol=" + protocol));
            assertTrue(customer.pageText().contains(attachment.getFileName().toString()));
            customer.screenshot("customer-ticket-opened");
        }

        try (Browser agent = Browsers.fresh(BASE_URL, "pt-BR")) {
            agent.signIn("/agent/tickets.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            assertTrue(agent.waitForText(By.tagName("h1"), "Chamados dos meus departamentos"));
            agent.submit(By.linkText("#" + protocol));
            assertTrue(agent.waitForText(By.id("ticketTitle"), subject));
            assertTrue(agent.pageText().contains(attachment.getFileName().toString()));
            agent.write("replyForm:body", "Trocamos o toner.");
            agent.pickAction("replyForm:cannedResponse", "Teste " + account.suffix);
            assertTrue(agent.waitForText(By.cssSelector("[id='replyForm:body'] .ql-editor"),
                    "Olá Customer " + account.suffix + ", pode testar?"));
            assertTrue(agent.editorText("replyForm:body").startsWith("Trocamos o toner."), "after what was written");
            agent.submit(By.id("replyForm:sendReply"));
            assertTrue(agent.waitForText(By.cssSelector(".ui-messages-info-summary"), "Resposta enviada"));
            assertEquals("Respondido, aguardando cliente", agent.text(By.id("situation")));

            agent.write("replyForm:body", "Toner pedido ao almoxarifado.");
            agent.click(By.cssSelector("[id='replyForm:internalNote'] .ui-chkbox-box"));
            agent.submit(By.id("replyForm:sendReply"));
            assertTrue(agent.waitForText(By.cssSelector(".ui-messages-info-summary"), "Nota interna registrada"));

            agent.choose("actionsForm:agentId", "Support Agent " + account.suffix);
            agent.submit(By.id("actionsForm:assign"));
            assertTrue(agent.waitForText(By.id("assignee"), "Support Agent " + account.suffix));
            agent.choose("actionsForm:priority", "Alta");
            agent.submit(By.id("actionsForm:changePriority"));
            assertTrue(agent.waitForText(By.id("priority"), "Alta"));
            agent.screenshot("agent-ticket");
            agent.submitConfirmed(By.id("actionsForm:finish"), "actionsForm");
            assertTrue(agent.waitForText(By.id("situation"), "Finalizado"));
            assertTrue(agent.pageText().contains("Prioridade alterada: Baixa → Alta"));
        }

        try (Browser otherAgent = Browsers.fresh(BASE_URL, "pt-BR")) {
            otherAgent.signIn("/agent/tickets.xhtml", account.financeAgentEmail, TestAccount.PASSWORD);
            assertTrue(otherAgent.waitForText(By.tagName("h1"), "Chamados dos meus departamentos"));
            assertFalse(otherAgent.pageText().contains("#" + protocol));
            assertFalse(otherAgent.pageText().contains(subject));
            otherAgent.open("/agent/ticket.xhtml?protocol=" + protocol);
            assertTrue(otherAgent.waitForText(By.id("errorTitle"), "Página não encontrada"));
            assertFalse(otherAgent.pageText().contains(subject));
        }

        try (Browser customer = Browsers.fresh(BASE_URL, "pt-BR")) {
            customer.signIn("/customer/ticket.xhtml?protocol=" + protocol, account.customerEmail,
                    TestAccount.PASSWORD);
            assertTrue(customer.waitForText(By.id("ticketTitle"), subject));
            assertTrue(customer.waitForText(By.cssSelector(".reply-body"), "Olá Customer " + account.suffix));
            assertEquals("Finalizado", customer.text(By.id("situation")));
            assertFalse(customer.pageText().contains("almoxarifado"), "internal notes stay internal");
            assertFalse(customer.pageText().contains("Histórico"));
            customer.screenshot("customer-reads-answer");
        }
    }

    @Test
    void directoryCustomerSignsInWithTheLdapPasswordAndNobodyElseDoes() {
        String uid = "ldap-" + account.suffix;
        String email = uid + "@empresa.example";
        Directory.started().addPerson(uid, email, "directory-secret");
        account.createDirectoryCustomer("Directory Customer " + account.suffix, email);
        String unregistered = "stranger-" + account.suffix + "@empresa.example";
        Directory.started().addPerson("stranger-" + account.suffix, unregistered, "directory-secret");

        try (Browser browser = Browsers.fresh(BASE_URL, "pt-BR")) {
            browser.signIn("/customer/tickets.xhtml", email, "wrong-password");
            assertTrue(browser.waitForText(By.cssSelector(".ui-messages-error-summary"), "incorretos"));

            browser.signIn("/customer/tickets.xhtml", unregistered, "directory-secret");
            assertTrue(browser.waitForText(By.cssSelector(".ui-messages-error-summary"), "incorretos"));

            browser.signIn("/customer/tickets.xhtml", email, "directory-secret");
            assertTrue(browser.waitForText(By.tagName("h1"), "Meus chamados"));
            assertEquals("Directory Customer " + account.suffix, browser.text(By.id("currentUser")));

            browser.open("/agent/tickets.xhtml");
            assertTrue(browser.waitForText(By.id("errorTitle"), "não tem acesso"));

            browser.open("/customer/tickets.xhtml");
            browser.submit(By.id("sessionForm:langEn"));
            assertTrue(browser.waitForText(By.tagName("h1"), "My tickets"));
            browser.signOut();
            browser.signIn("/customer/tickets.xhtml", email, "directory-secret");
            assertTrue(browser.waitForText(By.tagName("h1"), "My tickets"), "the choice outlives the session");
        }
    }

    @Test
    void aDisabledCustomerPanelKeepsCustomersOutButNotAgents() {
        SavedSetting settings = SavedSetting.read(account.admin, "/account/settings", "customerPanelUrl");
        try {
            assertEquals(200, account.admin.put("/account/settings", jakarta.json.Json.createObjectBuilder()
                    .add("customerPanelEnabled", false).add("brandColor", "#aa3300")
                    .add("termsUrl", "https://empresa.example/termos").build()).status());
            try (Browser browser = Browsers.fresh(BASE_URL, "pt-BR")) {
                browser.open("/customer/tickets.xhtml");
                assertTrue(browser.waitForText(By.id("panelDisabled"), "desativado"));
                assertTrue(browser.pageText().contains("Termos de uso"));
                browser.signIn("/customer/tickets.xhtml", account.customerEmail, TestAccount.PASSWORD);
                assertTrue(browser.waitForText(By.cssSelector(".ui-messages-error-summary"), "incorretos"));

                browser.signIn("/agent/tickets.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
                assertTrue(browser.waitForText(By.tagName("h1"), "Chamados dos meus departamentos"));
                assertTrue(browser.pageText().contains("Termos de uso"));
            }
        } finally {
            settings.restore();
        }
    }

    @Test
    void administratorsManageDepartmentsInTheManagementPanel() {
        String department = "Compras " + account.suffix;
        try (Browser admin = Browsers.fresh(BASE_URL, "pt-BR")) {
            admin.signIn("/agent/tickets.xhtml", "admin@helpdesk.test", "admin-test-password");
            admin.submit(By.id("sessionForm:langPt")); // the shared administrator may have been left in English
            admin.submit(By.id("management"));
            assertTrue(admin.waitForText(By.tagName("h1"), "Departamentos"));
            admin.type(By.id("departmentForm:newDepartment"), department);
            admin.click(By.id("departmentForm:addDepartment"));
            assertTrue(admin.waitForText(By.id("departments"), department));

            admin.choose("detailForm:departmentId", department);
            admin.type(By.id("detailForm:newCategory"), "Cotações");
            admin.click(By.id("detailForm:addCategory"));
            assertTrue(admin.waitForText(By.id("departments"), "Cotações"));
            admin.type(By.id("detailForm:newStatus"), "Aguardando aprovação");
            admin.click(By.id("detailForm:addStatus"));
            assertTrue(admin.waitForText(By.id("departments"), "Aguardando aprovação"));

            admin.type(By.id("departmentForm:newDepartment"), department);
            admin.click(By.id("departmentForm:addDepartment"));
            assertTrue(admin.waitForText(By.cssSelector("[id='departmentForm'] .ui-message-error"), "Já existe"));

            admin.submit(By.id("tokensLink"));
            admin.type(By.id("tokenForm:owner"), account.customerEmail);
            admin.type(By.id("tokenForm:name"), "Intranet " + account.suffix);
            admin.click(By.id("tokenForm:issue"));
            String secret = admin.text(By.cssSelector("[id='issuedSecret'] .ui-message-warn-detail")).strip();
            ApiClient intranet = account.admin.as(secret);
            assertEquals(200, intranet.get("/me").status());
            admin.click(By.xpath("//tr[td[contains(., 'Intranet " + account.suffix + "')]]//button"));
            admin.click(By.id("listForm:confirmYes"));
            assertTrue(admin.waitForText(By.cssSelector(".ui-messages-info-summary"), "Token revogado"));
            assertEquals(401, intranet.get("/me").status(), "a revoked token stops at once");
        }
        try (Browser agent = Browsers.fresh(BASE_URL, "pt-BR")) {
            agent.signIn("/admin/departments.xhtml", account.supportAgentEmail, TestAccount.PASSWORD);
            assertTrue(agent.waitForText(By.id("errorTitle"), "não tem acesso"));
        }
    }

    @Test
    void panelsSpeakEnglishWhenChosen() {
        try (Browser browser = Browsers.fresh(BASE_URL, "en")) {
            browser.open("/login.xhtml");
            browser.submit(By.id("langForm:langEn"));
            browser.waitForText(By.id("loginForm:signIn"), "Sign in");
            browser.type(By.id("loginForm:email"), account.supportAgentEmail);
            browser.type(By.id("loginForm:password"), "not-the-password");
            browser.submit(By.id("loginForm:signIn"));
            assertTrue(browser.waitForText(By.cssSelector(".ui-messages-error-summary"), "Wrong e-mail or password"));
        }
    }
}
