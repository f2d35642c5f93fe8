package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.AccountMailChoice;
import dev.helpdesk.directory.application.AccountMailRecipientsService;
import dev.helpdesk.directory.domain.AccountMail;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.api.ApiRequests;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Account mails (C4): which administrators get the SLA alerts, job failures, security notices and owner changes,
 * keyed by kind: {@code {"JOB_FAILED": {"allAdministrators": false, "agentIds": [3, 7]}}}. Administrators.
 */
@Path("/v1/account/mail-recipients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountMailRecipientsResource {

    @EJB
    private AccountMailRecipientsService recipients;

    @GET
    public Map<AccountMail, RecipientsJson> mailRecipients() {
        return json(recipients.current());
    }

    /** The kinds given change, all together or none; the others stay. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<AccountMail, RecipientsJson> chooseMailRecipients(Map<String, RecipientsJson> body) {
        List<AccountMailChoice> choices = new ArrayList<>();
        ApiRequests.require(body).forEach((kind, choice) -> {
            AccountMail mail = ApiRequests.option(AccountMail.class, kind, kind);
            if (mail == null) {
                throw new InvalidInputException("kind", "validation.option");
            }
            if (choice == null || choice.allAdministrators() == null) {
                throw new InvalidInputException(mail.name() + ".allAdministrators", "validation.required");
            }
            if (choice.agentIds() != null && choice.agentIds().contains(null)) {
                throw new InvalidInputException(mail.name() + ".agentIds", "validation.required");
            }
            choices.add(new AccountMailChoice(mail, choice.allAdministrators(), choice.agentIds()));
        });
        return json(recipients.change(choices));
    }

    /** Who gets one kind: every active administrator, or the ones listed. */
    public record RecipientsJson(Boolean allAdministrators, List<Long> agentIds) {
    }

    private static Map<AccountMail, RecipientsJson> json(List<AccountMailChoice> choices) {
        Map<AccountMail, RecipientsJson> byKind = new LinkedHashMap<>();
        choices.forEach(c -> byKind.put(c.kind(), new RecipientsJson(c.allAdministrators(), c.agentIds())));
        return byKind;
    }
}
