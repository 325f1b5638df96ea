package se.vardkedjan.casehandling;

/**
 * The client's application for help from the citizen portal (ADR 0028): what they want help with, in their own words;
 * how they may be reached (a phone number, an e-mail address, both optional); and whether it is urgent.
 */
public record HelpApplication(String text, String phone, String email, boolean urgent) {
}
