package dev.helpdesk.web.security.panel;

import dev.helpdesk.security.twofactor.application.TwoFactorEnrolment;
import dev.helpdesk.security.twofactor.application.TwoFactorService;
import dev.helpdesk.security.twofactor.application.TwoFactorStatus;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Agent panel › Two-factor authentication: set up the authenticator app, see the recovery codes once, turn off. */
@Named
@ViewScoped
public class MyTwoFactorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TwoFactorService twoFactor;

    private TwoFactorStatus status;
    private TwoFactorEnrolment enrolment;
    private List<String> recoveryCodes;
    private String code;

    @PostConstruct
    void load() {
        status = twoFactor.status();
    }

    public void start() {
        enrolment = twoFactor.startEnrolment();
        recoveryCodes = null;
    }

    public void confirm() {
        try {
            recoveryCodes = twoFactor.confirmEnrolment(code);
        } catch (InvalidInputException e) {
            Messages.fieldError("enrolForm", e);
            return;
        }
        enrolment = null;
        code = null;
        status = twoFactor.status();
        Messages.info("twoFactor.turnedOn");
    }

    public void turnOff() {
        try {
            twoFactor.turnOff(code);
        } catch (InvalidInputException e) {
            Messages.fieldError("offForm", e);
            return;
        }
        code = null;
        status = twoFactor.status();
        Messages.info("twoFactor.turnedOff");
    }

    /** The QR code of the key, for the app's camera. */
    public String getQrSvg() {
        return enrolment == null ? "" : QrSvg.of(enrolment.otpauthUri());
    }

    public TwoFactorStatus getStatus() {
        return status;
    }

    public TwoFactorEnrolment getEnrolment() {
        return enrolment;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
