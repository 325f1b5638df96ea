package se.vardkedjan.casehandling;

import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.util.regex.Pattern;

/** A phone number or an e-mail address the client types in the portal: optional, and refused when it cannot be one. */
final class ContactLines {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{5,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    private ContactLines() {
    }

    /** The phone number, stripped, or null when none is given; refused (naming the field) when it is not one. */
    static String phone(String field, String value) {
        return checked(field, value, PHONE, 40, "casehandling.own.error.phone");
    }

    /** The e-mail address, stripped, or null when none is given; refused (naming the field) when it is not one. */
    static String email(String field, String value) {
        return checked(field, value, EMAIL, FreeText.SHORT, "casehandling.own.error.email");
    }

    private static String checked(String field, String value, Pattern pattern, int maxLength, String error) {
        var line = value == null || value.isBlank() ? null : value.strip();
        if (line == null) {
            return null;
        }
        if (line.length() > maxLength || line.chars().anyMatch(Character::isISOControl)
                || !pattern.matcher(line).matches()) {
            throw RuleViolation.forField(field, error);
        }
        return line;
    }
}
