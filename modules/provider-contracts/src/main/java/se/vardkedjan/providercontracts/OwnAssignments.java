package se.vardkedjan.providercontracts;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.providercontracts.access.AssignmentAccess;
import se.vardkedjan.providercontracts.domain.Assignment;
import se.vardkedjan.providercontracts.domain.ContractForm;
import se.vardkedjan.providercontracts.domain.EscalationStep;
import se.vardkedjan.providercontracts.domain.Provider;
import se.vardkedjan.providercontracts.persistence.AssignmentRows;
import se.vardkedjan.providercontracts.persistence.ContractRows;
import se.vardkedjan.providercontracts.persistence.MethodRows;
import se.vardkedjan.providercontracts.persistence.ProviderRows;
import se.vardkedjan.sharedkernel.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client's own assignments, as the citizen portal shows them (ADR 0028, slice 2): where they get help and from
 * whom, and which providers they can choose between where the intervention is provided under LOV. The client's case
 * comes through case handling's door to the own file ({@code CaseDoor.admitOwn}, by this module's
 * {@link AssignmentAccess#openOwn}), which writes the access-log row with the client as actor and purpose
 * {@code OWN_FILE}; no method takes an id, so there is nothing to aim at another client's file with. Only clients call
 * it.
 */
@Service
@RolesAllowed(Roles.CLIENT)
public class OwnAssignments {

    /** The access-log code of the client reading their own assignments. */
    static final String WHAT = "OWN_ASSIGNMENTS";

    private final AssignmentAccess access;
    private final AssignmentRows assignments;
    private final ProviderRows providers;
    private final MethodRows catalogue;
    private final ContractRows contracts;
    private final Clock clock;

    public OwnAssignments(AssignmentAccess access, AssignmentRows assignments, ProviderRows providers,
                          MethodRows catalogue, ContractRows contracts, Clock clock) {
        this.access = access;
        this.assignments = assignments;
        this.providers = providers;
        this.catalogue = catalogue;
        this.contracts = contracts;
        this.clock = clock;
    }

    /**
     * The assignments of the client's case that have been sent to a provider (not a draft the caseworker is still
     * writing, nor one withdrawn before it reached anyone), newest first; empty when there is none or no case.
     */
    @Transactional
    public List<OwnAssignment> mine() {
        return access.openOwn(AccessKind.READ, WHAT).map(admission -> {
            var today = LocalDate.ofInstant(clock.instant(), EscalationStep.ZONE);
            var lov = new EnumMap<InterventionType, List<OwnAssignment.LovProvider>>(InterventionType.class);
            return assignments.ofCase(admission.caseId()).stream().map(AssignmentRows.Stored::assignment)
                    .filter(a -> a.status() != AssignmentStatus.DRAFT && a.status() != AssignmentStatus.WITHDRAWN)
                    .map(a -> own(a, lov.computeIfAbsent(a.interventionType(), type -> lovProviders(type, today))))
                    .toList();
        }).orElse(List.of());
    }

    private OwnAssignment own(Assignment a, List<OwnAssignment.LovProvider> lov) {
        var choice = a.choice();
        var provider = choice == null ? null : providers.find(choice.provider()).orElse(null);
        var planned = a.acceptedStart() != null ? a.acceptedStart()
                : a.content().startsOn() != null ? a.content().startsOn() : a.grantedFrom();
        return new OwnAssignment(a.interventionType(), provider == null ? null : provider.name(),
                provider == null ? null : provider.contactPhone(), provider == null ? null : provider.contactEmail(),
                planned, a.startedOn(), a.endedOn(), a.status(), choice != null && choice.clientsChoice(), lov);
    }

    /** The active providers with a LOV contract covering an active method of the intervention today, by name. */
    private List<OwnAssignment.LovProvider> lovProviders(InterventionType type, LocalDate today) {
        var found = new LinkedHashMap<ProviderId, OwnAssignment.LovProvider>();
        for (var method : catalogue.activeFor(type)) {
            for (var offer : contracts.offers(method.code(), today)) {
                if (offer.form() == ContractForm.LOV && !found.containsKey(offer.provider())) {
                    providers.find(offer.provider()).filter(Provider::active).ifPresent(p ->
                            found.put(p.id(), new OwnAssignment.LovProvider(p.name(), p.contactPhone(),
                                    p.contactEmail())));
                }
            }
        }
        return found.values().stream()
                .sorted(java.util.Comparator.comparing(OwnAssignment.LovProvider::name)).toList();
    }
}
