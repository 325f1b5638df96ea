package se.vardkedjan.providercontracts.ui;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessLogParts;

import java.util.Map;
import java.util.Set;

/** The parts of the file the provider's reports and their cost name in access-log rows (ADR 0021, ADR 0026). */
@Component
class ReportAccessLogParts implements AccessLogParts {

    @Override
    public Map<String, String> textKeys() {
        return Map.of(
                "ASSIGNMENT_ATTENDANCE", "providercontracts.access-log.what.ASSIGNMENT_ATTENDANCE",
                "ASSIGNMENT_DEVIATION", "providercontracts.access-log.what.ASSIGNMENT_DEVIATION",
                "ASSIGNMENT_COMPLETION", "providercontracts.access-log.what.ASSIGNMENT_COMPLETION",
                "ASSIGNMENT_REPORTS", "providercontracts.access-log.what.ASSIGNMENT_REPORTS",
                "ASSIGNMENT_REPORT_WORK_ITEMS", "providercontracts.access-log.what.ASSIGNMENT_REPORT_WORK_ITEMS",
                "ASSIGNMENT_COST", "providercontracts.access-log.what.ASSIGNMENT_COST");
    }

    /** The start page's items are an overview of many persons, not one file opened (ADR 0021). */
    @Override
    public Set<String> overviewCodes() {
        return Set.of("ASSIGNMENT_REPORT_WORK_ITEMS");
    }
}
