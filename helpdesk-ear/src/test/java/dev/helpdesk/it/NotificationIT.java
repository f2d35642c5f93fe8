package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications (C3, C4) through the embedded mail server: who gets which mail as a ticket moves, in their
 * language, threaded by header, never about what they did themselves; an agent's preferences, the customer's choice
 * and the account's policy; an administrator's template.
 */
@ExtendWith(HelpdeskServer.class)
class NotificationIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void mailServer() {
        Mailbox.started();
    }

    @Test
    void aTicketsLifeMailsTheRightPeopleInTheirLanguageThreaded() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient customer = account.clientFor(account.customerEmail);
        ApiClient agent = account.clientFor(account.supportAgentEmail);
        String agentEmail = account.supportAgentEmail;
        long protocol = open(account, customer, "Impressora", true);
        String tag = Mailbox.ticketTag(agentEmail, protocol, WAIT);

        Mailbox.await(agentEmail, tag + " Novo chamado", 1, WAIT);
        reply(agent, protocol, "Já reiniciou?");
        MimeMessage answer = Mailbox.await(account.customerEmail, tag + " Resposta ao seu chamado", 1, WAIT).get(0);
        assertTrue(Mailbox.body(answer).contains("Já reiniciou?"), Mailbox.body(answer));
        assertTrue(Mailbox.body(answer).contains("/customer/ticket.xhtml?protocol=" + protocol));
        assertTrue(header(answer, "References").matches("<ticket-" + protocol + "\\.[a-z2-7]{16}@helpdesk>"),
                header(answer, "References"));
        assertEquals(header(answer, "References"), header(answer, "In-Reply-To"));

        reply(customer, protocol, "Sim, e nada");
        Mailbox.await(agentEmail, tag + " Nova resposta de", 1, WAIT);
        long agentId = agent.get("/me").json().getJsonNumber("id").longValue();
        assertEquals(200, account.admin.put("/tickets/" + protocol + "/assignee", Json.createObjectBuilder()
                .add("agentId", agentId).build()).status());
        Mailbox.await(agentEmail, tag + " Chamado atribuído a você", 1, WAIT);

        assertEquals(200, agent.put("/me/language", Json.createObjectBuilder().add("language", "en").build())
                .status());
        reply(customer, protocol, "Still broken");
        Mailbox.await(agentEmail, tag + " New reply from", 1, WAIT);

        JsonObject preferences = agent.put("/me/mail-preferences", Json.createObjectBuilder()
                .add("CUSTOMER_REPLIED", false).build()).json();
        assertEquals(false, preferences.getBoolean("CUSTOMER_REPLIED"));
        assertEquals(true, preferences.getBoolean("NEW_TICKET"));
        reply(customer, protocol, "Hello?");
        Outbox.awaitSettled(account.admin, protocol);
        assertEquals(1, Mailbox.received(agentEmail, tag + " New reply from").size(), "the agent opted out");

        agent.put("/tickets/" + protocol + "/assignee", Json.createObjectBuilder().addNull("agentId").build());
        agent.put("/tickets/" + protocol + "/assignee", Json.createObjectBuilder().add("agentId", agentId).build());
        Outbox.awaitSettled(account.admin, protocol);
        assertEquals(0, Mailbox.received(agentEmail, tag + " Ticket assigned to you").size(),
                "nobody is mailed about what they did themselves");

        assertEquals(400, agent.put("/me/mail-preferences", Json.createObjectBuilder()
                .add("TICKET_ANSWERED", false).build()).status(), "customer mails are not the agent's to choose");
        assertEquals(403, customer.get("/me/mail-preferences").status());
    }

    @Test
    void theCustomersChoiceThePolicyAndTheTemplatesDecideTheCustomersMail() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient admin = account.admin;
        ApiClient customer = account.clientFor(account.customerEmail);
        ApiClient agent = account.clientFor(account.supportAgentEmail);
        long quiet = open(account, customer, "Sem e-mail", false);
        String quietMails = "[#" + quiet + "-";
        SavedSetting mailPolicy = SavedSetting.read(admin, "/account/customer-mail-policy");
        try {
            reply(agent, quiet, "Primeira resposta");
            Outbox.awaitSettled(admin, quiet);
            assertEquals(0, Mailbox.received(account.customerEmail, quietMails).size(), "the customer chose no mail");

            assertEquals("ALWAYS", admin.put("/account/customer-mail-policy", Json.createObjectBuilder()
                    .add("policy", "ALWAYS").build()).json().getString("policy"));
            reply(agent, quiet, "Segunda resposta");
            String quietTag = Mailbox.ticketTag(account.customerEmail, quiet, WAIT);
            Mailbox.await(account.customerEmail, quietTag + " Resposta ao seu chamado", 1, WAIT);

            admin.put("/account/customer-mail-policy", Json.createObjectBuilder().add("policy", "NEVER").build());
            reply(agent, quiet, "Terceira resposta");
            Outbox.awaitSettled(admin, quiet);
            assertEquals(1, Mailbox.received(account.customerEmail, quietMails).size(), "the account sends none");
            assertEquals(400, admin.put("/account/customer-mail-policy", Json.createObjectBuilder()
                    .add("policy", "SOMETIMES").build()).status());
            assertEquals(403, agent.put("/account/customer-mail-policy", Json.createObjectBuilder()
                    .add("policy", "ALWAYS").build()).status());
        } finally {
            mailPolicy.restore();
        }

        long closing = open(account, customer, "Encerrar", true);
        try {
            JsonObject template = admin.put("/mail-templates/TICKET_FINISHED/pt-BR", Json.createObjectBuilder()
                    .add("subject", "Encerramos o {protocolo}: {assunto}")
                    .add("body", "Prezado(a) {destinatario.nome}, atendido por {atendente.nome}. {link}").build())
                    .json();
            assertEquals(true, template.getBoolean("customized"));
            assertEquals(400, admin.put("/mail-templates/TICKET_FINISHED/pt-BR", Json.createObjectBuilder()
                    .add("subject", "").add("body", "x").build()).status());
            assertEquals(400, admin.put("/mail-templates/NO_SUCH_KIND/pt-BR", Json.createObjectBuilder()
                    .add("subject", "s").add("body", "b").build()).status());
            assertEquals(403, agent.get("/mail-templates").status());
            assertEquals(200, agent.post("/tickets/" + closing + "/finish", Json.createObjectBuilder().build())
                    .status());
            MimeMessage finished = Mailbox.await(account.customerEmail, "Encerramos o " + closing + ": Encerrar", 1,
                    WAIT).get(0);
            assertTrue(Mailbox.body(finished).startsWith("Prezado(a) Customer " + account.suffix),
                    Mailbox.body(finished));
        } finally {
            JsonObject restored = admin.delete("/mail-templates/TICKET_FINISHED/pt-BR").json();
            assertEquals(false, restored.getBoolean("customized"));
        }
    }

    /**
     * An answer written as HTML is sanitized (the API takes {@code bodyHtml} as the editor's HTML), its plain text
     * derived for {@code body}, and the customer's mail carries both, the HTML as the alternative a reader shows.
     * A customer may not write internal notes.
     */
    @Test
    void aRichAnswerIsSanitizedAndMailedAsHtmlWithItsPlainText() throws Exception {
        TestAccount account = new TestAccount(TicketApiIT.BASE_URL);
        ApiClient customer = account.clientFor(account.customerEmail);
        ApiClient agent = account.clientFor(account.supportAgentEmail);
        long protocol = open(account, customer, "Rica", true);
        String tag = Mailbox.ticketTag(account.supportAgentEmail, protocol, WAIT);

        JsonObject detail = TestAccount.created(agent.post("/tickets/" + protocol + "/replies",
                Json.createObjectBuilder().add("bodyHtml", "<p onclick=\"steal()\"><strong>Pronto</strong>, veja"
                        + " <a href=\"https://example.com/guia\">o guia</a></p><script>steal()</script>"
                        + "<ol><li data-list=\"bullet\">reinicie</li></ol><a href=\"javascript:steal()\">x</a>")
                        .build()));
        JsonObject answer = detail.getJsonArray("replies").getJsonObject(0);
        assertEquals("<p><strong>Pronto</strong>, veja <a href=\"https://example.com/guia\" rel=\"nofollow noopener\">"
                + "o guia</a></p><ul><li>reinicie</li></ul>x", answer.getString("bodyHtml")
                .replace("rel=\"noopener nofollow\"", "rel=\"nofollow noopener\""));
        assertEquals("Pronto, veja o guia (https://example.com/guia)\n- reinicie\nx", answer.getString("body"));

        MimeMessage mail = Mailbox.await(account.customerEmail, tag + " Resposta ao seu chamado", 1, WAIT).get(0);
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
        assertTrue(mail.getContentType().startsWith("multipart/alternative"), mail.getContentType());
        assertEquals(2, parts.getCount());
        String text = String.valueOf(parts.getBodyPart(0).getContent());
        String html = String.valueOf(parts.getBodyPart(1).getContent());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain") && parts.getBodyPart(1).isMimeType("text/html"));
        assertTrue(text.contains("Pronto, veja o guia (https://example.com/guia)") && !text.contains("<"), text);
        assertTrue(html.contains("<strong>Pronto</strong>") && !html.contains("steal"), html);
        assertTrue(html.contains("/customer/ticket.xhtml?protocol=" + protocol), html);

        assertEquals(403, customer.post("/tickets/" + protocol + "/notes", Json.createObjectBuilder()
                .add("body", "nota do cliente").build()).status(), "internal notes are the agents'");
    }

    private static long open(TestAccount account, ApiClient customer, String subject, boolean notify) {
        return TestAccount.created(customer.post("/tickets", Json.createObjectBuilder()
                .add("departmentId", account.supportId).add("categoryId", account.supportCategoryId)
                .add("subject", subject).add("message", "Detalhes de " + subject).add("notifyByEmail", notify)
                .build())).getJsonNumber("protocol").longValue();
    }

    private static void reply(ApiClient author, long protocol, String body) {
        TestAccount.created(author.post("/tickets/" + protocol + "/replies", Json.createObjectBuilder()
                .add("body", body).build()));
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null ? null : values[0];
    }
}
