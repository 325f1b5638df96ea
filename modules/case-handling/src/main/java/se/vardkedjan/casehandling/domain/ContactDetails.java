package se.vardkedjan.casehandling.domain;

import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.regex.Pattern;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/** How to reach a person. Every part is optional; what is given is checked. */
public record ContactDetails(String phone, String email, String streetAddress, String postalCode, String city) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[a-zA-Z]{2,}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{3} ?\\d{2}");

    public static final ContactDetails NONE = new ContactDetails(null, null, null, null, null);

    public ContactDetails {
        phone = FREE_TEXT.optional("casehandling.person.phone", phone, 30);
        email = FREE_TEXT.optional("casehandling.person.email", email, 254);
        streetAddress = FREE_TEXT.optional("casehandling.person.street-address", streetAddress, FreeText.SHORT);
        postalCode = FREE_TEXT.optional("casehandling.person.postal-code", postalCode, 6);
        city = FREE_TEXT.optional("casehandling.person.city", city, 100);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new RuleViolation("casehandling.error.phone-invalid", phone);
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new RuleViolation("casehandling.error.email-invalid", email);
        }
        if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
            throw new RuleViolation("casehandling.error.postal-code-invalid", postalCode);
        }
    }

    /** The same details without the address: what is shown or sent for a person with a protected identity. */
    public ContactDetails withoutAddress() {
        return new ContactDetails(phone, email, null, null, null);
    }
}
