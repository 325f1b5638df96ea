package se.vardkedjan.organisation;

import se.vardkedjan.sharedkernel.UnitCode;

/** A unit (enhet) in a district; an inactive unit takes no new cases but keeps its history. */
public record OrganisationUnit(UnitCode code, String districtCode, String name, boolean active, long version) {
}
