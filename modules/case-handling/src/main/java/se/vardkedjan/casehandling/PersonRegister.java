package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.domain.CaseVisibility;
import se.vardkedjan.casehandling.domain.ContactDetails;
import se.vardkedjan.casehandling.domain.Person;
import se.vardkedjan.casehandling.domain.PersonalIdentity;
import se.vardkedjan.casehandling.persistence.Cases;
import se.vardkedjan.casehandling.persistence.Persons;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The register of persons: search by identity number or name, register a new person (with a personnummer,
 * samordningsnummer or a reserve number), read and correct details. Every hit and every read is logged.
 */
@Service
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
public class PersonRegister {

    /** The most hits a search returns; a narrower term finds the rest. */
    public static final int SEARCH_LIMIT = 25;

    private final Persons persons;
    private final Cases cases;
    private final PersonalDataAccess access;
    private final Clock clock;

    public PersonRegister(Persons persons, Cases cases, PersonalDataAccess access, Clock clock) {
        this.persons = persons;
        this.cases = cases;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Finds persons by identity number (at least six digits, any usual form) or by name (every word, at least two
     * letters, anywhere in the name). Each hit is logged as a search read.
     */
    @Transactional
    public List<PersonSummary> search(String term) {
        var actor = access.caseStaff();
        var text = term == null ? "" : term.strip();
        var digits = text.replaceAll("[-+ ]", "");
        List<Person> found;
        if (digits.matches("\\d{6,12}")) {
            found = persons.search(normaliseDigits(digits), List.of(), SEARCH_LIMIT);
        } else {
            var words = Arrays.stream(text.split("\\s+")).filter(w -> !w.isBlank()).toList();
            if (words.isEmpty() || words.stream().anyMatch(w -> w.length() < 2) || text.length() > 100) {
                throw new RuleViolation("casehandling.error.search-term-too-short");
            }
            found = persons.search(null, words, SEARCH_LIMIT);
        }
        var openByPerson = cases.openCasesOf(found.stream().map(Person::id).toList());
        var hits = new ArrayList<PersonSummary>(found.size());
        var logged = new ArrayList<PersonalDataAccess.PersonReference>(found.size());
        for (var person : found) {
            var open = openByPerson.getOrDefault(person.id(), List.of());
            var mine = (int) open.stream().filter(c -> actor.belongsTo(c.unit())).count();
            var named = open.stream().anyMatch(c -> CaseVisibility.allows(actor, c.unit(), c.protectedIdentity(),
                    c.namedStaff()));
            var showName = !person.protection().isProtected() || named;
            hits.add(new PersonSummary(person.id(), person.identity().formatted(), person.identity().kind(),
                    showName ? person.fullName() : null, person.protection(), mine, open.size() - mine));
            logged.add(new PersonalDataAccess.PersonReference(person.id(), mine == 0,
                    person.protection().isProtected()));
        }
        access.logPersonReads(actor, logged, "SEARCH_HIT", Purpose.SEARCH);
        return hits;
    }

    /** A person's details; the address is withheld when the identity is protected. Logged. */
    @Transactional
    public PersonDetails details(PersonId id) {
        var actor = access.caseStaff();
        var person = persons.find(id).orElseThrow(() -> access.unknown(AccessKind.READ, "PERSON", "PERSON", id.value()));
        requireMayRead(actor, person, AccessKind.READ, "PERSON");
        access.logPerson(actor, id, AccessKind.READ, "PERSON", Purpose.CASE_WORK, person.protection().isProtected());
        return toDetails(person);
    }

    /**
     * Registers a person. Refuses an invalid or already registered identity number with a clear message; nothing is
     * stored then.
     */
    @Transactional
    public PersonId register(RegisterPerson command) {
        var actor = access.caseStaff();
        PersonalIdentity identity;
        if (command.identityNumber() != null && !command.identityNumber().isBlank()) {
            identity = PersonalIdentity.parse(command.identityNumber());
        } else {
            if (command.birthDate() == null) {
                throw new RuleViolation("casehandling.error.reserve-needs-birth-date");
            }
            if (command.birthDate().isAfter(LocalDate.now(clock))) {
                throw new RuleViolation("casehandling.error.date-in-future", "casehandling.person.birth-date");
            }
            identity = PersonalIdentity.reserve(command.birthDate(), persons.nextReserveSequence() + 1,
                    command.sex() == null ? Sex.UNKNOWN : command.sex());
        }
        if (persons.findByIdentityNumber(identity.number()).isPresent()) {
            throw new RuleViolation("casehandling.error.person-already-registered", identity.formatted());
        }
        var person = Person.register(identity, command.givenName(), command.familyName(),
                new ContactDetails(command.phone(), command.email(), command.streetAddress(), command.postalCode(),
                        command.city()), command.protection());
        try {
            persons.insert(person);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("casehandling.error.person-already-registered", identity.formatted());
        }
        access.logPerson(actor, person.id(), AccessKind.CHANGE, "PERSON", Purpose.CASE_WORK,
                person.protection().isProtected());
        return person.id();
    }

    /** Changes how to reach the person; refuses when someone else changed the person since {@code version}. */
    @Transactional
    public void changeContact(PersonId id, long version, String phone, String email, String streetAddress,
                              String postalCode, String city) {
        var actor = access.caseStaff();
        var person = persons.find(id)
                .orElseThrow(() -> access.unknown(AccessKind.CHANGE, "PERSON_CONTACT", "PERSON", id.value()));
        requireMayRead(actor, person, AccessKind.CHANGE, "PERSON_CONTACT");
        if (person.version() != version) {
            throw new ConcurrentChange("person", id);
        }
        person.changeContact(new ContactDetails(phone, email, streetAddress, postalCode, city));
        persons.update(person);
        access.logPerson(actor, id, AccessKind.CHANGE, "PERSON_CONTACT", Purpose.CASE_WORK,
                person.protection().isProtected());
    }

    /** Records a protected identity (or its end), as the population register states it. */
    @Transactional
    public void changeProtection(PersonId id, long version, ProtectionLevel level) {
        var actor = access.caseStaff();
        var person = persons.find(id)
                .orElseThrow(() -> access.unknown(AccessKind.CHANGE, "PERSON_PROTECTION", "PERSON", id.value()));
        requireMayRead(actor, person, AccessKind.CHANGE, "PERSON_PROTECTION");
        if (person.version() != version) {
            throw new ConcurrentChange("person", id);
        }
        person.protect(level);
        persons.update(person);
        access.logPerson(actor, id, AccessKind.CHANGE, "PERSON_PROTECTION", Purpose.ADMINISTRATION, true);
    }

    private void requireMayRead(Actor actor, Person person, AccessKind kind, String what) {
        if (!person.protection().isProtected()) {
            return;
        }
        var open = cases.openCasesOf(person.id());
        if (open.stream().noneMatch(c -> CaseVisibility.allows(actor, c.unit(), true, c.namedStaff()))) {
            throw access.refuse(kind, what, Target.of("PERSON", person.id().value()), Reason.PROTECTED_NOT_NAMED);
        }
    }

    static PersonDetails toDetails(Person person) {
        var contact = person.visibleContact();
        var identity = person.identity();
        return new PersonDetails(person.id(), person.version(), identity.formatted(), identity.kind(),
                identity.birthDate(), identity.sex(), person.givenName(), person.familyName(), contact.phone(),
                contact.email(), contact.streetAddress(), contact.postalCode(), contact.city(), person.protection());
    }

    private static String normaliseDigits(String digits) {
        // A ten-digit number (YYMMDDNNNN) or six-digit date lacks the century; match either century's prefix below.
        return digits.length() == 10 || digits.length() == 6 ? guessCentury(digits) : digits;
    }

    private static String guessCentury(String digits) {
        var year = Integer.parseInt(digits.substring(0, 2));
        var thisYear = LocalDate.now().getYear() % 100;
        return (year > thisYear ? "19" : "20") + digits;
    }
}
