package dev.helpdesk.web.ticket.api;

import dev.helpdesk.ticket.application.RenderedResponse;

/** A canned response filled in for one ticket as the API shows it. */
public record RenderedResponseJson(Long id, String title, String text) {

    static RenderedResponseJson of(RenderedResponse v) {
        return new RenderedResponseJson(v.id(), v.title(), v.text());
    }
}
