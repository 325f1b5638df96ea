package se.vardkedjan.providercontracts.persistence;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.providercontracts.ContractForm;
import se.vardkedjan.providercontracts.ContractId;
import se.vardkedjan.providercontracts.CoveringContract;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.providercontracts.PriceUnit;
import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.providercontracts.domain.Contract;
import se.vardkedjan.providercontracts.domain.ContractOffer;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The contracts and the methods each covers ({@code providercontracts.contracts}, {@code contract_methods}): a
 * contract is saved with optimistic locking (its version), its methods by difference. Never deleted: ended.
 */
@Repository
public class ContractRows {

    private static final String OFFERS = """
            SELECT c.id, c.provider_id, p.name, c.reference, c.form, c.places
            FROM providercontracts.contracts c
            JOIN providercontracts.providers p ON p.id = c.provider_id
            JOIN providercontracts.contract_methods cm ON cm.contract_id = c.id
            JOIN providercontracts.methods m ON m.code = cm.method_code
            WHERE cm.method_code = ? AND p.active AND m.active
              AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?)
            """;

    private final JdbcClient jdbc;

    public ContractRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Contract> find(ContractId id) {
        return jdbc.sql("SELECT * FROM providercontracts.contracts WHERE id = ?").param(id.value())
                .query((rs, n) -> map(rs, methodsOf(rs.getObject("id", UUID.class)))).optional();
    }

    /** A provider's contracts, the newest start first. */
    public List<Contract> ofProvider(ProviderId provider) {
        return list("WHERE c.provider_id = ?", provider.value());
    }

    /** Every contract, the soonest end first (open-ended last). */
    public List<Contract> all() {
        return list("", null);
    }

    private List<Contract> list(String where, Object parameter) {
        var methods = new HashMap<UUID, Set<MethodCode>>();
        var sqlMethods = "SELECT m.contract_id, m.method_code FROM providercontracts.contract_methods m "
                + "JOIN providercontracts.contracts c ON c.id = m.contract_id " + where;
        var statement = jdbc.sql(sqlMethods);
        (parameter == null ? statement : statement.param(parameter)).query((rs, n) -> methods.computeIfAbsent(
                rs.getObject("contract_id", UUID.class), id -> new HashSet<>())
                .add(new MethodCode(rs.getString("method_code")))).list();
        var contracts = jdbc.sql("SELECT c.* FROM providercontracts.contracts c " + where
                + " ORDER BY c.valid_to NULLS LAST, c.valid_from DESC, c.reference");
        return (parameter == null ? contracts : contracts.param(parameter))
                .query((rs, n) -> map(rs, methods.getOrDefault(rs.getObject("id", UUID.class), Set.of()))).list();
    }

    /**
     * The contracts of active providers that cover an active method on the date, by provider name: what an assignment
     * may name. The places held by assignments are counted by the assignments ({@code taken} is 0 here).
     */
    public List<ContractOffer> offers(MethodCode method, LocalDate on) {
        return jdbc.sql(OFFERS + "ORDER BY p.name, c.reference")
                .params(method.value(), java.sql.Date.valueOf(on), java.sql.Date.valueOf(on))
                .query(ContractRows::offer).list();
    }

    /** The contract if it covers the method on the date (its places held not counted, as {@link #offers}). */
    public Optional<ContractOffer> offer(ContractId contract, MethodCode method, LocalDate on) {
        return jdbc.sql(OFFERS + "AND c.id = ?")
                .params(method.value(), java.sql.Date.valueOf(on), java.sql.Date.valueOf(on), contract.value())
                .query(ContractRows::offer).optional();
    }

    /**
     * Locks the contract's row until the transaction ends ({@code SELECT … FOR UPDATE}) and returns its places (empty
     * when it gives no fixed number, or is unknown): whoever counts the places held next waits for this transaction,
     * so two assignments cannot both take the last place.
     */
    public Optional<Integer> lockPlaces(ContractId contract) {
        var places = jdbc.sql("SELECT places FROM providercontracts.contracts WHERE id = ? FOR UPDATE")
                .param(contract.value()).query((rs, n) -> (Integer) rs.getObject("places")).list();
        return places.isEmpty() ? Optional.empty() : Optional.ofNullable(places.getFirst());
    }

    /**
     * The contracts in force on the day that cover the method, of providers that are active, cheapest first; with the
     * provider's code and name.
     */
    public List<CoveringContract> covering(MethodCode method, LocalDate on) {
        return jdbc.sql("""
                        SELECT c.id, c.provider_id, p.code, p.name, c.form, c.price_unit, c.price_ore, c.places,
                               c.valid_from, c.valid_to
                        FROM providercontracts.contracts c
                        JOIN providercontracts.contract_methods m ON m.contract_id = c.id AND m.method_code = ?
                        JOIN providercontracts.providers p ON p.id = c.provider_id AND p.active
                        WHERE c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?)
                        ORDER BY c.price_ore, p.name, c.reference""")
                .params(method.value(), on, on)
                .query((rs, n) -> new CoveringContract(new ContractId(rs.getObject("id", UUID.class)),
                        new ProviderId(rs.getObject("provider_id", UUID.class)),
                        new ProviderOrganisationCode(rs.getString("code")), rs.getString("name"),
                        ContractForm.valueOf(rs.getString("form")), PriceUnit.valueOf(rs.getString("price_unit")),
                        rs.getLong("price_ore"), (Integer) rs.getObject("places"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
                .list();
    }

    public void insert(Contract contract, String changedBy, Instant at) {
        checkReferenceFree(contract);
        try {
            jdbc.sql("INSERT INTO providercontracts.contracts (id, provider_id, reference, form, valid_from, valid_to, "
                            + "price_unit, price_ore, places, changed_at, changed_by, version) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                    .params(contract.id().value(), contract.providerId().value(), contract.reference(),
                            contract.form().name(), contract.validFrom(), contract.validTo(),
                            contract.priceUnit().name(), contract.priceOre(), contract.places(), Timestamp.from(at),
                            changedBy)
                    .update();
        } catch (DuplicateKeyException e) {
            throw RuleViolation.forField("providercontracts.contract.reference",
                    "providercontracts.error.contract-reference-taken", contract.reference());
        }
        saveMethods(contract.id(), Set.of(), contract.methods());
    }

    /**
     * Whether any day has been reported on an assignment under the contract: its price has priced them (ADR 0026).
     * Corrected days count too; the reported rows are never removed.
     */
    public boolean hasReportedDays(ContractId contract) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM providercontracts.assignments a
                                       JOIN providercontracts.attendance_days d ON d.assignment_id = a.id
                                       WHERE a.contract_id = ?)""")
                .param(contract.value()).query(Boolean.class).single();
    }

    /**
     * Stores the changed contract if it is still at the version it was read at; its methods by difference.
     *
     * @throws ConcurrentChange when someone else changed it since; nothing is stored
     */
    public void update(Contract contract, String changedBy, Instant at) {
        var stored = find(contract.id()).orElseThrow(() -> new ConcurrentChange("contract", contract.id()));
        checkReferenceFree(contract);
        int updated;
        try {
            updated = jdbc.sql("UPDATE providercontracts.contracts SET reference = ?, form = ?, valid_from = ?, "
                            + "valid_to = ?, price_unit = ?, price_ore = ?, places = ?, changed_at = ?, changed_by = ?, "
                            + "version = version + 1 WHERE id = ? AND version = ?")
                    .params(contract.reference(), contract.form().name(), contract.validFrom(), contract.validTo(),
                            contract.priceUnit().name(), contract.priceOre(), contract.places(), Timestamp.from(at),
                            changedBy, contract.id().value(), contract.version())
                    .update();
        } catch (DuplicateKeyException e) {
            throw RuleViolation.forField("providercontracts.contract.reference",
                    "providercontracts.error.contract-reference-taken", contract.reference());
        }
        if (updated != 1) {
            throw new ConcurrentChange("contract", contract.id());
        }
        saveMethods(contract.id(), stored.methods(), contract.methods());
    }

    /**
     * Refuses a reference the provider's other contract has, before the insert or update would fail on the unique key
     * (which would abort the transaction rather than leave the refusal to the caller).
     */
    private void checkReferenceFree(Contract contract) {
        var taken = jdbc.sql("SELECT EXISTS (SELECT 1 FROM providercontracts.contracts WHERE provider_id = ? "
                        + "AND reference = ? AND id <> ?)")
                .params(contract.providerId().value(), contract.reference(), contract.id().value())
                .query(Boolean.class).single();
        if (taken) {
            throw RuleViolation.forField("providercontracts.contract.reference",
                    "providercontracts.error.contract-reference-taken", contract.reference());
        }
    }

    private void saveMethods(ContractId contract, Set<MethodCode> stored, Set<MethodCode> methods) {
        for (var removed : stored) {
            if (!methods.contains(removed)) {
                jdbc.sql("DELETE FROM providercontracts.contract_methods WHERE contract_id = ? AND method_code = ?")
                        .params(contract.value(), removed.value()).update();
            }
        }
        for (var added : methods) {
            if (!stored.contains(added)) {
                jdbc.sql("INSERT INTO providercontracts.contract_methods (contract_id, method_code) VALUES (?, ?)")
                        .params(contract.value(), added.value()).update();
            }
        }
    }

    private Set<MethodCode> methodsOf(UUID contract) {
        return new HashSet<>(jdbc.sql("SELECT method_code FROM providercontracts.contract_methods "
                + "WHERE contract_id = ?").param(contract).query((rs, n) -> new MethodCode(rs.getString(1))).list());
    }

    private static Contract map(ResultSet rs, Set<MethodCode> methods) throws SQLException {
        return new Contract(new ContractId(rs.getObject("id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("reference"),
                ContractForm.valueOf(rs.getString("form")), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), methods, PriceUnit.valueOf(rs.getString("price_unit")),
                rs.getLong("price_ore"), (Integer) rs.getObject("places"), rs.getLong("version"));
    }

    private static ContractOffer offer(ResultSet rs, int row) throws SQLException {
        return new ContractOffer(new ContractId(rs.getObject("id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("name"),
                rs.getString("reference"),
                se.vardkedjan.providercontracts.domain.ContractForm.valueOf(rs.getString("form")),
                (Integer) rs.getObject("places"), 0);
    }
}
