package se.vardkedjan.citizenportal.ui;

import se.vardkedjan.casehandling.ActivityPerformer;
import se.vardkedjan.casehandling.CarePlanStatus;
import se.vardkedjan.casehandling.readmodel.CaseStage;
import se.vardkedjan.citizenportal.Information;

/**
 * The portal's plain words (klarspråk) for case handling's codes, for the client rather than for staff. ADR 0019: a
 * whole literal key per value; the exhaustive switches make a new value name its text.
 */
final class PortalTexts {

    private PortalTexts() {
    }

    /** Where the case stands, said to the client. */
    static String stage(CaseStage stage) {
        return switch (stage) {
            case REGISTERED -> "citizenportal.stage.REGISTERED";
            case NOT_OPENED -> "citizenportal.stage.NOT_OPENED";
            case INVESTIGATING -> "citizenportal.stage.INVESTIGATING";
            case INVESTIGATION_COMPLETE -> "citizenportal.stage.INVESTIGATION_COMPLETE";
            case PROPOSAL_AWAITING_APPROVAL -> "citizenportal.stage.PROPOSAL_AWAITING_APPROVAL";
            case PROPOSAL_RETURNED -> "citizenportal.stage.PROPOSAL_RETURNED";
            case DECIDED -> "citizenportal.stage.DECIDED";
            case CLOSED -> "citizenportal.stage.CLOSED";
        };
    }

    /** Who carries out an activity of the plan, said to the client ("you", "the social services", …). */
    static String performer(ActivityPerformer who) {
        return switch (who) {
            case CLIENT -> "citizenportal.performer.CLIENT";
            case MUNICIPALITY -> "citizenportal.performer.MUNICIPALITY";
            case PROVIDER -> "citizenportal.performer.PROVIDER";
            case RELATIVE -> "citizenportal.performer.RELATIVE";
            case REGION -> "citizenportal.performer.REGION";
        };
    }

    /** Whether the plan is in force, said to the client. */
    static String planStatus(CarePlanStatus status) {
        return switch (status) {
            case DRAFT -> "citizenportal.plan.status.DRAFT";
            case AGREED -> "citizenportal.plan.status.AGREED";
            case SUPERSEDED -> "citizenportal.plan.status.SUPERSEDED";
        };
    }

    /** An information's heading on the information page. */
    static String informationHeading(Information information) {
        return switch (information) {
            case RIGHT_TO_READ_FILE -> "citizenportal.information.RIGHT_TO_READ_FILE.heading";
            case RIGHT_TO_SIP -> "citizenportal.information.RIGHT_TO_SIP.heading";
            case RIGHT_TO_CHOOSE_PROVIDER -> "citizenportal.information.RIGHT_TO_CHOOSE_PROVIDER.heading";
            case SUPPORT_FOR_RELATIVES -> "citizenportal.information.SUPPORT_FOR_RELATIVES.heading";
            case SUPPORT_FOR_CHILDREN -> "citizenportal.information.SUPPORT_FOR_CHILDREN.heading";
        };
    }

    /** An information's text, in plain words. */
    static String informationText(Information information) {
        return switch (information) {
            case RIGHT_TO_READ_FILE -> "citizenportal.information.RIGHT_TO_READ_FILE.text";
            case RIGHT_TO_SIP -> "citizenportal.information.RIGHT_TO_SIP.text";
            case RIGHT_TO_CHOOSE_PROVIDER -> "citizenportal.information.RIGHT_TO_CHOOSE_PROVIDER.text";
            case SUPPORT_FOR_RELATIVES -> "citizenportal.information.SUPPORT_FOR_RELATIVES.text";
            case SUPPORT_FOR_CHILDREN -> "citizenportal.information.SUPPORT_FOR_CHILDREN.text";
        };
    }

    /** Where to turn, for an information. */
    static String informationWhere(Information information) {
        return switch (information) {
            case RIGHT_TO_READ_FILE -> "citizenportal.information.RIGHT_TO_READ_FILE.where";
            case RIGHT_TO_SIP -> "citizenportal.information.RIGHT_TO_SIP.where";
            case RIGHT_TO_CHOOSE_PROVIDER -> "citizenportal.information.RIGHT_TO_CHOOSE_PROVIDER.where";
            case SUPPORT_FOR_RELATIVES -> "citizenportal.information.SUPPORT_FOR_RELATIVES.where";
            case SUPPORT_FOR_CHILDREN -> "citizenportal.information.SUPPORT_FOR_CHILDREN.where";
        };
    }

    /** A part of the client's file, said to the client (for sharing it with an adult they trust). */
    static String section(se.vardkedjan.casehandling.FileSection section) {
        return switch (section) {
            case CASE -> "citizenportal.section.CASE";
            case PLAN -> "citizenportal.section.PLAN";
            case DECISIONS -> "citizenportal.section.DECISIONS";
            case JOURNAL -> "citizenportal.section.JOURNAL";
            case SIP -> "citizenportal.section.SIP";
            case ASSIGNMENT -> "citizenportal.section.ASSIGNMENT";
            case ACCESS_LOG -> "citizenportal.section.ACCESS_LOG";
            case MESSAGES -> "citizenportal.section.MESSAGES";
            case CHOICES -> "citizenportal.section.CHOICES";
            case APPLICATIONS -> "citizenportal.section.APPLICATIONS";
            case INFORMATION -> "citizenportal.section.INFORMATION";
            case SELF_ASSESSMENTS -> "citizenportal.section.SELF_ASSESSMENTS";
        };
    }

    /** Who read, said to the client: in what role, from why the row was written. */
    static String role(se.vardkedjan.accesslog.Purpose purpose) {
        return switch (purpose) {
            case CASE_WORK -> "citizenportal.log.role.CASE_WORK";
            case SEARCH -> "citizenportal.log.role.SEARCH";
            case SUPERVISION -> "citizenportal.log.role.SUPERVISION";
            case COORDINATION -> "citizenportal.log.role.COORDINATION";
            case OWN_FILE -> "citizenportal.log.role.OWN_FILE";
            case TRUSTED_READER -> "citizenportal.log.role.TRUSTED_READER";
            case ADMINISTRATION -> "citizenportal.log.role.ADMINISTRATION";
        };
    }
}
