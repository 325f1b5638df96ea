package se.vardkedjan.followup;

/**
 * The follow-ups on one caseworker's cases in the unit manager's units: counts only.
 *
 * @param username the caseworker's username (the drill-down's key)
 * @param name     their name in the organisation register, or the username
 * @param overdue  due follow-ups whose date has passed
 * @param dueSoon  due follow-ups within {@link FollowUps#DUE_WITHIN_DAYS} days from today
 */
public record CaseworkerFollowUps(String username, String name, int overdue, int dueSoon) {
}
