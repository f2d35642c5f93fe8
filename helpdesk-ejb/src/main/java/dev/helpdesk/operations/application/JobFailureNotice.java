package dev.helpdesk.operations.application;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.mail.application.MailDraft;
import dev.helpdesk.mail.application.MailTexts;
import dev.helpdesk.mail.application.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Mails the operators (the active administrators) that a job run failed, once per run and administrator. Internal:
 * called by the jobs' listener.
 */
@Stateless
@LocalBean
@PermitAll
public class JobFailureNotice {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Outbox outbox;

    public void runFailed(String jobName, long executionId, String exitStatus, Instant at) {
        for (Agent admin : em.createQuery("SELECT a FROM Agent a WHERE a.role = :admin AND a.active = TRUE",
                        Agent.class)
                .setParameter("admin", AgentRole.ADMIN)
                .getResultList()) {
            outbox.write(new MailDraft("job-failed:" + executionId + ":" + admin.id(), admin.email(),
                    MailTexts.subject("jobFailed", admin.language(), jobName),
                    MailTexts.body("jobFailed", admin.language(), jobName, String.valueOf(executionId),
                            MailTexts.when(at, admin.language()), String.valueOf(exitStatus)),
                    null));
        }
    }
}
