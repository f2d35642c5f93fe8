package dev.helpdesk.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

    @Test
    void declaredTypesAreMediaTypesInLowerCase() {
        assertEquals("image/png", AttachmentType.declared(" IMAGE/PNG "));
        assertEquals("text/plain; charset=ISO-8859-1", AttachmentType.declared("Text/Plain; charset=ISO-8859-1"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                AttachmentType.declared("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertEquals("multipart/mixed;boundary=\"a b\"", AttachmentType.declared("multipart/mixed;boundary=\"a b\""));
        assertEquals(AttachmentType.DOWNLOAD, AttachmentType.declared(null));
        assertEquals(AttachmentType.DOWNLOAD, AttachmentType.declared("  "));
    }

    @Test
    void anythingThatIsNoMediaTypeIsRefusedNamingTheAttachments() {
        for (String bad : List.of("png", "image/", "/png", "image/png/x", "text/html\r\nX-Injected: 1",
                "text/plain; charset", "text/plain; charset=\"open", "imagé/png", "image /png", "image/png;;",
                "a/" + "b".repeat(AttachmentType.MAX_LENGTH))) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> AttachmentType.declared(bad), bad);
            assertEquals("attachments", refused.field());
            assertEquals("validation.attachment.contentType", refused.messageKey());
            assertFalse(AttachmentType.isValid(bad), bad);
        }
        assertTrue(AttachmentType.isValid(null));
        assertTrue(AttachmentType.isValid("application/pdf"));
    }

    @Test
    void onlyTypesThatRunNothingAreShownInThePage() {
        for (String shown : List.of("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf")) {
            assertEquals(new AttachmentType.Served(shown, true), AttachmentType.served(shown));
        }
        assertEquals(new AttachmentType.Served("image/png", true), AttachmentType.served("IMAGE/PNG; x=y"));
        for (String downloaded : List.of("image/svg+xml", "text/html", "application/xhtml+xml", "text/xml",
                "application/javascript", "text/css", "application/x-msdownload", "application/octet-stream",
                "application/zip", "no type at all", "")) {
            assertEquals(new AttachmentType.Served(AttachmentType.DOWNLOAD, false),
                    AttachmentType.served(downloaded), downloaded);
        }
        assertEquals(new AttachmentType.Served(AttachmentType.DOWNLOAD, false), AttachmentType.served(null));
    }

    @Test
    void plainTextKeepsAKnownCharacterSetElseUtf8() {
        assertEquals(new AttachmentType.Served("text/plain; charset=UTF-8", true),
                AttachmentType.served("text/plain"));
        assertEquals(new AttachmentType.Served("text/plain; charset=ISO-8859-1", true),
                AttachmentType.served("text/plain; charset=\"iso-8859-1\""));
        assertEquals(new AttachmentType.Served("text/plain; charset=windows-1252", true),
                AttachmentType.served("text/plain;CHARSET=cp1252"));
        assertEquals(new AttachmentType.Served("text/plain; charset=UTF-8", true),
                AttachmentType.served("text/plain; charset=no-such-charset"));
    }
}
