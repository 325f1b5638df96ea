package se.vardkedjan.casehandling.readmodel;

import se.vardkedjan.sharedkernel.CaseId;

import java.util.List;

/** A person's open cases, for the duplicate check at intake: those the user may open, and a count of the others. */
public record OpenCases(List<CaseId> visible, int elsewhere) {

    public boolean any() {
        return !visible.isEmpty() || elsewhere > 0;
    }
}
