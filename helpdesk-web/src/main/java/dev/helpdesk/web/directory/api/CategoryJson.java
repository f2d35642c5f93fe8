package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.CategoryView;

/** A department's category as the API shows it. */
public record CategoryJson(Long id, String name) {

    static CategoryJson of(CategoryView v) {
        return new CategoryJson(v.id(), v.name());
    }
}
