package se.vardkedjan.providercontracts.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vardkedjan.providercontracts.ContractId;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.providercontracts.domain.ContractForm;
import se.vardkedjan.providercontracts.domain.ContractOffer;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What assignments read of the provider register (providers, contracts, methods, made by providercontracts-0100): the
 * contracts that cover a method on a date, with their places taken. Kept in this one class so that it can move
 * behind the register's facade once that exists (issue 11, the register's work package).
 */
@Repository
public class ContractOfferRows {

    private static final String OFFERS = """
            SELECT c.id, c.provider_id, p.name, c.reference, c.form, c.places,
                   (SELECT count(*) FROM providercontracts.assignments a
                    WHERE a.contract_id = c.id AND a.status IN ('ACCEPTED', 'RUNNING')) AS taken
            FROM providercontracts.contracts c
            JOIN providercontracts.providers p ON p.id = c.provider_id
            JOIN providercontracts.contract_methods cm ON cm.contract_id = c.id
            JOIN providercontracts.methods m ON m.code = cm.method_code
            WHERE cm.method_code = ? AND p.active AND m.active
              AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?)
            """;

    /** A method of the catalogue that refines an intervention type. */
    public record Method(MethodCode code, String nameSv, String nameEn) {
    }

    private final JdbcClient jdbc;

    public ContractOfferRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The contracts covering the method on the date, by provider name; full ones included (shown as full). */
    public List<ContractOffer> covering(MethodCode method, LocalDate on) {
        return jdbc.sql(OFFERS + "ORDER BY p.name, c.reference")
                .params(method.value(), Date.valueOf(on), Date.valueOf(on)).query(ContractOfferRows::map).list();
    }

    /** The contract if it covers the method on the date. */
    public Optional<ContractOffer> covering(ContractId contract, MethodCode method, LocalDate on) {
        return jdbc.sql(OFFERS + "AND c.id = ?")
                .params(method.value(), Date.valueOf(on), Date.valueOf(on), contract.value())
                .query(ContractOfferRows::map).optional();
    }

    /** Whether the provider exists in the register. */
    public boolean providerExists(ProviderId provider) {
        return jdbc.sql("SELECT count(*) FROM providercontracts.providers WHERE id = ?").param(provider.value())
                .query(Integer.class).single() > 0;
    }

    /** The active methods that refine an intervention type, by Swedish name. */
    public List<Method> methodsFor(String interventionType) {
        return jdbc.sql("""
                        SELECT m.code, m.name_sv, m.name_en FROM providercontracts.methods m
                        JOIN providercontracts.method_intervention_types t ON t.method_code = m.code
                        WHERE t.intervention_type = ? AND m.active ORDER BY m.name_sv""")
                .param(interventionType)
                .query((rs, n) -> new Method(new MethodCode(rs.getString("code")), rs.getString("name_sv"),
                        rs.getString("name_en")))
                .list();
    }

    /** The provider's name and code, for the document and the pages. */
    public Optional<String[]> providerNameAndCode(ProviderId provider) {
        return jdbc.sql("SELECT name, code FROM providercontracts.providers WHERE id = ?").param(provider.value())
                .query((rs, n) -> new String[] {rs.getString("name"), rs.getString("code")}).optional();
    }

    private static ContractOffer map(ResultSet rs, int row) throws SQLException {
        var places = rs.getObject("places", Integer.class);
        return new ContractOffer(new ContractId(rs.getObject("id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("name"),
                rs.getString("reference"), ContractForm.valueOf(rs.getString("form")), places, rs.getInt("taken"));
    }
}
