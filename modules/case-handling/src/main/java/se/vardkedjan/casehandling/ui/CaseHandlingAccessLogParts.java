package se.vardkedjan.casehandling.ui;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessLogParts;

import java.util.Map;
import java.util.Set;

/**
 * The parts of the case file case handling names in its access-log rows, each with its text (ADR 0019). The access log
 * refuses a row whose code no module declares (ADR 0021), so every code case handling writes is here.
 */
@Component
class CaseHandlingAccessLogParts implements AccessLogParts {

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("ACCESS_LOG", "casehandling.staff.access-log.what.ACCESS_LOG"),
            Map.entry("CASE", "casehandling.staff.access-log.what.CASE"),
            Map.entry("CASE_LIST", "casehandling.staff.access-log.what.CASE_LIST"),
            Map.entry("CASE_REMINDERS", "casehandling.staff.access-log.what.CASE_REMINDERS"),
            Map.entry("START_PAGE", "casehandling.staff.access-log.what.START_PAGE"),
            Map.entry("OPEN_CASES", "casehandling.staff.access-log.what.OPEN_CASES"),
            Map.entry("INTAKE", "casehandling.staff.access-log.what.INTAKE"),
            Map.entry("PRELIMINARY_ASSESSMENT", "casehandling.staff.access-log.what.PRELIMINARY_ASSESSMENT"),
            Map.entry("DEADLINE", "casehandling.staff.access-log.what.DEADLINE"),
            Map.entry("RESPONSIBLE", "casehandling.staff.access-log.what.RESPONSIBLE"),
            Map.entry("NAMED_STAFF", "casehandling.staff.access-log.what.NAMED_STAFF"),
            Map.entry("CLOSURE", "casehandling.staff.access-log.what.CLOSURE"),
            Map.entry("INVESTIGATION", "casehandling.staff.access-log.what.INVESTIGATION"),
            Map.entry("CLIENT_INFORMED", "casehandling.staff.access-log.what.CLIENT_INFORMED"),
            Map.entry("DECISION", "casehandling.staff.access-log.what.DECISION"),
            Map.entry("DECISION_DOCUMENT", "casehandling.staff.access-log.what.DECISION_DOCUMENT"),
            Map.entry("DECISION_PROPOSALS", "casehandling.staff.access-log.what.DECISION_PROPOSALS"),
            Map.entry("DECISION_APPROVAL", "casehandling.staff.access-log.what.DECISION_APPROVAL"),
            Map.entry("INTERVENTION_CLOSURE", "casehandling.staff.access-log.what.INTERVENTION_CLOSURE"),
            Map.entry("CARE_PLAN", "casehandling.staff.access-log.what.CARE_PLAN"),
            Map.entry("CARE_PLAN_FOLLOW_UPS", "casehandling.staff.access-log.what.CARE_PLAN_FOLLOW_UPS"),
            Map.entry("CARE_PLAN_GOAL_COMMENT", "casehandling.staff.access-log.what.CARE_PLAN_GOAL_COMMENT"),
            Map.entry("CARE_PLAN_CLIENT_AGREEMENT", "casehandling.staff.access-log.what.CARE_PLAN_CLIENT_AGREEMENT"),
            Map.entry("OWN_CHOICES", "casehandling.staff.access-log.what.OWN_CHOICES"),
            Map.entry("OWN_CHOICE", "casehandling.staff.access-log.what.OWN_CHOICE"),
            Map.entry("TRUSTED_FILE_OWNER", "casehandling.staff.access-log.what.TRUSTED_FILE_OWNER"),
            Map.entry("OWN_ACCESS_LOG", "casehandling.staff.access-log.what.OWN_ACCESS_LOG"),
            Map.entry("OWN_ACCESS_QUESTION", "casehandling.staff.access-log.what.OWN_ACCESS_QUESTION"),
            Map.entry("ACCESS_QUESTIONS", "casehandling.staff.access-log.what.ACCESS_QUESTIONS"),
            Map.entry("ACCESS_QUESTION_ANSWER", "casehandling.staff.access-log.what.ACCESS_QUESTION_ANSWER"),
            Map.entry("OWN_CASE", "casehandling.staff.access-log.what.OWN_CASE"),
            Map.entry("OWN_PERSON", "casehandling.staff.access-log.what.OWN_PERSON"),
            Map.entry("OWN_PERSON_REGISTERED", "casehandling.staff.access-log.what.OWN_PERSON_REGISTERED"),
            Map.entry("OWN_APPLICATION", "casehandling.staff.access-log.what.OWN_APPLICATION"),
            Map.entry("OWN_APPLICATIONS", "casehandling.staff.access-log.what.OWN_APPLICATIONS"),
            Map.entry("OWN_MESSAGES", "casehandling.staff.access-log.what.OWN_MESSAGES"),
            Map.entry("OWN_MESSAGE", "casehandling.staff.access-log.what.OWN_MESSAGE"),
            Map.entry("OWN_MESSAGES_READ", "casehandling.staff.access-log.what.OWN_MESSAGES_READ"),
            Map.entry("OWN_NOTICE_ADDRESS", "casehandling.staff.access-log.what.OWN_NOTICE_ADDRESS"),
            Map.entry("OWN_INFORMATION_READ", "casehandling.staff.access-log.what.OWN_INFORMATION_READ"),
            Map.entry("MESSAGES", "casehandling.staff.access-log.what.MESSAGES"),
            Map.entry("MESSAGE", "casehandling.staff.access-log.what.MESSAGE"),
            Map.entry("JOURNAL", "casehandling.staff.access-log.what.JOURNAL"),
            Map.entry("JOURNAL_ENTRY", "casehandling.staff.access-log.what.JOURNAL_ENTRY"),
            Map.entry("RELEASED_JOURNAL", "casehandling.staff.access-log.what.RELEASED_JOURNAL"),
            Map.entry("JOURNAL_ENTRY_CLIENT_VIEW", "casehandling.own.access-log.what.JOURNAL_ENTRY_CLIENT_VIEW"),
            Map.entry("COORDINATED_PLAN", "casehandling.staff.access-log.what.COORDINATED_PLAN"),
            Map.entry("COORDINATED_PLAN_LIST", "casehandling.staff.access-log.what.COORDINATED_PLAN_LIST"),
            Map.entry("COORDINATED_PLAN_CONSENT_WITHDRAWAL",
                    "casehandling.staff.access-log.what.COORDINATED_PLAN_CONSENT_WITHDRAWAL"),
            Map.entry("COORDINATED_PLAN_TIMELINE", "casehandling.staff.access-log.what.COORDINATED_PLAN_TIMELINE"),
            Map.entry("SEARCH_HIT", "casehandling.staff.access-log.what.SEARCH_HIT"),
            Map.entry("PERSON", "casehandling.staff.access-log.what.PERSON"),
            Map.entry("PERSON_CONTACT", "casehandling.staff.access-log.what.PERSON_CONTACT"),
            Map.entry("PERSON_PROTECTION", "casehandling.staff.access-log.what.PERSON_PROTECTION"),
            Map.entry("PROTECTED_CASE_STAFFING", "casehandling.staff.access-log.what.PROTECTED_CASE_STAFFING"),
            Map.entry("NAMED_STAFF_HISTORY", "casehandling.staff.access-log.what.NAMED_STAFF_HISTORY"),
            Map.entry("PROTECTION_PROPOSAL", "casehandling.staff.access-log.what.PROTECTION_PROPOSAL"),
            Map.entry("ACCESS_LOG_REVIEW", "casehandling.staff.access-log.what.ACCESS_LOG_REVIEW"),
            Map.entry("ACCESS_LOG_ENTRY", "casehandling.staff.access-log.what.ACCESS_LOG_ENTRY"));

    /**
     * Rows written for an overview of many persons at once: a page of a list, search hits, the start page's work items,
     * the proposals to approve, the review's own pages. They do not count towards "Många personer" (ADR 0021).
     */
    private static final Set<String> OVERVIEWS = Set.of("CASE_LIST", "CASE_REMINDERS", "SEARCH_HIT",
            "DECISION_PROPOSALS", "COORDINATED_PLAN_LIST", "ACCESS_LOG_REVIEW", "START_PAGE",
            "ACCESS_QUESTIONS");

    @Override
    public Map<String, String> textKeys() {
        return KEYS;
    }

    @Override
    public Set<String> overviewCodes() {
        return OVERVIEWS;
    }
}
