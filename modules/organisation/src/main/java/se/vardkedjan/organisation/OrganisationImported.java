package se.vardkedjan.organisation;

/** What an organisation file contained, once it was stored: how many districts, units and staff members. */
public record OrganisationImported(int districts, int units, int staffMembers) {
}
