package se.vardkedjan.sharedkernel;

import java.util.Objects;
import java.util.UUID;

/** A case (ärende): one matter about one person, from intake to closure. */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "case id");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    public static CaseId parse(String value) {
        return new CaseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
