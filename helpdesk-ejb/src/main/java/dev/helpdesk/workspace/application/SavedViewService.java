package dev.helpdesk.workspace.application;

import dev.helpdesk.directory.domain.Agent;
import dev.helpdesk.directory.domain.AgentRole;
import dev.helpdesk.directory.domain.PermissionGroup;
import dev.helpdesk.directory.application.CurrentUser;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.NotFoundException;
import dev.helpdesk.shared.domain.Roles;
import dev.helpdesk.workspace.domain.SavedTicketView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Agents keep ticket lists under a name; administrators may share theirs with a permission group. Each agent
 * sees their own views and those shared with their group, and changes only their own.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.AGENT})
public class SavedViewService {

    public static final int MAX_VIEWS_PER_AGENT = 50;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /** The caller's views, then those shared with their group, each by name. */
    public List<SavedViewChoice> available() {
        Agent me = currentUser.agent();
        return em.createQuery("SELECT new dev.helpdesk.workspace.application.SavedViewChoice(v.id, v.name, v.query, "
                        + "CASE WHEN v.owner.id = :me THEN TRUE ELSE FALSE END, g.id, g.name) "
                        + "FROM SavedTicketView v LEFT JOIN v.sharedGroup g "
                        + "WHERE v.owner.id = :me OR g.id = :group "
                        + "ORDER BY CASE WHEN v.owner.id = :me THEN 0 ELSE 1 END, LOWER(v.name), v.id",
                        SavedViewChoice.class)
                .setParameter("me", me.id())
                .setParameter("group", me.permissionGroup().id())
                .getResultList();
    }

    /**
     * Keeps the list under {@code name}; a view of the caller's with that name takes the new list. Only
     * administrators share, with {@code sharedGroupId} (null keeps the view to its owner).
     */
    public SavedViewChoice save(String name, String query, Long sharedGroupId) {
        Agent me = currentUser.agent();
        PermissionGroup group = sharedGroupId == null ? null : sharedGroup(me, sharedGroupId);
        String cleanName = name == null ? null : name.strip();
        SavedTicketView view = em.createQuery("SELECT v FROM SavedTicketView v WHERE v.owner.id = :me "
                        + "AND v.name = :name", SavedTicketView.class)
                .setParameter("me", me.id())
                .setParameter("name", cleanName)
                .getResultList().stream().findFirst().orElse(null);
        if (view == null) {
            long count = em.createQuery("SELECT COUNT(v) FROM SavedTicketView v WHERE v.owner.id = :me", Long.class)
                    .setParameter("me", me.id()).getSingleResult();
            if (count >= MAX_VIEWS_PER_AGENT) {
                throw InvalidInputException.withArguments("name", "validation.savedView.tooMany",
                        MAX_VIEWS_PER_AGENT);
            }
            view = new SavedTicketView(me, cleanName, query, clock.instant());
            em.persist(view);
        } else {
            view.change(cleanName, query);
        }
        view.shareWith(group);
        em.flush();
        return new SavedViewChoice(view.id(), view.name(), view.query(), true,
                group == null ? null : group.id(), group == null ? null : group.name());
    }

    /** Removes one of the caller's views; another's is not found. */
    public void delete(long id) {
        SavedTicketView view = em.find(SavedTicketView.class, id);
        if (view == null || !view.isOwnedBy(currentUser.agent())) {
            throw new NotFoundException("savedView", id);
        }
        em.remove(view);
    }

    private PermissionGroup sharedGroup(Agent me, long groupId) {
        if (me.role() != AgentRole.ADMIN) {
            throw new InvalidInputException("sharedGroupId", "validation.savedView.shareByAdmins");
        }
        PermissionGroup group = em.find(PermissionGroup.class, groupId);
        if (group == null) {
            throw new InvalidInputException("sharedGroupId", "validation.option");
        }
        return group;
    }
}
