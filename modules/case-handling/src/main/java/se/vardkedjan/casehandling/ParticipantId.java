package se.vardkedjan.casehandling;

import java.util.Objects;
import java.util.UUID;

/** The id of a participant in a SIP. */
public record ParticipantId(UUID value) {

    public ParticipantId {
        Objects.requireNonNull(value, "participant id");
    }

    public static ParticipantId random() {
        return new ParticipantId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
