package se.vardkedjan.sharedkernel;

import java.util.Objects;
import java.util.UUID;

/** A person in the municipality's register of clients. Other modules hold this id, never the personal number. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "person id");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    public static PersonId parse(String value) {
        return new PersonId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
