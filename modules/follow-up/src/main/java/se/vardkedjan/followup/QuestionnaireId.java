package se.vardkedjan.followup;

import java.util.Objects;
import java.util.UUID;

/** A questionnaire's id: a questionnaire sent to a client to answer in the portal (ADR 0029, slice 2). */
public record QuestionnaireId(UUID value) {

    public QuestionnaireId {
        Objects.requireNonNull(value, "value");
    }

    public static QuestionnaireId random() {
        return new QuestionnaireId(UUID.randomUUID());
    }

    /** The id in an address ({@code portal/skattningar/<id>}), or empty when the text is no id at all. */
    public static java.util.Optional<QuestionnaireId> parse(String text) {
        try {
            return text == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new QuestionnaireId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
