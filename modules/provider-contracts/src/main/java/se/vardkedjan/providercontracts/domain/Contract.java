package se.vardkedjan.providercontracts.domain;

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

/**
 * A contract with a provider (avtal): its form, period, the catalogue's methods it covers, its price in öre per care
 * day, hour, month or as a fixed sum, and the places it gives. The rules: the period is valid (a start, an end not
 * before it), it covers at least one method of the catalogue, the price is not negative, an own-run provider's
 * contract is of the own-run form and only theirs is. Never removed: ended ({@link #endedOn}) instead.
 */
public record Contract(ContractId id, ProviderId providerId, String reference, ContractForm form,
                       LocalDate validFrom, LocalDate validTo, Set<MethodCode> methods, PriceUnit priceUnit,
                       long priceOre, Integer places, long version) {

    /** How many days before its end a contract counts as expiring, shown to administrators. */
    public static final int EXPIRY_NOTICE_DAYS = 90;
    /** The highest price a contract may state, in öre: 10 million kronor. */
    public static final long MAX_PRICE_ORE = 1_000_000_000L;
    /** The most places a contract may give. */
    public static final int MAX_PLACES = 10_000;

    static final String REFERENCE = "providercontracts.contract.reference";
    static final String FORM = "providercontracts.contract.form";
    static final String VALID_FROM = "providercontracts.contract.valid-from";
    static final String VALID_TO = "providercontracts.contract.valid-to";
    static final String METHODS = "providercontracts.contract.methods";
    static final String PRICE_UNIT = "providercontracts.contract.price-unit";
    public static final String PRICE = "providercontracts.contract.price";
    static final String PLACES = "providercontracts.contract.places";

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    public Contract {
        methods = Set.copyOf(methods);
    }

    /**
     * A contract from what the administrator typed, checked field by field.
     *
     * @param providerKind the provider's kind: an own-run provider has own-run contracts, and only it has them
     * @param catalogue    the catalogue's active methods: the contract may cover only these
     */
    public static Contract of(ContractId id, ProviderId providerId, ProviderKind providerKind, ContractInput input,
                              Set<MethodCode> catalogue, long version) {
        var reference = ProviderText.requiredLine(REFERENCE, input.reference(), 100);
        if (input.form() == null) {
            throw RuleViolation.forField(FORM, "providercontracts.error.choice-required", FORM);
        }
        if ((input.form() == ContractForm.OWN_RUN) != (providerKind == ProviderKind.OWN_RUN)) {
            throw RuleViolation.forField(FORM, providerKind == ProviderKind.OWN_RUN
                    ? "providercontracts.error.own-run-provider-form" : "providercontracts.error.own-run-form");
        }
        checkPeriod(input.validFrom(), input.validTo());
        if (input.methods() == null || input.methods().isEmpty()) {
            throw RuleViolation.forField(METHODS, "providercontracts.error.methods-required");
        }
        for (var method : input.methods()) {
            if (!catalogue.contains(method)) {
                throw RuleViolation.forField(METHODS, "providercontracts.error.method-unknown", method.value());
            }
        }
        if (input.priceUnit() == null) {
            throw RuleViolation.forField(PRICE_UNIT, "providercontracts.error.choice-required", PRICE_UNIT);
        }
        if (input.priceOre() == null) {
            throw RuleViolation.forField(PRICE, "providercontracts.error.price-required");
        }
        if (input.priceOre() < 0) {
            throw RuleViolation.forField(PRICE, "providercontracts.error.price-negative");
        }
        if (input.priceOre() > MAX_PRICE_ORE) {
            throw RuleViolation.forField(PRICE, "providercontracts.error.price-too-high");
        }
        if (input.places() != null && (input.places() < 1 || input.places() > MAX_PLACES)) {
            throw RuleViolation.forField(PLACES, "providercontracts.error.places-invalid", MAX_PLACES);
        }
        return new Contract(id, providerId, reference, input.form(), input.validFrom(), input.validTo(),
                input.methods(), input.priceUnit(), input.priceOre(), input.places(), version);
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw RuleViolation.forField(VALID_FROM, "providercontracts.error.date-required", VALID_FROM);
        }
        checkRange(VALID_FROM, from);
        if (to != null) {
            checkRange(VALID_TO, to);
            if (to.isBefore(from)) {
                throw RuleViolation.forField(VALID_TO, "providercontracts.error.dates-in-wrong-order", VALID_FROM,
                        VALID_TO);
            }
        }
    }

    private static void checkRange(String field, LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw RuleViolation.forField(field, "providercontracts.error.date-out-of-range", field, EARLIEST, LATEST);
        }
    }

    /** The contract ended on the day (its last day): it covers nothing after it. Not before it started. */
    public Contract endedOn(LocalDate lastDay) {
        if (lastDay == null) {
            throw RuleViolation.forField(VALID_TO, "providercontracts.error.date-required", VALID_TO);
        }
        checkPeriod(validFrom, lastDay);
        return new Contract(id, providerId, reference, form, validFrom, lastDay, methods, priceUnit, priceOre, places,
                version);
    }

    /** Whether the contract is in force on the day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * Whether the contract ends within {@value #EXPIRY_NOTICE_DAYS} days of the day (and has not ended before it): a
     * new procurement or an extension may be needed.
     */
    public boolean expiringOn(LocalDate today) {
        return validTo != null && !validTo.isBefore(today) && !validTo.isAfter(today.plusDays(EXPIRY_NOTICE_DAYS));
    }
}
