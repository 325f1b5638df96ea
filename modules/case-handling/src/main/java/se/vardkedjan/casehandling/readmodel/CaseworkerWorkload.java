package se.vardkedjan.casehandling.readmodel;

/**
 * A caseworker's open work in the unit manager's units (the manager's start page, ADR 0022): counts only, no client.
 * The follow-ups due come from follow-up's schedule ({@link se.vardkedjan.casehandling.WorkloadFollowUps}, ADR 0030).
 *
 * @param username              the caseworker's account, as the case list's filter takes it
 * @param name                  their name in the organisation register, or the username when it has none
 * @param openCases             open cases they are responsible for
 * @param overdueInvestigations of those, undecided with an incomplete investigation past its deadline
 * @param drafts                unsigned journal entries on their cases
 */
public record CaseworkerWorkload(String username, String name, int openCases, int overdueInvestigations,
                                 int drafts) {
}
