package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.sharedkernel.CaseId;

import java.util.List;

/**
 * A registered intake: the new case, and whether the registering user may open it. For a person with a protected
 * identity they may not (registering gives no access to the person): the case is seen by the staff a holder of the
 * deciding role names, and {@code whomToAsk} names those holders in the case's unit (empty when none has signed in).
 */
public record RegisteredIntake(CaseId caseId, boolean visible, List<String> whomToAsk) {

    public RegisteredIntake {
        whomToAsk = List.copyOf(whomToAsk);
    }
}
