package se.vardkedjan.casehandling.domain;

import se.vardkedjan.sharedkernel.FreeText;

/** The shared kernel's rules for typed text, refusing with case handling's messages. */
public final class CaseFreeText {

    /** Case handling's free text: {@code FREE_TEXT.required(field, value, FreeText.MEDIUM)}. */
    public static final FreeText FREE_TEXT = new FreeText(new FreeText.Messages("casehandling.error.text-required",
            "casehandling.error.text-too-long", "casehandling.error.text-markup",
            "casehandling.error.text-control-characters", "casehandling.error.text-single-line"));

    private CaseFreeText() {
    }
}
