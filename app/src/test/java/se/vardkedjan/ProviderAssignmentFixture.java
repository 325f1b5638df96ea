package se.vardkedjan;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.DecideInterventions;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.ChildrenAnswer;
import se.vardkedjan.casehandling.InvestigationContent;
import se.vardkedjan.casehandling.RelativesAnswer;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.LifeArea;
import se.vardkedjan.casehandling.ParticipationMode;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.SourceKind;
import se.vardkedjan.providercontracts.AssignmentDraft;
import se.vardkedjan.providercontracts.AssignmentId;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.ContractId;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Assignments sent to a provider, made through the facades by a signed-in caseworker of the unit (the caller signs
 * in): a new case decided on a day with outpatient care granted, the listener's draft written (CBT with the
 * provider's contract) and sent. For the REST API's tests (fast and against the real Keycloak) and the provider
 * pages' browserless tests, which also use its parts: the decided case, the listener's draft, a provider.
 */
public final class ProviderAssignmentFixture {

    private static final MethodCode CBT = new MethodCode("CBT");

    /** A provider with a CBT contract; its code is the one its system's token names. */
    public record Provider(ProviderId id, String code, ContractId contract) {
    }

    private final JdbcClient jdbc;
    private final ApplicationContext context;
    private final LocalDate today;

    public ProviderAssignmentFixture(ApplicationContext context, LocalDate today) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.today = today;
    }

    /** The provider with the code (registered unless it is), with a new CBT contract of fifty places. */
    public Provider provider(String code) {
        return provider(code, "Utförare " + code, 50);
    }

    /**
     * The provider with the code (registered under the name unless it is), with a new CBT contract (a framework
     * agreement from a year ago, 900 kr an hour) of the given places.
     */
    public Provider provider(String code, String name, int places) {
        jdbc.sql("""
                INSERT INTO providercontracts.methods (code, name_sv, name_en, changed_by)
                VALUES ('CBT', 'Kognitiv beteendeterapi', 'Cognitive behavioural therapy', 'test')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO providercontracts.method_intervention_types (method_code, intervention_type)
                VALUES ('CBT', 'OUTPATIENT') ON CONFLICT DO NOTHING""").update();
        var existing = jdbc.sql("SELECT id FROM providercontracts.providers WHERE code = ?").param(code)
                .query(UUID.class).optional();
        var id = existing.orElseGet(UUID::randomUUID);
        if (existing.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO providercontracts.providers (id, code, name, organisation_number, kind,
                                changed_by)
                            VALUES (?, ?, ?, ?, 'PRIVATE', 'test')""")
                    .params(id, code, name, organisationNumber(id.getLeastSignificantBits())).update();
        }
        jdbc.sql("UPDATE providercontracts.providers SET active = true WHERE id = ?").param(id).update();
        var contract = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO providercontracts.contracts (id, provider_id, reference, form, valid_from,
                            price_unit, price_ore, places, changed_by)
                        VALUES (?, ?, ?, 'FRAMEWORK_AGREEMENT', ?, 'HOUR', 90000, ?, 'test')""")
                .params(contract, id, "T-" + contract.toString().substring(0, 8), Date.valueOf(today.minusYears(1)),
                        places)
                .update();
        jdbc.sql("INSERT INTO providercontracts.contract_methods (contract_id, method_code) VALUES (?, 'CBT')")
                .param(contract).update();
        return new Provider(new ProviderId(id), code, new ContractId(contract));
    }

    /** An assignment of a new case of the unit decided on the day, written and sent to the provider. */
    public AssignmentId sentTo(Provider provider, String unit, LocalDate decidedOn) {
        var caseId = decidedCase(unit, decidedOn);
        var id = liveAssignment(caseId);
        var assignments = context.getBean(Assignments.class);
        var draft = assignments.saveDraft(id, 0, new AssignmentDraft(CBT, provider.id(), provider.contract(), false,
                today.plusDays(7), "Sex månader", "Närvaro och avvikelser varje månad",
                "Uppföljning efter tre månader", "Hanna Handläggare, 010-123 45 67", false, false, false));
        assignments.send(id, draft.version());
        return id;
    }

    /**
     * A new case of the unit (a client Ulf Uppdrag) with outpatient care granted by a decision made on the day, after
     * an intake ten days before and a completed investigation; the listener then drafts its assignment.
     */
    public CaseId decidedCase(String unit, LocalDate decidedOn) {
        var person = context.getBean(PersonRegister.class).register(new RegisterPerson(KaribuVaadin.personalNumber(),
                null, null, "Ulf", "Uppdrag", null, null, "Storgatan 1", "123 45", "Exempelstad",
                ProtectionLevel.NONE));
        var caseHandling = context.getBean(CaseHandling.class);
        var caseId = caseHandling.registerIntake(new RegisterIntake(person, new UnitCode(unit),
                IntakeKind.APPLICATION, decidedOn.minusDays(10), "Ansöker om stöd.", null, null, null, false, null,
                true)).caseId();
        caseHandling.assess(caseId, 0, PreliminaryOutcome.OPEN_INVESTIGATION, "Behov av utredning.",
                decidedOn.minusDays(9), today.plusDays(80));
        var needs = Arrays.stream(LifeArea.values()).map(area -> new InvestigationContent.Need(area, 3, null, null))
                .toList();
        var startedOn = decidedOn.minusDays(8);
        context.getBean(Investigations.class).saveAndComplete(caseId, 0, new InvestigationContent(startedOn,
                "Alkohol", List.of(new InvestigationContent.Source(SourceKind.CLIENT, "Samtal", startedOn)), needs,
                List.of(), List.of(), new InvestigationContent.Participation(ParticipationMode.MEETING,
                "Jag vill ha hjälp."), "Behov av stöd.", "Öppenvård.",
                new InvestigationContent.Communication(decidedOn, CommunicationChannel.MEETING, null),
                ChildrenAnswer.NO_CHILDREN, RelativesAnswer.NONE));
        context.getBean(Decisions.class).decide(new DecideInterventions(caseId, decidedOn, List.of(
                new DecideInterventions.Item(InterventionType.OUTPATIENT, DecisionOutcome.GRANTED,
                        "Samtal varannan vecka", decidedOn, null, "SOL-11-1", null)),
                CommunicationChannel.MEETING, decidedOn));
        return caseId;
    }

    /**
     * The case's live assignment (neither withdrawn nor declined): for a newly decided case the draft the listener
     * makes after the decision commits (asynchronously), waited for.
     */
    public AssignmentId liveAssignment(CaseId caseId) {
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            var found = jdbc.sql("""
                            SELECT id FROM providercontracts.assignments WHERE case_id = ?
                            AND status NOT IN ('WITHDRAWN', 'DECLINED')""")
                    .param(caseId.value()).query(UUID.class).optional();
            if (found.isPresent()) {
                return new AssignmentId(found.get());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No assignment draft for case " + caseId);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

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
