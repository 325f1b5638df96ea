package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.sharedkernel.CaseId;

import java.time.LocalDate;
import java.util.List;

/**
 * One piece of case work that waits for the signed-in caseworker or unit manager today (the start page, ADR 0022).
 *
 * @param personName the client's name; null when the user may not see it (a protected person's case they are not
 *                   named on: then only {@code protectedIdentity} is shown)
 * @param date       the date the item shows (the deadline, the day the work began to wait)
 * @param due        when it is due; null when it waits now without a deadline
 * @param text       a goal's text (a follow-up) or a journal draft's title; otherwise null
 * @param types      the proposed interventions (a proposal to approve); otherwise empty
 */
public record CaseWorkItem(Kind kind, CaseId caseId, String personName, boolean protectedIdentity, LocalDate date,
                           LocalDate due, String text, List<InterventionType> types) {

    public CaseWorkItem {
        types = List.copyOf(types);
    }

    /** What is to be done; each kind has its tab of the case page. */
    public enum Kind {
        /** The investigation's deadline is near or passed, the investigation is not complete and nothing is decided. */
        INVESTIGATION_DEADLINE,
        /** Six months since intake without a decision: the client may demand one. */
        DECISION_DEMANDABLE,
        /** The investigation is complete and no decision is proposed or made. */
        DECISION_TO_WRITE,
        /** The unit manager sent the proposal back. */
        PROPOSAL_RETURNED,
        /** Interventions are granted and no care plan with goals is agreed. */
        PLAN_WITHOUT_AGREED_GOALS,
        /** A journal entry the user wrote is not signed. */
        UNSIGNED_DRAFT,
        /** A proposal above a caseworker's delegation waits for the unit manager. */
        PROPOSAL_TO_APPROVE,
        /** A case of the manager's units has no responsible caseworker. */
        UNASSIGNED_CASE,
        /** The client applied for help in the portal and no caseworker has taken the case yet (ADR 0028). */
        PORTAL_APPLICATION,
        /** The client wrote a message in the portal that nobody on the staff side has read yet (ADR 0028). */
        UNREAD_CLIENT_MESSAGE,
        /**
         * The client withdrew consent to a SIP in the portal, and the responsible caseworker has not opened the SIP
         * since (ADR 0028, slice 2).
         */
        SIP_CONSENT_WITHDRAWN_BY_CLIENT
    }
}
