package se.vardkedjan.providercontracts;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.providercontracts.domain.Method;
import se.vardkedjan.providercontracts.persistence.MethodRows;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The intervention catalogue: the methods (relapse prevention, CBT, IPS, residential treatment, …) that refine case
 * handling's intervention types, with the national guidelines' recommendation as a reference. Case handling's decision
 * keeps its type; the method is chosen on the assignment ({@link #methodsFor}). The administrator keeps the
 * catalogue; caseworkers, unit managers and administrators read it. Methods are never removed: deactivated. No
 * personal data, so nothing is written to the access log (ADR 0023).
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER, Roles.ADMINISTRATOR})
public class InterventionCatalogue {

    private final MethodRows methods;
    private final RegisterAccess access;
    private final Clock clock;

    InterventionCatalogue(MethodRows methods, RegisterAccess access, Clock clock) {
        this.methods = methods;
        this.access = access;
        this.clock = clock;
    }

    /** The whole catalogue, deactivated methods too (last). */
    @Transactional(readOnly = true)
    public List<CatalogueMethod> methods() {
        return methods.all().stream().map(InterventionCatalogue::catalogued).toList();
    }

    /** The method with the code, active or not; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<CatalogueMethod> method(MethodCode code) {
        return methods.find(code).map(InterventionCatalogue::catalogued);
    }

    /** The active methods that refine the intervention type: what an assignment for a decision of it may name. */
    @Transactional(readOnly = true)
    public List<CatalogueMethod> methodsFor(InterventionType type) {
        return methods.all().stream().filter(method -> method.active() && method.interventionTypes().contains(type))
                .map(InterventionCatalogue::catalogued).toList();
    }

    /** Adds a method. Checked: code (capitals, digits, underscores; unique), names, types, the recommendation. */
    @Transactional
    public MethodCode addMethod(MethodInput input) {
        var administrator = access.administrator("INTERVENTION_CATALOGUE", null);
        var method = Method.add(input);
        methods.insert(method, administrator.username(), clock.instant());
        return method.code();
    }

    /** Changes a method's names, intervention types and recommendation (its code stays). */
    @Transactional
    public void describeMethod(MethodCode code, long version, MethodInput input) {
        var administrator = access.administrator("INTERVENTION_CATALOGUE", target(code));
        methods.update(current(code, version).describedAs(input), administrator.username(), clock.instant());
    }

    /** Deactivates a method: no new contract covers it and no new assignment names it; what named it stays. */
    @Transactional
    public void deactivateMethod(MethodCode code, long version) {
        var administrator = access.administrator("INTERVENTION_CATALOGUE", target(code));
        methods.update(current(code, version).withActive(false), administrator.username(), clock.instant());
    }

    /** Makes a deactivated method active again. */
    @Transactional
    public void reactivateMethod(MethodCode code, long version) {
        var administrator = access.administrator("INTERVENTION_CATALOGUE", target(code));
        methods.update(current(code, version).withActive(true), administrator.username(), clock.instant());
    }

    private Method current(MethodCode code, long version) {
        var method = methods.find(code)
                .orElseThrow(() -> new RuleViolation("providercontracts.error.method-unknown", code.value()));
        if (method.version() != version) {
            throw new ConcurrentChange("method", code);
        }
        return method;
    }

    private static Target target(MethodCode code) {
        return code == null ? null : Target.of("METHOD", code.value().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static CatalogueMethod catalogued(Method method) {
        return new CatalogueMethod(method.code(), method.nameSv(), method.nameEn(), method.interventionTypes(),
                method.guidelinePriority(), method.guidelineReference(), method.active(), method.version());
    }
}
