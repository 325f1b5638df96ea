package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.access.AccountRegister;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.domain.CaseVisibility;
import se.vardkedjan.casehandling.domain.ContactDetails;
import se.vardkedjan.casehandling.domain.DateRange;
import se.vardkedjan.casehandling.domain.Person;
import se.vardkedjan.casehandling.domain.PersonalIdentity;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.persistence.PersonRows;
import se.vardkedjan.casehandling.persistence.ProtectionChangeRows;
import se.vardkedjan.casehandling.readmodel.PersonDetails;
import se.vardkedjan.casehandling.readmodel.PersonSearch;
import se.vardkedjan.casehandling.readmodel.PersonSummary;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.ConcurrentChange;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * The register of persons: search by identity number or name, register a new person (with a personnummer,
 * samordningsnummer or a reserve number), read and correct contact details. Every hit and every read is logged.
 * Reading or changing a person's details is bound to case work: the user must be able to see one of the person's
 * cases. A person's protection is changed in {@link ProtectedIdentities}, not here.
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
public class PersonRegister {

    /** The most hits a search returns; a narrower term finds the rest (the result says when there are more). */
    public static final int SEARCH_LIMIT = 25;
    /** The longest search term, in characters. */
    public static final int SEARCH_MAX_LENGTH = 100;

    private final PersonRows persons;
    private final CaseRows cases;
    private final ProtectionChangeRows protectionChanges;
    private final PersonalDataAccess access;
    private final AccountRegister accounts;
    private final Clock clock;

    public PersonRegister(PersonRows persons, CaseRows cases, ProtectionChangeRows protectionChanges, PersonalDataAccess access,
                          AccountRegister accounts, Clock clock) {
        this.persons = persons;
        this.cases = cases;
        this.protectionChanges = protectionChanges;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Finds persons by identity number (a whole number, or a birth date of six or eight digits, in any usual form) or
     * by name (every word, at least two letters, anywhere in the name). Each hit is logged as a search read. A person
     * with a protected identity is shown only to a user who may see one of their cases; anybody else learns only that
     * a protected person matched and whom to ask (and, for a whole number, the person's id to register an intake).
     */
    @Transactional
    public PersonSearch search(String term) {
        var actor = access.caseStaff();
        var checked = FREE_TEXT.searchTerm("casehandling.staff.search.label", term, SEARCH_MAX_LENGTH);
        var text = checked == null ? "" : checked;
        var number = PersonalIdentity.searchTerm(text, LocalDate.now(clock));
        List<Person> found;
        if (number.isPresent()) {
            found = number.get().complete()
                    ? persons.findByIdentityNumber(number.get().prefix()).stream().toList()
                    : persons.search(number.get().prefix(), List.of(), SEARCH_LIMIT + 1);
        } else {
            var words = Arrays.stream(text.split("\\s+")).filter(w -> !w.isBlank()).toList();
            if (words.isEmpty() || words.stream().anyMatch(w -> w.length() < 2)) {
                throw new RuleViolation("casehandling.error.search-term-too-short");
            }
            found = persons.search(null, words, SEARCH_LIMIT + 1);
        }
        var more = found.size() > SEARCH_LIMIT;
        found = found.subList(0, Math.min(found.size(), SEARCH_LIMIT));
        var ids = found.stream().map(Person::id).toList();
        var openByPerson = cases.openCasesOf(ids);
        var protectedIds = found.stream().filter(p -> p.protection().isProtected()).map(Person::id).toList();
        var allByPerson = cases.casesOf(protectedIds);
        var hits = new ArrayList<PersonSummary>(found.size());
        var logged = new ArrayList<PersonalDataAccess.PersonReference>(found.size());
        var protectedMatched = false;
        PersonId protectedPersonId = null;
        for (var person : found) {
            var open = openByPerson.getOrDefault(person.id(), List.of());
            var mine = (int) open.stream().filter(c -> actor.belongsTo(c.unit())).count();
            logged.add(new PersonalDataAccess.PersonReference(person.id(), mine == 0,
                    person.protection().isProtected()));
            if (person.protection().isProtected() && allByPerson.getOrDefault(person.id(), List.of()).stream()
                    .noneMatch(c -> CaseVisibility.allows(actor, c.unit(), true, c.namedSubjects()))) {
                protectedMatched = true;
                if (number.isPresent() && number.get().complete()) {
                    protectedPersonId = person.id();
                }
                continue;
            }
            hits.add(new PersonSummary(person.id(), person.identity().formatted(), person.identity().kind(),
                    person.fullName(), person.protection(), mine, open.size() - mine));
        }
        access.logPersonReads(actor, logged, "SEARCH_HIT", Purpose.SEARCH);
        return new PersonSearch(hits, protectedMatched, protectedPersonId,
                protectedMatched ? accounts.whomToAsk(actor.units(), actor) : List.of(), more);
    }

    /**
     * A person's details, for a user who may see one of the person's cases (open or closed); the address is withheld
     * when the identity is protected. Logged.
     *
     * @throws AccessDenied when the user may see none of the person's cases (nothing is read then)
     */
    @Transactional
    public PersonDetails details(PersonId id) {
        var person = persons.find(id)
                .orElseThrow(() -> access.unknown(AccessKind.READ, "PERSON", "PERSON", id.value()));
        access.openPerson(id, AccessKind.READ, "PERSON", Purpose.CASE_WORK);
        return toDetails(person);
    }

    /** The registration form's identity field, named in its refusals (ADR 0019). */
    private static final String IDENTITY_FIELD = "casehandling.staff.register.identity";

    /** An identity the rules refuse is the identity field's problem. */
    private static PersonalIdentity identityField(java.util.function.Supplier<PersonalIdentity> parse) {
        try {
            return parse.get();
        } catch (RuleViolation invalid) {
            if (invalid.field().isPresent()) {
                throw invalid;
            }
            throw RuleViolation.forField(IDENTITY_FIELD, invalid.messageKey(), invalid.arguments());
        }
    }

    /**
     * Registers a person, with how to reach them (a registration, not a read of someone else's data). Refuses an
     * invalid or already registered identity number with a clear message; nothing is stored then. A protection level
     * given here takes effect at once (raising protection is the safe direction) and is kept in its history.
     */
    @Transactional
    public PersonId register(RegisterPerson command) {
        var actor = access.caseStaff();
        PersonalIdentity identity;
        if (command.identityNumber() != null && !command.identityNumber().isBlank()) {
            identity = identityField(() -> PersonalIdentity.parse(command.identityNumber(), LocalDate.now(clock)));
        } else {
            if (command.birthDate() == null) {
                throw RuleViolation.forField("casehandling.person.birth-date",
                        "casehandling.error.reserve-needs-birth-date");
            }
            DateRange.check("casehandling.person.birth-date", command.birthDate());
            if (command.birthDate().isAfter(LocalDate.now(clock))) {
                throw new RuleViolation("casehandling.error.date-in-future", "casehandling.person.birth-date");
            }
            identity = PersonalIdentity.reserve(command.birthDate(), persons.nextReserveSequence() + 1,
                    command.sex() == null ? Sex.UNKNOWN : command.sex());
        }
        if (persons.findByIdentityNumber(identity.number()).isPresent()) {
            throw RuleViolation.forField(IDENTITY_FIELD, "casehandling.error.person-already-registered",
                    identity.formatted());
        }
        var person = Person.register(identity, command.givenName(), command.familyName(),
                new ContactDetails(command.phone(), command.email(), command.streetAddress(), command.postalCode(),
                        command.city()), command.protection());
        try {
            persons.insert(person);
        } catch (DuplicateKeyException e) {
            throw RuleViolation.forField(IDENTITY_FIELD, "casehandling.error.person-already-registered",
                    identity.formatted());
        }
        if (person.protection().isProtected()) {
            protectionChanges.record(person.id(), null, "REGISTERED", null, person.protection(), null, actor,
                    clock.instant());
        }
        access.logPerson(actor, person.id(), AccessKind.CHANGE, "PERSON", Purpose.CASE_WORK,
                person.protection().isProtected());
        return person.id();
    }

    /**
     * Changes how to reach the person, for a user who may see one of the person's cases; refuses when someone else
     * changed the person since {@code version}.
     *
     * @throws AccessDenied when the user may see none of the person's cases (nothing is changed then)
     */
    @Transactional
    public void changeContact(PersonId id, long version, String phone, String email, String streetAddress,
                              String postalCode, String city) {
        var person = persons.find(id)
                .orElseThrow(() -> access.unknown(AccessKind.CHANGE, "PERSON_CONTACT", "PERSON", id.value()));
        access.openPerson(id, AccessKind.CHANGE, "PERSON_CONTACT", Purpose.CASE_WORK);
        if (person.version() != version) {
            throw new ConcurrentChange("person", id);
        }
        person.changeContact(new ContactDetails(phone, email, streetAddress, postalCode, city));
        persons.update(person);
    }

    static PersonDetails toDetails(Person person) {
        var contact = person.visibleContact();
        var identity = person.identity();
        return new PersonDetails(person.id(), person.version(), identity.formatted(), identity.kind(),
                identity.birthDate(), identity.sex(), person.givenName(), person.familyName(), contact.phone(),
                contact.email(), contact.streetAddress(), contact.postalCode(), contact.city(), person.protection());
    }
}
