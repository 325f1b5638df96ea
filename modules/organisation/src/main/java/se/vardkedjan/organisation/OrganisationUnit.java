package se.vardkedjan.organisation;

import se.vardkedjan.sharedkernel.UnitCode;

/**
 * A unit (enhet) in a district; an inactive unit takes no new cases but keeps its history.
 *
 * @param contact how the public reaches the unit ({@link UnitContact#NONE} when nothing is registered)
 */
public record OrganisationUnit(UnitCode code, String districtCode, String name, boolean active, long version,
                               UnitContact contact) {
}
