package dev.helpdesk.ticket.application;

/**
 * What an administrator sets on a status ({@code PUT .../statuses/{statusId}}, Management › Departments).
 *
 * @param position its place among the department's statuses, 1 the first (beyond the end: the last); null keeps it
 * @param active false stops agents from setting it (tickets that carry it keep it), true brings it back; null
 *               keeps it
 */
public record StatusChange(String name, boolean exemptFromAutoClose, boolean customerMayFinish, Integer position,
                           Boolean active) {
}
