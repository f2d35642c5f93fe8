package dev.helpdesk.web.ticket.panel;

import dev.helpdesk.ticket.domain.FileUpload;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** Turns a PrimeFaces upload into the domain's file, or nothing when no file was chosen. */
public final class Uploads {

    private Uploads() {
    }

    public static List<FileUpload> of(UploadedFile file) {
        if (file == null || file.getSize() == 0 || file.getFileName() == null || file.getFileName().isBlank()) {
            return List.of();
        }
        return List.of(new FileUpload(file.getFileName(), file.getContentType(), file.getContent()));
    }
}
