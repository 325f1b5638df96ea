package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.domain.DateRange;
import se.vardkedjan.casehandling.domain.Delegation;
import se.vardkedjan.casehandling.domain.FreeText;
import se.vardkedjan.casehandling.persistence.DelegationRuleRows;
import se.vardkedjan.casehandling.persistence.LegalReferenceRows;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What decisions follow, as the administrator maintains it: the table of legal references (lagrum) and the delegation
 * rules (delegationsordning), with every change of a rule recorded. No personal data, so nothing here is written to
 * the access log. It belongs with the organisation register ({@link Organisation}) rather than with the decisions
 * made under it; {@link Decisions} only reads it.
 */
@Service
@RolesAllowed(Roles.ADMINISTRATOR)
public class DelegationAndLegalReferences {

    /** How many recorded changes of the delegation rules the administrator sees. */
    static final int DELEGATION_HISTORY = 200;

    private final LegalReferenceRows legalReferences;
    private final DelegationRuleRows delegationRules;
    private final PersonalDataAccess access;
    private final Clock clock;

    public DelegationAndLegalReferences(LegalReferenceRows legalReferences, DelegationRuleRows delegationRules,
                                        PersonalDataAccess access, Clock clock) {
        this.legalReferences = legalReferences;
        this.delegationRules = delegationRules;
        this.access = access;
        this.clock = clock;
    }

    /** The whole table of legal references, retired ones too, for the administrator. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<LegalReference> legalReferences() {
        return legalReferences.all();
    }

    /** Adds a legal reference, e.g. when the law changes. Checked: code, law, section and title, dates in order. */
    @Transactional
    @RolesAllowed(Roles.ADMINISTRATOR)
    public void addLegalReference(LegalReference reference) {
        var code = FreeText.requiredLine("casehandling.decision.legal-reference.code", reference.code(),
                64).toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]*")) {
            throw new RuleViolation("casehandling.decision.error.legal-reference-code", code);
        }
        if (reference.validFrom() == null) {
            throw new RuleViolation("casehandling.error.date-required",
                    "casehandling.decision.legal-reference.valid-from");
        }
        DateRange.check("casehandling.decision.legal-reference.valid-from", reference.validFrom());
        DateRange.check("casehandling.decision.legal-reference.valid-to", reference.validTo());
        if (reference.validTo() != null && reference.validTo().isBefore(reference.validFrom())) {
            throw new RuleViolation("casehandling.error.dates-in-wrong-order",
                    "casehandling.decision.legal-reference.valid-from",
                    "casehandling.decision.legal-reference.valid-to");
        }
        if (legalReferences.find(code).isPresent()) {
            throw new RuleViolation("casehandling.decision.error.legal-reference-code-taken", code);
        }
        legalReferences.insert(new LegalReference(code,
                FreeText.requiredLine("casehandling.decision.legal-reference.law", reference.law(), 100),
                FreeText.optional("casehandling.decision.legal-reference.chapter", reference.chapter(), 10),
                FreeText.requiredLine("casehandling.decision.legal-reference.section", reference.section(), 10),
                FreeText.requiredLine("casehandling.decision.legal-reference.title", reference.title(), FreeText.SHORT),
                reference.validFrom(), reference.validTo()));
    }

    /** Retires a legal reference: it stays for the decisions that cite it, but new decisions after the date cannot. */
    @Transactional
    @RolesAllowed(Roles.ADMINISTRATOR)
    public void retireLegalReference(String code, LocalDate validTo) {
        var existing = legalReferences.find(code)
                .orElseThrow(() -> new RuleViolation("casehandling.decision.error.legal-reference-unknown", code));
        if (validTo == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.decision.legal-reference.valid-to");
        }
        if (validTo.isBefore(existing.validFrom())) {
            throw new RuleViolation("casehandling.error.dates-in-wrong-order",
                    "casehandling.decision.legal-reference.valid-from", "casehandling.decision.legal-reference.valid-to");
        }
        legalReferences.retire(code, validTo);
    }

    /**
     * The delegation rules, one per intervention type that is a decision, with who changed each last and when; for
     * the administrator. No personal data.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<DelegationRule> delegationRules() {
        return delegationRules.all();
    }

    /** The recorded changes of the delegation rules, newest first (at most {@value #DELEGATION_HISTORY}). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<DelegationRuleChange> delegationRuleChanges() {
        return delegationRules.changes(DELEGATION_HISTORY);
    }

    /**
     * Changes who may decide an intervention type, as the committee decided (its reference, e.g. "SN 2026-03-12 § 45",
     * is required and kept with the change). Decisions made from now on follow the new rule; decisions and proposals
     * made before keep the level they were made at. The change is recorded with the administrator and the time.
     *
     * @param version the rule's version as the caller read it; a newer one means someone else changed it since
     * @throws RuleViolation for a missing or unknown type or level, an unchanged rule, or a missing basis
     * @throws ConcurrentChange when the rule was changed since it was read; nothing is stored
     */
    @Transactional
    @RolesAllowed(Roles.ADMINISTRATOR)
    public void changeDelegationRule(InterventionType type, long version, String lowestRole, String basis) {
        var administrator = access.actor();
        if (type == null) {
            throw new RuleViolation("casehandling.decision.delegation-rules.error.type-required");
        }
        var rule = delegationRules.find(type).orElse(null);
        if (rule == null) {
            Delegation.checkChange(type, null, lowestRole);
            throw new RuleViolation("casehandling.decision.delegation-rules.error.rule-unknown",
                    type.textKey());
        }
        if (rule.version() != version) {
            throw new ConcurrentChange("delegation rule", type);
        }
        var role = lowestRole == null ? null : lowestRole.strip();
        Delegation.checkChange(type, rule.lowestRole(), role);
        var checkedBasis = FreeText.requiredLine("casehandling.decision.delegation-rules.basis", basis,
                FreeText.SHORT);
        delegationRules.change(rule, role, checkedBasis, administrator.username(), clock.instant());
    }
}
