package dev.helpdesk.web.operations.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JobsAdminViewTest {

    @Test
    void theFieldsTextIsReadAsAWholeNumberElseZeroWhichTheScheduleRefuses() {
        assertEquals(15, JobsAdminView.minutes("15"));
        assertEquals(15, JobsAdminView.minutes(" 15 "));
        assertEquals(5, JobsAdminView.minutes(5));
        assertEquals(0, JobsAdminView.minutes("0"));
        assertEquals(0, JobsAdminView.minutes(""));
        assertEquals(0, JobsAdminView.minutes(null));
        assertEquals(0, JobsAdminView.minutes("1.5"), "no fraction of a minute");
        assertEquals(0, JobsAdminView.minutes("quinze"));
        assertEquals(0, JobsAdminView.minutes("99999999999"), "beyond a whole number");
    }
}
