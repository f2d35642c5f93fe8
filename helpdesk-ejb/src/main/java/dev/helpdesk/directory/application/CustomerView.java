package dev.helpdesk.directory.application;

import dev.helpdesk.directory.domain.DirectoryKind;
import java.io.Serializable;

public record CustomerView(Long id, String name, String email, DirectoryKind directory, String language,
                           Long organizationId)
        implements Serializable {
}
