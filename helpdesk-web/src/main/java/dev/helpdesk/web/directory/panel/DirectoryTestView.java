package dev.helpdesk.web.directory.panel;

import dev.helpdesk.directory.application.CompanyDirectory;
import dev.helpdesk.directory.application.DirectoryCheck;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Management › Account settings, company directory: the connection test. The settings themselves live in the
 * server's configuration (its LDAP realm); this asks that realm to connect and, optionally, to find a user.
 */
@Named
@ViewScoped
public class DirectoryTestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CompanyDirectory directory;

    private String login;
    private DirectoryCheck result;

    public void test() {
        result = directory.check(login);
    }

    /**
     * Whom the login signs in as, in words: "Cliente, Diretório LDAP / Active Directory: ana@example.com"; the
     * service names it as {@code CUSTOMER LDAP ana@example.com} (the API's {@code registeredAs}).
     */
    public String getRegisteredText() {
        String registeredAs = result == null ? null : result.registeredAs();
        if (registeredAs == null) {
            return Messages.text("admin.directoryNotRegistered");
        }
        String[] parts = registeredAs.split(" ", 3);
        if (parts.length < 3) {
            return registeredAs;
        }
        String who = Messages.text("CUSTOMER".equals(parts[0]) ? "admin.directoryAsCustomer" : "admin.directoryAsAgent");
        return Messages.text("admin.directoryRegisteredAs", who, Messages.text("directory." + parts[1]), parts[2]);
    }

    public DirectoryCheck getResult() {
        return result;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }
}
