package dev.helpdesk.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void keepsTheEditorsFormatting() {
        String html = RichText.sanitize("<p><strong>Bold</strong> <em>italic</em> <u>under</u> <s>gone</s></p>"
                + "<blockquote>quoted</blockquote><h2>Title</h2>");
        assertEquals("<p><strong>Bold</strong> <em>italic</em> <u>under</u> <s>gone</s></p>"
                + "<blockquote>quoted</blockquote><h2>Title</h2>", html);
    }

    @Test
    void dropsScriptsHandlersStylesAndClasses() {
        String html = RichText.sanitize("<p style=\"position:fixed;width:9999px\" class=\"ql-x\" onclick=\"x()\">Hi"
                + "<script>alert(1)</script><img src=x onerror=alert(2)><iframe src=\"https://evil.example\">"
                + "</iframe><span style=\"font-size:90px\">there</span></p><style>body{display:none}</style>");
        assertEquals("<p>Hithere</p>", html);
    }

    @Test
    void linksGoOnlyToWebAndMailAddressesAndCarryNofollowNoopener() {
        String link = RichText.sanitize("<a href=\"https://example.com/a\" target=\"_blank\" rel=\"opener\">site</a>");
        assertTrue(link.matches("<a href=\"https://example.com/a\" rel=\"[a-z ]+\">site</a>"), link);
        assertTrue(link.contains("nofollow") && link.contains("noopener") && !link.contains("target"), link);
        assertEquals("<a href=\"mailto:ana&#64;example.com\" rel=\"nofollow noopener\">Ana</a>",
                relsInOrder(RichText.sanitize("<a href=\"mailto:ana@example.com\">Ana</a>")));
        assertEquals("bad", RichText.sanitize("<a href=\"javascript:alert(1)\">bad</a>"));
        assertEquals("relative", RichText.sanitize("<a href=\"/helpdesk/admin\">relative</a>"));
        assertEquals("cid", RichText.sanitize("<a href=\"cid:pasted-0\">cid</a>"));
        assertEquals("", RichText.sanitize("<img src=\"https://tracker.example/pixel.gif\">"));
    }

    @Test
    void quillBulletListsBecomeUnorderedListsAndNumberedOnesStay() {
        assertEquals("<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>", RichText.sanitize(
                "<ol><li data-list=\"bullet\">one</li><li data-list=\"bullet\">two</li></ol>"
                        + "<ol><li data-list=\"ordered\">first</li></ol>"));
    }

    @Test
    void pastedImagesBecomeFilesReferencedFromTheBody() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        MessageBody body = RichText.fromEditor("<p>Look:</p><p><img src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png) + "\"></p>");
        assertEquals("<p>Look:</p><p><img src=\"cid:pasted-0\" alt=\"pasted-0\" /></p>", body.html());
        assertEquals(1, body.pastedImages().size());
        assertEquals("pasted-0.png", body.pastedImages().get(0).fileName());
        assertEquals("image/png", body.pastedImages().get(0).contentType());
        assertArrayEquals(png, body.pastedImages().get(0).content());
        assertFalse(body.html().contains("data:"));
        assertEquals("Look:\n[pasted-0]", body.text());
    }

    @Test
    void aDataUriOfAnotherTypeIsDroppedNotKept() {
        MessageBody body = RichText.fromEditor("<p>x<img src=\"data:image/svg+xml;base64,PHN2Zz4=\"></p>");
        assertEquals("<p>x</p>", body.html());
        assertTrue(body.pastedImages().isEmpty());
    }

    @Test
    void anEmptyEditorIsNoText() {
        MessageBody body = RichText.fromEditor("<p><br></p>");
        assertNull(body.text());
        assertNull(RichText.fromEditor("  ").text());
    }

    @Test
    void tooLongHtmlIsRefusedNamingTheBody() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RichText.fromEditor("<p>" + "<strong>a</strong>".repeat(RichText.MAX_HTML_LENGTH / 10) + "</p>"));
        assertEquals("body", e.field());
    }

    @Test
    void aMailShowsTheTemplateEscapedAndTheRichBodyAsIs() {
        String html = RichText.textWithHtml("Olá <Ana> & cia,\n@@m@@\nAtt.", "@@m@@",
                RichText.forMail("<p><strong>Pronto</strong><img src=\"cid:pasted-0\" alt=\"pasted-0\" /></p>"));
        assertEquals("<div>Olá &lt;Ana&gt; &amp; cia,<br>\n<p><strong>Pronto</strong>[pasted-0]</p><br>\nAtt.</div>",
                html);
    }

    /** The sanitizer writes the rel values in an order of its own. */
    private static String relsInOrder(String html) {
        return html.replace("rel=\"noopener nofollow\"", "rel=\"nofollow noopener\"");
    }
}
