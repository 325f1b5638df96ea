package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.IdentityKind;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.Sex;
import se.vardkedjan.sharedkernel.PersonId;

import java.time.LocalDate;

/** A person as a caseworker sees them; the address parts are null when the identity is protected. */
public record PersonDetails(PersonId personId, long version, String identityNumber, IdentityKind identityKind,
                            LocalDate birthDate, Sex sex, String givenName, String familyName, String phone,
                            String email, String streetAddress, String postalCode, String city,
                            ProtectionLevel protection) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
