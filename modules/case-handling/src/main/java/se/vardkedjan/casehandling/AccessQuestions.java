package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.AccessLog;
import se.vardkedjan.accesslog.AccessQuestion;
import se.vardkedjan.accesslog.Purpose;
import se.vardkedjan.casehandling.access.PersonalDataAccess;
import se.vardkedjan.casehandling.domain.CaseVisibility;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.persistence.PersonRows;
import se.vardkedjan.casehandling.readmodel.ClientAccessQuestion;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent.Reason;

import java.util.List;
import java.util.UUID;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * The clients' questions about rows of the access log of their own file ("Varför läste …?", ADR 0028, slice 2), for
 * the managers of the unit the row concerns (its case's unit, else the units of the user who wrote it): they see them
 * on their start page and answer them; the client sees the answer in the portal. Reading the questions logs a read of
 * each person they are about ({@code ACCESS_QUESTIONS}); an answer is kept as given (append-only) and logged
 * ({@code ACCESS_QUESTION_ANSWER}). A question of another unit is refused as unknown and recorded.
 */
@Service
@RolesAllowed(Roles.UNIT_MANAGER)
public class AccessQuestions {

    /** The most questions one call lists. */
    public static final int MAX = 200;

    private final AccessLog log;
    private final PersonalDataAccess access;
    private final PersonRows persons;
    private final CaseRows cases;
    private final Organisation organisation;

    public AccessQuestions(AccessLog log, PersonalDataAccess access, PersonRows persons, CaseRows cases,
                           Organisation organisation) {
        this.log = log;
        this.access = access;
        this.persons = persons;
        this.cases = cases;
        this.organisation = organisation;
    }

    /** The questions for the manager's units, unanswered first (only those when {@code onlyOpen}), then newest. */
    @Transactional
    public List<ClientAccessQuestion> questions(boolean onlyOpen) {
        var actor = manager();
        var found = log.questionsFor(actor.units(), onlyOpen, MAX);
        found.stream().map(AccessQuestion::personId).distinct().forEach(person -> access.logPerson(actor, person,
                AccessKind.READ, "ACCESS_QUESTIONS", Purpose.SUPERVISION, protectedIdentity(person)));
        return found.stream().map(question -> view(actor, question)).toList();
    }

    /**
     * Answers a question of the manager's units; the client sees the answer in the portal.
     *
     * @throws se.vardkedjan.sharedkernel.AccessDenied when the question is unknown or of another unit (recorded)
     * @throws RuleViolation when the answer is empty or too long, or the question was answered already
     */
    @Transactional
    public void answer(UUID question, String answer) {
        var actor = manager();
        var found = log.questionFor(question, actor.units())
                .orElseThrow(() -> access.unknown(AccessKind.CHANGE, "ACCESS_QUESTION_ANSWER", "ACCESS_QUESTION",
                        question));
        var text = FREE_TEXT.required("casehandling.staff.access-question.answer", answer, 4000);
        access.logPerson(actor, found.personId(), AccessKind.CHANGE, "ACCESS_QUESTION_ANSWER", Purpose.SUPERVISION,
                protectedIdentity(found.personId()));
        if (!log.answer(question, text, actor)) {
            throw new RuleViolation("casehandling.staff.access-question.error.answered");
        }
    }

    private Actor manager() {
        var actor = access.caseStaff();
        if (!actor.hasRole(Roles.UNIT_MANAGER)) {
            throw access.refuse(AccessKind.READ, "ACCESS_QUESTIONS", null, Reason.ROLE);
        }
        return actor;
    }

    private boolean protectedIdentity(PersonId person) {
        return persons.find(person).map(found -> found.protection().isProtected()).orElse(false);
    }

    private ClientAccessQuestion view(Actor actor, AccessQuestion question) {
        var person = persons.find(question.personId());
        var identifiable = person.map(found -> !found.protection().isProtected() || cases.openCasesOf(found.id())
                .stream().anyMatch(c -> CaseVisibility.allows(actor, c.unit(), true, c.namedSubjects())))
                .orElse(false);
        var row = question.row();
        return new ClientAccessQuestion(question.id(),
                identifiable ? person.get().fullName() : null,
                identifiable ? person.get().identity().masked() : null, row.occurredAt(), row.actorName(),
                row.caseUnit() == null ? null : organisation.unitName(row.caseUnit()).orElse(row.caseUnit().value()),
                row.purpose(), row.kind(), row.parts(), question.question(), question.askedAt(), question.answer(),
                question.answeredAt(), question.answeredBy());
    }
}
