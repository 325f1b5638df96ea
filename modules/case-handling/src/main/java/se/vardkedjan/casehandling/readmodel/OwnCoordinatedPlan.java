package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.ConsentForm;
import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.casehandling.CoordinatedPlanStatus;
import se.vardkedjan.casehandling.ParticipantKind;
import se.vardkedjan.casehandling.Principal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A SIP (samordnad individuell plan) of the client's own, as the portal shows it to them (ADR 0028, slice 2): who takes
 * part (names, organisations and roles as the SIP records them; never anybody's personal number or account), who is
 * responsible for which measure, who has the overall responsibility, the coordinator, the goals, the next follow-up,
 * where it stands, and the client's consent.
 *
 * @param version     the version the client read; withdrawing consent names it, so a plan changed meanwhile is re-read
 * @param coordinator the coordinator's participant line, or null when none is appointed
 * @param readOnly    true when the one reading is not the client themself (an adult the client trusts, reading only):
 *                    no change is offered then
 */
public record OwnCoordinatedPlan(CoordinatedPlanId id, long version, CoordinatedPlanStatus status,
                                 LocalDate planDate, List<Participant> participants, List<Measure> measures,
                                 Principal overallResponsibility, Participant coordinator, String goals,
                                 LocalDate followUpOn, Consent consent, boolean readOnly) {

    public OwnCoordinatedPlan {
        participants = List.copyOf(participants);
        measures = List.copyOf(measures);
    }

    /** A current participant: their name, and the organisation, unit and role the SIP gives them (each may be null). */
    public record Participant(ParticipantKind kind, String name, String organisation, String organisationalUnit,
                              String role) {
    }

    /** A need and the measure that meets it, with the principal responsible for it. */
    public record Measure(Principal principal, String need, String measure) {
    }

    /**
     * The client's consent: when and how it was given, and when it was withdrawn (by the client in the portal, at
     * {@code withdrawnAt}, or recorded by staff on {@code withdrawnOn}).
     */
    public record Consent(LocalDate givenOn, ConsentForm form, LocalDate withdrawnOn, boolean withdrawnByClient,
                          Instant withdrawnAt) {
    }

    /** Whether the client can withdraw consent here: it stands and the reader is the client. */
    public boolean consentWithdrawable() {
        return !readOnly && status != CoordinatedPlanStatus.CONSENT_WITHDRAWN;
    }
}
