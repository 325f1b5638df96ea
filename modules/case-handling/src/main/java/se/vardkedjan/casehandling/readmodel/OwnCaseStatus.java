package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.organisation.UnitContact;

import java.time.LocalDate;

/**
 * What the client's start page in the portal shows about their own case (ADR 0028): where it stands, the next step's
 * date where one is known, and who handles it. {@link Standing} tells a client without a case, or one BankID did not
 * identify by number, from one with a case; then the rest is null.
 *
 * @param stage                 where the case stands (the same stage the case page shows staff)
 * @param receivedOn            when the application or report came in
 * @param investigationDeadline when the investigation is to be done (while it runs), or null
 * @param nextFollowUp          the earliest follow-up date, from today on, of the goals of the client's current plan,
 *                              or null
 * @param hasPlan               whether the case has a care plan the client can read (a draft or one in force)
 * @param caseworkerName        the name of the caseworker responsible, or null when nobody is yet
 * @param unitName              the unit that handles the case, as the organisation register names it
 * @param unitContact           how to reach that unit, as the register has it ({@link UnitContact#NONE} when it has
 *                              nothing; the page then says to call the switchboard)
 */
public record OwnCaseStatus(Standing standing, CaseStage stage, LocalDate receivedOn, LocalDate investigationDeadline,
                            LocalDate nextFollowUp, boolean hasPlan, String caseworkerName, String unitName,
                            UnitContact unitContact) {

    /** Whether the portal knows the client and their case. */
    public enum Standing {
        /** The login carries no personal number: the client is told what other channel exists. */
        NOT_IDENTIFIED,
        /** The client is not in the register or has no case: they are told where to apply. */
        NO_CASE,
        /** The client has a case; the other fields describe it. */
        HAS_CASE,
        /**
         * The file's owner has blocked their portal access (ADR 0028, slice 2): the client is told how to lift it (their
         * choices); a trusted reader that the file is closed to them for now.
         */
        BLOCKED
    }

    public static OwnCaseStatus without(Standing standing) {
        return new OwnCaseStatus(standing, null, null, null, null, false, null, null, UnitContact.NONE);
    }
}
