package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.CategoryView;

/** A department's category as the API shows it: its place among the department's categories and whether it is offered. */
public record CategoryJson(Long id, String name, int position, boolean active) {

    static CategoryJson of(CategoryView v) {
        return new CategoryJson(v.id(), v.name(), v.position(), v.active());
    }
}
