package dev.helpdesk.dashboard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.helpdesk.shared.domain.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardLayoutTest {

    private static final DashboardLayout THREE = new DashboardLayout(List.of(
            new WidgetPlacement(WidgetKind.UNASSIGNED, WidgetSize.SMALL),
            new WidgetPlacement(WidgetKind.SLA_BREACHED, WidgetSize.WIDE),
            new WidgetPlacement(WidgetKind.OPEN_BY_AGENT, WidgetSize.SMALL)), ReportPeriod.DAYS_7);

    @Test
    void aNewWidgetGoesLastAndSmallAndOnlyOnce() {
        DashboardLayout added = THREE.add(WidgetKind.RESPONSE_TIMES);
        assertEquals(WidgetKind.RESPONSE_TIMES, added.widgets().get(3).kind());
        assertEquals(WidgetSize.SMALL, added.widgets().get(3).size());
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> added.add(WidgetKind.UNASSIGNED));
        assertEquals("widget", twice.field());
        assertEquals(3, THREE.widgets().size(), "a layout never changes: changes answer a new one");
    }

    @Test
    void removingResizingAndMoving() {
        assertEquals(List.of(WidgetKind.UNASSIGNED, WidgetKind.OPEN_BY_AGENT),
                THREE.remove(WidgetKind.SLA_BREACHED).kinds());
        assertEquals(WidgetSize.WIDE, THREE.toggleSize(WidgetKind.UNASSIGNED).widgets().get(0).size());
        assertEquals(WidgetSize.SMALL, THREE.toggleSize(WidgetKind.SLA_BREACHED).widgets().get(1).size());
        assertEquals(WidgetSize.WIDE, THREE.resize(WidgetKind.OPEN_BY_AGENT, WidgetSize.WIDE).widgets().get(2).size());
        assertEquals(List.of(WidgetKind.OPEN_BY_AGENT, WidgetKind.UNASSIGNED, WidgetKind.SLA_BREACHED),
                THREE.move(WidgetKind.OPEN_BY_AGENT, 0).kinds());
        assertEquals(List.of(WidgetKind.SLA_BREACHED, WidgetKind.UNASSIGNED, WidgetKind.OPEN_BY_AGENT),
                THREE.moveEarlier(WidgetKind.SLA_BREACHED).kinds());
        assertEquals(THREE.kinds(), THREE.moveEarlier(WidgetKind.UNASSIGNED).kinds(), "the first stays first");
        assertEquals(THREE.kinds(), THREE.moveLater(WidgetKind.OPEN_BY_AGENT).kinds(), "the last stays last");
        assertThrows(InvalidInputException.class, () -> THREE.toggleSize(WidgetKind.HOURS_CONTRACTS));
    }

    @Test
    void storedAsTextAndReadBackLeniently() {
        assertEquals("UNASSIGNED:SMALL,SLA_BREACHED:WIDE,OPEN_BY_AGENT:SMALL", THREE.widgetsText());
        assertEquals(THREE, DashboardLayout.of(THREE.widgetsText(), 7));
        DashboardLayout lenient = DashboardLayout.of("GONE_WIDGET:WIDE, unassigned:huge,UNASSIGNED:WIDE", 45);
        assertEquals(List.of(new WidgetPlacement(WidgetKind.UNASSIGNED, WidgetSize.SMALL)), lenient.widgets(),
                "unknown kinds and repeats dropped, an unknown size read as small");
        assertEquals(ReportPeriod.DAYS_30, lenient.period());
        assertTrue(DashboardLayout.of("", 30).widgets().isEmpty());
    }

    @Test
    void aRepeatedKindIsRefusedAndForbiddenKindsAreLeftOut() {
        assertThrows(InvalidInputException.class, () -> new DashboardLayout(List.of(
                new WidgetPlacement(WidgetKind.UNASSIGNED, WidgetSize.SMALL),
                new WidgetPlacement(WidgetKind.UNASSIGNED, WidgetSize.WIDE)), ReportPeriod.DAYS_7));
        DashboardLayout kept = THREE.keeping(EnumSet.of(WidgetKind.UNASSIGNED, WidgetKind.OPEN_BY_AGENT));
        assertFalse(kept.holds(WidgetKind.SLA_BREACHED));
        assertEquals(2, kept.widgets().size());
        assertEquals(WidgetKind.values().length - 3, THREE.missing().size());
    }
}
