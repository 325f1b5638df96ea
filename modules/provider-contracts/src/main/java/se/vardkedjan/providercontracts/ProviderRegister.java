package se.vardkedjan.providercontracts;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.providercontracts.domain.Contract;
import se.vardkedjan.providercontracts.domain.Method;
import se.vardkedjan.providercontracts.domain.Provider;
import se.vardkedjan.providercontracts.persistence.AssignmentRows;
import se.vardkedjan.providercontracts.persistence.ContractRows;
import se.vardkedjan.providercontracts.persistence.MethodRows;
import se.vardkedjan.providercontracts.persistence.ProviderRows;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The provider register: provider organisations with their units, and their contracts (form, period, methods
 * covered, price, places). The administrator keeps it; caseworkers, unit managers and administrators read it (a
 * caseworker chooses a provider for an assignment through {@link #contractsCovering}). Changes by anyone but the
 * administrator are refused and the refusal recorded. Providers and contracts are never removed: a provider is
 * deactivated, a contract ended. No personal data about clients, so nothing here is written to the access log
 * (ADR 0023).
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER, Roles.ADMINISTRATOR})
public class ProviderRegister {

    /** How many days before its end a contract is shown as expiring. */
    public static final int EXPIRY_NOTICE_DAYS = Contract.EXPIRY_NOTICE_DAYS;

    private static final String PROVIDER = "PROVIDER";
    private static final String CONTRACT = "CONTRACT";

    private final ProviderRows providers;
    private final ContractRows contracts;
    private final MethodRows methods;
    private final AssignmentRows assignments;
    private final RegisterAccess access;
    private final Clock clock;

    ProviderRegister(ProviderRows providers, ContractRows contracts, MethodRows methods, AssignmentRows assignments,
                     RegisterAccess access, Clock clock) {
        this.providers = providers;
        this.contracts = contracts;
        this.methods = methods;
        this.assignments = assignments;
        this.access = access;
        this.clock = clock;
    }

    // ---- Reading

    /** Every provider with its units, active ones first. */
    @Transactional(readOnly = true)
    public List<RegisteredProvider> providers() {
        return providers.all().stream().map(ProviderRegister::registered).toList();
    }

    /** The provider with its units; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<RegisteredProvider> provider(ProviderId id) {
        return providers.find(id).map(ProviderRegister::registered);
    }

    /**
     * The provider whose staff sign in with the code (the {@code provider_organisations} claim), active or not; empty
     * when none has it. Provider staff may ask for their own organisation only; asking for another is refused and
     * recorded.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER, Roles.ADMINISTRATOR, Roles.PROVIDER_STAFF})
    public Optional<RegisteredProvider> providerWithCode(ProviderOrganisationCode code) {
        var actor = access.reader();
        if (!actor.isStaff() && !actor.providerOrganisations().contains(code)) {
            throw access.refuseRead(PROVIDER, Target.of(PROVIDER, code));
        }
        return providers.findByCode(code).map(ProviderRegister::registered);
    }

    /** Every contract, the soonest end first, each marked when it is expiring. */
    @Transactional(readOnly = true)
    public List<ContractTerms> contracts() {
        var today = LocalDate.now(clock);
        return contracts.all().stream().map(contract -> terms(contract, today)).toList();
    }

    /** A provider's contracts, ended ones too. */
    @Transactional(readOnly = true)
    public List<ContractTerms> contractsOf(ProviderId provider) {
        var today = LocalDate.now(clock);
        return contracts.ofProvider(provider).stream().map(contract -> terms(contract, today)).toList();
    }

    /**
     * How many places of each contract assignments hold now (sent and awaiting an answer, accepted or running; ADR
     * 0024), for the contracts given; a contract no assignment holds a place of is absent. No personal data.
     */
    @Transactional(readOnly = true)
    public Map<ContractId, Integer> placesHeld(Collection<ContractId> contractIds) {
        return Map.copyOf(assignments.held(contractIds));
    }

    /** The contracts that end within {@value #EXPIRY_NOTICE_DAYS} days from today (and have not ended yet). */
    @Transactional(readOnly = true)
    public List<ContractTerms> expiringContracts() {
        return contracts().stream().filter(ContractTerms::expiring).toList();
    }

    /**
     * The contracts in force on the day, of active providers, that cover the method: what a caseworker chooses among
     * when assigning. Each names its provider, its form (a {@link ContractForm#LOV} contract is one the client may
     * choose under the choice system), price and places. Cheapest first. Places taken by assignments are not counted
     * here.
     */
    @Transactional(readOnly = true)
    public List<CoveringContract> contractsCovering(MethodCode method, LocalDate on) {
        return contracts.covering(method, on);
    }

    // ---- Changing (the administrator)

    /**
     * Registers a provider. Checked: code (lower-case letters, digits, hyphens; unique; the claim value its staff
     * sign in with), name, organisation number (its check digit; unique), kind, contact.
     */
    @Transactional
    public ProviderId registerProvider(ProviderInput input) {
        var administrator = access.administrator("PROVIDER_REGISTER", null);
        var provider = Provider.register(ProviderId.random(), input);
        providers.insert(provider, administrator.username(), clock.instant());
        return provider.id();
    }

    /** Changes a provider's name, organisation number, kind and contact (its code stays). */
    @Transactional
    public void describeProvider(ProviderId id, long version, ProviderInput input) {
        var administrator = access.administrator("PROVIDER_REGISTER", Target.of(PROVIDER, id));
        providers.update(current(id, version).describedAs(input), administrator.username(), clock.instant());
    }

    /** Deactivates a provider: no new assignment goes to it; what it did stays. */
    @Transactional
    public void deactivateProvider(ProviderId id, long version) {
        var administrator = access.administrator("PROVIDER_REGISTER", Target.of(PROVIDER, id));
        providers.update(current(id, version).withActive(false), administrator.username(), clock.instant());
    }

    /** Makes a deactivated provider active again. */
    @Transactional
    public void reactivateProvider(ProviderId id, long version) {
        var administrator = access.administrator("PROVIDER_REGISTER", Target.of(PROVIDER, id));
        providers.update(current(id, version).withActive(true), administrator.username(), clock.instant());
    }

    /** Adds a unit (a home, a clinic, a housing) with its address to a provider. */
    @Transactional
    public ProviderUnitId addUnit(ProviderId id, long version, ProviderUnitInput input) {
        var administrator = access.administrator("PROVIDER_REGISTER", Target.of(PROVIDER, id));
        var unit = ProviderUnitId.random();
        providers.update(current(id, version).withUnit(unit, input), administrator.username(), clock.instant());
        return unit;
    }

    /** Changes a unit's name, address and phone. */
    @Transactional
    public void changeUnit(ProviderId id, long version, ProviderUnitId unit, ProviderUnitInput input) {
        var administrator = access.administrator("PROVIDER_REGISTER", Target.of(PROVIDER, id));
        providers.update(current(id, version).withUnitChanged(unit, input), administrator.username(),
                clock.instant());
    }

    /** Deactivates a unit of a provider: it is never removed. */
    @Transactional
    public void deactivateUnit(ProviderId id, long version, ProviderUnitId unit) {
        var administrator = access.administrator("PROVIDER_REGISTER", Target.of(PROVIDER, id));
        providers.update(current(id, version).withUnitActive(unit, false), administrator.username(),
                clock.instant());
    }

    /**
     * Adds a contract to a provider. Checked: reference (unique per provider), form (own-run for an own-run provider
     * and only for it), a valid period, at least one active method of the catalogue, a price that is not negative,
     * places.
     */
    @Transactional
    public ContractId addContract(ProviderId providerId, ContractInput input) {
        var administrator = access.administrator("PROVIDER_REGISTER", Target.of(PROVIDER, providerId));
        var provider = providers.find(providerId)
                .orElseThrow(() -> new RuleViolation("providercontracts.error.provider-unknown"));
        var contract = Contract.of(ContractId.random(), providerId, provider.kind(), input, activeMethods(), 0);
        contracts.insert(contract, administrator.username(), clock.instant());
        return contract.id();
    }

    /**
     * Changes a contract's terms, with the same checks as {@link #addContract}. The price and its unit stay as they
     * are once a day has been reported under the contract: the cost is priced by the contract's price, so a changed
     * price would silently reprice days already reported (ADR 0026). A new price is a new contract from the day it
     * applies, the old one ended the day before.
     */
    @Transactional
    public void changeContract(ContractId id, long version, ContractInput input) {
        var administrator = access.administrator("PROVIDER_REGISTER", Target.of(CONTRACT, id));
        var stored = currentContract(id, version);
        var provider = providers.find(stored.providerId())
                .orElseThrow(() -> new RuleViolation("providercontracts.error.provider-unknown"));
        var catalogue = activeMethods();
        catalogue.addAll(stored.methods());
        var changed = Contract.of(id, stored.providerId(), provider.kind(), input, catalogue, version);
        if ((changed.priceUnit() != stored.priceUnit() || changed.priceOre() != stored.priceOre())
                && contracts.hasReportedDays(id)) {
            throw new RuleViolation("providercontracts.contract.error.price-has-priced-days");
        }
        contracts.update(changed, administrator.username(), clock.instant());
    }

    /** Ends a contract on the day (its last day): it covers nothing after it; it is never removed. */
    @Transactional
    public void endContract(ContractId id, long version, LocalDate lastDay) {
        var administrator = access.administrator("PROVIDER_REGISTER", Target.of(CONTRACT, id));
        contracts.update(currentContract(id, version).endedOn(lastDay), administrator.username(), clock.instant());
    }

    private Provider current(ProviderId id, long version) {
        var provider = providers.find(id)
                .orElseThrow(() -> new RuleViolation("providercontracts.error.provider-unknown"));
        if (provider.version() != version) {
            throw new ConcurrentChange("provider", id);
        }
        return provider;
    }

    private Contract currentContract(ContractId id, long version) {
        var contract = contracts.find(id)
                .orElseThrow(() -> new RuleViolation("providercontracts.error.contract-unknown"));
        if (contract.version() != version) {
            throw new ConcurrentChange("contract", id);
        }
        return contract;
    }

    private java.util.Set<MethodCode> activeMethods() {
        return methods.all().stream().filter(Method::active).map(Method::code)
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }

    private static RegisteredProvider registered(Provider provider) {
        return new RegisteredProvider(provider.id(), provider.code(), provider.name(),
                provider.organisationNumber().formatted(), provider.kind(), provider.contactName(),
                provider.contactPhone(), provider.contactEmail(), provider.units().stream()
                .map(unit -> new RegisteredProvider.Unit(unit.id(), unit.name(), unit.street(), unit.postalCode(),
                        unit.city(), unit.phone(), unit.active())).toList(), provider.active(), provider.version());
    }

    private static ContractTerms terms(Contract contract, LocalDate today) {
        return new ContractTerms(contract.id(), contract.providerId(), contract.reference(), contract.form(),
                contract.validFrom(), contract.validTo(), contract.methods(), contract.priceUnit(),
                contract.priceOre(), contract.places(), contract.expiringOn(today), contract.version());
    }
}
