package dev.helpdesk.web.directory.panel;

import dev.helpdesk.directory.application.CompanyDirectory;
import dev.helpdesk.directory.application.DirectoryCheck;
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
