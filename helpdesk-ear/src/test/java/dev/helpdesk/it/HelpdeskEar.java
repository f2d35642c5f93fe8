package dev.helpdesk.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR this module built, deployed unchanged: the tests see exactly what a company installs. */
final class HelpdeskEar {

    private HelpdeskEar() {
    }

    static EnterpriseArchive built() {
        File ear = new File(System.getProperty("helpdesk.ear", "target/helpdesk.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
