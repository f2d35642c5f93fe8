package dev.helpdesk.security.twofactor.application;

import dev.helpdesk.audit.application.AuditLog;
import dev.helpdesk.audit.domain.AuditAction;
import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.security.domain.SecurityPolicy;
import dev.helpdesk.security.twofactor.domain.RecoveryCode;
import dev.helpdesk.security.twofactor.domain.TwoFactorCheck;
import dev.helpdesk.security.twofactor.domain.TwoFactorKey;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Two-factor authentication for agents (D1): each agent turns it on for themself with an authenticator app (and
 * gets recovery codes), an administrator can require it of every agent and reset an agent who lost the phone, and
 * the panel login checks the code. API tokens are a credential of their own and are not asked for codes.
 */
@Stateless
public class TwoFactorService {

    private static final String ISSUER = "Helpdesk";
    private static final int KEY_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private AuditLog audit;

    /** What the panel login must ask of someone whose password was right. */
    public enum LoginStage {
        /** Nothing more. */
        NONE,
        /** A code from the app (or a recovery code). */
        CODE,
        /** The account requires two factors and the agent has none yet: the panel sends them to set it up. */
        ENROL
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public TwoFactorStatus status() {
        Agent agent = currentUser.agent();
        Optional<TwoFactorKey> key = key(agent.id());
        return new TwoFactorStatus(key.map(TwoFactorKey::isConfirmed).orElse(false), policy().requiresTwoFactor(),
                key.map(TwoFactorKey::confirmedAt).orElse(null));
    }

    /** A new key for the caller's app, waiting for a first code; replaces a key not yet confirmed. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public TwoFactorEnrolment startEnrolment() {
        Agent agent = currentUser.agent();
        Optional<TwoFactorKey> existing = key(agent.id());
        if (existing.map(TwoFactorKey::isConfirmed).orElse(false)) {
            throw new InvalidInputException("code", "twoFactor.alreadyOn");
        }
        existing.ifPresent(em::remove);
        em.flush();
        byte[] secret = new byte[KEY_BYTES];
        RANDOM.nextBytes(secret);
        TwoFactorKey key = new TwoFactorKey(agent.id(), secret);
        em.persist(key);
        String label = URLEncoder.encode(ISSUER + ":" + agent.email(), StandardCharsets.UTF_8).replace("+", "%20");
        return new TwoFactorEnrolment(key.secret(), "otpauth://totp/" + label + "?secret=" + key.secret()
                + "&issuer=" + ISSUER + "&algorithm=SHA1&digits=6&period=30");
    }

    /** The first code proves the app holds the key: two factors are on, and the recovery codes are shown once. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public List<String> confirmEnrolment(String code) {
        Agent agent = currentUser.agent();
        TwoFactorKey key = key(agent.id()).filter(k -> !k.isConfirmed())
                .orElseThrow(() -> new InvalidInputException("code", "twoFactor.notStarted"));
        TwoFactorCheck check = key.check(code, clock.instant());
        if (check != TwoFactorCheck.OK) {
            throw new InvalidInputException("code", "twoFactor." + check.name().toLowerCase(Locale.ROOT));
        }
        key.confirm(clock.instant());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RecoveryCode.PER_AGENT; i++) {
            String recovery = RecoveryCode.newCode();
            codes.add(recovery);
            em.persist(new RecoveryCode(agent.id(), recovery));
        }
        return codes;
    }

    /** Turns two factors off, with a current code; not while the account requires them. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
    public void turnOff(String code) {
        Agent agent = currentUser.agent();
        if (policy().requiresTwoFactor()) {
            throw new InvalidInputException("code", "twoFactor.required");
        }
        TwoFactorKey key = key(agent.id()).filter(TwoFactorKey::isConfirmed)
                .orElseThrow(() -> new InvalidInputException("code", "twoFactor.notOn"));
        TwoFactorCheck check = key.check(code, clock.instant());
        if (check != TwoFactorCheck.OK) {
            throw new InvalidInputException("code", "twoFactor." + check.name().toLowerCase(Locale.ROOT));
        }
        remove(agent.id());
    }

    /** An agent who lost the phone: their key and recovery codes go, and they set up the app again. */
    @RolesAllowed(Roles.ADMIN)
    public void reset(long agentId) {
        if (em.find(Agent.class, agentId) == null) {
            throw new NotFoundException("agent", agentId);
        }
        remove(agentId);
        audit.changed(AuditAction.TWO_FACTOR_RESET, "agent", agentId, null, null);
    }

    @RolesAllowed(Roles.ADMIN)
    public boolean requiredForAll() {
        return policy().requiresTwoFactor();
    }

    @RolesAllowed(Roles.ADMIN)
    public boolean requireForAll(boolean required) {
        String before = String.valueOf(policy().requiresTwoFactor());
        policy().requireTwoFactor(required, clock.instant());
        audit.changed(AuditAction.SETTINGS_CHANGED, "account", "requireTwoFactor", before, String.valueOf(required));
        return required;
    }

    /**
     * Whether the agent must set up two factors before using the panels: asked on every panel request, so the
     * account's switch (one row) is read first and the agent's key only when the account requires it.
     */
    @PermitAll
    public boolean mustEnrol(String loginName) {
        return policy().requiresTwoFactor() && stageFor(loginName) == LoginStage.ENROL;
    }

    @PermitAll
    public LoginStage stageFor(String loginName) {
        Optional<Agent> agent = agent(loginName);
        if (agent.isEmpty()) {
            return LoginStage.NONE;
        }
        if (key(agent.get().id()).map(TwoFactorKey::isConfirmed).orElse(false)) {
            return LoginStage.CODE;
        }
        return policy().requiresTwoFactor() ? LoginStage.ENROL : LoginStage.NONE;
    }

    /**
     * Checks the second factor of a panel login whose password was right: a code from the app, or an unused
     * recovery code. Commits on its own, so that wrong attempts count even though the login fails.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public TwoFactorCheck checkLogin(String loginName, String code) {
        Optional<TwoFactorKey> key = agent(loginName).flatMap(a -> key(a.id())).filter(TwoFactorKey::isConfirmed);
        if (key.isEmpty() || code == null) {
            return TwoFactorCheck.WRONG;
        }
        String typed = code.strip();
        if (typed.matches("\\d{6}")) {
            return key.get().check(typed, clock.instant());
        }
        if (key.get().isLocked(clock.instant())) {
            return TwoFactorCheck.LOCKED;
        }
        Optional<RecoveryCode> recovery = em.createQuery("SELECT r FROM RecoveryCode r WHERE r.agentId = :agent "
                        + "AND r.codeHash = :hash AND r.usedAt IS NULL", RecoveryCode.class)
                .setParameter("agent", key.get().agentId()).setParameter("hash", RecoveryCode.hash(typed))
                .getResultStream().findFirst();
        if (recovery.isEmpty()) {
            return key.get().failed(clock.instant());
        }
        recovery.get().use(clock.instant());
        key.get().recovered();
        return TwoFactorCheck.OK;
    }

    private void remove(long agentId) {
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.agentId = :agent").setParameter("agent", agentId)
                .executeUpdate();
        key(agentId).ifPresent(em::remove);
    }

    private Optional<TwoFactorKey> key(long agentId) {
        return Optional.ofNullable(em.find(TwoFactorKey.class, agentId));
    }

    private Optional<Agent> agent(String loginName) {
        return em.createQuery("SELECT a FROM Agent a WHERE a.email = :email AND a.active = TRUE", Agent.class)
                .setParameter("email", loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    private SecurityPolicy policy() {
        return em.find(SecurityPolicy.class, SecurityPolicy.ID);
    }
}
