package dev.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The agent's ticket page in headless Chromium at 1366×768: rich replies with pasted images and several files, what a
 * forged reply cannot smuggle in, confirmations, what a closed ticket offers, the transfer's question about the
 * assignee, the product's own page for a protocol that is no ticket of the caller's, a draft that survives a lost
 * session, and the keyboard shortcuts.
 */
@Tag("browser")
@ExtendWith({HelpdeskServer.class, Browsers.class})
class TicketPageBrowserIT {

    private static final String BASE_URL = TicketApiIT.BASE_URL;
    private static final String LONG_WORD = "x".repeat(250);
    private static final String ADMIN = "admin@helpdesk.test";
    private static final String ADMIN_PASSWORD = "admin-test-password";

    private TestAccount account;
    private ApiClient customerApi;

    @BeforeEach
    void setUp() {
        account = new TestAccount(BASE_URL);
        customerApi = account.clientFor(account.customerEmail);
    }

    @Test
    void richReplyWithPastedImageAndFilesReachesTheCustomerSanitized() throws IOException {
        long protocol = account.openSupportTicket(customerApi);
        Path screenshot = Files.createTempFile("tela-", ".png");
        Files.write(screenshot, png(Color.BLUE));
        Path invoice = Files.createTempFile("fatura-", ".pdf");
        Files.writeString(invoice, minimalPdf(), StandardCharsets.ISO_8859_1);

        try (Browser agent = Browsers.fresh(BASE_URL, "pt-BR")) {
            agent.signIn("/agent/ticket.xhtml?protocol=" + protocol, account.supportAgentEmail, TestAccount.PASSWORD);
            assertTrue(agent.waitForText(By.id("ticketTitle"), "#" + protocol));
            agent.write("replyForm:body", "Olá, veja abaixo.");
            // what a person pastes from a document: formatting, a link, a screenshot and a word with no break
            agent.script("PF('replyEditor').editor.clipboard.dangerouslyPasteHTML(PF('replyEditor').editor.getLength(),"
                    + " '<p><strong>Negrito</strong> e <em>itálico</em></p><ul><li>passo um</li></ul>"
                    + "<blockquote>sua mensagem</blockquote><p><a href=\"https://example.com/guia\">o guia</a></p>"
                    + "<p>" + LONG_WORD + "</p><p><img src=\"data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(png(Color.RED)) + "\"></p>', 'user');");
            agent.attach("replyForm:attachments_input", screenshot);
            assertTrue(agent.waitForText(By.id("replyForm:pendingFiles"), screenshot.getFileName().toString()));
            agent.attach("replyForm:attachments_input", invoice);
            assertTrue(agent.waitForText(By.id("replyForm:pendingFiles"), invoice.getFileName().toString()));
            agent.screenshot("ticket-page-writing-rich-reply");
            agent.assertFitsSmallScreen();
            agent.submit(By.id("replyForm:sendReply"));
            assertTrue(agent.waitForText(By.cssSelector(".ui-messages-info-summary"), "Resposta enviada"));

            assertEquals("Negrito", agent.text(By.cssSelector(".hd-rich strong")));
            assertEquals("passo um", agent.text(By.cssSelector(".hd-rich ul li")));
            assertEquals("sua mensagem", agent.text(By.cssSelector(".hd-rich blockquote")));
            assertEquals(Boolean.TRUE, agent.script("const rel = document.querySelector("
                    + "\".hd-rich a[href='https://example.com/guia']\").relList;"
                    + " return rel.contains('nofollow') && rel.contains('noopener');"));
            assertEquals(Boolean.TRUE, agent.script("const i = document.querySelector('.hd-rich img');"
                    + " return i.complete && i.naturalWidth === 8 && /\\/attachments\\/\\d+$/.test(i.src)"
                    + " && i.closest('a').target === '_blank';"), "the pasted image is a file of the reply, shown");
            assertEquals(Boolean.FALSE, agent.script("return document.body.innerHTML.includes('data:image/png');"));
            assertEquals(Boolean.TRUE, agent.script("return [...document.querySelectorAll('.hd-from-agent"
                    + " .hd-attachment-preview')].some(i => i.alt.startsWith('tela-'));"), "the file's thumbnail");
            String pdfPolicy = (String) agent.script("const a = [...document.querySelectorAll('a.hd-attachment-link')]"
                    + ".find(l => l.textContent.includes('fatura-')); const xhr = new XMLHttpRequest();"
                    + " xhr.open('GET', a.href, false); xhr.send();"
                    + " return a.target + ' ' + xhr.getResponseHeader('Content-Type') + ' '"
                    + " + xhr.getResponseHeader('Content-Security-Policy');");
            assertTrue(pdfPolicy.startsWith("_blank application/pdf "), pdfPolicy);
            assertTrue(pdfPolicy.contains("object-src 'self'"), "the browser's PDF viewer may show it: " + pdfPolicy);
            agent.screenshot("ticket-page-rich-reply");
            agent.assertFitsSmallScreen();

            // a forged post, past the editor: the server keeps only what the allow-list lets through
            agent.write("replyForm:body", "nota");
            agent.tick("replyForm:internalNote_input", true);
            agent.script("PF('replyEditor').getEditorValue = () => '<p style=\"position:fixed\""
                    + " onclick=\"alert(1)\">Nota forjada</p><script>window.forged = 1</script>"
                    + "<a href=\"javascript:alert(2)\">clique</a><img src=x onerror=\"window.forged = 2\">';");
            agent.submit(By.id("replyForm:sendReply"));
            assertTrue(agent.waitForText(By.cssSelector(".ui-messages-info-summary"), "Nota interna registrada"));
            assertEquals(Boolean.TRUE, agent.script("const n = [...document.querySelectorAll('.hd-internal .hd-rich')]"
                    + ".pop(); return n.textContent.includes('Nota forjada') && !n.querySelector('script, [style],"
                    + " [onclick], a, img') && window.forged === undefined;"), "scripts, styles and handlers removed");
        }

        try (Browser customer = Browsers.fresh(BASE_URL, "pt-BR")) {
            customer.signIn("/customer/ticket.xhtml?protocol=" + protocol, account.customerEmail,
                    TestAccount.PASSWORD);
            assertEquals("Negrito", customer.text(By.cssSelector(".hd-rich strong")));
            assertFalse(customer.pageText().contains("Nota forjada"), "internal notes stay internal");
            customer.write("replyForm:body", "Obrigado, ", Keys.chord(Keys.CONTROL, "b"), "resolvido");
            customer.submit(By.id("replyForm:sendReply"));
            assertTrue(customer.waitForText(By.cssSelector(".ui-messages-info-summary"), "Resposta enviada"));
            assertEquals("resolvido", customer.text(By.cssSelector(".hd-from-customer .hd-rich strong")));
            customer.assertFitsSmallScreen();

            for (String wrong : List.of("abc", "", String.valueOf(account.openSupportTicket(
                    account.clientFor(account.otherCustomerEmail))))) {
                customer.open("/customer/ticket.xhtml?protocol=" + wrong);
                assertTrue(customer.waitForText(By.id("errorTitle"), "Página não encontrada"), wrong);
                assertFalse(customer.pageText().contains("???"), wrong);
            }
        }
        JsonObject ticket = TestAccount.ok(customerApi.get("/tickets/" + protocol));
        JsonObject answer = ticket.getJsonArray("replies").getJsonObject(0);
        assertTrue(answer.getString("body").contains("- passo um\n> sua mensagem\no guia (https://example.com/guia)"),
                answer.getString("body"));
        assertEquals("pasted-0.png", answer.getJsonArray("attachments").getJsonObject(0).getString("fileName"));

        String tokenName = "revogar-" + account.suffix;
        ApiClient doomed = account.admin.as(TestAccount.created(account.admin.post("/tokens",
                Json.createObjectBuilder().add("owner", account.customerEmail).add("name", tokenName).build()))
                .getString("token"));
        try (Browser admin = Browsers.fresh(BASE_URL, "pt-BR")) {
            admin.signIn("/agent/ticket.xhtml?protocol=" + protocol, ADMIN, ADMIN_PASSWORD);
            admin.click(By.id("actionsForm:deleteTicket"));
            assertTrue(admin.waitForText(By.id("actionsForm:confirmDialog"), "Não dá para desfazer"));
            admin.click(By.id("actionsForm:confirmNo"));
            assertTrue(admin.isPresent(By.id("ticketTitle")), "asked, and nothing happened on no");
            admin.submitConfirmed(By.id("actionsForm:deleteTicket"), "actionsForm");
            assertTrue(admin.waitForText(By.cssSelector(".ui-messages-info-summary"), "excluído"));
            assertEquals(404, account.admin.get("/tickets/" + protocol).status());

            admin.open("/admin/tokens.xhtml");
            String row = "//tr[td[normalize-space() = '" + tokenName + "']]";
            admin.click(By.xpath(row + "//button[contains(@id, ':revoke')]"));
            assertTrue(admin.waitForText(By.id("listForm:confirmDialog"), "perde o acesso à API"));
            admin.screenshot("ticket-page-confirm-revoke");
            admin.click(By.id("listForm:confirmYes"));
            assertTrue(admin.waitForText(By.xpath(row), "Revogado"));
            assertEquals(401, doomed.get("/me").status());
        }
    }

    @Test
    void closedTransferredAndUnknownTicketsShowOnlyWhatApplies() {
        ApiClient agentApi = account.clientFor(account.supportAgentEmail);
        long older = account.openSupportTicket(customerApi);
        long protocol = account.openSupportTicket(customerApi);
        long foreign = TestAccount.created(customerApi.post("/tickets", Json.createObjectBuilder()
                .add("departmentId", account.financeId).add("categoryId", account.financeCategoryId)
                .add("subject", "Boleto " + account.suffix).add("message", "Segunda via").build()))
                .getJsonNumber("protocol").longValue();

        try (Browser agent = Browsers.fresh(BASE_URL, "en")) {
            agent.signIn("/agent/ticket.xhtml?protocol=" + protocol, account.supportAgentEmail, TestAccount.PASSWORD);
            agent.submit(By.id("sessionForm:langEn"));
            assertTrue(agent.waitForText(By.id("situation"), "Not started"));

            agent.press("?");
            assertTrue(agent.waitForText(By.id("shortcutHelp"), "Keyboard shortcuts"));
            agent.screenshot("ticket-page-shortcuts");
            agent.press(Keys.ESCAPE);
            assertEquals(Boolean.TRUE, agent.script("return document.getElementById('shortcutHelp')"
                    + ".classList.contains('hd-hidden');"));
            agent.press("n");
            assertEquals(Boolean.TRUE, agent.script("return PF('internalNoteBox').input.is(':checked')"
                    + " && document.activeElement.classList.contains('ql-editor');"), "n: an internal note");
            agent.press("jk");
            assertEquals("jk", agent.editorText("replyForm:body"), "typing is not a shortcut");
            agent.leaveField();
            agent.press("r");
            assertEquals(Boolean.FALSE, agent.script("return PF('internalNoteBox').input.is(':checked');"));
            agent.leaveField();
            agent.submit(() -> agent.press("j"));
            assertTrue(agent.currentUrl().endsWith("protocol=" + older), agent.currentUrl());
            agent.submit(() -> agent.press("k"));
            assertTrue(agent.currentUrl().endsWith("protocol=" + protocol), agent.currentUrl());
            agent.press("/");
            assertEquals("globalSearch", agent.script("return document.activeElement.id;"),
                    "/: the header's search box");
            agent.leaveField();

            // the session ends while the agent writes: the draft stays in the browser, the agent comes back here
            agent.write("replyForm:body", "Reply written before the session ended");
            assertTrue(agent.waitFor("return Object.keys(localStorage).some(k => k.endsWith(':" + protocol + "')"
                    + " && localStorage.getItem(k).includes('session ended'));"));
            agent.loseSession();
            agent.submit(By.id("replyForm:sendReply"));
            agent.type(By.id("loginForm:email"), account.supportAgentEmail);
            agent.type(By.id("loginForm:password"), TestAccount.PASSWORD);
            agent.submit(By.id("loginForm:signIn"));
            assertTrue(agent.currentUrl().endsWith("/agent/ticket.xhtml?protocol=" + protocol), agent.currentUrl());
            assertTrue(agent.waitForText(By.id("draftRestored"), "Draft restored"));
            assertEquals("Reply written before the session ended", agent.editorText("replyForm:body"));
            agent.submit(By.id("replyForm:sendReply"));
            assertTrue(agent.waitForText(By.cssSelector(".ui-messages-info-summary"), "Reply sent"));
            assertTrue(agent.waitFor("return !Object.keys(localStorage).some(k => k.endsWith(':" + protocol
                    + "'));"), "the draft is forgotten once sent");

            agent.click(By.id("actionsForm:finish"));
            assertTrue(agent.waitForText(By.id("actionsForm:confirmDialog"), "The customer is told by e-mail"));
            agent.click(By.id("actionsForm:confirmNo"));
            assertEquals("Answered, waiting for customer", agent.text(By.id("situation")));
            agent.submitConfirmed(By.id("actionsForm:finish"), "actionsForm");
            assertTrue(agent.waitForText(By.id("situation"), "Finished"));
            for (String gone : List.of("replyForm", "actionsForm:assign", "actionsForm:changeStatus",
                    "actionsForm:changePriority", "actionsForm:transfer", "actionsForm:schedule",
                    "actionsForm:cancel", "timeForm:logTime")) {
                assertFalse(agent.isPresent(By.id(gone)), gone + " on a closed ticket");
            }
            assertTrue(agent.isPresent(By.id("actionsForm:reopen")));
            agent.screenshot("ticket-page-closed");
            agent.assertFitsSmallScreen();
            agent.submit(By.id("actionsForm:reopen"));

            agent.choose("actionsForm:agentId", "Support Agent " + account.suffix);
            agent.submit(By.id("actionsForm:assign"));
            agent.choose("actionsForm:departmentId", "Finance " + account.suffix);
            agent.waitForAjax();
            agent.choose("actionsForm:categoryId", "Refunds");
            assertTrue(agent.waitForText(By.id("actionsForm:transferAssigneeBox"),
                    "Keep Support Agent " + account.suffix));
            agent.click(By.xpath("//*[@id='actionsForm:transferAssignee']//label[contains(., 'unassigned')]"));
            agent.submit(By.id("actionsForm:transfer"));
            assertTrue(agent.waitForText(By.cssSelector(".ui-messages-info-summary"), "transferred"));

            for (String wrong : List.of("abc", "", String.valueOf(foreign), String.valueOf(protocol))) {
                agent.open("/agent/ticket.xhtml?protocol=" + wrong);
                assertTrue(agent.waitForText(By.id("errorTitle"), "Page not found"), wrong);
                assertFalse(agent.pageText().contains("???"), wrong);
            }
        }
        JsonObject moved = TestAccount.ok(account.admin.get("/tickets/" + protocol));
        assertTrue(!moved.containsKey("assignedAgentName") || moved.isNull("assignedAgentName"), "released as asked");
        List<String> lastLines = moved.getJsonArray("history").stream().map(JsonObject.class::cast)
                .skip(moved.getJsonArray("history").size() - 2)
                .map(e -> e.getString("kind") + ":" + e.getString("before", "") + ">" + e.getString("after", "-"))
                .toList();
        assertEquals(List.of("TRANSFERRED:Support " + account.suffix + " / Access>Finance " + account.suffix
                + " / Refunds", "ASSIGNED:Support Agent " + account.suffix + ">-"), lastLines);
        assertEquals(404, agentApi.get("/tickets/" + protocol).status(), "gone from the support agent's scope");
    }

    private static byte[] png(Color color) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                image.setRGB(x, y, color.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String minimalPdf() {
        return "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    }
}
