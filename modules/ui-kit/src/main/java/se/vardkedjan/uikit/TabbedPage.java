package se.vardkedjan.uikit;

/**
 * A view whose tabs have their own addresses in the route parameter {@value #TAB_PARAMETER} (the case page's
 * {@code arenden/:caseId/:section?}). Moving between its tabs is still the same page opened: the page visit (ADR 0021)
 * goes on, so the access log shows one line for the page with every part read, not one per tab.
 */
public interface TabbedPage {

    /** The route parameter that names the open tab. */
    String TAB_PARAMETER = "section";
}
