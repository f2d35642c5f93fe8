package dev.helpdesk.inbound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuotedTextTest {

    @Test
    void cutsTheQuotedConversationUnderAReply() {
        assertEquals("Funcionou, obrigado!", QuotedText.strip("""
                Funcionou, obrigado!

                Em seg., 23 de nov. de 2026 às 10:00, Suporte <suporte@helpdesk.test> escreveu:
                > Olá, Ana.
                > Reinicie a impressora.
                """));
        assertEquals("Thanks", QuotedText.strip("Thanks\n\nOn Mon, Nov 23, 2026 at 10:00 AM Support wrote:\n> Hi"));
        assertEquals("Segue.", QuotedText.strip("""
                Segue.

                De: Suporte <suporte@helpdesk.test>
                Enviada em: segunda-feira, 23 de novembro de 2026 10:00
                Assunto: [#5] Resposta
                """));
        assertEquals("Sim\n> não é citação no meio\nfim", QuotedText.strip("Sim\n> não é citação no meio\nfim"));
    }

    @Test
    void keepsTheTextWhenEverythingIsQuoted() {
        assertEquals("> only a quote", QuotedText.strip("> only a quote"));
    }
}
