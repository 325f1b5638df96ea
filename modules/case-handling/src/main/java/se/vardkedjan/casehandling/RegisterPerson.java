package se.vardkedjan.casehandling;

import java.time.LocalDate;

/**
 * Registers a person. Give {@code identityNumber} (personnummer or samordningsnummer, any usual form); or leave it
 * blank and give {@code birthDate} and {@code sex} to issue a reserve number.
 */
public record RegisterPerson(String identityNumber, LocalDate birthDate, Sex sex, String givenName, String familyName,
                             String phone, String email, String streetAddress, String postalCode, String city,
                             ProtectionLevel protection) {
}
