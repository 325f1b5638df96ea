package se.vardkedjan.providercontracts.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.providercontracts.ContractForm;
import se.vardkedjan.providercontracts.ContractId;
import se.vardkedjan.providercontracts.ContractInput;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.providercontracts.PriceUnit;
import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.providercontracts.ProviderKind;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractTests {

    private static final MethodCode CBT = new MethodCode("CBT");
    private static final MethodCode MI = new MethodCode("MI");
    private static final Set<MethodCode> CATALOGUE = Set.of(CBT, MI);
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private static ContractInput input(LocalDate from, LocalDate to, Set<MethodCode> methods, Long price) {
        return new ContractInput("RA-2026-01", ContractForm.FRAMEWORK_AGREEMENT, from, to, methods,
                PriceUnit.CARE_DAY, price, 8);
    }

    private static Contract contract(ContractInput input) {
        return Contract.of(ContractId.random(), ProviderId.random(), ProviderKind.PRIVATE, input, CATALOGUE, 0);
    }

    private static void refused(ContractInput input, String field, String key) {
        assertThatThrownBy(() -> contract(input)).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.messageKey()).isEqualTo(key);
            assertThat(violation.field()).contains(field);
        });
    }

    @Test
    void aValidContractKeepsItsTerms() {
        var contract = contract(input(START, START.plusYears(2), Set.of(CBT), 215_000L));
        assertThat(contract.priceOre()).isEqualTo(215_000L);
        assertThat(contract.methods()).containsExactly(CBT);
        assertThat(contract.validOn(START)).isTrue();
        assertThat(contract.validOn(START.minusDays(1))).isFalse();
        assertThat(contract.validOn(START.plusYears(2))).isTrue();
        assertThat(contract.validOn(START.plusYears(2).plusDays(1))).isFalse();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        refused(input(START, START.minusDays(1), Set.of(CBT), 100L), Contract.VALID_TO,
                "providercontracts.error.dates-in-wrong-order");
    }

    @Test
    void aPeriodOfOneDayIsAllowed() {
        assertThat(contract(input(START, START, Set.of(CBT), 100L)).validOn(START)).isTrue();
    }

    @Test
    void aContractWithoutAStartIsRefused() {
        refused(input(null, null, Set.of(CBT), 100L), Contract.VALID_FROM, "providercontracts.error.date-required");
    }

    @Test
    void aContractMustCoverAMethodOfTheCatalogue() {
        refused(input(START, null, Set.of(), 100L), Contract.METHODS, "providercontracts.error.methods-required");
        refused(input(START, null, Set.of(new MethodCode("UNKNOWN")), 100L), Contract.METHODS,
                "providercontracts.error.method-unknown");
    }

    @Test
    void aNegativePriceIsRefusedAndAFreeOneAllowed() {
        refused(input(START, null, Set.of(CBT), -1L), Contract.PRICE, "providercontracts.error.price-negative");
        assertThat(contract(input(START, null, Set.of(CBT), 0L)).priceOre()).isZero();
    }

    @Test
    void zeroPlacesAreRefusedAndNoFixedNumberAllowed() {
        var zero = new ContractInput("RA-1", ContractForm.LOV, START, null, Set.of(MI), PriceUnit.HOUR, 90_000L, 0);
        refused(zero, Contract.PLACES, "providercontracts.error.places-invalid");
        var open = new ContractInput("RA-1", ContractForm.LOV, START, null, Set.of(MI), PriceUnit.HOUR, 90_000L, null);
        assertThat(contract(open).places()).isNull();
    }

    @Test
    void onlyAnOwnRunProviderHasOwnRunContracts() {
        var ownRun = new ContractInput("ER-1", ContractForm.OWN_RUN, START, null, Set.of(MI), PriceUnit.HOUR, 0L,
                null);
        refused(ownRun, Contract.FORM, "providercontracts.error.own-run-form");
        assertThatThrownBy(() -> Contract.of(ContractId.random(), ProviderId.random(), ProviderKind.OWN_RUN,
                input(START, null, Set.of(CBT), 100L), CATALOGUE, 0)).isInstanceOf(RuleViolation.class);
        assertThat(Contract.of(ContractId.random(), ProviderId.random(), ProviderKind.OWN_RUN, ownRun, CATALOGUE, 0)
                .form()).isEqualTo(ContractForm.OWN_RUN);
    }

    @Test
    void aContractIsExpiringWithinNinetyDaysOfItsEnd() {
        var end = LocalDate.of(2027, 3, 31);
        var contract = contract(input(START, end, Set.of(CBT), 100L));
        assertThat(Contract.EXPIRY_NOTICE_DAYS).isEqualTo(90);
        assertThat(contract.expiringOn(end.minusDays(91))).isFalse();
        assertThat(contract.expiringOn(end.minusDays(90))).isTrue();
        assertThat(contract.expiringOn(end)).isTrue();
        assertThat(contract.expiringOn(end.plusDays(1))).as("already ended").isFalse();
        assertThat(contract(input(START, null, Set.of(CBT), 100L)).expiringOn(START)).as("until further notice")
                .isFalse();
    }

    @Test
    void aContractEndsNotBeforeItStarted() {
        var contract = contract(input(START, null, Set.of(CBT), 100L));
        assertThat(contract.endedOn(START.plusMonths(3)).validTo()).isEqualTo(START.plusMonths(3));
        assertThatThrownBy(() -> contract.endedOn(START.minusDays(1))).isInstanceOf(RuleViolation.class);
    }
}
