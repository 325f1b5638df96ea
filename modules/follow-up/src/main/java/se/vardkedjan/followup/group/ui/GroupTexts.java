package se.vardkedjan.followup.group.ui;

import se.vardkedjan.followup.group.Dimension;
import se.vardkedjan.followup.group.Measure;
import se.vardkedjan.followup.group.Sex;

/** The text keys of group follow-up's values, each a whole literal from an exhaustive switch (ADR 0019). */
final class GroupTexts {

    private GroupTexts() {
    }

    static String measure(Measure measure) {
        return switch (measure) {
            case CLIENTS -> "followup.group.measure.CLIENTS";
            case NEW_CASES -> "followup.group.measure.NEW_CASES";
            case INTERVENTIONS -> "followup.group.measure.INTERVENTIONS";
            case COST -> "followup.group.measure.COST";
            case CARE_DAYS -> "followup.group.measure.CARE_DAYS";
            case DAYS_TO_DECISION -> "followup.group.measure.DAYS_TO_DECISION";
            case DECISION_WITHIN_TARGET -> "followup.group.measure.DECISION_WITHIN_TARGET";
            case DAYS_TO_START -> "followup.group.measure.DAYS_TO_START";
            case START_WITHIN_TARGET -> "followup.group.measure.START_WITHIN_TARGET";
            case DAYS_TO_ANSWER -> "followup.group.measure.DAYS_TO_ANSWER";
            case ANSWER_WITHIN_TARGET -> "followup.group.measure.ANSWER_WITHIN_TARGET";
            case FOLLOW_UPS_ON_TIME -> "followup.group.measure.FOLLOW_UPS_ON_TIME";
            case COST_PER_IMPROVED -> "followup.group.measure.COST_PER_IMPROVED";
            case GOALS_REACHED -> "followup.group.measure.GOALS_REACHED";
            case GOALS_PARTLY_REACHED -> "followup.group.measure.GOALS_PARTLY_REACHED";
            case AUDIT_CHANGE -> "followup.group.measure.AUDIT_CHANGE";
            case AUDIT_IMPROVED -> "followup.group.measure.AUDIT_IMPROVED";
            case AUDIT_RELIABLY_IMPROVED -> "followup.group.measure.AUDIT_RELIABLY_IMPROVED";
            case DUDIT_CHANGE -> "followup.group.measure.DUDIT_CHANGE";
            case DUDIT_IMPROVED -> "followup.group.measure.DUDIT_IMPROVED";
            case DUDIT_RELIABLY_IMPROVED -> "followup.group.measure.DUDIT_RELIABLY_IMPROVED";
            case ASI_CHANGE -> "followup.group.measure.ASI_CHANGE";
            case ASI_IMPROVED -> "followup.group.measure.ASI_IMPROVED";
            case ASI_RELIABLY_IMPROVED -> "followup.group.measure.ASI_RELIABLY_IMPROVED";
            case INSTRUMENT_AT_INVESTIGATION -> "followup.group.measure.INSTRUMENT_AT_INVESTIGATION";
            case INSTRUMENT_AT_FOLLOW_UP -> "followup.group.measure.INSTRUMENT_AT_FOLLOW_UP";
            case INFORMED_OF_SIP -> "followup.group.measure.INFORMED_OF_SIP";
            case INFORMED_OF_FILE -> "followup.group.measure.INFORMED_OF_FILE";
            case SIP_MADE -> "followup.group.measure.SIP_MADE";
            case CHILDREN_CONSIDERED -> "followup.group.measure.CHILDREN_CONSIDERED";
            case RELATIVES_CONSIDERED -> "followup.group.measure.RELATIVES_CONSIDERED";
        };
    }

    /** A measure's definition, written on the committee's report. */
    static String definition(Measure measure) {
        return switch (measure) {
            case CLIENTS -> "followup.group.definition.CLIENTS";
            case NEW_CASES -> "followup.group.definition.NEW_CASES";
            case INTERVENTIONS -> "followup.group.definition.INTERVENTIONS";
            case COST -> "followup.group.definition.COST";
            case CARE_DAYS -> "followup.group.definition.CARE_DAYS";
            case DAYS_TO_DECISION -> "followup.group.definition.DAYS_TO_DECISION";
            case DECISION_WITHIN_TARGET -> "followup.group.definition.DECISION_WITHIN_TARGET";
            case DAYS_TO_START -> "followup.group.definition.DAYS_TO_START";
            case START_WITHIN_TARGET -> "followup.group.definition.START_WITHIN_TARGET";
            case DAYS_TO_ANSWER -> "followup.group.definition.DAYS_TO_ANSWER";
            case ANSWER_WITHIN_TARGET -> "followup.group.definition.ANSWER_WITHIN_TARGET";
            case FOLLOW_UPS_ON_TIME -> "followup.group.definition.FOLLOW_UPS_ON_TIME";
            case COST_PER_IMPROVED -> "followup.group.definition.COST_PER_IMPROVED";
            case GOALS_REACHED -> "followup.group.definition.GOALS_REACHED";
            case GOALS_PARTLY_REACHED -> "followup.group.definition.GOALS_PARTLY_REACHED";
            case AUDIT_CHANGE, DUDIT_CHANGE, ASI_CHANGE -> "followup.group.definition.CHANGE";
            case AUDIT_IMPROVED, DUDIT_IMPROVED, ASI_IMPROVED -> "followup.group.definition.IMPROVED";
            case AUDIT_RELIABLY_IMPROVED, DUDIT_RELIABLY_IMPROVED, ASI_RELIABLY_IMPROVED ->
                    "followup.group.definition.RELIABLY_IMPROVED";
            case INSTRUMENT_AT_INVESTIGATION -> "followup.group.definition.INSTRUMENT_AT_INVESTIGATION";
            case INSTRUMENT_AT_FOLLOW_UP -> "followup.group.definition.INSTRUMENT_AT_FOLLOW_UP";
            case INFORMED_OF_SIP -> "followup.group.definition.INFORMED_OF_SIP";
            case INFORMED_OF_FILE -> "followup.group.definition.INFORMED_OF_FILE";
            case SIP_MADE -> "followup.group.definition.SIP_MADE";
            case CHILDREN_CONSIDERED -> "followup.group.definition.CHILDREN_CONSIDERED";
            case RELATIVES_CONSIDERED -> "followup.group.definition.RELATIVES_CONSIDERED";
        };
    }

    static String dimension(Dimension dimension) {
        return switch (dimension) {
            case NONE -> "followup.group.dimension.NONE";
            case DISTRICT -> "followup.group.dimension.DISTRICT";
            case UNIT -> "followup.group.dimension.UNIT";
            case MONTH -> "followup.group.dimension.MONTH";
            case QUARTER -> "followup.group.dimension.QUARTER";
            case SEX -> "followup.group.dimension.SEX";
            case AGE_GROUP -> "followup.group.dimension.AGE_GROUP";
            case INTERVENTION_TYPE -> "followup.group.dimension.INTERVENTION_TYPE";
            case METHOD -> "followup.group.dimension.METHOD";
            case PROVIDER -> "followup.group.dimension.PROVIDER";
            case BY_DECISION -> "followup.group.dimension.BY_DECISION";
            case CASEWORKER -> "followup.group.dimension.CASEWORKER";
        };
    }

    static String view(Measure.View view) {
        return switch (view) {
            case VOLUME -> "followup.group.view.VOLUME";
            case MONEY -> "followup.group.view.MONEY";
            case TIME_LIMITS -> "followup.group.view.TIME_LIMITS";
            case DOCUMENTATION -> "followup.group.view.DOCUMENTATION";
            case OUTCOMES -> "followup.group.view.OUTCOMES";
            case OPEN_COMPARISONS -> "followup.group.view.OPEN_COMPARISONS";
        };
    }

    static String unit(Measure.Kind kind) {
        return switch (kind) {
            case COUNT -> "followup.group.unit.COUNT";
            case AMOUNT -> "followup.group.unit.AMOUNT";
            case DAYS -> "followup.group.unit.DAYS";
            case SHARE -> "followup.group.unit.SHARE";
            case CHANGE -> "followup.group.unit.CHANGE";
        };
    }

    static String sex(Sex sex) {
        return switch (sex) {
            case FEMALE -> "followup.group.sex.FEMALE";
            case MALE -> "followup.group.sex.MALE";
            case UNKNOWN -> "followup.group.sex.UNKNOWN";
        };
    }

    /** A documentation table's column: the cases or a flag. */
    static String flag(String column) {
        return switch (column) {
            case "cases" -> "followup.group.flag.cases";
            case "documented_needs" -> "followup.group.flag.documented_needs";
            case "plan_with_goals" -> "followup.group.flag.plan_with_goals";
            case "client_participation" -> "followup.group.flag.client_participation";
            case "assignment_sent" -> "followup.group.flag.assignment_sent";
            case "implementation_plan" -> "followup.group.flag.implementation_plan";
            case "follow_up_done" -> "followup.group.flag.follow_up_done";
            default -> throw new IllegalArgumentException("No such column: " + column);
        };
    }

    /** A budget table's column. */
    static String budget(String column) {
        return switch (column) {
            case "budget" -> "followup.group.budget.budget";
            case "cost" -> "followup.group.budget.cost";
            case "used" -> "followup.group.budget.used";
            default -> throw new IllegalArgumentException("No such column: " + column);
        };
    }

    static String byDecision(String key) {
        return switch (key) {
            case "true" -> "followup.group.by-decision.true";
            case "false" -> "followup.group.by-decision.false";
            default -> "followup.group.none";
        };
    }

    /** Case handling's names of the intervention types (the decision's texts). */
    static String interventionType(String type) {
        return switch (type) {
            case "OUTPATIENT" -> "casehandling.decision.type.OUTPATIENT";
            case "RESIDENTIAL" -> "casehandling.decision.type.RESIDENTIAL";
            case "SUPPORTED_HOUSING" -> "casehandling.decision.type.SUPPORTED_HOUSING";
            case "CONTACT_PERSON" -> "casehandling.decision.type.CONTACT_PERSON";
            case "OCCUPATION" -> "casehandling.decision.type.OCCUPATION";
            case "SERVICE_WITHOUT_DECISION" -> "casehandling.decision.type.SERVICE_WITHOUT_DECISION";
            default -> "followup.group.none";
        };
    }

    static String download(String kind) {
        return "csv".equals(kind) ? "followup.group.download.csv" : "followup.group.download.xlsx";
    }
}
