package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.FileSection;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The client's choices in the portal as they stand now, with their history (ADR 0028, slice 2). Personal numbers of
 * the trusted adults are shown masked (the birth date and stars): the client typed them, and the page needs no more.
 *
 * @param trusted        the adults the client trusts with reading access now
 * @param hideDays       the number of days new journal entries are hidden for, or null when nothing is hidden
 * @param blocked        whether the client has blocked their portal access
 * @param history        every choice the client made, newest first
 */
public record OwnChoicesView(List<Trusted> trusted, Integer hideDays, boolean blocked, List<Made> history) {

    /** An adult the client trusts: their masked number, the parts shared, since when. The id revokes it. */
    public record Trusted(UUID id, String maskedNumber, Set<FileSection> sections, Instant since) {
    }

    /**
     * One choice made, for the history: what ({@code kind}), the masked number and parts for a trust, the days for
     * hiding, when, and whether the client made it themselves (always, today: only the client makes choices).
     */
    public record Made(Kind kind, String maskedNumber, Set<FileSection> sections, Integer hideDays, Instant at) {
    }

    /** The kinds of choices in the history. */
    public enum Kind { TRUST, TRUST_REVOKED, HIDE, HIDE_OFF, BLOCK, BLOCK_OFF }
}
