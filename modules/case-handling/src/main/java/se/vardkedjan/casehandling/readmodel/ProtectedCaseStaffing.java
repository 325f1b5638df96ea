package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.CaseStatus;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A protected case as the deciding role's work list shows it ("Skyddade ärenden"): enough to decide who may see the
 * case, nothing of the person (no name, identity number, address or intake text).
 *
 * @param reference       the first eight characters of the case id, to speak of the case
 * @param registeredBy    the account that registered the intake; {@code registeredByName} as the register names it
 * @param namedStaff      the staff who may see the case, by name; empty when nobody may yet
 */
public record ProtectedCaseStaffing(CaseId caseId, String reference, UnitCode unit, String unitName,
                                    IntakeKind intakeKind, LocalDate receivedOn, CaseStatus status,
                                    String registeredBy, String registeredByName, List<NamedStaffMember> namedStaff) {

    public ProtectedCaseStaffing {
        namedStaff = List.copyOf(namedStaff);
    }

    /**
     * A staff member named on the case: the account, their name in the organisation register (the account when it has
     * none), and whether the account has signed in (its grant is bound to its Keycloak subject).
     */
    public record NamedStaffMember(String username, String name, boolean signedIn) {
    }

    /** One act on the case's named staff: who named or removed whom, when and why. */
    public record HistoryEntry(Action action, String username, String name, String byName, String reason,
                               Instant occurredAt) {

        public enum Action { NAMED, REMOVED }
    }
}
