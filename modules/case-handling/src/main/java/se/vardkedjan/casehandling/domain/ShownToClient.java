package se.vardkedjan.casehandling.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Which versions of a journal entry released to the client the client's own pages show (ADR 0028). When the client
 * chose to hide entries newer than a number of days ({@code hideSignedAfter}), a version signed after that instant is
 * not shown: an entry whose every version is that new is not shown at all (not even counted), and a correction that new
 * is not shown yet (the client reads the version before it, as it stood then).
 */
public final class ShownToClient {

    private ShownToClient() {
    }

    /**
     * The signed versions of one entry the client is shown, the first first; the last is the one shown as the entry.
     * Empty when none may be shown.
     *
     * @param versions        the entry's versions in any order (drafts are never shown)
     * @param hideSignedAfter versions signed after this instant are hidden; null when the client hides nothing
     */
    public static List<JournalEntry> versions(List<JournalEntry> versions, Instant hideSignedAfter) {
        return versions.stream()
                .filter(JournalEntry::isSigned)
                .filter(v -> hideSignedAfter == null || !v.signedAt().isAfter(hideSignedAfter))
                .sorted(Comparator.comparingInt(JournalEntry::versionNumber))
                .toList();
    }
}
