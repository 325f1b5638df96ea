package se.vardkedjan.casehandling;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.domain.CaseVisibility;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.persistence.PersonRows;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Case handling's need-to-know door for the modules downstream (provider contracts, follow-up): they open a case for
 * their own part of the file (an assignment, a follow-up) under case handling's rule, without a copy of it. It is the
 * same door case handling's facades pass ({@link PersonalDataAccess#openCase}): {@code CaseVisibility} decides, the
 * access-log module's {@code AccessDoor} writes the row in the caller's transaction or records the refusal through
 * {@code Refusals}. The caller names its own part with a {@code what} code its own {@code AccessLogParts} declares.
 * Call it only inside a facade's {@code @Transactional} method (ADR 0010, 0021, 0024).
 */
@Component
public class CaseDoor {

    /** A case opened through the door, with what the caller's access-log rows and refusals need. */
    public record OpenedCase(Actor actor, CaseId caseId, PersonId personId, UnitCode unit, boolean protectedIdentity) {
    }

    /**
     * What a module needs to write its own access-log row for a case it reaches by a rule of its own (a provider's
     * assignment): the person, the case's unit and whether the person's identity is protected. Ids and a flag only.
     */
    public record CaseFacts(CaseId caseId, PersonId personId, UnitCode unit, boolean protectedIdentity) {
    }

    /**
     * The client of a case as a downstream module may show them to someone its own door let in (a provider's staff
     * on an assignment addressed to them): the name, the identity number, the phone and the address — never the
     * address of a protected person (case handling's rule, {@code Person.visibleContact}). The caller decides what of
     * it its user may see and has written the access-log row.
     */
    public record Client(String name, String identityNumber, String phone, String streetAddress, String postalCode,
                         String city, boolean protectedIdentity) {
    }

    private final PersonalDataAccess access;
    private final CaseRows cases;
    private final PersonRows persons;

    CaseDoor(PersonalDataAccess access, CaseRows cases, PersonRows persons) {
        this.access = access;
        this.cases = cases;
        this.persons = persons;
    }

    /**
     * Opens the case for the signed-in caseworker or unit manager, or refuses them (recorded).
     *
     * @param what the caller's own code for what is read or changed (declared in its {@code AccessLogParts})
     * @throws AccessDenied when the case is unknown or outside the user's need to know, or the user is no case staff
     */
    public OpenedCase open(CaseId caseId, AccessKind kind, String what, Purpose purpose) {
        var opened = access.openCase(caseId, kind, what, purpose);
        return new OpenedCase(opened.actor(), opened.caseId(), opened.personId(), opened.unit(),
                opened.protectedIdentity());
    }

    /** The facts of a case for a module that applies its own rule (a provider's organisation), or empty. */
    public Optional<CaseFacts> facts(CaseId caseId) {
        return cases.accessFacts(caseId).map(f -> new CaseFacts(f.caseId(), f.personId(), f.unit(),
                f.protectedIdentity()));
    }

    /**
     * The client of a case, for a module that has opened the case by its own rule and logged it (see {@link Client});
     * empty for an unknown case. Call it only inside that facade's transaction, after its door.
     */
    public Optional<Client> clientOf(CaseId caseId) {
        return cases.accessFacts(caseId).flatMap(f -> persons.find(f.personId())).map(person -> {
            var contact = person.visibleContact();
            return new Client(person.fullName(), person.identity().number(), contact.phone(),
                    contact.streetAddress(), contact.postalCode(), contact.city(), person.protection().isProtected());
        });
    }

    /**
     * The cases among {@code candidates} the actor may see under case handling's rule (for a list such as the start
     * page's work items); the caller logs the reads of those it shows with {@link #logReads}.
     */
    public List<CaseFacts> visibleTo(Actor actor, Collection<CaseId> candidates) {
        return candidates.stream().distinct().map(cases::accessFacts).flatMap(Optional::stream)
                .filter(f -> CaseVisibility.allows(actor, f.unit(), f.protectedIdentity(), f.namedSubjects()))
                .map(f -> new CaseFacts(f.caseId(), f.personId(), f.unit(), f.protectedIdentity())).toList();
    }

    /** Logs the reads of cases a list shows, each found through {@link #visibleTo}. */
    public void logReads(Actor actor, List<CaseFacts> read, String what, Purpose purpose) {
        access.logCaseReads(actor, read.stream().map(f -> new PersonalDataAccess.CaseReference(f.caseId(),
                f.personId(), f.unit(), f.protectedIdentity())).toList(), what, purpose);
    }
}
