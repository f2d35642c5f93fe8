package dev.helpdesk.operations.application;

import dev.helpdesk.directory.application.AccountMailRecipientsService;
import dev.helpdesk.directory.domain.AccountMail;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.mail.application.MailDraft;
import dev.helpdesk.mail.application.MailTexts;
import dev.helpdesk.mail.application.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.time.Instant;

/**
 * Mails the operators that a job run failed, once per run and administrator: the administrators chosen for job
 * failures among the account mails (every active administrator unless chosen otherwise). Internal: called by the
 * jobs' listener.
 */
@Stateless
@LocalBean
@PermitAll
public class JobFailureNotice {

    @EJB
    private AccountMailRecipientsService recipients;

    @EJB
    private Outbox outbox;

    public void runFailed(String jobName, long executionId, String exitStatus, Instant at) {
        for (Agent admin : recipients.administratorsFor(AccountMail.JOB_FAILED)) {
            outbox.write(new MailDraft("job-failed:" + executionId + ":" + admin.id(), admin.email(),
                    MailTexts.subject("jobFailed", admin.language(), jobName),
                    MailTexts.body("jobFailed", admin.language(), jobName, String.valueOf(executionId),
                            MailTexts.when(at, admin.language()), String.valueOf(exitStatus)),
                    null));
        }
    }
}
