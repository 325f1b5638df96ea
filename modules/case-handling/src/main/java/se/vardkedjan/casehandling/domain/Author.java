package se.vardkedjan.casehandling.domain;

import java.util.Objects;

/** Who wrote or changed a record: the account name (what rules compare) and the name shown to readers. */
public record Author(String username, String displayName) {

    public Author {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }
}
