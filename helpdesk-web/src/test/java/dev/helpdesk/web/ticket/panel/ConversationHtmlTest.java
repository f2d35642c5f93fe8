package dev.helpdesk.web.ticket.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.helpdesk.workspace.application.AttachmentInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationHtmlTest {

    @Test
    void pastedImagesPointAtTheMessagesFilesAndOpenFullSize() {
        List<AttachmentInfo> files = List.of(new AttachmentInfo(41L, 7L, "pasted-0.png", "image/png", 10),
                new AttachmentInfo(42L, 7L, "report.pdf", "application/pdf", 20));
        assertEquals("<p>see<a href=\"/helpdesk/attachments/41\" target=\"_blank\" rel=\"noopener\""
                        + " class=\"hd-inline-image\"><img src=\"/helpdesk/attachments/41\" alt=\"pasted-0\" /></a></p>",
                ConversationHtml.withImages("<p>see<img src=\"cid:pasted-0\" alt=\"pasted-0\" /></p>", files,
                        "/helpdesk"));
        assertEquals("<p>gone</p>", ConversationHtml.withImages(
                "<p>gone<img src=\"cid:pasted-5\" alt=\"pasted-5\" /></p>", files, "/helpdesk"));
    }

    @Test
    void cannedTextBecomesEscapedParagraphs() {
        assertEquals("<p>Olá &lt;b&gt;Ana&lt;/b&gt; &amp; cia,</p><p><br></p><p>pode testar?</p>",
                ConversationHtml.paragraphs("Olá <b>Ana</b> & cia,\n\npode testar?"));
    }

    @Test
    void onlyAPlainNumberIsAProtocol() {
        assertEquals(12L, TicketView.parsedProtocol("12"));
        assertEquals(12L, TicketView.parsedProtocol("#12"));
        assertNull(TicketView.parsedProtocol("abc"));
        assertNull(TicketView.parsedProtocol(""));
        assertNull(TicketView.parsedProtocol(null));
        assertNull(TicketView.parsedProtocol("99999999999999999999"));
    }
}
