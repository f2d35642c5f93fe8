package dev.helpdesk.dashboard.application;

import java.io.Serializable;

/** This month's worked minutes under one hours contract, against the minutes it holds. */
public record ContractUse(String name, String departmentName, long usedMinutes, long contractMinutes)
        implements Serializable {

    /** How much of the contract is used, in whole percent (above 100 past the contract). */
    public long percent() {
        return contractMinutes == 0 ? 0 : Math.round(usedMinutes * 100.0 / contractMinutes);
    }
}
