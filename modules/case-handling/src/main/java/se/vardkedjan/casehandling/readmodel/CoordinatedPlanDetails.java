package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.ConsentForm;
import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.casehandling.CoordinatedPlanStatus;
import se.vardkedjan.casehandling.ParticipantId;
import se.vardkedjan.casehandling.ParticipantKind;
import se.vardkedjan.casehandling.Principal;
import se.vardkedjan.organisation.StaffNames;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A SIP as staff and its region participants read it. Never carries an address; {@code clientName} is null for a
 * client with a protected identity.
 *
 * @param planDate   the date the SIP was drawn up (the SIP meeting)
 * @param staffNames the organisation register's names of the municipal staff the plan names (participants, and who
 *                   recorded consent and history), by username; see {@link #staffName} and {@link #participantName}
 */
public record CoordinatedPlanDetails(CoordinatedPlanId id, CaseId caseId, long version, String clientName,
                                     CoordinatedPlanStatus status, LocalDate planDate, Consent consent,
                                     List<Participant> participants, List<Measure> measures,
                                     Principal overallResponsibility, ParticipantId coordinator, String goals,
                                     LocalDate followUpOn, List<HistoryEntry> history, StaffNames staffNames) {

    /**
     * The client's consent and its withdrawal.
     *
     * @param withdrawnByClient true when the client withdrew it themself in the citizen portal, at
     *                          {@code withdrawnAt}; then {@code withdrawalRecordedBy} is null (no staff recorded it), as
     *                          is the history entry's {@code recordedBy}
     * @param seenBy            the responsible caseworker who first saw the client's withdrawal (their username), and
     *                          {@code seenAt} when; null while nobody has
     */
    public record Consent(LocalDate givenOn, ConsentForm form, String recordedBy, LocalDate withdrawnOn,
                          String withdrawalRecordedBy, boolean withdrawnByClient, Instant withdrawnAt, String seenBy,
                          Instant seenAt) {
    }

    /** A participant; {@code removedOn} is set when they left the plan (kept as history). */
    public record Participant(ParticipantId id, ParticipantKind kind, String staffUsername, String name,
                              String organisation, String organisationalUnit, String role, String accountUsername,
                              boolean clientDoesNotObject, LocalDate removedOn) {

        public boolean current() {
            return removedOn == null;
        }
    }

    /** A need and the measure that meets it, with the principal responsible. */
    public record Measure(Principal principal, String need, String measure) {
    }

    /** A status change or a meeting: when, who, and a short note. */
    public record HistoryEntry(LocalDate occurredOn, Instant recordedAt, String kind, CoordinatedPlanStatus status,
                               String recordedBy, String note) {
    }

    /** A staff member's name from the organisation register, or their username when it has none; null for null. */
    public String staffName(String username) {
        return staffNames.of(username);
    }

    /**
     * How a participant is named: by the name given for them, else (municipal staff) by their name in the
     * organisation register, else by their username.
     */
    public String participantName(Participant participant) {
        return participant.name() != null ? participant.name() : staffName(participant.staffUsername());
    }

    /** The current participants. */
    public List<Participant> currentParticipants() {
        return participants.stream().filter(Participant::current).toList();
    }
}
