package se.vardkedjan.followup;

import java.util.Locale;
import java.util.Objects;

/**
 * A text of an instrument in Swedish and English as the views outside follow-up get it (the instrument definitions'
 * own texts, which the resource bundles do not hold: ADR 0029).
 */
public record LocalText(String sv, String en) {

    public LocalText {
        Objects.requireNonNull(sv, "sv");
        Objects.requireNonNull(en, "en");
    }

    /** The text in the given language: English for English, Swedish otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : sv;
    }
}
