package se.vardkedjan.organisation.domain;

import se.vardkedjan.sharedkernel.FreeText;

/**
 * The shared kernel's rules for typed text (names and legal references end up in decision documents, which are
 * printed and sent), refusing with the organisation's messages.
 */
public final class OrganisationFreeText {

    /** The organisation's free text: {@code FREE_TEXT.requiredLine(field, value, FreeText.SHORT)}. */
    public static final FreeText FREE_TEXT = new FreeText(new FreeText.Messages("organisation.error.text-required",
            "organisation.error.text-too-long", "organisation.error.text-markup",
            "organisation.error.text-control-characters", "organisation.error.text-single-line"));

    private OrganisationFreeText() {
    }
}
