package dev.helpdesk.web.account.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountTabsViewTest {

    @Test
    void aKnownTabIsShownAndAnUnknownOneShowsTheFirst() {
        AccountTabsView tabs = new AccountTabsView();
        assertEquals("general", tabs.getTab());

        tabs.setTab("security");
        assertEquals(2, tabs.getIndex());
        assertTrue(tabs.shows("security"));
        assertFalse(tabs.shows("general"));

        for (String unknown : new String[] {"nonsense", "", null, "SECURITY", "<script>"}) {
            tabs.setTab(unknown);
            assertEquals("general", tabs.getTab(), () -> "tab=" + unknown);
            assertEquals(0, tabs.getIndex());
        }
    }
}
