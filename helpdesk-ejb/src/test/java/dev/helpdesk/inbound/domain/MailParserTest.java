package dev.helpdesk.inbound.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.ticket.domain.FileUpload;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailParserTest {

    private static ParsedMail parse(String raw) throws MalformedMailException {
        return MailParser.parse(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void prefersThePlainTextAlternative() throws Exception {
        ParsedMail mail = parse("""
                From: "Ana Souza" <Ana@Example.com>
                To: suporte@helpdesk.test
                Subject: Impressora parada
                Message-ID: <abc-1@example.com>
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8

                A impressora do 2º andar parou.
                --b1
                Content-Type: text/html; charset=UTF-8

                <p>A impressora do <b>2º andar</b> parou.</p>
                --b1--
                """);
        assertEquals("<abc-1@example.com>", mail.key());
        assertEquals("ana@example.com", mail.senderAddress());
        assertEquals("Ana Souza", mail.displayName());
        assertEquals("Impressora parada", mail.subject());
        assertEquals("A impressora do 2º andar parou.", mail.text());
        assertTrue(mail.attachments().isEmpty());
        assertFalse(mail.automatic());
    }

    @Test
    void turnsHtmlIntoTextWithoutScriptsStylesOrMarkup() throws Exception {
        ParsedMail mail = parse("""
                From: bob@example.com
                Subject: html
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p{color:red}</style><script>alert('x')</script></head>
                <body><p>Ol&aacute; &amp; bom dia</p><div>Linha&nbsp;2<br>Linha 3</div>
                <ul><li>um</li><li>dois</li></ul><a href="https://example.com/x">veja</a>
                <img src=x onerror="alert(1)"></body></html>
                """);
        assertEquals("Olá & bom dia\n\nLinha\u00a02\nLinha 3\n\n- um\n- dois\nveja (https://example.com/x)",
                mail.text());
        assertFalse(mail.text().contains("alert"));
        assertEquals("bob", mail.displayName());
    }

    @Test
    void readsLatin1AndWindows1252TextAndEncodedHeaders() throws Exception {
        byte[] body = "Configura\u00e7\u00e3o \u201cnova\u201d".getBytes(Charset.forName("windows-1252"));
        String raw = "From: =?ISO-8859-1?Q?Jos=E9_Ara=FAjo?= <jose@example.com>\r\n"
                + "Subject: =?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(
                "Não consigo acessar — urgente".getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "Content-Type: text/plain; charset=iso-8859-1\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n";
        byte[] message = concat(raw.getBytes(StandardCharsets.US_ASCII), body);
        ParsedMail mail = MailParser.parse(message);
        assertEquals("José Araújo", mail.displayName());
        assertEquals("Não consigo acessar — urgente", mail.subject());
        assertEquals("Configuração “nova”", mail.text());
    }

    @Test
    void guessesTheCharsetOfUnlabelledText() {
        assertEquals("ação", MailParser.decode("ação".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("ação", MailParser.decode("ação".getBytes(Charset.forName("windows-1252")), null));
        assertEquals("ação", MailParser.decode("ação".getBytes(Charset.forName("windows-1252")), "x-unknown"));
    }

    @Test
    void keepsAttachmentsWithEncodedNames() throws Exception {
        ParsedMail mail = parse("""
                From: carla@example.com
                Subject: anexos
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain; charset=UTF-8

                Seguem os arquivos.
                --m
                Content-Type: application/pdf
                Content-Disposition: attachment; filename*=UTF-8''relat%C3%B3rio%20mar%C3%A7o.pdf
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --m
                Content-Type: image/png; name="=?UTF-8?Q?captura_de_tela_=C3=A7.png?="
                Content-Disposition: inline; filename="=?UTF-8?Q?captura_de_tela_=C3=A7.png?="
                Content-ID: <img1>
                Content-Transfer-Encoding: base64

                iVBORw0K
                --m--
                """);
        assertEquals("Seguem os arquivos.", mail.text());
        List<FileUpload> files = mail.attachments();
        assertEquals(2, files.size());
        assertEquals("relatório março.pdf", files.get(0).fileName());
        assertEquals("application/pdf", files.get(0).contentType());
        assertArrayEquals("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), files.get(0).content());
        assertEquals("captura de tela ç.png", files.get(1).fileName());
        assertEquals("image/png", files.get(1).contentType());
    }

    @Test
    void readsWhatTheReceivingServersFoundOfTheSender() throws Exception {
        ParsedMail mail = parse("""
                Authentication-Results: mx.empresa.example;
                 spf=pass smtp.mailfrom=example.com;
                 dkim=fail (bad signature) header.d=example.com;
                 dmarc=fail (p=reject dis=none) header.from=example.com
                Authentication-Results: relay.example; spf=pass
                From: ana@example.com
                Subject: oi

                ok
                """);
        assertEquals(true, mail.authentication().failed(Optional.empty()));
        assertEquals(true, mail.authentication().failed(Optional.of("MX.empresa.example")));
        assertEquals(false, mail.authentication().failed(Optional.of("relay.example")));
        assertEquals(false, parse("From: ana@example.com\nSubject: oi\n\nok\n").authentication()
                .failed(Optional.empty()), "no results, nothing failed");
    }

    @Test
    void keepsTheMessagesAReplyAnswers() throws Exception {
        ParsedMail reply = parse("""
                From: ana@example.com
                Subject: Re: [#77] Resposta ao seu chamado
                In-Reply-To: <5f1c@helpdesk>
                References: <ticket-42@helpdesk> <5f1c@helpdesk>

                ok
                """);
        assertEquals(List.of("<5f1c@helpdesk>", "<ticket-42@helpdesk>"), reply.references());
    }

    @Test
    void recognisesAutomaticMessages() throws Exception {
        assertTrue(parse("From: ana@example.com\nAuto-Submitted: auto-replied\nSubject: Fora do escritório\n\nx\n")
                .automatic());
        assertTrue(parse("From: ana@example.com\nPrecedence: bulk\nSubject: news\n\nx\n").automatic());
        assertTrue(parse("From: MAILER-DAEMON@example.com\nSubject: Undelivered\n\nx\n").automatic());
        assertFalse(parse("From: ana@example.com\nAuto-Submitted: no\nSubject: oi\n\nx\n").automatic());
    }

    @Test
    void recognisesBouncesAndAutoSubmittedWithParameters() throws Exception {
        assertTrue(parse("Return-Path: <>\nFrom: postmaster-bot@mx.example.com\nSubject: Delivery Status\n\nx\n")
                .automatic(), "a null reverse path is a bounce or another notification");
        assertFalse(parse("Return-Path: <ana@example.com>\nFrom: ana@example.com\nSubject: oi\n\nx\n")
                .automatic());
        assertTrue(parse("From: ana@example.com\nAuto-Submitted: Auto-Replied; owner-email=\"ana@example.com\"\n"
                + "Subject: Férias\n\nx\n").automatic());
        assertTrue(parse("From: ana@example.com\nAuto-Submitted: auto-generated (monitoring)\nSubject: alert\n\nx\n")
                .automatic());
        assertFalse(parse("From: ana@example.com\nAuto-Submitted: No (sent by a person)\nSubject: oi\n\nx\n")
                .automatic());
        assertTrue(parse("From: ana@example.com\nPrecedence: Auto_Reply\nSubject: oi\n\nx\n").automatic());
        ParsedMail report = parse("""
                From: Mail Delivery System <mailer@mx.example.com>
                Subject: Undelivered Mail Returned to Sender
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"

                --r
                Content-Type: text/plain

                The mail could not be delivered.
                --r
                Content-Type: message/delivery-status

                Status: 5.1.1
                --r--
                """);
        assertTrue(report.automatic());
        assertFalse(report.mayBeAnsweredAutomatically());
    }

    @Test
    void aSenderWhoAsksForNoAutomaticAnswerIsStillTakenIn() throws Exception {
        ParsedMail mail = parse("From: ana@example.com\nX-Auto-Response-Suppress: DR, OOF, AutoReply\nSubject: oi\n\nx\n");
        assertFalse(mail.automatic());
        assertTrue(mail.suppressesAutoReplies());
        assertFalse(mail.mayBeAnsweredAutomatically());
        ParsedMail receipts = parse("From: ana@example.com\nX-Auto-Response-Suppress: DR, RN\nSubject: oi\n\nx\n");
        assertTrue(receipts.mayBeAnsweredAutomatically(), "only receipts suppressed: a confirmation may go");
        assertTrue(parse("From: ana@example.com\nSubject: oi\n\nx\n").mayBeAnsweredAutomatically());
    }

    @Test
    void keepsTheInlineImagesOfTheHtmlAlternativeWhenThePlainTextIsRead() throws Exception {
        ParsedMail mail = parse("""
                From: ana@example.com
                Subject: print
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset=UTF-8

                Veja a tela: [image: erro]
                --alt
                Content-Type: multipart/related; boundary="rel"

                --rel
                Content-Type: text/html; charset=UTF-8

                <p>Veja a tela: <img src="cid:erro@mail"><img src="cid:logo@mail"></p>
                --rel
                Content-Type: image/png
                Content-ID: <erro@mail>
                Content-Disposition: inline
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --rel
                Content-Type: image/jpeg; name="logo.jpg"
                Content-ID: <logo@mail>
                Content-Transfer-Encoding: base64

                /9j/4AA=
                --rel--
                --alt--
                """);
        assertEquals("Veja a tela: [image: erro]", mail.text(), "the text is the plain one, once");
        assertEquals(2, mail.attachments().size());
        FileUpload screenshot = mail.attachments().get(0);
        assertEquals("image-1.png", screenshot.fileName());
        assertEquals("image/png", screenshot.contentType());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, screenshot.content());
        assertEquals("logo.jpg", mail.attachments().get(1).fileName());
        assertEquals("image/jpeg", mail.attachments().get(1).contentType());
    }

    @Test
    void keepsTheInlineImagesOfAnHtmlOnlyMailAndNamesThemInOrder() throws Exception {
        ParsedMail mail = parse("""
                From: ana@example.com
                Subject: print
                Content-Type: multipart/related; boundary="rel"

                --rel
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/html; charset=UTF-8

                <p>Duas telas <img src="cid:a"> <img src="cid:b"></p>
                --alt--
                --rel
                Content-Type: image/gif
                Content-ID: <a>

                GIF89a
                --rel
                Content-Type: image/jpeg
                Content-ID: <b>

                jpeg
                --rel
                Content-Type: application/pdf

                %PDF
                --rel--
                """);
        assertEquals("Duas telas", mail.text().strip());
        assertEquals(List.of("image-1.gif", "image-2.jpg", "attachment.pdf"),
                mail.attachments().stream().map(FileUpload::fileName).toList());
    }

    @Test
    void anUnnamedFileIsNamedByItsType() {
        assertEquals("image-3.png", MailParser.unnamed("image/png", 3));
        assertEquals("image-1.svg", MailParser.unnamed("image/svg+xml", 1));
        assertEquals("attachment.pdf", MailParser.unnamed("application/pdf", 0));
        assertEquals("attachment", MailParser.unnamed("application/octet-stream", 0));
        assertEquals("message.eml", MailParser.unnamed("message/rfc822", 0));
    }

    @Test
    void aMailSentOnSomeonesBehalfIsTheirsThroughReplyTo() throws Exception {
        ParsedMail form = parse("From: Formulario <noreply@site.example>\nReply-To: Bia Souza <bia@example.com>\n"
                + "Subject: Contato\n\nQuero ajuda\n");
        assertEquals("bia@example.com", form.senderAddress());
        assertEquals("Bia Souza", form.senderName());
        assertEquals("noreply@site.example", form.fromAddress());
        assertFalse(form.automatic());

        ParsedMail direct = parse("From: Ana <Ana@Example.com>\nSubject: oi\n\nx\n");
        assertEquals("ana@example.com", direct.senderAddress());
        assertEquals("Ana", direct.senderName());
        assertEquals("ana@example.com", parse("From: ana@example.com\nReply-To: not an address\nSubject: oi\n\nx\n")
                .senderAddress(), "an unusable Reply-To is passed over");
        assertTrue(parse("From: MAILER-DAEMON@example.com\nReply-To: bia@example.com\nSubject: Undelivered\n\nx\n")
                .automatic(), "the robot check reads From");
    }

    @Test
    void aMessageWithoutMessageIdIsKnownByItsDigest() throws Exception {
        String raw = "From: ana@example.com\nSubject: sem id\n\ncorpo\n";
        ParsedMail first = parse(raw);
        assertTrue(first.key().startsWith("sha256:"));
        assertEquals(first.key(), parse(raw).key());
        assertFalse(first.key().equals(parse(raw + "mais\n").key()));
    }

    @Test
    void aMessageWithoutSenderIsMalformed() {
        assertThrows(MalformedMailException.class, () -> parse("Subject: ninguém\n\ncorpo\n"));
        assertThrows(MalformedMailException.class, () -> parse("From: not an address\nSubject: x\n\ncorpo\n"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void controlCharactersOfAMailAreTakenOutSoTheTicketCanBeOpened() throws Exception {
        ParsedMail mail = parse("""
                From: "Ana\u0007" <ana@example.com>
                Subject: Impressora\u0000 parada
                Content-Type: text/plain; charset=UTF-8

                Linha\f1
                Linha\u001b 2
                """);
        assertEquals("Ana", mail.displayName());
        assertEquals("Impressora  parada", mail.subject());
        assertEquals("Linha 1\nLinha  2", mail.text());
    }
}
