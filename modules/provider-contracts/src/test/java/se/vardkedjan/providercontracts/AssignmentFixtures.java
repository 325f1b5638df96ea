package se.vardkedjan.providercontracts;

import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.DecisionFixtures;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.InterventionId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.casehandling.readmodel.DecisionView;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data for assignments: a case with a granted intervention, providers with contracts, the method CBT. */
final class AssignmentFixtures {

    static final MethodCode CBT = new MethodCode("CBT");
    private static final AtomicInteger PROVIDERS = new AtomicInteger();

    private AssignmentFixtures() {
    }

    /** A case of the unit decided today with one granted intervention of the type (its draft made by the listener). */
    record Granted(CaseId caseId, DecisionView decision, InterventionId interventionId) {
    }

    static Granted granted(PersonRegister register, CaseHandling caseHandling, Investigations investigations,
                           Decisions decisions, UnitCode unit, LocalDate today, RegisterPerson person) {
        var personId = register.register(person);
        var caseId = caseHandling.registerIntake(TestFixtures.application(personId, unit)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                today.minusDays(2), today.plusMonths(4));
        investigations.saveAndComplete(caseId, 0, DecisionFixtures.completeContent(today.minusDays(2), today));
        var decision = decisions.decide(DecisionFixtures.decision(caseId, today,
                DecisionFixtures.granted(InterventionType.OUTPATIENT, today)));
        return new Granted(caseId, decision, decision.items().getFirst().id());
    }

    /** The method CBT in the catalogue, refining outpatient care. */
    static void ensureMethod(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO providercontracts.methods (code, name_sv, name_en, changed_by)
                VALUES ('CBT', 'Kognitiv beteendeterapi', 'Cognitive behavioural therapy', 'test')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO providercontracts.method_intervention_types (method_code, intervention_type)
                VALUES ('CBT', 'OUTPATIENT') ON CONFLICT DO NOTHING""").update();
    }

    /** A provider with the given code, and a contract of the form covering CBT from a year ago. */
    record Provider(ProviderId id, String code, ContractId contract) {
    }

    static Provider provider(JdbcClient jdbc, String form, Integer places, LocalDate today) {
        ensureMethod(jdbc);
        var n = PROVIDERS.incrementAndGet();
        var id = ProviderId.random();
        var code = "test-utforare-" + n + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        INSERT INTO providercontracts.providers (id, code, name, organisation_number, kind, changed_by)
                        VALUES (?, ?, ?, ?, 'PRIVATE', 'test')""")
                .params(id.value(), code, "Utförare " + n, organisationNumber(id.value().getLeastSignificantBits()))
                .update();
        var contract = ContractId.random();
        jdbc.sql("""
                        INSERT INTO providercontracts.contracts (id, provider_id, reference, form, valid_from, price_unit,
                            price_ore, places, changed_by)
                        VALUES (?, ?, ?, ?, ?, 'HOUR', 95000, ?, 'test')""")
                .params(contract.value(), id.value(), "AVT-" + n, form, java.sql.Date.valueOf(today.minusYears(1)),
                        places)
                .update();
        jdbc.sql("INSERT INTO providercontracts.contract_methods (contract_id, method_code) VALUES (?, 'CBT')")
                .param(contract.value()).update();
        return new Provider(id, code, contract);
    }

    /**
     * The id of the intervention's live assignment: the listener's draft, made asynchronously after the decision's
     * transaction commits (Spring Modulith runs {@code @ApplicationModuleListener}s on its executor), so waited for.
     */
    static AssignmentId liveAssignment(JdbcClient jdbc, InterventionId intervention) {
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            var found = jdbc.sql("""
                            SELECT id FROM providercontracts.assignments WHERE intervention_id = ?
                            AND status NOT IN ('WITHDRAWN', 'DECLINED')""")
                    .param(intervention.value()).query(UUID.class).optional();
            if (found.isPresent()) {
                return new AssignmentId(found.get());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No assignment draft for intervention " + intervention);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static AssignmentDraft complete(Provider provider, LocalDate startsOn) {
        return new AssignmentDraft(CBT, provider.id(), provider.contract(), false, startsOn, "Sex månader",
                "Närvaro och avvikelser varje månad", "Uppföljning efter tre månader, möte med klienten",
                "Hanna Handläggare, 010-123 45 67", false, false, false);
    }

    /** A valid organisation number (its last digit the Luhn check digit of the nine before it). */
    private static String organisationNumber(long seed) {
        var digits = String.format("559%06d", Math.abs(seed % 1_000_000L));
        var sum = 0;
        for (var i = 0; i < digits.length(); i++) {
            var n = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += n / 10 + n % 10;
        }
        return digits + (10 - sum % 10) % 10;
    }
}
