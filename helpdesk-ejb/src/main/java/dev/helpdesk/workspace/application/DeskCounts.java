package dev.helpdesk.workspace.application;

import java.io.Serializable;
import java.util.Map;

/** The side navigation's counters for the calling agent, each within what the agent may see. */
public record DeskCounts(Map<DeskCounter, Long> counts) implements Serializable {

    public DeskCounts {
        counts = Map.copyOf(counts);
    }

    public long of(DeskCounter counter) {
        return counts.getOrDefault(counter, 0L);
    }
}
