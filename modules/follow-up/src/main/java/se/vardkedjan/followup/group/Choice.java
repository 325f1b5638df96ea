package se.vardkedjan.followup.group;

/** Something a filter offers: its code (a provider's id, a method's code) and its name. */
public record Choice(String code, String name) {
}
