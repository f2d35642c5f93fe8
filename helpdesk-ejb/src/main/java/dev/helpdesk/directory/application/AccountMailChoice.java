package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.AccountMail;
import java.io.Serializable;
import java.util.List;

/**
 * Who gets one kind of account mail (C4): every active administrator, or the administrators chosen (by id; ignored
 * while every administrator gets it).
 */
public record AccountMailChoice(AccountMail kind, boolean allAdministrators, List<Long> agentIds)
        implements Serializable {

    public AccountMailChoice {
        agentIds = agentIds == null ? List.of() : List.copyOf(agentIds);
    }
}
