package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.domain.Case;
import se.vardkedjan.casehandling.domain.Investigation;
import se.vardkedjan.casehandling.events.InvestigationCompleted;
import se.vardkedjan.casehandling.domain.DateRange;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.persistence.ClientInformedRows;
import se.vardkedjan.casehandling.persistence.InvestigationRows;
import se.vardkedjan.casehandling.readmodel.InvestigationView;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The investigation (utredning) of a case: drafts saved as the caseworker writes (text rules only), and completion
 * once every required part is there. Every method checks the user's need to know and writes the access log.
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
public class Investigations {

    private final InvestigationRows investigations;
    private final ClientInformedRows clientInformed;
    private final CaseRows cases;
    private final Organisation organisation;
    private final PersonalDataAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Investigations(InvestigationRows investigations, ClientInformedRows clientInformed, CaseRows cases,
                          Organisation organisation, PersonalDataAccess access, ApplicationEventPublisher events,
                          Clock clock) {
        this.investigations = investigations;
        this.clientInformed = clientInformed;
        this.cases = cases;
        this.organisation = organisation;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The case's investigation, if one has been saved. Logged as a read. */
    @Transactional
    public Optional<InvestigationView> find(CaseId caseId) {
        access.openCase(caseId, AccessKind.READ, "INVESTIGATION", Purpose.CASE_WORK);
        return investigations.findByCase(caseId).map(this::view);
    }

    /**
     * Saves the content as a draft (the first save creates the investigation). Text, range and date rules apply, the
     * completeness rules do not. Only while the case is under investigation.
     *
     * @param version the version the caller read (0 for a case without an investigation yet)
     * @return the saved investigation, with its new version and what is still missing
     */
    @Transactional
    public InvestigationView saveDraft(CaseId caseId, long version, InvestigationContent content) {
        access.openCase(caseId, AccessKind.CHANGE, "INVESTIGATION", Purpose.CASE_WORK);
        var theCase = caseUnderInvestigation(caseId);
        var existing = investigations.findByCase(caseId);
        if (existing.isPresent()) {
            var investigation = loaded(existing.get().investigation(), version);
            investigation.saveDraft(toDomain(content), theCase.intake().receivedOn(), today());
            investigations.update(investigation);
        } else {
            if (version != 0) {
                throw new ConcurrentChange("investigation", caseId);
            }
            var investigation = Investigation.open(caseId);
            investigation.saveDraft(toDomain(content), theCase.intake().receivedOn(), today());
            investigations.insert(investigation);
        }
        return investigations.findByCase(caseId).map(this::view).orElseThrow();
    }

    /**
     * Saves the content and completes the investigation, as one action: refuses with what is missing (participation,
     * a life area, the children answer or a child's assessment, the relatives answer, assessment, proposal,
     * communication) or with dates out of order, and then the
     * content is not saved either; else publishes {@link InvestigationCompleted}. The caller's version is checked once.
     *
     * @param version the version the caller read (0 for a case without an investigation yet)
     */
    @Transactional
    public InvestigationView saveAndComplete(CaseId caseId, long version, InvestigationContent content) {
        var opened = access.openCase(caseId, AccessKind.CHANGE, "INVESTIGATION", Purpose.CASE_WORK);
        var theCase = caseUnderInvestigation(caseId);
        var existing = investigations.findByCase(caseId);
        var investigation = existing.map(stored -> loaded(stored.investigation(), version))
                .orElseGet(() -> {
                    if (version != 0) {
                        throw new ConcurrentChange("investigation", caseId);
                    }
                    return Investigation.open(caseId);
                });
        investigation.saveDraft(toDomain(content), theCase.intake().receivedOn(), today());
        investigation.complete(theCase.intake().receivedOn(), today(), opened.actor().username());
        if (existing.isPresent()) {
            investigations.update(investigation);
        } else {
            investigations.insert(investigation);
        }
        investigation.events().forEach(events::publishEvent);
        return investigations.findByCase(caseId).map(this::view).orElseThrow();
    }

    /**
     * What the caseworker recorded of telling the client of the right to a SIP and of the right to read their file
     * (issue 13, slice 3); {@link ClientInformed#NONE} when nothing was. Logged as a read.
     */
    @Transactional
    public ClientInformed clientInformed(CaseId caseId) {
        access.openCase(caseId, AccessKind.READ, "CLIENT_INFORMED", Purpose.CASE_WORK);
        return clientInformed.find(caseId).orElse(ClientInformed.NONE);
    }

    /**
     * Records the days the client was told of the right to a SIP and of the right to read their file (either may be
     * empty: not told, or a mistake taken back). While the case is under investigation or decided; a day may not be
     * before the case was received nor in the future. Logged as a change.
     *
     * @param version the version the caller read ({@link ClientInformed#version()})
     */
    @Transactional
    public ClientInformed recordClientInformed(CaseId caseId, long version, LocalDate rightToSipOn,
                                               LocalDate rightToReadFileOn) {
        var opened = access.openCase(caseId, AccessKind.CHANGE, "CLIENT_INFORMED", Purpose.CASE_WORK);
        var theCase = cases.find(caseId)
                .orElseThrow(() -> access.unknown(AccessKind.CHANGE, "CLIENT_INFORMED", "CASE", caseId.value()));
        theCase.checkDecisionMayBeMade();
        informedDay("casehandling.investigation.informed-sip-on", rightToSipOn, theCase.intake().receivedOn());
        informedDay("casehandling.investigation.informed-file-on", rightToReadFileOn, theCase.intake().receivedOn());
        clientInformed.save(caseId, version, rightToSipOn, rightToReadFileOn, opened.actor().username());
        return clientInformed.find(caseId).orElseThrow();
    }

    private void informedDay(String field, LocalDate day, LocalDate receivedOn) {
        if (DateRange.check(field, day) == null) {
            return;
        }
        if (day.isBefore(receivedOn)) {
            throw RuleViolation.forField(field, "casehandling.error.dates-in-wrong-order",
                    "casehandling.intake.received-on", field);
        }
        if (day.isAfter(today())) {
            throw RuleViolation.forField(field, "casehandling.error.date-in-future", field);
        }
    }

    private Case caseUnderInvestigation(CaseId caseId) {
        var theCase = cases.find(caseId)
                .orElseThrow(() -> access.unknown(AccessKind.CHANGE, "INVESTIGATION", "CASE", caseId.value()));
        theCase.checkUnderInvestigation();
        return theCase;
    }

    private static Investigation loaded(Investigation investigation, long version) {
        if (investigation.version() != version) {
            throw new ConcurrentChange("investigation", investigation.id());
        }
        return investigation;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private InvestigationView view(InvestigationRows.Stored stored) {
        var i = stored.investigation();
        var completedBy = i.completedBy() == null ? null
                : organisation.staffNames(java.util.List.of(i.completedBy())).of(i.completedBy());
        return new InvestigationView(i.id(), i.caseId(), i.version(), i.status(), toApi(i.content()), stored.savedAt(),
                i.completedOn(), i.completedBy(), completedBy,
                i.status() == InvestigationStatus.COMPLETED ? java.util.List.of() : i.missing());
    }

    /** The caller's content as the aggregate's own (the aggregate checks it). */
    private static Investigation.Content toDomain(InvestigationContent c) {
        if (c == null) {
            return null;
        }
        var p = c.participation();
        var m = c.communication();
        return new Investigation.Content(c.startedOn(), c.subject(),
                c.sources().stream().map(x -> new Investigation.Source(x.kind(), x.what(), x.gatheredOn())).toList(),
                c.needs().stream().map(x -> new Investigation.Need(x.area(), x.severity(), x.clientView(),
                        x.clientRating())).toList(),
                c.children().stream().map(x -> new Investigation.Child(x.birthYear(), x.relation(),
                        x.livingArrangement(), x.needsAssessment(), x.concernReportedOn())).toList(),
                c.relatives().stream().map(x -> new Investigation.Relative(x.name(), x.relation(), x.contact(),
                        x.consentToContact())).toList(),
                p == null ? null : new Investigation.Participation(p.mode(), p.ownWords()),
                c.assessment(), c.proposal(),
                m == null ? null : new Investigation.Communication(m.communicatedOn(), m.channel(),
                        m.clientResponse()), c.childrenAnswer(), c.relativesAnswer());
    }

    /** The aggregate's content as the API's record, for the caller. */
    private static InvestigationContent toApi(Investigation.Content c) {
        var p = c.participation();
        var m = c.communication();
        return new InvestigationContent(c.startedOn(), c.subject(),
                c.sources().stream().map(x -> new InvestigationContent.Source(x.kind(), x.what(), x.gatheredOn()))
                        .toList(),
                c.needs().stream().map(x -> new InvestigationContent.Need(x.area(), x.severity(), x.clientView(),
                        x.clientRating())).toList(),
                c.children().stream().map(x -> new InvestigationContent.Child(x.birthYear(), x.relation(),
                        x.livingArrangement(), x.needsAssessment(), x.concernReportedOn())).toList(),
                c.relatives().stream().map(x -> new InvestigationContent.Relative(x.name(), x.relation(),
                        x.contact(), x.consentToContact())).toList(),
                p == null ? null : new InvestigationContent.Participation(p.mode(), p.ownWords()),
                c.assessment(), c.proposal(),
                m == null ? null : new InvestigationContent.Communication(m.communicatedOn(), m.channel(),
                        m.clientResponse()), c.childrenAnswer(), c.relativesAnswer());
    }
}
