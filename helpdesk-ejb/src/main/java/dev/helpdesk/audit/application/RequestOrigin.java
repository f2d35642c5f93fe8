package dev.helpdesk.audit.application;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request comes from (the client's address), set by the web module for the audit log. */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String address() {
        return address;
    }

    public void address(String clientAddress) {
        this.address = clientAddress;
    }
}
