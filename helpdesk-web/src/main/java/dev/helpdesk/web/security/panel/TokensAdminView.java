package dev.helpdesk.web.security.panel;

import dev.helpdesk.security.token.application.ApiTokenService;
import dev.helpdesk.security.token.application.IssuedToken;
import dev.helpdesk.security.token.application.TokenView;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Management > API tokens: issue a token acting as an agent or customer (shown once), list, revoke. */
@Named
@ViewScoped
public class TokensAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "tokenForm";

    @EJB
    private ApiTokenService tokenService;

    private List<TokenView> tokens;
    private String owner;
    private String name;
    private String issuedSecret;

    @PostConstruct
    void load() {
        tokens = tokenService.all();
    }

    public void issue() {
        IssuedToken issued;
        try {
            issued = tokenService.issue(owner, name);
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return;
        }
        issuedSecret = issued.token();
        owner = null;
        name = null;
        load();
    }

    public void revoke(long id) {
        tokenService.revoke(id);
        Messages.info("admin.tokenRevoked");
        load();
    }

    public List<TokenView> getTokens() {
        return tokens;
    }

    /** The secret of the token just issued: shown this once. */
    public String getIssuedSecret() {
        return issuedSecret;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
