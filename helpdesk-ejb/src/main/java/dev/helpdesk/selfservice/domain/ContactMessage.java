package dev.helpdesk.selfservice.domain;

import dev.helpdesk.directory.domain.Person;
import dev.helpdesk.shared.domain.Inputs;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.domain.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What someone sends with the public contact form: who they are (name, e-mail), the department they write to, a
 * subject and the message, which is held to {@link #MAX_MESSAGE_LENGTH} characters (a form is no place for a
 * document, and the limit keeps floods small).
 */
public record ContactMessage(String name, String email, Long departmentId, String subject, String message) {

    public static final int MAX_MESSAGE_LENGTH = 10_000;

    /** Every field that breaks a rule, in the order of the form, each with its message: all of them at once. */
    public List<InvalidInputException> problems() {
        List<InvalidInputException> problems = new ArrayList<>();
        check(problems, () -> Inputs.requiredText("name", name, Person.MAX_NAME_LENGTH));
        check(problems, () -> Inputs.email("email", email));
        check(problems, () -> Inputs.required("departmentId", departmentId));
        check(problems, () -> Inputs.requiredText("subject", subject, Ticket.MAX_SUBJECT_LENGTH));
        check(problems, () -> Inputs.requiredText("message", message, MAX_MESSAGE_LENGTH));
        return problems;
    }

    /** The message as stored: trimmed; the first problem, if any, is thrown. */
    public ContactMessage cleaned() {
        List<InvalidInputException> problems = problems();
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return new ContactMessage(name.strip(), Inputs.email("email", email), departmentId, subject.strip(),
                message.strip());
    }

    private static void check(List<InvalidInputException> problems, Supplier<?> rule) {
        try {
            rule.get();
        } catch (InvalidInputException e) {
            problems.add(e);
        }
    }
}
