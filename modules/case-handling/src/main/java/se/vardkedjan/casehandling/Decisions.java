package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.access.PersonalDataAccess.CaseAccess;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.document.DecisionDocuments;
import se.vardkedjan.casehandling.domain.CaseVisibility;
import se.vardkedjan.casehandling.domain.DecidedIntervention;
import se.vardkedjan.casehandling.domain.Decision;
import se.vardkedjan.casehandling.domain.Delegation;
import se.vardkedjan.casehandling.events.DecisionMade;
import se.vardkedjan.casehandling.events.DecisionProposed;
import se.vardkedjan.casehandling.events.InterventionClosed;
import se.vardkedjan.casehandling.events.InterventionGranted;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.persistence.DecisionRows;
import se.vardkedjan.casehandling.persistence.InvestigationRows;
import se.vardkedjan.casehandling.persistence.PersonRows;
import se.vardkedjan.casehandling.readmodel.DecisionView;
import se.vardkedjan.casehandling.readmodel.ProposalToApprove;
import se.vardkedjan.organisation.DelegationRules;
import se.vardkedjan.organisation.LegalReferences;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.organisation.StaffNames;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;

/**
 * Decisions (beslut) in a case: granted or refused interventions under the municipality's delegation rules, proposals
 * above a caseworker's delegation approved or returned by the unit manager of the case's unit, closing an
 * intervention, and the decision document. The legal references and delegation rules a decision follows are the
 * organisation's ({@link LegalReferences}, {@link DelegationRules}, ADR 0020); a decision keeps what it cited as its
 * own {@link LegalBasis}. Every method that touches a case checks the user's need to know and
 * writes the access log.
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
public class Decisions {

    private final DecisionRows decisions;
    private final InvestigationRows investigations;
    private final LegalReferences legalReferences;
    private final DelegationRules delegationRules;
    private final CaseRows cases;
    private final PersonRows persons;
    private final Organisation organisation;
    private final PersonalDataAccess access;
    private final DecisionDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Decisions(DecisionRows decisions, InvestigationRows investigations, LegalReferences legalReferences,
                     DelegationRules delegationRules, CaseRows cases, PersonRows persons, Organisation organisation,
                     PersonalDataAccess access, DecisionDocuments documents, ApplicationEventPublisher events,
                     Clock clock) {
        this.decisions = decisions;
        this.investigations = investigations;
        this.legalReferences = legalReferences;
        this.delegationRules = delegationRules;
        this.cases = cases;
        this.persons = persons;
        this.organisation = organisation;
        this.access = access;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /** The case's decisions and proposals, oldest first. Logged as a read. */
    @Transactional
    public List<DecisionView> ofCase(CaseId caseId) {
        access.openCase(caseId, AccessKind.READ, "DECISION", Purpose.CASE_WORK);
        var found = decisions.ofCase(caseId);
        var names = organisation.staffNames(found.stream().flatMap(Decisions::staff).toList());
        return found.stream().map(d -> view(d, names)).toList();
    }

    /**
     * Makes a decision after a completed investigation. Within the user's delegation it is decided at once (the case
     * is marked decided; {@link DecisionMade} and one {@link InterventionGranted} per granted item are published);
     * above it, it becomes a proposal for the unit manager ({@link DecisionProposed}).
     */
    @Transactional
    public DecisionView decide(DecideInterventions command) {
        var opened = access.openCase(command.caseId(), AccessKind.CHANGE, "DECISION", Purpose.CASE_WORK);
        var theCase = cases.find(command.caseId())
                .orElseThrow(() -> access.unknown(AccessKind.CHANGE, "DECISION", "CASE", command.caseId().value()));
        theCase.checkDecisionMayBeMade();
        var investigation = investigations.findByCase(command.caseId())
                .filter(stored -> stored.investigation().status() == InvestigationStatus.COMPLETED)
                .orElseThrow(() -> new RuleViolation("casehandling.decision.error.investigation-not-completed"))
                .investigation();
        var items = new ArrayList<DecidedIntervention>();
        for (var item : command.items()) {
            var code = item.legalReferenceCode() == null || item.legalReferenceCode().isBlank() ? null
                    : item.legalReferenceCode().strip();
            var reference = code == null ? null : legalReferences.find(code).map(LegalBasis::of)
                    .orElseThrow(() -> new RuleViolation("casehandling.decision.error.legal-reference-unknown", code));
            items.add(DecidedIntervention.decide(item.type(), item.outcome(), item.scope(), item.startsOn(),
                    item.plannedEnd(), reference, item.reasons(), command.decidedOn()));
        }
        var decision = Decision.make(command.caseId(), items, command.decidedOn(), command.informedBy(),
                command.informedOn(), opened.actor(), delegation(),
                investigation.content().startedOn(), today());
        decisions.insert(decision);
        if (decision.status() == DecisionStatus.DECIDED) {
            theCase.markDecided();
            cases.update(theCase);
        }
        decision.events().forEach(events::publishEvent);
        return view(decisions.find(decision.id()).orElseThrow());
    }

    /**
     * A unit manager of the case's unit approves a proposal: it is decided today by the manager. Refused for anybody
     * else, including a unit manager of another unit.
     */
    @Transactional
    public DecisionView approve(DecisionId id, long version, CommunicationChannel informedBy, LocalDate informedOn) {
        var decision = loadForManager(id, version, "DECISION_APPROVAL");
        decision.approve(access.caseStaff(), delegation(), informedBy, informedOn, today());
        decisions.update(decision);
        var theCase = cases.find(decision.caseId()).orElseThrow();
        theCase.markDecided();
        cases.update(theCase);
        decision.events().forEach(events::publishEvent);
        return view(decisions.find(id).orElseThrow());
    }

    /** A unit manager of the case's unit returns a proposal to the caseworker with a comment. */
    @Transactional
    public DecisionView returnProposal(DecisionId id, long version, String comment) {
        var decision = loadForManager(id, version, "DECISION_APPROVAL");
        decision.returnToCaseworker(access.caseStaff(), comment);
        decisions.update(decision);
        return view(decisions.find(id).orElseThrow());
    }

    /**
     * Ends a granted intervention with a reason and an outcome; publishes {@link InterventionClosed}.
     *
     * @param version the version of the decision the intervention belongs to, as the caller read it
     */
    @Transactional
    public DecisionView closeIntervention(InterventionId interventionId, long version, ClosureReason reason,
                                          String outcome, LocalDate closedOn) {
        var decisionId = decisions.decisionOf(interventionId)
                .orElseThrow(() -> access.unknown(AccessKind.CHANGE, "INTERVENTION_CLOSURE", "INTERVENTION",
                        interventionId.value()));
        var caseId = decisions.find(decisionId).orElseThrow().caseId();
        var opened = access.openCase(caseId, AccessKind.CHANGE, "INTERVENTION_CLOSURE", Purpose.CASE_WORK);
        var decision = load(decisionId, version);
        decision.closeIntervention(interventionId, reason, outcome, closedOn, opened.actor().username(), today());
        decisions.update(decision);
        decision.events().forEach(events::publishEvent);
        return view(decisions.find(decisionId).orElseThrow());
    }

    /** The decision document as PDF. Logged as a read of what {@code DECISION_DOCUMENT}. */
    @Transactional
    public byte[] decisionDocument(DecisionId id) {
        var decision = decisions.find(id)
                .orElseThrow(() -> access.unknown(AccessKind.READ, "DECISION_DOCUMENT", "DECISION", id.value()));
        var opened = access.openCase(decision.caseId(), AccessKind.READ, "DECISION_DOCUMENT", Purpose.CASE_WORK);
        var person = persons.find(opened.personId()).orElseThrow();
        var unitName = organisation.unitName(opened.unit()).orElse(opened.unit().value());
        return documents.render(view(decision), PersonRegister.toDetails(person), unitName);
    }

    /** Proposals waiting for the signed-in unit manager, in their units. Each is logged as a read. */
    @Transactional
    @RolesAllowed(Roles.UNIT_MANAGER)
    public List<ProposalToApprove> awaitingApproval() {
        var actor = access.caseStaff();
        if (!actor.hasRole(Roles.UNIT_MANAGER)) {
            throw access.refuse(AccessKind.READ, "DECISION_PROPOSALS", null, Reason.ROLE);
        }
        var waiting = decisions.awaitingApproval(actor.units(), actor.subject());
        access.logCaseReads(actor, waiting.stream().map(DecisionRows.Waiting::reference).toList(),
                "DECISION_PROPOSALS", Purpose.SUPERVISION);
        return waiting.stream().map(DecisionRows.Waiting::proposal).toList();
    }

    /** The legal references a decision made on the date may cite. No personal data. */
    @Transactional(readOnly = true)
    public List<LegalBasis> legalReferencesValidOn(LocalDate date) {
        return legalReferences.validOn(date).stream().map(LegalBasis::of).toList();
    }

    /**
     * The organisation's delegation rules as decisions follow them, by intervention type; a rule for a type case
     * handling does not know (none today) decides nothing here.
     */
    private Delegation delegation() {
        var known = Arrays.stream(InterventionType.values()).map(Enum::name).toList();
        var lowestRole = new EnumMap<InterventionType, String>(InterventionType.class);
        delegationRules.lowestRoles().forEach((type, role) -> {
            if (known.contains(type)) {
                lowestRole.put(InterventionType.valueOf(type), role);
            }
        });
        return new Delegation(lowestRole);
    }

    private Decision loadForManager(DecisionId id, long version, String what) {
        var found = decisions.find(id)
                .orElseThrow(() -> access.unknown(AccessKind.CHANGE, what, "DECISION", id.value()));
        CaseAccess opened = access.openCase(found.caseId(), AccessKind.CHANGE, what, Purpose.SUPERVISION);
        if (!CaseVisibility.managesUnit(opened.actor(), opened.unit())) {
            // Only a unit manager of the case's unit approves or returns a proposal.
            throw access.refuse(AccessKind.CHANGE, what, opened.target(), Reason.ROLE);
        }
        return load(id, version);
    }

    private Decision load(DecisionId id, long version) {
        var found = decisions.find(id)
                .orElseThrow(() -> access.unknown(AccessKind.CHANGE, "DECISION", "DECISION", id.value()));
        if (found.version() != version) {
            throw new ConcurrentChange("decision", id);
        }
        return found;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private DecisionView view(Decision d) {
        return view(d, organisation.staffNames(staff(d).toList()));
    }

    /** Who a decision names: the proposer, the decision maker and who returned it. */
    static java.util.stream.Stream<String> staff(Decision d) {
        return java.util.stream.Stream.of(d.proposedBy(), d.decidedBy(), d.returnedBy());
    }

    static DecisionView view(Decision d, StaffNames names) {
        var items = d.items().stream().map(i -> new DecisionView.Item(i.id(), i.type(), i.outcome(), i.scope(),
                i.startsOn(), i.plannedEnd(), i.legalReference(), i.reasons(), i.closedOn(), i.closureReason(),
                i.closureOutcome())).toList();
        return new DecisionView(d.id(), d.caseId(), d.version(), d.status(), d.proposedOn(), d.proposedBy(),
                names.of(d.proposedBy()), d.decidedOn(), d.decidedBy(), names.of(d.decidedBy()),
                d.delegationLevel(), d.informedBy(), d.informedOn(), d.returnComment(), d.returnedBy(),
                names.of(d.returnedBy()), items, d.appealable());
    }
}
