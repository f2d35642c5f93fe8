package dev.helpdesk.web.selfservice.panel;

import dev.helpdesk.selfservice.application.ContactDepartment;
import dev.helpdesk.selfservice.application.ContactForm;
import dev.helpdesk.selfservice.domain.ContactMessage;
import dev.helpdesk.shared.domain.AccessDeniedException;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.ThrottledException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;

/**
 * The public contact form: name, e-mail, department, subject and message open a ticket for the sender. The page is
 * stateless (nothing of it is kept in a session), so it works inside a frame of the company's site, where browsers
 * do not send the help desk's session cookie. Every wrong field gets its message at once. A field people do not see
 * (the honeypot, {@code website}) is filled in by robots only: such a message is answered as any other and dropped.
 */
@Named
@RequestScoped
public class ContactView {

    private static final String FORM = "contactForm";
    private static final Logger LOG = Logger.getLogger(ContactView.class.getName());

    @EJB
    private ContactForm contactForm;

    private List<ContactDepartment> departments;
    private String name;
    private String email;
    private Long departmentId;
    private String subject;
    private String message;
    private String website;
    private String sentTo;

    @PostConstruct
    void init() {
        departments = contactForm.departments();
    }

    /** Not found while the contact form is off. */
    public void load() throws IOException {
        if (!contactForm.isOpen()) {
            RegisterView.notFound();
        }
    }

    public void send() {
        ContactMessage typed = new ContactMessage(name, email, departmentId, subject, message);
        if (website != null && !website.isBlank()) {
            LOG.fine("A contact form message with the honeypot field filled in was dropped");
            sentTo = typed.email() == null ? "" : typed.email().strip();
            Messages.info("contact.sent", sentTo);
            return;
        }
        List<InvalidInputException> problems = typed.problems();
        if (!problems.isEmpty()) {
            problems.forEach(e -> Messages.fieldError(FORM, e));
            return;
        }
        try {
            sentTo = contactForm.send(typed).email();
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return;
        } catch (ThrottledException e) {
            Messages.error(e.messageKey());
            return;
        } catch (AccessDeniedException e) {
            Messages.error("contact.closed");
            return;
        }
        Messages.info("contact.sent", sentTo);
    }

    public List<ContactDepartment> getDepartments() {
        return departments;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    /** The address the confirmation went to, once a message was sent. */
    public String getSentTo() {
        return sentTo;
    }
}
