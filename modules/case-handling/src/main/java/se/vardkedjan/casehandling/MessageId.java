package se.vardkedjan.casehandling;

import java.util.Objects;
import java.util.UUID;

/** A message between the client and the caseworkers of their case (ADR 0028). */
public record MessageId(UUID value) {

    public MessageId {
        Objects.requireNonNull(value, "id");
    }

    public static MessageId random() {
        return new MessageId(UUID.randomUUID());
    }

    public static MessageId parse(String value) {
        return new MessageId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
