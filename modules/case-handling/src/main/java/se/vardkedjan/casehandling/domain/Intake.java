package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.ReportingAuthority;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * What arrived and how (aktualisering): an application, a report (with its reporter and, for an authority, whether it
 * is a mandatory LVM 6 § report) or a request; the date it was received, what it is about, and immediate risks.
 */
public record Intake(IntakeKind kind, LocalDate receivedOn, String description, String reporterName,
                     String reporterOrganisation, ReportingAuthority reportingAuthority, boolean lvmReport,
                     String immediateRisks) {

    public Intake {
        if (kind == null) {
            throw RuleViolation.forField("casehandling.staff.intake.kind", "casehandling.error.intake-kind-required");
        }
        if (receivedOn == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.intake.received-on");
        }
        DateRange.check("casehandling.intake.received-on", receivedOn);
        description = FREE_TEXT.required("casehandling.intake.description", description, FreeText.MEDIUM);
        reporterName = FREE_TEXT.optional("casehandling.intake.reporter-name", reporterName, FreeText.SHORT);
        reporterOrganisation = FREE_TEXT.optional("casehandling.intake.reporter-organisation", reporterOrganisation,
                FreeText.SHORT);
        immediateRisks = FREE_TEXT.optional("casehandling.intake.immediate-risks", immediateRisks, FreeText.MEDIUM);
        if (kind == IntakeKind.REPORT) {
            if (reportingAuthority == null) {
                throw RuleViolation.forField("casehandling.staff.intake.reporting-authority",
                        "casehandling.error.reporter-required");
            }
            if (lvmReport && !reportingAuthority.isObligedUnderLvm()) {
                throw RuleViolation.forField("casehandling.staff.intake.lvm",
                        "casehandling.error.lvm-report-needs-authority");
            }
        } else {
            if (lvmReport) {
                throw RuleViolation.forField("casehandling.staff.intake.lvm",
                        "casehandling.error.lvm-report-only-for-reports");
            }
            reportingAuthority = null;
        }
    }

    /** Refuses a date after today: a matter cannot be received in the future. */
    void checkReceivedNotAfter(LocalDate today) {
        if (receivedOn.isAfter(today)) {
            throw new RuleViolation("casehandling.error.date-in-future", "casehandling.intake.received-on");
        }
    }
}
