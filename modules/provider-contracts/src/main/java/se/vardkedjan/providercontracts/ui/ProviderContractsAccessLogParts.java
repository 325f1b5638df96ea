package se.vardkedjan.providercontracts.ui;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessLogParts;

import java.util.Map;
import java.util.Set;

/** The parts of the file provider contracts names in its access-log rows, each with its text (ADR 0021). */
@Component
class ProviderContractsAccessLogParts implements AccessLogParts {

    @Override
    public Map<String, String> textKeys() {
        return Map.of(
                "ASSIGNMENT", "providercontracts.access-log.what.ASSIGNMENT",
                "ASSIGNMENT_DOCUMENT", "providercontracts.access-log.what.ASSIGNMENT_DOCUMENT",
                "ASSIGNMENT_WORK_ITEMS", "providercontracts.access-log.what.ASSIGNMENT_WORK_ITEMS",
                "ASSIGNMENT_INBOX", "providercontracts.access-log.what.ASSIGNMENT_INBOX",
                "ASSIGNMENT_LIST", "providercontracts.access-log.what.ASSIGNMENT_LIST",
                "IMPLEMENTATION_PLAN", "providercontracts.access-log.what.IMPLEMENTATION_PLAN",
                "OWN_ASSIGNMENTS", "providercontracts.access-log.what.OWN_ASSIGNMENTS");
    }

    /**
     * The start page's items and the provider's list (the inbox page and the API read the one list, {@code
     * ASSIGNMENT_LIST}) are overviews of many persons, not one file opened (ADR 0021, 0027). {@code ASSIGNMENT_INBOX}
     * is the inbox page's code from before it read that list: the entries written under it keep their text.
     */
    @Override
    public Set<String> overviewCodes() {
        return Set.of("ASSIGNMENT_WORK_ITEMS", "ASSIGNMENT_INBOX", "ASSIGNMENT_LIST");
    }
}
