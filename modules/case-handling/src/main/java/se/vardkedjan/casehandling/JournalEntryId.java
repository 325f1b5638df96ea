package se.vardkedjan.casehandling;

import java.util.Objects;
import java.util.UUID;

/** One version of a journal entry; a correction is a new version with its own id. */
public record JournalEntryId(UUID value) {

    public JournalEntryId {
        Objects.requireNonNull(value, "id");
    }

    public static JournalEntryId random() {
        return new JournalEntryId(UUID.randomUUID());
    }

    public static JournalEntryId parse(String value) {
        return new JournalEntryId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
