package dev.helpdesk.web.notification.panel;

import dev.helpdesk.notification.application.MailPreferenceService;
import dev.helpdesk.notification.domain.NotificationKind;
import dev.helpdesk.web.common.panel.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Agent panel › My e-mails: which notifications the agent receives (C4). */
@Named
@ViewScoped
public class MailPreferencesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MailPreferenceService preferences;

    private List<String> kinds;
    private List<String> wanted;

    @PostConstruct
    void load() {
        Map<NotificationKind, Boolean> mine = preferences.mine();
        kinds = mine.keySet().stream().map(Enum::name).toList();
        wanted = new ArrayList<>(mine.entrySet().stream().filter(Map.Entry::getValue)
                .map(e -> e.getKey().name()).toList());
    }

    public void save() {
        Map<NotificationKind, Boolean> choices = new LinkedHashMap<>();
        kinds.forEach(kind -> choices.put(NotificationKind.valueOf(kind), wanted.contains(kind)));
        preferences.choose(choices);
        Messages.info("admin.saved");
        load();
    }

    public List<String> getKinds() {
        return kinds;
    }

    public List<String> getWanted() {
        return wanted;
    }

    public void setWanted(List<String> wanted) {
        this.wanted = wanted;
    }
}
