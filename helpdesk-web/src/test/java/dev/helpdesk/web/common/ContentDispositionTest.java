package dev.helpdesk.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void namesTheFileInAsciiAndInPercentEncodedUtf8() {
        assertEquals("attachment; filename=\"relatorio marco.pdf\"; "
                        + "filename*=UTF-8''relat%C3%B3rio%20mar%C3%A7o.pdf",
                ContentDisposition.of(false, "relatório março.pdf"));
        assertEquals("inline; filename=\"a.png\"; filename*=UTF-8''a.png", ContentDisposition.of(true, "a.png"));
    }

    @Test
    void theAsciiNameNeverBreaksOutOfItsQuotes() {
        assertEquals("attachment; filename=\"_x_ _.txt\"; filename*=UTF-8''%22x%5C%20%E6%97%A5.txt",
                ContentDisposition.of(false, "\"x\\ 日.txt"));
        assertEquals("a_b", ContentDisposition.asciiFallback("a\r\nb".replace("\r", "")));
        assertEquals("_", ContentDisposition.asciiFallback("\uD83D\uDE00"), "one code point, one mark");
        assertEquals("%2A%27%28%29%3B%2C", ContentDisposition.percentEncoded("*'();,"));
        assertEquals("attachment; filename=\"file\"; filename*=UTF-8''file", ContentDisposition.of(false, " "));
    }
}
