package se.vardkedjan.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.organisation.domain.DelegationLevels;
import se.vardkedjan.organisation.persistence.DelegationRuleRows;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static se.vardkedjan.organisation.domain.OrganisationFreeText.FREE_TEXT;

/**
 * The municipality's delegation rules (delegationsordning), as the administrator maintains them: per intervention
 * type that is decided, the lowest role that may decide it, with every change recorded. Case handling reads them when a
 * decision is made or approved ({@link #lowestRoles()}); how a decision follows them is its part. No personal data,
 * so nothing here is written to the access log.
 */
@Service
@RolesAllowed(Roles.ADMINISTRATOR)
public class DelegationRules {

    /** How many recorded changes of the delegation rules the administrator sees. */
    static final int HISTORY = 200;

    private final DelegationRuleRows rules;
    private final CurrentActor currentActor;
    private final Clock clock;

    public DelegationRules(DelegationRuleRows rules, CurrentActor currentActor, Clock clock) {
        this.rules = rules;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * The delegation rules, one per intervention type that is a decision, with who changed each last and when; for
     * the administrator. No personal data.
     */
    @Transactional(readOnly = true)
    public List<DelegationRule> delegationRules() {
        return rules.all();
    }

    /** The recorded changes of the delegation rules, newest first (at most {@value #HISTORY}). */
    @Transactional(readOnly = true)
    public List<DelegationRuleChange> delegationRuleChanges() {
        return rules.changes(HISTORY);
    }

    /**
     * The rules as they stand, for deciding: the lowest role per intervention type's code. Open to every caller,
     * since another module's facade asks it within its own checks (case handling, when a decision is made or
     * approved); it holds no personal data.
     */
    @Transactional(readOnly = true)
    @PermitAll
    public Map<String, String> lowestRoles() {
        return Map.copyOf(rules.lowestRoles());
    }

    /**
     * Changes who may decide an intervention type, as the committee decided (its reference, e.g. "SN 2026-03-12 § 45",
     * is required and kept with the change). Decisions made from now on follow the new rule; decisions and proposals
     * made before keep the level they were made at. The change is recorded with the administrator and the time.
     *
     * @param type    the intervention type's code, e.g. {@code OUTPATIENT}
     * @param version the rule's version as the caller read it; a newer one means someone else changed it since
     * @throws RuleViolation for a missing or unknown type (a type without a rule is not decided) or level, an
     *                       unchanged rule, or a missing basis
     * @throws ConcurrentChange when the rule was changed since it was read; nothing is stored
     */
    @Transactional
    public void changeDelegationRule(String type, long version, String lowestRole, String basis) {
        var administrator = currentActor.require();
        if (type == null || type.isBlank()) {
            throw new RuleViolation("organisation.delegation-rules.error.type-required");
        }
        var rule = rules.find(type).orElseThrow(() -> new RuleViolation(
                "organisation.delegation-rules.error.rule-unknown", DelegationLevels.typeTextKey(type)));
        if (rule.version() != version) {
            throw new ConcurrentChange("delegation rule", type);
        }
        var role = lowestRole == null ? null : lowestRole.strip();
        DelegationLevels.checkChange(type, rule.lowestRole(), role);
        var checkedBasis = FREE_TEXT.requiredLine("organisation.delegation-rules.basis", basis, FreeText.SHORT);
        rules.change(rule, role, checkedBasis, administrator.username(), clock.instant());
    }
}
