package dev.helpdesk.web.directory.api;

import dev.helpdesk.directory.application.CompanyDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The administrator's test of the company directory, with the settings the server's LDAP realm uses: connects, and
 * looks the login name up when one is given ({@code {"login": "ana@empresa.example"}}, or an account name).
 */
@Path("/v1/directory/check")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectoryCheckResource {

    @EJB
    private CompanyDirectory companyDirectory;

    @POST
    public DirectoryCheckJson checkDirectory(DirectoryCheckBody body) {
        return DirectoryCheckJson.of(companyDirectory.check(body == null ? null : body.login()));
    }

    public record DirectoryCheckBody(String login) {
    }
}
