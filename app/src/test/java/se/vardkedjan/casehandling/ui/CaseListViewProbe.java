package se.vardkedjan.casehandling.ui;

/** A public type in case handling's internal package, for the boundary test. Test sources only. */
public final class CaseListViewProbe {

    private CaseListViewProbe() {
    }
}
