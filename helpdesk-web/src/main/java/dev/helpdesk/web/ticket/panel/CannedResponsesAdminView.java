package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.directory.application.DepartmentView;
import dev.helpdesk.directory.application.DirectoryQuery;
import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.ticket.application.CannedResponseService;
import dev.helpdesk.ticket.application.CannedResponseView;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Management > Canned responses: texts with placeholders agents insert into replies, per department or all. */
@Named
@ViewScoped
public class CannedResponsesAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "responseForm";

    @EJB
    private CannedResponseService cannedResponseService;

    @EJB
    private DirectoryQuery directoryQuery;

    private List<CannedResponseView> responses;
    private List<DepartmentView> departments;

    private Long editingId;
    private String title;
    private String body;
    private List<Long> departmentIds = new ArrayList<>();

    @PostConstruct
    void load() {
        responses = cannedResponseService.all();
        // inactive ones too: what is linked to them stays, and is kept ready for when they come back
        departments = directoryQuery.allDepartments();
    }

    public void edit(CannedResponseView response) {
        editingId = response.id();
        title = response.title();
        body = response.body();
        departmentIds = new ArrayList<>(response.departmentIds());
    }

    public void clear() {
        editingId = null;
        title = null;
        body = null;
        departmentIds = new ArrayList<>();
    }

    public void save() {
        try {
            if (editingId == null) {
                cannedResponseService.create(title, body, departmentIds);
            } else {
                cannedResponseService.change(editingId, title, body, departmentIds);
            }
        } catch (InvalidInputException e) {
            Messages.fieldError(FORM, e);
            return;
        }
        Messages.info("admin.saved");
        clear();
        load();
    }

    public void deactivate(CannedResponseView response) {
        cannedResponseService.deactivate(response.id());
        Messages.info("admin.saved");
        load();
    }

    /** "All departments" when the response names none. */
    public String departmentNames(List<Long> ids) {
        if (ids.isEmpty()) {
            return Messages.text("admin.allDepartments");
        }
        return departments.stream().filter(d -> ids.contains(d.id())).map(DepartmentView::name).sorted()
                .collect(Collectors.joining(", "));
    }

    public List<CannedResponseView> getResponses() {
        return responses;
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<Long> getDepartmentIds() {
        return departmentIds;
    }

    public void setDepartmentIds(List<Long> departmentIds) {
        this.departmentIds = departmentIds;
    }
}
