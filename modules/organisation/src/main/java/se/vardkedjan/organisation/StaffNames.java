package se.vardkedjan.organisation;

import java.util.Map;

/**
 * Display names of staff from the organisation register, by username, read in one query for a whole read model. A
 * username the register does not hold (for example an account that has left) is shown as itself.
 */
public record StaffNames(Map<String, String> byUsername) {

    public StaffNames {
        byUsername = Map.copyOf(byUsername);
    }

    /** The staff member's display name; their username when the register has no such member; null for null. */
    public String of(String username) {
        return username == null ? null : byUsername.getOrDefault(username, username);
    }
}
