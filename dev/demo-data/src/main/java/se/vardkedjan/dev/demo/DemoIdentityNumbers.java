package se.vardkedjan.dev.demo;

import java.time.LocalDate;

/**
 * Valid demo identity numbers: a personnummer or samordningsnummer is the date (day + 60 for a samordningsnummer),
 * a three-digit serial whose last digit is odd for men and even for women, and the Luhn check digit over the ten-digit
 * form. The numbers are generated, so one may coincide with a real person's: demo data never leaves a demo or
 * benchmark installation.
 */
final class DemoIdentityNumbers {

    private DemoIdentityNumbers() {
    }

    /** Twelve digits, {@code YYYYMMDDNNNC}. */
    static String of(LocalDate birth, int serial, boolean coordination) {
        var day = birth.getDayOfMonth() + (coordination ? 60 : 0);
        var ten = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(), day, serial);
        return String.format("%02d", birth.getYear() / 100) + ten + luhn(ten);
    }

    static int luhn(String nineDigits) {
        var sum = 0;
        for (var i = 0; i < nineDigits.length(); i++) {
            var digit = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
