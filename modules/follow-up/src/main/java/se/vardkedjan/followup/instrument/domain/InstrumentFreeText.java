package se.vardkedjan.followup.instrument.domain;

import se.vardkedjan.sharedkernel.FreeText;

/** The shared kernel's rules for typed text (a licence's reference, a withdrawal's reason), in follow-up's words. */
public final class InstrumentFreeText {

    /** Follow-up's free text: {@code FREE_TEXT.required(field, value, limit)}. */
    public static final FreeText FREE_TEXT = new FreeText(new FreeText.Messages(
            "followup.instrument.error.text-required", "followup.instrument.error.text-too-long",
            "followup.instrument.error.text-markup", "followup.instrument.error.text-control-characters",
            "followup.instrument.error.text-single-line"));

    private InstrumentFreeText() {
    }
}
