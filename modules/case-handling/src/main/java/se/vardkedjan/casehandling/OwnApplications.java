package se.vardkedjan.casehandling;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.casehandling.access.OwnFileDoor;
import se.vardkedjan.casehandling.domain.Case;
import se.vardkedjan.casehandling.domain.Intake;
import se.vardkedjan.casehandling.persistence.ApplicationRows;
import se.vardkedjan.casehandling.persistence.CaseRows;
import se.vardkedjan.casehandling.readmodel.OwnApplication;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent.Target;
import se.vardkedjan.sharedkernel.UnitCode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * The client's applications for help from the citizen portal (ADR 0028, slice 2), also from a client with no case and
 * no person in the register: an application becomes an intake of kind {@link IntakeKind#APPLICATION} at the
 * municipality's intake unit (the setting {@code vardkedjan.portal.intake-unit}), or at the unit of the client's open
 * case when they have one, with no responsible caseworker yet — the unit's caseworkers see it as "Ny ansökan via
 * e-tjänsten" on their start page. A client not yet in the register is registered from BankID's identity by the door
 * ({@link OwnFileDoor#openOwnSelf}); a registered person keeps what they have, protected identity included. Every
 * read and change writes an access-log row with the client as actor and purpose {@code OWN_FILE}. Only clients call it;
 * no method takes a person or case id.
 */
@Service
@RolesAllowed(Roles.CLIENT)
public class OwnApplications {

    /** The longest text the client may write, leaving room in the intake for how to reach them. */
    public static final int TEXT_MAX_LENGTH = 3_000;

    private static final String TEXT_FIELD = "casehandling.own.application.text";
    private static final String PHONE_FIELD = "casehandling.own.application.phone";
    private static final String EMAIL_FIELD = "casehandling.own.application.email";

    private final OwnFileDoor door;
    private final CaseRows cases;
    private final ApplicationRows applications;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UnitCode intakeUnit;

    public OwnApplications(OwnFileDoor door, CaseRows cases, ApplicationRows applications, Organisation organisation,
                           ApplicationEventPublisher events, Clock clock,
                           @Value("${vardkedjan.portal.intake-unit:nord-beroende}") String intakeUnit) {
        this.door = door;
        this.cases = cases;
        this.applications = applications;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
        this.intakeUnit = new UnitCode(intakeUnit);
    }

    /**
     * Registers the client's application as an intake. Bad input (no text, too long, a phone number or e-mail address
     * that cannot be one) is refused with the field named, and nothing is stored.
     *
     * @return the application as the client sees it afterwards
     * @throws RuleViolation for bad input, or for a login BankID did not identify by number
     */
    @Transactional
    public OwnApplication apply(HelpApplication application) {
        door.standing();
        var text = FREE_TEXT.required(TEXT_FIELD, application.text(), TEXT_MAX_LENGTH);
        var phone = ContactLines.phone(PHONE_FIELD, application.phone());
        var email = ContactLines.email(EMAIL_FIELD, application.email());
        var today = LocalDate.now(clock);
        var person = door.openOwnSelf(FileSection.APPLICATIONS, AccessKind.CHANGE, "OWN_PERSON", today)
                .orElseThrow(() -> new RuleViolation("casehandling.own.error.not-identified"));
        var unit = cases.openCasesOf(person.personId()).stream().findFirst().map(CaseRows.AccessFacts::unit)
                .orElse(intakeUnit);
        var intake = new Intake(IntakeKind.APPLICATION, today, intakeText(text, phone, email, application.urgent()),
                null, null, null, false, application.urgent()
                ? "Den sökande skriver att det är brådskande (ansökan via e-tjänsten)." : null);
        var applied = Case.applied(person.personId(), unit, intake, person.actor().username(), today);
        cases.insert(applied);
        var opened = door.openOwnRecord(FileSection.APPLICATIONS, Optional.of(applied.id()), AccessKind.CHANGE,
                "OWN_APPLICATION", Target.of("CASE", applied.id().value()));
        var now = clock.instant();
        applications.insert(applied.id(), person.personId(), text, phone, email, application.urgent(),
                opened.actor().subject(), now);
        applied.events().forEach(events::publishEvent);
        return new OwnApplication(now, text, application.urgent(), unitName(unit), false);
    }

    /** The client's earlier applications from the portal, newest first; none for a client not in the register. */
    @Transactional
    public List<OwnApplication> mine() {
        return door.openOwnSelf(FileSection.APPLICATIONS, AccessKind.READ, "OWN_APPLICATIONS", null)
                .map(person -> applications.ofPerson(person.personId()).stream()
                        .map(row -> new OwnApplication(row.submittedAt(), row.text(), row.urgent(),
                                unitName(row.unit()), row.taken()))
                        .toList())
                .orElse(List.of());
    }

    private String unitName(UnitCode unit) {
        return organisation.unitName(unit).orElse(unit.value());
    }

    /** The intake's description: the client's words, and how they may be reached, for the caseworker. */
    private static String intakeText(String text, String phone, String email, boolean urgent) {
        var contact = new StringBuilder(text).append("\n\n— Ansökan via e-tjänsten. ");
        if (phone == null && email == null) {
            contact.append("Den sökande har inte lämnat telefonnummer eller e-postadress.");
        } else {
            contact.append("Den sökande kan nås på");
            if (phone != null) {
                contact.append(" telefon ").append(phone);
            }
            if (email != null) {
                contact.append(phone != null ? " och" : "").append(" e-post ").append(email);
            }
            contact.append('.');
        }
        if (urgent) {
            contact.append(" Brådskande enligt den sökande.");
        }
        return contact.toString();
    }
}
