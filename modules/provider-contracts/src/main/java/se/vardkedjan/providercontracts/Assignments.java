package se.vardkedjan.providercontracts;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.casehandling.CarePlanStatus;
import se.vardkedjan.casehandling.CarePlans;
import se.vardkedjan.casehandling.CaseDoor;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.readmodel.CarePlanDetails;
import se.vardkedjan.organisation.LegalReferences;
import se.vardkedjan.providercontracts.access.AssignmentAccess;
import se.vardkedjan.providercontracts.document.AssignmentDocuments;
import se.vardkedjan.providercontracts.domain.Assignment;
import se.vardkedjan.providercontracts.domain.AssignmentContent;
import se.vardkedjan.providercontracts.domain.AssignmentDates;
import se.vardkedjan.providercontracts.domain.AssignmentGoal;
import se.vardkedjan.providercontracts.domain.ContractOffer;
import se.vardkedjan.providercontracts.domain.EscalationDeadlines;
import se.vardkedjan.providercontracts.domain.EscalationStep;
import se.vardkedjan.providercontracts.domain.ProviderChoice;
import se.vardkedjan.providercontracts.domain.SharedPersonalData;
import se.vardkedjan.providercontracts.persistence.AssignmentRows;
import se.vardkedjan.providercontracts.persistence.AssignmentSettingsRows;
import se.vardkedjan.providercontracts.persistence.ContractRows;
import se.vardkedjan.providercontracts.persistence.MethodRows;
import se.vardkedjan.providercontracts.persistence.ReportRows;
import se.vardkedjan.providercontracts.persistence.ProviderRows;
import se.vardkedjan.providercontracts.events.AssignmentAnswered;
import se.vardkedjan.providercontracts.events.AssignmentSent;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Assignments (uppdrag) to providers, made from granted interventions (ADR 0024). Caseworkers and unit managers who
 * may see the case write, send, withdraw and end them; provider staff answer the ones addressed to their
 * organisation (receive, accept with a start date, decline with a reason, report the start); administrators set the
 * escalation deadlines. Every method checks the role and the need to know and writes the access log in its own
 * transaction ({@link AssignmentAccess}); a refusal is recorded. A change names the version it was read at: a stale
 * one is refused ({@link ConcurrentChange}), never overwritten.
 */
@Service
public class Assignments {

    /** The access-log code of an assignment: read or changed. */
    static final String WHAT = "ASSIGNMENT";
    static final String DOCUMENT = "ASSIGNMENT_DOCUMENT";
    static final String WORK_ITEMS = "ASSIGNMENT_WORK_ITEMS";
    /**
     * The overview code of the provider's list, on the inbox page and in the API alike (ADR 0027). Entries written
     * before both read the one list carry {@code ASSIGNMENT_INBOX} (the page's) and keep their text.
     */
    static final String LIST = "ASSIGNMENT_LIST";

    private final AssignmentRows assignments;
    private final ContractRows contracts;
    private final ProviderRows providers;
    private final MethodRows catalogue;
    private final AssignmentSettingsRows settings;
    private final ReportRows reports;
    private final AssignmentAccess access;
    private final Decisions decisions;
    private final CarePlans carePlans;
    private final CaseHandling caseHandling;
    private final LegalReferences legalReferences;
    private final AssignmentDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Assignments(AssignmentRows assignments, ContractRows contracts, ProviderRows providers,
                       MethodRows catalogue, AssignmentSettingsRows settings, ReportRows reports,
                       AssignmentAccess access, Decisions decisions, CarePlans carePlans, CaseHandling caseHandling,
                       LegalReferences legalReferences, AssignmentDocuments documents,
                       ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.contracts = contracts;
        this.providers = providers;
        this.catalogue = catalogue;
        this.settings = settings;
        this.reports = reports;
        this.access = access;
        this.decisions = decisions;
        this.carePlans = carePlans;
        this.caseHandling = caseHandling;
        this.legalReferences = legalReferences;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    // ---- Case staff

    /** The case's assignments, newest first. Logged as a read of the case's assignments. */
    @Transactional
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
    public List<AssignmentView> ofCase(CaseId caseId) {
        access.openCase(caseId, AccessKind.READ, WHAT);
        var regulation = regulation();
        return assignments.ofCase(caseId).stream().map(stored -> view(stored, regulation)).toList();
    }

    /**
     * Writes the draft: method, provider and content. The provider must have a contract that covers the method on
     * the start date (the intervention's granted start when none is written) and has a free place, unless the client
     * chose it under LOV, when the contract must be a LOV contract; the start may not come before the decision.
     */
    @Transactional
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
    public AssignmentView saveDraft(AssignmentId id, long version, AssignmentDraft draft) {
        var opened = access.openForCaseStaff(id, AccessKind.CHANGE, WHAT);
        var assignment = load(id, version);
        var content = new AssignmentContent(draft.startsOn(), draft.expectedLength(), draft.reporting(),
                draft.followUp(), draft.contactPersons(), new SharedPersonalData(draft.clientConsented(),
                draft.shareAddress(), draft.sharePhone()));
        var on = draft.startsOn() != null ? draft.startsOn() : assignment.grantedFrom() != null
                ? assignment.grantedFrom() : today();
        var choice = choose(draft, on);
        assignment.writeDraft(decidedOn(assignment), choice, content, opened.actor().username(), clock.instant());
        assignments.update(assignment, AssignmentRows.By.of(opened.actor()));
        return find(id);
    }

    /**
     * Sends the draft to the provider, with the goals of the care plan in force copied into it. Refused while anything
     * the regulations ask for is missing, when the contract no longer covers the method on the start date or has no
     * place, and when a protected person's address would be shared.
     */
    @Transactional
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
    public AssignmentView send(AssignmentId id, long version) {
        var opened = access.openForCaseStaff(id, AccessKind.CHANGE, WHAT);
        var assignment = load(id, version);
        var choice = assignment.choice();
        if (choice != null && assignment.content().startsOn() != null) {
            offer(choice.provider(), choice.contract(), choice.method(), assignment.content().startsOn())
                    .checkChoosable(choice.clientsChoice());
        }
        assignment.send(goalsInForce(assignment.caseId()), opened.protectedIdentity(), opened.actor().username(),
                clock.instant());
        holdPlace(assignment);
        assignments.update(assignment, AssignmentRows.By.of(opened.actor()));
        events.publishEvent(new AssignmentSent(id, assignment.caseId(), choice.provider()));
        return find(id);
    }

    /** Withdraws a draft that will not be sent. */
    @Transactional
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
    public AssignmentView withdraw(AssignmentId id, long version) {
        var opened = access.openForCaseStaff(id, AccessKind.CHANGE, WHAT);
        var assignment = load(id, version);
        assignment.withdraw(opened.actor().username(), clock.instant());
        assignments.update(assignment, AssignmentRows.By.of(opened.actor()));
        return find(id);
    }

    /**
     * Opens a new draft for the intervention of a declined or withdrawn assignment ("choose another provider"),
     * with its content kept but no provider. Refused while the intervention has a live assignment.
     */
    @Transactional
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
    public AssignmentView draftAnother(AssignmentId previous) {
        var opened = access.openForCaseStaff(previous, AccessKind.CHANGE, WHAT);
        var before = assignments.find(previous).orElseThrow().assignment();
        if (before.status() != AssignmentStatus.DECLINED && before.status() != AssignmentStatus.WITHDRAWN) {
            throw new RuleViolation("providercontracts.assignment.error.not-declined");
        }
        var by = opened.actor().username();
        var draft = Assignment.draft(AssignmentId.random(), before.caseId(), before.decisionId(),
                before.interventionId(), before.interventionType(), before.grantedFrom(), by, clock.instant());
        if (!assignments.insertDraftIfNone(draft, opened.unit(), AssignmentRows.By.of(opened.actor()))) {
            throw new RuleViolation("providercontracts.assignment.error.live-assignment-exists");
        }
        var created = load(draft.id(), 0);
        var old = before.content();
        created.writeDraft(decidedOn(created), null, new AssignmentContent(null, old.expectedLength(),
                old.reporting(), old.followUp(), old.contactPersons(), old.sharing()), by, clock.instant());
        assignments.update(created, AssignmentRows.By.of(opened.actor()));
        return find(draft.id());
    }

    /**
     * Ends an accepted or running assignment: completed, broken off, or replaced; not before the last attendance day
     * counted (after corrections). The assignment's row is locked first, as the reports lock it, so that no day can
     * be reported between the check and the end.
     */
    @Transactional
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
    public AssignmentView end(AssignmentId id, long version, EndReason reason, LocalDate on) {
        var opened = access.openForCaseStaff(id, AccessKind.CHANGE, WHAT);
        reports.lockFrame(id).orElseThrow(() -> new ConcurrentChange("assignment", id));
        var assignment = load(id, version);
        assignment.end(reason, on, reports.lastCountedDay(id).orElse(null), opened.actor().username(),
                clock.instant());
        assignments.update(assignment, AssignmentRows.By.of(opened.actor()));
        return find(id);
    }

    /** The assignment as PDF. Logged as a read of {@code ASSIGNMENT_DOCUMENT} (and of the case's head). */
    @Transactional
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
    public byte[] document(AssignmentId id) {
        var opened = access.openForCaseStaff(id, AccessKind.READ, DOCUMENT);
        var stored = assignments.find(id).orElseThrow();
        var view = view(stored, regulation());
        var person = caseHandling.summary(opened.caseId()).person();
        var method = view.method() == null ? "–" : catalogue.activeFor(view.interventionType()).stream()
                .filter(m -> m.code().equals(view.method()))
                .map(se.vardkedjan.providercontracts.domain.Method::nameSv).findFirst()
                .orElse(view.method().value());
        return documents.render(view, person, method);
    }

    /** The methods of the catalogue that refine an intervention type. No personal data. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
    public List<MethodOption> methods(InterventionType type) {
        return catalogue.activeFor(type).stream()
                .map(m -> new MethodOption(m.code(), m.nameSv(), m.nameEn())).toList();
    }

    /**
     * The contracts covering a method on a date, full ones included and marked (with places and how many are taken).
     * No personal data.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
    public List<ProviderOption> providerOptions(MethodCode method, LocalDate on) {
        AssignmentDates.check("providercontracts.assignment.starts-on", on);
        var offers = contracts.offers(method, on);
        var held = assignments.held(offers.stream().map(ContractOffer::contract).toList());
        return offers.stream().map(o -> new ProviderOption(o.provider(), o.providerName(), o.contract(),
                o.reference(), o.form().name(), o.places(), held.getOrDefault(o.contract(), 0))).toList();
    }

    // ---- Provider staff and providers' systems (the REST API, ADR 0025)

    /** An assignment addressed to the provider's organisation. Logged as a read. */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public AssignmentView forProvider(AssignmentId id) {
        access.openForProvider(id, AccessKind.READ, WHAT);
        return find(id);
    }

    /**
     * The assignment as its provider sees it, with the client it serves: through case handling's door, in this
     * transaction, after the provider's own door has logged the read ({@link ProviderAssignment.Client} says what is
     * shown). Refused as unknown unless addressed to the user's organisation (recorded).
     */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public ProviderAssignment providerAssignment(AssignmentId id) {
        var opened = access.openForProvider(id, AccessKind.READ, WHAT);
        var view = find(id);
        var client = access.clientOf(opened);
        var withheld = client.protectedIdentity() && !acceptedOnce(view);
        var phone = view.sharePhone() && !withheld ? client.phone() : null;
        var address = view.shareAddress() && !client.protectedIdentity();
        // The method by its name, also when it has been deactivated since the assignment was sent.
        var method = view.method() == null ? null : catalogue.find(view.method()).orElse(null);
        return new ProviderAssignment(view, method == null ? null : method.nameSv(),
                method == null ? null : method.nameEn(), new ProviderAssignment.Client(withheld ? null : client.name(),
                withheld ? null : client.identityNumber(), phone, address ? client.streetAddress() : null,
                address ? client.postalCode() : null, address ? client.city() : null, client.protectedIdentity(),
                withheld));
    }

    /** The provider confirms it has received the assignment. */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public AssignmentView receive(AssignmentId id, long version) {
        providerStep(id, version, (assignment, by) -> assignment.receive(by, clock.instant()));
        return find(id);
    }

    /**
     * The provider accepts the assignment with the date it starts (not before the decision). Its place on the
     * contract is counted again under the contract's lock: refused when the others hold every place.
     */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public AssignmentView accept(AssignmentId id, long version, LocalDate startsOn) {
        var assignment = providerStep(id, version, (answered, by) -> {
            answered.accept(startsOn, by, clock.instant());
            holdPlace(answered);
        });
        events.publishEvent(new AssignmentAnswered(id, assignment.caseId(), true));
        return find(id);
    }

    /** The provider declines the assignment with a reason; the caseworker is told at once (a work item). */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public AssignmentView decline(AssignmentId id, long version, String reason) {
        var assignment = providerStep(id, version, (answered, by) -> answered.decline(reason, by, clock.instant()));
        events.publishEvent(new AssignmentAnswered(id, assignment.caseId(), false));
        return find(id);
    }

    /** The provider reports that the accepted assignment has started. */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public AssignmentView start(AssignmentId id, long version, LocalDate on) {
        providerStep(id, version, (assignment, by) -> assignment.start(on, by, clock.instant()));
        return find(id);
    }

    // ---- Provider staff and providers' systems: the list (the inbox page, ADR 0027; the REST API, ADR 0025)

    /** The largest page of the provider's list. */
    public static final int MAX_PAGE_SIZE = 100;

    /**
     * One page of the assignments sent to the caller's provider organisations (an actor may belong to several) in a
     * group, in the order asked for, with how many the group holds: the inbox page's tabs and the API's list read
     * this one list. The rows name no client, but each is about one: every row listed is logged as an overview read
     * of its case in the caller's name ({@code ASSIGNMENT_LIST}). One SQL statement.
     */
    @Transactional
    @RolesAllowed({Roles.PROVIDER_STAFF, Roles.PROVIDER_SYSTEM})
    public ProviderAssignmentPage addressedToProvider(ProviderAssignmentGroup group,
                                                      ProviderAssignmentPage.Order order, int page, int size) {
        var actor = access.providerActor(AccessKind.READ, LIST);
        if (page < 0 || page > 1_000_000) {
            throw RuleViolation.forField("page", "providercontracts.api.error.page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw RuleViolation.forField("size", "providercontracts.api.error.size", MAX_PAGE_SIZE);
        }
        var codes = actor.providerOrganisations().stream().map(ProviderOrganisationCode::value).toList();
        var listed = assignments.addressedTo(codes, group.states(),
                order == ProviderAssignmentPage.Order.NEWEST_SENT_FIRST, size, (long) page * size);
        access.logProviderReads(actor, listed.rows().stream().map(AssignmentRows.ListedRow::caseId).toList(), LIST);
        var items = listed.rows().stream().map(row -> new ProviderAssignmentPage.Item(row.id(), row.version(),
                row.status(), row.interventionType(), row.methodCode() == null ? null : new MethodCode(row.methodCode()),
                row.methodSv(), row.methodEn(), row.sentAt(), row.startsOn(), row.acceptedStart(), row.startedOn(),
                row.endedOn(), row.escalationStep() >= EscalationStep.PROVIDER_REMINDED.level())).toList();
        return new ProviderAssignmentPage(items, page, size, listed.total());
    }

    // ---- Work items (ADR 0022)

    /**
     * What waits for the signed-in user: for case staff, declined assignments (choose another provider) and those
     * escalated to the case staff, in cases they may see; for provider staff, their organisation's new assignments
     * and those past the reminder deadline. Case staff's items are logged as overview reads of their cases; provider
     * staff's name no client.
     */
    @Transactional
    @RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER, Roles.PROVIDER_STAFF})
    public List<AssignmentWorkItem> workItems() {
        var actor = access.actor();
        var items = new ArrayList<AssignmentWorkItem>();
        if (actor.hasRole(Roles.PROVIDER_STAFF)) {
            var codes = actor.providerOrganisations().stream().map(ProviderOrganisationCode::value).toList();
            for (var stored : assignments.addressedTo(codes, Set.of(AssignmentStatus.SENT, AssignmentStatus.RECEIVED),
                    200)) {
                var a = stored.assignment();
                var reminded = stored.escalation().level() >= EscalationStep.PROVIDER_REMINDED.level();
                items.add(new AssignmentWorkItem(reminded ? AssignmentWorkItem.Kind.REMINDER
                        : AssignmentWorkItem.Kind.NEW, a.id(), null, null, false,
                        LocalDate.ofInstant(a.sentAt(), EscalationStep.ZONE)));
            }
        }
        if (actor.hasRole(Roles.CASEWORKER) || actor.hasRole(Roles.UNIT_MANAGER)) {
            var waiting = assignments.needingCaseStaff(actor.units(), 500);
            var visible = access.visibleCases(actor, waiting.stream().map(s -> s.assignment().caseId()).toList())
                    .stream().collect(java.util.stream.Collectors.toMap(CaseDoor.CaseFacts::caseId, f -> f,
                            (first, same) -> first));
            var shown = new ArrayList<CaseDoor.CaseFacts>();
            for (var stored : waiting) {
                var a = stored.assignment();
                var facts = visible.get(a.caseId());
                if (facts == null) {
                    continue;
                }
                var declined = a.status() == AssignmentStatus.DECLINED;
                shown.add(facts);
                items.add(new AssignmentWorkItem(declined ? AssignmentWorkItem.Kind.DECLINED
                        : AssignmentWorkItem.Kind.UNANSWERED, a.id(), a.caseId(), null,
                        facts.protectedIdentity(), LocalDate.ofInstant(a.sentAt(), EscalationStep.ZONE)));
            }
            access.logCaseReads(actor, shown.stream().distinct().toList(), WORK_ITEMS);
        }
        return items;
    }

    // ---- Administrators

    /** The escalation deadlines. No personal data. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMINISTRATOR)
    public EscalationSettings escalationSettings() {
        var current = settings.get();
        return new EscalationSettings(current.deadlines().reminderDays(), current.deadlines().escalationDays(),
                current.version());
    }

    /** Changes the escalation deadlines (1 to 90 days each); a stale version is refused. */
    @Transactional
    @RolesAllowed(Roles.ADMINISTRATOR)
    public EscalationSettings changeEscalationDeadlines(int reminderDays, int escalationDays, long version) {
        var actor = access.actor();
        settings.changeDeadlines(new EscalationDeadlines(reminderDays, escalationDays), version, actor.username());
        return escalationSettings();
    }

    // ---- Inside

    /**
     * One step of the provider's: opens the assignment for the provider (logged as a change, or the refusal
     * recorded), loads it at the version the provider read, applies the step in the provider's name and saves it.
     */
    private Assignment providerStep(AssignmentId id, long version, BiConsumer<Assignment, String> step) {
        var opened = access.openForProvider(id, AccessKind.CHANGE, WHAT);
        var assignment = load(id, version);
        step.accept(assignment, opened.actor().username());
        assignments.update(assignment, AssignmentRows.By.of(opened.actor()));
        return assignment;
    }

    /**
     * Takes the assignment's place on its contract: locks the contract's row, then counts the places the others hold
     * in the same transaction, so that two assignments sent or accepted at the same moment cannot both take the last
     * place. A client's own choice under LOV is not limited by the places.
     */
    private void holdPlace(Assignment assignment) {
        var choice = assignment.choice();
        if (choice == null || choice.clientsChoice()) {
            return;
        }
        var places = contracts.lockPlaces(choice.contract());
        if (places.isPresent() && assignments.held(choice.contract(), assignment.id()) >= places.get()) {
            throw RuleViolation.forField("providercontracts.assignment.provider",
                    "providercontracts.assignment.error.contract-full");
        }
    }

    private Assignment load(AssignmentId id, long version) {
        var assignment = assignments.find(id).orElseThrow(() -> new ConcurrentChange("assignment", id)).assignment();
        if (assignment.version() != version) {
            throw new ConcurrentChange("assignment", id);
        }
        return assignment;
    }

    private AssignmentView find(AssignmentId id) {
        return view(assignments.find(id).orElseThrow(), regulation());
    }

    /** The provider choice of a draft, checked against the register; null when the draft names none yet. */
    private ProviderChoice choose(AssignmentDraft draft, LocalDate on) {
        if (draft.method() == null && draft.provider() == null && draft.contract() == null) {
            return null;
        }
        if (draft.method() == null) {
            throw RuleViolation.forField("providercontracts.assignment.method",
                    "providercontracts.error.text-required", "providercontracts.assignment.method");
        }
        if (draft.provider() == null || draft.contract() == null) {
            throw RuleViolation.forField("providercontracts.assignment.provider",
                    "providercontracts.assignment.error.provider-required");
        }
        offer(draft.provider(), draft.contract(), draft.method(), on).checkChoosable(draft.clientsChoice());
        return new ProviderChoice(draft.method(), draft.provider(), draft.contract(), draft.clientsChoice());
    }

    private ContractOffer offer(ProviderId provider, ContractId contract, MethodCode method, LocalDate on) {
        if (providers.nameOf(provider).isEmpty()) {
            throw RuleViolation.forField("providercontracts.assignment.provider",
                    "providercontracts.assignment.error.unknown-provider");
        }
        return contracts.offer(contract, method, on).filter(o -> o.provider().equals(provider))
                .map(o -> o.withTaken(assignments.held(List.of(contract)).getOrDefault(contract, 0)))
                .orElseThrow(() -> RuleViolation.forField("providercontracts.assignment.provider",
                        "providercontracts.assignment.error.contract-does-not-cover", on));
    }

    /** The date of the decision the assignment rests on, read through case handling's facade (logged there). */
    private LocalDate decidedOn(Assignment assignment) {
        if (assignment.decidedOn() != null) {
            return assignment.decidedOn();
        }
        return decisions.ofCase(assignment.caseId()).stream()
                .filter(d -> d.id().equals(assignment.decisionId())).map(d -> d.decidedOn()).findFirst()
                .orElse(null);
    }

    /** The goals of the care plan in force (the newest agreed), or of the newest plan when none is agreed. */
    private List<AssignmentGoal> goalsInForce(CaseId caseId) {
        var plans = carePlans.plans(caseId);
        var plan = plans.stream().filter(p -> p.status() == CarePlanStatus.AGREED).findFirst()
                .or(() -> plans.stream().findFirst());
        return plan.map(CarePlanDetails::goals).orElse(List.of()).stream()
                .map(goal -> new AssignmentGoal(goal.id() == null ? null : goal.id().value(), goal.text())).toList();
    }

    private String regulation() {
        return legalReferences.find(settings.get().documentationReference())
                .map(reference -> reference.citation() + " – " + reference.title()).orElse(null);
    }

    private AssignmentView view(AssignmentRows.Stored stored, String regulation) {
        var a = stored.assignment();
        var choice = a.choice();
        var content = a.content();
        var providerName = choice == null ? null : providers.nameOf(choice.provider()).orElse(null);
        var history = assignments.history(a.id()).stream().map(h -> new AssignmentView.Change(h.entry().at(),
                        h.entry().actor(), h.actorName(), h.entry().event(), h.entry().detail()))
                .sorted(Comparator.comparing(AssignmentView.Change::at)).toList();
        return new AssignmentView(a.id(), a.caseId(), a.version(), a.status(), a.decisionId(), a.interventionId(),
                a.interventionType(), a.grantedFrom(), a.decidedOn(), choice == null ? null : choice.method(),
                choice == null ? null : choice.provider(), providerName, choice == null ? null : choice.contract(),
                choice != null && choice.clientsChoice(), content.startsOn(), content.expectedLength(),
                content.reporting(), content.followUp(), content.contactPersons(),
                content.sharing().clientConsented(), content.sharing().address(), content.sharing().phone(),
                a.goals().stream().map(AssignmentGoal::text).toList(), a.sentAt(), a.acceptedStart(),
                a.declineReason(), a.startedOn(), a.endedOn(), a.endReason(), stored.escalation().level(), regulation,
                history);
    }

    /** Whether the provider has accepted the assignment (it may since have started or ended). */
    private static boolean acceptedOnce(AssignmentView view) {
        return view.acceptedStart() != null;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), EscalationStep.ZONE);
    }
}
