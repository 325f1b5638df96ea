package se.vardkedjan.organisation;

import se.vardkedjan.organisation.domain.OrganisationFreeText;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.regex.Pattern;

/**
 * How the public reaches a unit: its phone number and telephone hours, its functional e-mail address and its visiting
 * address. Every part is optional (a unit may have none registered yet); what is given is checked. Clients see it in
 * the portal ("how to reach the unit"), so it is public information, never a staff member's own number.
 *
 * @param phone           digits with an optional leading plus, spaces, hyphens and brackets; 5–15 digits
 * @param phoneHours      when the phone is answered, in words ("Mån–fre 8.30–12.00")
 * @param email           the unit's functional mailbox
 * @param visitingAddress street, postcode and town on one line
 */
public record UnitContact(String phone, String phoneHours, String email, String visitingAddress) {

    /** At most this many characters in the telephone hours and the visiting address. */
    public static final int MAX_TEXT = 200;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,25}");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,180}\\.[A-Za-z]{2,20}");

    /** A unit with no contact details registered. */
    public static final UnitContact NONE = new UnitContact(null, null, null, null);

    /**
     * Checks typed contact details; blank parts are none. A wrong part is refused naming its field
     * ({@code organisation.unit.phone}, {@code .phone-hours}, {@code .email}, {@code .visiting-address}).
     */
    public static UnitContact checked(String phone, String phoneHours, String email, String visitingAddress) {
        return new UnitContact(phone(phone), line("organisation.unit.phone-hours", phoneHours),
                email(email), line("organisation.unit.visiting-address", visitingAddress));
    }

    /** Whether nothing is registered. */
    public boolean isEmpty() {
        return phone == null && phoneHours == null && email == null && visitingAddress == null;
    }

    private static String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        var digits = text.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(text).matches() || digits < 5 || digits > 15) {
            throw RuleViolation.forField("organisation.unit.phone", "organisation.error.phone-invalid",
                    FreeText.shownBack(value));
        }
        return text;
    }

    private static String email(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > MAX_TEXT || !EMAIL.matcher(text).matches()) {
            throw RuleViolation.forField("organisation.unit.email", "organisation.error.email-invalid",
                    FreeText.shownBack(value));
        }
        return text;
    }

    private static String line(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text;
        try {
            text = OrganisationFreeText.FREE_TEXT.requiredLine(field, value, MAX_TEXT);
        } catch (RuleViolation e) {
            // The shared rules name the field as an argument; the form marks the field the refusal names.
            throw RuleViolation.forField(field, e.messageKey(), e.arguments());
        }
        if (text.contains(";")) {
            throw RuleViolation.forField(field, "organisation.error.semicolon", field);
        }
        return text;
    }
}
