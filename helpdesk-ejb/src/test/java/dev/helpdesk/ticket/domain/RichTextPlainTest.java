package dev.helpdesk.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RichTextPlainTest {

    @Test
    void paragraphsAndLineBreaksBecomeLines() {
        assertEquals("Hello Ana,\nfirst line\nsecond line", RichTextPlain.of(
                "<p>Hello <strong>Ana</strong>,</p><p>first line<br />second line</p>"));
    }

    @Test
    void listsAreBulletedOrNumbered() {
        assertEquals("Steps:\n1. restart\n2. sign in\nNotes:\n- a\n- b", RichTextPlain.of(
                "<p>Steps:</p><ol><li>restart</li><li>sign in</li></ol><p>Notes:</p><ul><li>a</li><li>b</li></ul>"));
    }

    @Test
    void quotesArePrefixedAndLinksShowTheirAddress() {
        assertEquals("> you wrote\n> this\nsee the guide (https://example.com/guide) or ana@example.com",
                RichTextPlain.of("<blockquote>you wrote<br />this</blockquote><p>see <a href=\"https://example.com/guide\">"
                        + "the guide</a> or <a href=\"mailto:ana@example.com\">ana@example.com</a></p>"));
    }

    @Test
    void entitiesAreDecoded() {
        assertEquals("a < b & \"c\"", RichTextPlain.of("<p>a &lt; b &amp; &#34;c&#34;</p>"));
    }
}
