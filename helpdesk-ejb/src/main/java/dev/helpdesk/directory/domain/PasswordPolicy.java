package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.Inputs;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** The weakest password the account accepts wherever a password is set (D5); one row. */
@Entity
public class PasswordPolicy {

    public static final long ID = 1L;

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private PasswordStrength minPasswordStrength;

    private Instant updatedAt;

    @Version
    private long version;

    protected PasswordPolicy() {
    }

    public void require(PasswordStrength minimum, Instant now) {
        this.minPasswordStrength = Inputs.required("minimumStrength", minimum);
        this.updatedAt = now;
    }

    public PasswordStrength minimum() {
        return minPasswordStrength == null ? PasswordStrength.VERY_WEAK : minPasswordStrength;
    }
}
