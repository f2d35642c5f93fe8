package dev.helpdesk.mail.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers that keep the help desk's mails from starting a mail loop with an automatic responder (an
 * out-of-office reply, another help desk): {@code Auto-Submitted} (RFC 3834), which standard responders honour;
 * {@code X-Auto-Response-Suppress: All}, which Exchange and Outlook honour; and {@code Precedence}, which older
 * vacation programs read. The help desk itself takes in no mail that carries them (see the e-mail channel), so two
 * help desks never answer each other.
 */
public final class LoopHeaders {

    private LoopHeaders() {
    }

    /** The headers, by name, in the order they are written. */
    public static Map<String, String> of(MailKind kind) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Auto-Submitted", kind.autoSubmitted());
        headers.put("X-Auto-Response-Suppress", "All");
        headers.put("Precedence", kind.precedence());
        return headers;
    }
}
