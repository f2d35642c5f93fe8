package dev.helpdesk.ticket.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.util.Arrays;

/** Ticket priority with TomTicket's codes; new tickets start LOW. */
public enum Priority {
    LOW(1), NORMAL(2), HIGH(3), URGENT(4);

    private final int code;

    Priority(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Priority ofCode(int code) {
        return Arrays.stream(values()).filter(p -> p.code == code).findFirst()
                .orElseThrow(() -> new InvalidInputException("priority", "validation.priority"));
    }
}
