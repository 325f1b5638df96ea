package se.vardkedjan.providercontracts.persistence;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.providercontracts.ProviderKind;
import se.vardkedjan.providercontracts.ProviderUnitId;
import se.vardkedjan.providercontracts.domain.OrganisationNumber;
import se.vardkedjan.providercontracts.domain.Provider;
import se.vardkedjan.providercontracts.domain.ProviderUnit;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The providers and their units ({@code providercontracts.providers}, {@code provider_units}): a provider is saved
 * with optimistic locking (its version), its units by difference with what is stored. Never deleted (ADR 0023).
 */
@Repository
public class ProviderRows {

    private static final String COLUMNS = "id, code, name, organisation_number, kind, contact_name, contact_phone, "
            + "contact_email, active, version";

    private final JdbcClient jdbc;

    public ProviderRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Provider> find(ProviderId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM providercontracts.providers WHERE id = ?").param(id.value())
                .query(ProviderRows::map).optional().map(this::withUnits);
    }

    public Optional<Provider> findByCode(ProviderOrganisationCode code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM providercontracts.providers WHERE code = ?").param(code.value())
                .query(ProviderRows::map).optional().map(this::withUnits);
    }

    /** Every provider with its units, active ones first, by name. */
    public List<Provider> all() {
        var providers = jdbc.sql("SELECT " + COLUMNS + " FROM providercontracts.providers "
                + "ORDER BY active DESC, name, code").query(ProviderRows::map).list();
        var units = new HashMap<UUID, List<ProviderUnit>>();
        jdbc.sql("SELECT * FROM providercontracts.provider_units ORDER BY name").query((rs, n) -> {
            units.computeIfAbsent(rs.getObject("provider_id", UUID.class), id -> new ArrayList<>()).add(unit(rs));
            return null;
        }).list();
        return providers.stream().map(provider -> with(provider, units.getOrDefault(provider.id().value(),
                List.of()))).toList();
    }

    /** The provider's name, if it is registered (an assignment names it). */
    public Optional<String> nameOf(ProviderId id) {
        return jdbc.sql("SELECT name FROM providercontracts.providers WHERE id = ?").param(id.value())
                .query(String.class).optional();
    }

    /** Whether no provider is registered yet (a fresh database). */
    public boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM providercontracts.providers)").query(Boolean.class)
                .single();
    }

    public void insert(Provider provider, String changedBy, Instant at) {
        checkFree(provider);
        try {
            jdbc.sql("INSERT INTO providercontracts.providers (id, code, name, organisation_number, kind, "
                            + "contact_name, contact_phone, contact_email, active, created_at, changed_at, changed_by, "
                            + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                    .params(provider.id().value(), provider.code().value(), provider.name(),
                            provider.organisationNumber().value(), provider.kind().name(), provider.contactName(),
                            provider.contactPhone(), provider.contactEmail(), provider.active(), Timestamp.from(at),
                            Timestamp.from(at), changedBy)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("providercontracts.error.provider-exists");
        }
        saveUnits(provider.id(), List.of(), provider.units());
    }

    /**
     * Stores the changed provider if it is still at the version it was read at; its units by difference.
     *
     * @throws ConcurrentChange when someone else changed it since; nothing is stored
     */
    public void update(Provider provider, String changedBy, Instant at) {
        var stored = find(provider.id()).orElseThrow(() -> new ConcurrentChange("provider", provider.id()));
        if (!stored.organisationNumber().equals(provider.organisationNumber())) {
            checkFree(provider);
        }
        var updated = jdbc.sql("UPDATE providercontracts.providers SET name = ?, organisation_number = ?, kind = ?, "
                        + "contact_name = ?, contact_phone = ?, contact_email = ?, active = ?, changed_at = ?, "
                        + "changed_by = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(provider.name(), provider.organisationNumber().value(), provider.kind().name(),
                        provider.contactName(), provider.contactPhone(), provider.contactEmail(), provider.active(),
                        Timestamp.from(at), changedBy, provider.id().value(), provider.version())
                .update();
        if (updated != 1) {
            throw new ConcurrentChange("provider", provider.id());
        }
        saveUnits(provider.id(), stored.units(), provider.units());
    }

    private void checkFree(Provider provider) {
        var taken = jdbc.sql("SELECT code FROM providercontracts.providers WHERE (code = ? OR organisation_number = ?)"
                        + " AND id <> ? LIMIT 1")
                .params(provider.code().value(), provider.organisationNumber().value(), provider.id().value())
                .query(String.class).optional();
        taken.ifPresent(code -> {
            if (code.equals(provider.code().value())) {
                throw RuleViolation.forField("providercontracts.provider.code", "providercontracts.error.code-taken",
                        code);
            }
            throw RuleViolation.forField(OrganisationNumber.FIELD,
                    "providercontracts.error.organisation-number-taken", provider.organisationNumber().formatted());
        });
    }

    private void saveUnits(ProviderId provider, List<ProviderUnit> stored, List<ProviderUnit> units) {
        Map<ProviderUnitId, ProviderUnit> before = new HashMap<>();
        stored.forEach(unit -> before.put(unit.id(), unit));
        for (var unit : units) {
            var old = before.remove(unit.id());
            if (old == null) {
                jdbc.sql("INSERT INTO providercontracts.provider_units (id, provider_id, name, street, postal_code, "
                                + "city, phone, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(unit.id().value(), provider.value(), unit.name(), unit.street(), unit.postalCode(),
                                unit.city(), unit.phone(), unit.active())
                        .update();
            } else if (!old.equals(unit)) {
                jdbc.sql("UPDATE providercontracts.provider_units SET name = ?, street = ?, postal_code = ?, city = ?,"
                                + " phone = ?, active = ? WHERE id = ? AND provider_id = ?")
                        .params(unit.name(), unit.street(), unit.postalCode(), unit.city(), unit.phone(),
                                unit.active(), unit.id().value(), provider.value())
                        .update();
            }
        }
        // A unit is never removed by the domain (it is deactivated); one missing here would be a bug, not a removal.
        if (!before.isEmpty()) {
            throw new IllegalStateException("A provider's unit is deactivated, never removed: " + before.keySet());
        }
    }

    private Provider withUnits(Provider provider) {
        return with(provider, jdbc.sql("SELECT * FROM providercontracts.provider_units WHERE provider_id = ? "
                + "ORDER BY name").param(provider.id().value()).query((rs, n) -> unit(rs)).list());
    }

    private static Provider with(Provider provider, List<ProviderUnit> units) {
        return new Provider(provider.id(), provider.code(), provider.name(), provider.organisationNumber(),
                provider.kind(), provider.contactName(), provider.contactPhone(), provider.contactEmail(), units,
                provider.active(), provider.version());
    }

    private static ProviderUnit unit(ResultSet rs) throws SQLException {
        return new ProviderUnit(new ProviderUnitId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("street"), rs.getString("postal_code"), rs.getString("city"), rs.getString("phone"),
                rs.getBoolean("active"));
    }

    private static Provider map(ResultSet rs, int row) throws SQLException {
        return new Provider(new ProviderId(rs.getObject("id", UUID.class)),
                new ProviderOrganisationCode(rs.getString("code")), rs.getString("name"),
                new OrganisationNumber(rs.getString("organisation_number")), ProviderKind.valueOf(rs.getString("kind")),
                rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("contact_email"), List.of(),
                rs.getBoolean("active"), rs.getLong("version"));
    }
}
