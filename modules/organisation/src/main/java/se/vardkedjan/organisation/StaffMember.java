package se.vardkedjan.organisation;

import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Set;

/** A member of the municipality's staff, by account name, with the units they work in. */
public record StaffMember(String username, String displayName, String title, Set<UnitCode> units) {
}
