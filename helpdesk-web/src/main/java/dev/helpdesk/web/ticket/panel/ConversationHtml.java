package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.ticket.domain.RichText;
import dev.helpdesk.workspace.application.AttachmentInfo;
import dev.helpdesk.workspace.application.MessageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a message of the conversation is shown. A rich message's HTML was sanitized when it was stored; here its
 * pasted images ({@code cid:pasted-N}) become links to the message's N-th file, opening it full size. A plain-text
 * message is not HTML at all: the page writes it escaped, with its line breaks.
 */
@Named
@ApplicationScoped
public class ConversationHtml {

    private static final Pattern PASTED = Pattern.compile(
            "<img src=\"" + Pattern.quote(RichText.PASTED_PREFIX) + "(\\d{1,2})\" alt=\"([^\"]*)\" />");

    /** The stored HTML of a rich message, ready for the page; null for a plain-text one. */
    public String html(MessageView message) {
        if (message.bodyHtml() == null) {
            return null;
        }
        return withImages(message.bodyHtml(), message.attachments(),
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath());
    }

    static String withImages(String html, List<AttachmentInfo> files, String contextPath) {
        Matcher matcher = PASTED.matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            String replacement = "";
            if (index < files.size()) {
                String address = contextPath + "/attachments/" + files.get(index).id();
                replacement = "<a href=\"" + address + "\" target=\"_blank\" rel=\"noopener\" class=\"hd-inline-image\">"
                        + "<img src=\"" + address + "\" alt=\"" + matcher.group(2) + "\" /></a>";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Whether the file is one the message shows in its text (a pasted image), so it needs no preview below. */
    public boolean shownInText(MessageView message, AttachmentInfo file) {
        if (message.bodyHtml() == null) {
            return false;
        }
        int index = message.attachments().indexOf(file);
        return index >= 0 && message.bodyHtml().contains("src=\"" + RichText.PASTED_PREFIX + index + "\"");
    }

    /** Plain text (a canned response) as editor paragraphs, escaped. */
    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            html.append("<p>").append(line.isEmpty() ? "<br>" : escape(line)).append("</p>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
