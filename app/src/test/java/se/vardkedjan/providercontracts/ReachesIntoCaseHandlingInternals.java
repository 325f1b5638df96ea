package se.vardkedjan.providercontracts;

/**
 * A deliberate boundary violation, kept in test sources only: provider contracts touching a type inside case
 * handling's internal {@code ui} package. {@link se.vardkedjan.ModuleBoundaryTests} proves Modulith catches it.
 */
class ReachesIntoCaseHandlingInternals {

    // A class reference, not a String constant: javac would inline the constant and leave no dependency behind.
    static final Class<?> INTERNAL = se.vardkedjan.casehandling.ui.CaseListViewProbe.class;
}
