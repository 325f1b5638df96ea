package se.vardkedjan.followup.instrument.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A text of an instrument in Swedish and English, kept in the definition file itself (an administrator's file cannot
 * add to the product's resource bundles).
 */
public record Texts(String sv, String en) {

    public Texts {
        Objects.requireNonNull(sv, "sv");
        Objects.requireNonNull(en, "en");
    }

    /** The text in the given language: English for English, Swedish otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : sv;
    }
}
