package se.vardkedjan.casehandling.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.HasListDataView;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.menubar.MenuBar;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.BadInput;
import se.vardkedjan.BadInputFixture.User;
import se.vardkedjan.BadInputFixture;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.casehandling.ActivityPerformer;
import se.vardkedjan.casehandling.AgreementChannel;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.providercontracts.MethodOption;
import se.vardkedjan.providercontracts.ProviderOption;
import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.ChildrenAnswer;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.ConsentForm;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.LegalBasis;
import se.vardkedjan.casehandling.LifeArea;
import se.vardkedjan.casehandling.ParticipantKind;
import se.vardkedjan.casehandling.ParticipationMode;
import se.vardkedjan.casehandling.RelativesAnswer;
import se.vardkedjan.casehandling.PreliminaryOutcome;
import se.vardkedjan.casehandling.Principal;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.ReportingAuthority;
import se.vardkedjan.casehandling.Sex;
import se.vardkedjan.casehandling.SourceKind;
import se.vardkedjan.casehandling.readmodel.CoordinatedPlanDetails;
import se.vardkedjan.casehandling.readmodel.ProtectedCaseStaffing;
import se.vardkedjan.organisation.District;
import se.vardkedjan.providercontracts.CatalogueMethod;
import se.vardkedjan.providercontracts.ContractForm;
import se.vardkedjan.providercontracts.PriceUnit;
import se.vardkedjan.providercontracts.ProviderKind;
import se.vardkedjan.providercontracts.RegisteredProvider;
import se.vardkedjan.organisation.OrganisationUnit;
import se.vardkedjan.organisation.StaffMember;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.BadInput.ANCIENT;
import static se.vardkedjan.BadInput.BEYOND_ANY_CALENDAR;
import static se.vardkedjan.BadInput.BLANK;
import static se.vardkedjan.BadInput.CONTROL_CHARACTERS;
import static se.vardkedjan.BadInput.MARKUP;

/**
 * Bad values in every field of every staff form, browserless against the real facades and PostgreSQL. Each form is
 * listed below with who may use it, how a user opens it, a valid value for each field and the button that submits it.
 * A field at a time gets each bad value of its kind — overlong text, control characters, markup, blank where text is
 * required, malformed personal numbers, a date in the future where the past is required, dates in the wrong order,
 * dates no record can hold, numbers out of range, nothing chosen where a choice is required — with the other fields
 * valid, and the form is submitted. The user must then see a clear Swedish message (or, for a search, that nothing was
 * found), never an exception, and no row may change except the access log and the security events. The valid values
 * are submitted too and must be accepted, so that every refusal is the bad value's.
 *
 * <p>Each attempt runs in a transaction that is rolled back, so the fixture is the same for all; PostgreSQL's
 * per-transaction counters say which tables an attempt wrote ({@link BadInput#writes}). Every input and button a form's
 * screen shows must belong to a listed form (or be a listed action), every case page tab must be listed, and every
 * route must have forms here or be listed as having none: a new form is a conscious addition.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadFormInputTests {

    private enum Need { REQUIRED, OPTIONAL }

    private enum When { PAST, ANY }

    private static final Need REQUIRED = Need.REQUIRED;
    private static final Need OPTIONAL = Need.OPTIONAL;
    private static final When PAST = When.PAST;
    private static final When ANY = When.ANY;

    /** Routes whose views have no form. */
    private static final Set<String> NO_FORMS = Set.of("", "utloggad", "sip", "sip/:id", "portal",
            "utforare", "utforare/uppdrag",
            // Follow-ups to do: lists and buttons only (ADR 0030).
            "uppfoljningar",
            // The client's plan: its one field, a comment on a goal, is refused empty and oversized in
            // PortalPagesTests (ADR 0028).
            "portal/min-plan",
            // The client's decisions have no form; the client's journal has one field, a view on an entry, refused
            // empty and oversized in PortalDecisionsAndJournalPagesTests (ADR 0028, issue 12 slice 2). The
            // information page has no input: its buttons only mark an information read (PortalContactPagesTests).
            // The client's SIP: no field, only the withdrawal of consent and its confirmation, covered with the
            // attacker's tests in OwnSipModuleTests and PortalSipPagesTests; the client's assignments only read.
            // The client's choices, their questions about the access log and the manager's answers: a trusted adult's
            // number, the parts shared, the days hidden, a question, an answer; refused bad (an invalid number, the
            // client's own, no part, blank) in PortalChoicesPagesTests and OwnChoicesModuleTests (ADR 0028, slice 2).
            "portal/beslut", "portal/journal", "portal/information", "portal/sip", "portal/insats", "portal/val",
            "portal/logg", "atkomstlogg/fragor",
            // The client's self-assessments: one radio group at a time, its answer one of the options; an answer
            // outside them, to a withdrawn or sent-back questionnaire or another client's, is refused in
            // QuestionnairesModuleTests and PortalSelfAssessmentPagesTests (ADR 0029, slice 2).
            "portal/skattningar");
    /** Buttons of the shell around every page. */
    private static final Set<String> SHELL_ACTIONS = Set.of("vk-logout", "text:English", "text:Svenska");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private BadInputFixture f;
    private LocalDate today;
    private TransactionTemplate rolledBack;
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final List<Form> forms = new ArrayList<>();

    // ---- The forms

    /** A page, tab or dialog of forms: the route it is on, and the buttons it shows that submit no listed form. */
    private record Screen(String name, String route, Set<String> actions, Set<String> inputs) {
    }

    /** One field: its id, a value the form accepts, and the bad values to try. */
    private record Field(String id, Object valid, List<Object> bad) {
    }

    /** A form as a user meets it. */
    private final class Form {
        final String name;
        final Screen screen;
        List<User> users = List.of();
        Runnable open = () -> { };
        List<Field> fields = List.of();
        /** The button that submits the form; null when every change is submitted at once (autosave, filters). */
        String submit;
        /** For a search: whether the screen says that nothing was found, which answers a bad search as well. */
        BooleanSupplier nothingFound;
        /** Whether the valid values store something; a search and a look-up store nothing. */
        boolean stores;

        Form(String name, Screen screen) {
            this.name = name;
            this.screen = screen;
            forms.add(this);
        }

        Form by(User... who) {
            users = List.of(who);
            return this;
        }

        Form opens(Runnable how) {
            open = how;
            return this;
        }

        Form with(Field... all) {
            fields = List.of(all);
            return this;
        }

        Form submittedBy(String button) {
            submit = button;
            stores = true;
            return this;
        }

        /** A form that saves each change as it is made, and whose valid values store something. */
        Form storesEachChange() {
            stores = true;
            return this;
        }

        /** A search or look-up: stores nothing; the screen saying that nothing was found also answers a bad value. */
        Form searches(BooleanSupplier found) {
            nothingFound = found;
            stores = false;
            return this;
        }

        /** A look-up that stores nothing, where every bad value needs a message. */
        Form looksUp() {
            return searches(() -> false);
        }

        boolean savesEachChange() {
            return submit == null && nothingFound == null;
        }
    }

    private Screen screen(String name, String route, String... actions) {
        var screen = new Screen(name, route, Set.of(actions), new HashSet<>());
        screens.put(name, screen);
        return screen;
    }

    /**
     * A tab of the case page: its own actions, and the head's and the timeline's, which every tab shows (the next
     * step, the timeline's "Visa alla" and its filter).
     */
    private Screen caseScreen(String name, String route, String... actions) {
        var all = new HashSet<>(Set.of(actions));
        all.addAll(Set.of("case-next-step", "case-timeline-all"));
        var screen = new Screen(name, route, Set.copyOf(all), new HashSet<>(Set.of("case-timeline-filter")));
        screens.put(name, screen);
        return screen;
    }

    /** Free text with its limit: too long, control characters, markup, and blank when it is required. */
    private static Field text(String id, String valid, int limit, Need need, Object... more) {
        var bad = badText(limit, need);
        bad.addAll(List.of(more));
        return new Field(id, valid, bad);
    }

    private static List<Object> badText(int limit, Need need) {
        var bad = new ArrayList<Object>();
        bad.add(BadInput.overlong(limit));
        bad.addAll(CONTROL_CHARACTERS);
        bad.addAll(MARKUP);
        if (need == REQUIRED) {
            bad.add(BLANK);
        }
        return bad;
    }

    /** A personal number: malformed numbers, control characters, markup, and blank when it is required. */
    private Field identity(String id, String valid, Need need) {
        var bad = new ArrayList<Object>(BadInput.malformedPersonalNumbers(today));
        bad.addAll(CONTROL_CHARACTERS);
        bad.addAll(MARKUP);
        bad.add(BadInput.overlong(40));
        if (need == REQUIRED) {
            bad.add(BLANK);
        }
        return new Field(id, valid, bad);
    }

    /**
     * A date: dates no record can hold, empty when required, tomorrow where the past is required, and the given dates
     * in the wrong order with another date of the form or the record.
     */
    private Field date(String id, LocalDate valid, Need need, When when, LocalDate... wrongOrder) {
        var bad = new ArrayList<Object>(List.of(ANCIENT, BEYOND_ANY_CALENDAR));
        if (need == REQUIRED) {
            bad.add(null);
        }
        if (when == PAST) {
            bad.add(today.plusDays(1));
        }
        bad.addAll(List.of(wrongOrder));
        return new Field(id, valid, bad);
    }

    /** A whole number with its range. */
    private static Field number(String id, Integer valid, int min, int max, Object... more) {
        var bad = new ArrayList<Object>(List.of(min - 1, max + 1, Integer.MIN_VALUE, Integer.MAX_VALUE));
        bad.addAll(List.of(more));
        return new Field(id, valid, bad);
    }

    /** A choice (a value, a label, or a test on the items): nothing chosen when it is required. */
    private static Field choice(String id, Object valid, Need need) {
        return new Field(id, valid, need == REQUIRED ? java.util.Collections.singletonList(null) : List.of());
    }

    /** A box the user must tick. */
    private static Field mustTick(String id) {
        return new Field(id, true, List.of(false));
    }

    /** A field this form needs valid, whose bad values another form already tries. */
    private static Field valid(String id, Object valid) {
        return new Field(id, valid, List.of());
    }

    /** The forms, from the staff's case list to the administrator's pages. */
    private void listForms() {
        var cw = f.caseworker;
        var um = f.manager;
        var admin = f.administrator;
        var caseRoute = CaseView.class.getAnnotation(Route.class).value();

        // The saved filters' chips only change the address and the list (ADR 0022); they take no input.
        var list = screen("Ärenden", "arenden", "case-chip-utredningstid-vecka", "case-chip-forsenade",
                "case-chip-utan-ansvarig");
        list.inputs().add("case-filter-status");
        new Form("Ärendelistans filter", list).by(cw, um)
                .opens(() -> UI.getCurrent().navigate("arenden"))
                .with(date("case-filter-deadline", today.plusDays(30), OPTIONAL, ANY),
                        text("case-filter-person", "Beslut", 100, OPTIONAL))
                .searches(() -> gridSize("case-list") == 0);

        var intake = screen("Ny aktualisering", "arenden/ny", "person-search", "person-register-open",
                "person-choose-*", "person-choose-protected");
        new Form("Sök person", intake).by(cw, um)
                .opens(() -> UI.getCurrent().navigate("arenden/ny"))
                .with(new Field("person-search-term", f.plainPersonNumber, concat(badText(100, REQUIRED),
                        BadInput.malformedPersonalNumbers(today))))
                .submittedBy("person-search")
                .searches(() -> !_find(Component.class, spec -> spec.withId("person-search-none")).isEmpty());
        new Form("Registrera en person med personnummer", intake).by(cw, um)
                .opens(() -> {
                    UI.getCurrent().navigate("arenden/ny");
                    _click(_get(Button.class, spec -> spec.withId("person-register-open")));
                })
                .with(valid("register-no-number", false),
                        identity("register-identity", f.unusedNumber, REQUIRED),
                        text("register-given-name", "Nora", 100, REQUIRED),
                        text("register-family-name", "Nyström", 100, REQUIRED),
                        text("register-phone", "070-123 45 67", 30, OPTIONAL),
                        text("register-email", "nora@example.se", 254, OPTIONAL),
                        text("register-street", "Storgatan 2", 200, OPTIONAL),
                        text("register-postal-code", "123 45", 6, OPTIONAL),
                        text("register-city", "Exempelstad", 100, OPTIONAL),
                        choice("register-protection", ProtectionLevel.NONE, OPTIONAL))
                .submittedBy("register-save");
        new Form("Registrera en person utan personnummer", intake).by(cw)
                .opens(() -> {
                    UI.getCurrent().navigate("arenden/ny");
                    _click(_get(Button.class, spec -> spec.withId("person-register-open")));
                })
                .with(valid("register-no-number", true),
                        date("register-birth-date", LocalDate.of(1990, 5, 5), REQUIRED, PAST),
                        choice("register-sex", Sex.FEMALE, OPTIONAL),
                        valid("register-given-name", "Nora"), valid("register-family-name", "Reserv"),
                        valid("register-phone", ""), valid("register-email", ""), valid("register-street", ""),
                        valid("register-postal-code", ""), valid("register-city", ""),
                        valid("register-protection", ProtectionLevel.NONE))
                .submittedBy("register-save");
        Runnable choosePlainPerson = () -> {
            UI.getCurrent().navigate("arenden/ny");
            _setValue(_get(com.vaadin.flow.component.textfield.TextField.class,
                    spec -> spec.withId("person-search-term")), f.plainPersonNumber);
            _click(_get(Button.class, spec -> spec.withId("person-search")));
            _click(_get(Button.class, spec -> spec.withId("person-choose-" + f.plainPerson.value())));
        };
        new Form("Aktualisering: ansökan", intake).by(cw, um)
                .opens(choosePlainPerson)
                .with(choice("intake-kind", IntakeKind.APPLICATION, REQUIRED),
                        date("intake-received-on", today.minusDays(1), REQUIRED, PAST),
                        text("intake-description", "Ansöker om öppenvård.", 4_000, REQUIRED),
                        text("intake-risks", "Inga kända risker.", 4_000, OPTIONAL),
                        choice("intake-unit", new UnitCode(BadInputFixture.UNIT), REQUIRED))
                .submittedBy("intake-save");
        new Form("Aktualisering: anmälan", intake).by(cw)
                .opens(choosePlainPerson)
                .with(valid("intake-kind", IntakeKind.REPORT),
                        text("intake-reporter-name", "Per Polis", 200, OPTIONAL),
                        text("intake-reporter-organisation", "Polisen", 200, OPTIONAL),
                        choice("intake-reporting-authority", ReportingAuthority.POLICE, REQUIRED),
                        valid("intake-lvm", false),
                        valid("intake-received-on", today.minusDays(1)),
                        valid("intake-description", "Polisanmälan om oro."),
                        valid("intake-risks", ""),
                        valid("intake-unit", new UnitCode(BadInputFixture.UNIT)))
                .submittedBy("intake-save");

        var overview = caseScreen("Ärendesidan: översikt", caseRoute, "assign-me", "close-cancel");
        new Form("Förhandsbedömning", overview).by(cw, um)
                .opens(() -> openCase(f.intakeCase, null))
                .with(choice("assessment-outcome", PreliminaryOutcome.OPEN_INVESTIGATION, REQUIRED),
                        text("assessment-reasons", "Behov av stöd.", 4_000, REQUIRED),
                        date("assessment-date", today, REQUIRED, PAST, f.intakeReceivedOn.minusDays(1)),
                        date("assessment-deadline", today.plusDays(60), REQUIRED, ANY, today, today.minusDays(1)))
                .submittedBy("assessment-save");
        new Form("Ny tidsfrist för utredningen", overview).by(cw, um)
                .opens(() -> openCase(f.investigationCase, null))
                .with(date("deadline-date", today.plusDays(120), REQUIRED, ANY, f.investigationAssessedOn,
                        f.investigationAssessedOn.minusDays(1)))
                .submittedBy("deadline-save");
        new Form("Ansvarig handläggare", overview).by(um)
                .opens(() -> openCase(f.intakeCase, null))
                .with(choice("assign-staff", staff(f.colleague), REQUIRED))
                .submittedBy("assign-save");
        new Form("Avsluta ärendet", overview).by(cw, um)
                .opens(() -> {
                    openCase(f.intakeCase, null);
                    ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("case-more")),
                            "case-more-close");
                })
                .with(choice("close-reason", ClosureReason.MOVED_AWAY, REQUIRED),
                        text("close-outcome", "Klienten har flyttat.", 4_000, REQUIRED),
                        date("close-date", today, REQUIRED, PAST, f.intakeReceivedOn.minusDays(1)))
                .submittedBy("close-save");

        var investigation = caseScreen("Ärendesidan: utredning", caseRoute, "investigation-add-source",
                "investigation-add-child", "investigation-add-relative", "investigation-complete", "text:Ta bort",
                // The guide beside the form: links to its sections and to what is missing (issue 15).
                "investigation-go-start", "investigation-go-participation", "investigation-go-sources",
                "investigation-go-needs", "investigation-go-children", "investigation-go-relatives",
                "investigation-go-assessment", "investigation-go-communication", "investigation-missing-*",
                // The client told of their rights: its part of the form, with its own save (issue 13, slice 3).
                "investigation-go-informed", "client-informed-save",
                "investigation-problem-*");
        // The fields of every life area are made by the same code: the first area's get the bad values, the others'
        // are listed (so that a new field still has to be) and left as they are.
        var needs = Arrays.stream(LifeArea.values()).flatMap(area -> {
            var id = "investigation-need-" + area.name().toLowerCase(Locale.ROOT).replace('_', '-');
            return area.ordinal() == 0
                    ? Stream.of(number(id + "-severity", 3, 0, 9), text(id + "-client-view", "Klientens syn.",
                            4_000, OPTIONAL), number(id + "-client-rating", 2, 0, 4))
                    : Stream.of(valid(id + "-severity", null), valid(id + "-client-view", ""),
                            valid(id + "-client-rating", null));
        });
        new Form("Utredningen (sparas när ett fält lämnas)", investigation).by(cw, um)
                .opens(() -> openCase(f.investigationCase, "InvestigationSection"))
                .with(Stream.of(Stream.of(
                                date("investigation-started-on", f.investigationStartedOn, OPTIONAL, PAST,
                                        f.investigationReceivedOn.minusDays(1)),
                                text("investigation-subject", "Alkohol och boende", 200, OPTIONAL),
                                choice("investigation-participation-mode", ParticipationMode.MEETING, OPTIONAL),
                                text("investigation-participation-words", "Jag vill ha hjälp.", 4_000, OPTIONAL),
                                choice("investigation-source-0-kind", SourceKind.CLIENT, REQUIRED),
                                text("investigation-source-0-what", "Samtal med klienten", 4_000, REQUIRED),
                                date("investigation-source-0-date", today.minusDays(2), OPTIONAL, PAST)),
                        needs,
                        Stream.of(
                                choice("investigation-children-answer", ChildrenAnswer.HAS_CHILDREN, OPTIONAL),
                                number("investigation-child-0-birth-year", today.getYear() - 8,
                                        today.getYear() - 18, today.getYear()),
                                text("investigation-child-0-relation", "Dotter", 200, OPTIONAL),
                                text("investigation-child-0-living", "Bor hos mamma", 200, OPTIONAL),
                                text("investigation-child-0-needs", "Behöver stöd i skolan.", 4_000, OPTIONAL),
                                date("investigation-child-0-concern", today.minusDays(3), OPTIONAL, PAST),
                                choice("investigation-relatives-answer", RelativesAnswer.NAMED, OPTIONAL),
                                text("investigation-relative-0-name", "Eva Ek", 200, REQUIRED),
                                text("investigation-relative-0-relation", "Syster", 200, OPTIONAL),
                                text("investigation-relative-0-contact", "070-123 45 67", 200, OPTIONAL),
                                valid("investigation-relative-0-consent", true),
                                text("investigation-assessment", "Behov av stöd.", 20_000, OPTIONAL),
                                text("investigation-proposal", "Öppenvård.", 4_000, OPTIONAL),
                                date("investigation-communicated-on", today, OPTIONAL, PAST,
                                        f.investigationStartedOn.minusDays(1)),
                                choice("investigation-communication-channel", CommunicationChannel.MEETING, OPTIONAL),
                                text("investigation-client-response", "Inga synpunkter.", 4_000, OPTIONAL)))
                        .flatMap(s -> s).toArray(Field[]::new));
        new Form("Information till klienten om rättigheter", investigation).by(cw, um)
                .opens(() -> openCase(f.investigationCase, "InvestigationSection"))
                .with(date("client-informed-sip-on", today, OPTIONAL, PAST, f.investigationReceivedOn.minusDays(1)),
                        date("client-informed-file-on", today, OPTIONAL, PAST,
                                f.investigationReceivedOn.minusDays(1)))
                .submittedBy("client-informed-save");

        var decision = caseScreen("Ärendesidan: beslut", caseRoute, "decision-add-item", "decision-new",
                "decision-close-open-*", "decision-close-cancel-*");
        new Form("Nytt beslut", decision).by(cw, um)
                .opens(() -> {
                    openCase(f.decidedCase, "DecisionSection");
                    _click(button("decision-new"));
                })
                .with(choice("decision-item-0-type", InterventionType.OUTPATIENT, REQUIRED),
                        choice("decision-item-0-outcome", DecisionOutcome.GRANTED, REQUIRED),
                        text("decision-item-0-scope", "Samtal en gång i veckan", 4_000, REQUIRED),
                        date("decision-item-0-starts-on", today, REQUIRED, ANY),
                        date("decision-item-0-planned-end", today.plusMonths(6), OPTIONAL, ANY, today,
                                today.minusDays(1)),
                        choice("decision-item-0-legal-basis", legalReference("SOL-11-1"), REQUIRED),
                        text("decision-item-0-reasons", "Behovet är utrett.", 4_000, OPTIONAL),
                        date("decision-decided-on", today, REQUIRED, PAST,
                                f.decidedInvestigationStartedOn.minusDays(1)),
                        choice("decision-informed-by", CommunicationChannel.MEETING, REQUIRED),
                        date("decision-informed-on", today, OPTIONAL, PAST, today.minusDays(1)))
                .submittedBy("decision-decide");
        new Form("Godkänna ett beslutsförslag", decision).by(um)
                .opens(() -> openCase(f.decidedCase, "DecisionSection"))
                .with(choice("decision-approval-informed-by", CommunicationChannel.LETTER, REQUIRED),
                        date("decision-approval-informed-on", today, OPTIONAL, PAST, today.minusDays(1)))
                .submittedBy("decision-approve");
        new Form("Skicka tillbaka ett beslutsförslag", decision).by(um)
                .opens(() -> openCase(f.decidedCase, "DecisionSection"))
                .with(text("decision-return-comment", "Komplettera skälen.", 4_000, REQUIRED))
                .submittedBy("decision-return");
        var intervention = f.grantedIntervention.toString();
        new Form("Avsluta en insats", decision).by(cw, um)
                .opens(() -> {
                    openCase(f.decidedCase, "DecisionSection");
                    _click(button("decision-close-open-" + intervention));
                })
                .with(choice("decision-close-reason-" + intervention, ClosureReason.GOALS_REACHED, REQUIRED),
                        text("decision-close-outcome-" + intervention, "Målen nåddes.", 4_000, REQUIRED),
                        date("decision-close-date-" + intervention, today, REQUIRED, PAST,
                                f.grantedStartsOn.minusDays(1)))
                .submittedBy("decision-close-" + intervention);

        // The Uppdrag tab (provider contracts, ADR 0024): the decided case's draft, made by the listener.
        var draftAssignment = assignmentDraftOfTheDecidedCase();
        var assignment = caseScreen("Ärendesidan: uppdrag", caseRoute, "assignment-send-*", "assignment-withdraw-*");
        new Form("Uppdrag till utförare", assignment).by(cw, um)
                .opens(() -> openCase(f.decidedCase, "AssignmentSection"))
                .with(choice("assignment-method-" + draftAssignment,
                                (Predicate<Object>) m -> ((MethodOption) m).code().value().equals("CBT"), OPTIONAL),
                        choice("assignment-provider-" + draftAssignment,
                                (Predicate<Object>) o -> ((ProviderOption) o).providerName().equals("Felfria Vården"),
                                OPTIONAL),
                        valid("assignment-clients-choice-" + draftAssignment, false),
                        date("assignment-starts-on-" + draftAssignment, today, OPTIONAL, ANY,
                                f.grantedStartsOn.minusDays(1)),
                        text("assignment-expected-length-" + draftAssignment, "Sex månader", 200, OPTIONAL),
                        text("assignment-reporting-" + draftAssignment, "Närvaro varje månad", 4_000, OPTIONAL),
                        text("assignment-follow-up-" + draftAssignment, "Möte efter tre månader", 4_000, OPTIONAL),
                        text("assignment-contact-persons-" + draftAssignment, "Hanna Handläggare", 4_000, OPTIONAL),
                        valid("assignment-consent-" + draftAssignment, false),
                        new Field("assignment-share-address-" + draftAssignment, false, List.of(true)),
                        new Field("assignment-share-phone-" + draftAssignment, false, List.of(true)))
                .submittedBy("assignment-save-" + draftAssignment);

        var plan = caseScreen("Ärendesidan: vårdplan", caseRoute, "plan-goal-remove-*", "plan-activity-remove-*");
        new Form("Ny vårdplan", plan).by(cw, um)
                .opens(() -> openCase(f.investigationCase, "CarePlanSection"))
                .with(date("plan-date", today, REQUIRED, ANY, f.investigationReceivedOn.minusDays(1)))
                .submittedBy("plan-create");
        new Form("Mål i vårdplanen", plan).by(cw, um)
                .opens(() -> openCase(f.decidedCase, "CarePlanSection"))
                .with(text("plan-goal-text", "Jag vill ha ett arbete.", 4_000, REQUIRED),
                        text("plan-goal-measured-by", "Anställning", 4_000, REQUIRED),
                        date("plan-goal-follow-up", today.plusDays(30), REQUIRED, ANY, f.draftPlanDate,
                                f.draftPlanDate.minusDays(1)))
                .submittedBy("plan-goal-add");
        new Form("Aktivitet i vårdplanen", plan).by(cw, um)
                .opens(() -> openCase(f.decidedCase, "CarePlanSection"))
                .with(text("plan-activity-what", "Samtal", 4_000, REQUIRED),
                        choice("plan-activity-who", ActivityPerformer.CLIENT, REQUIRED),
                        text("plan-activity-timing", "Varje vecka", 200, REQUIRED))
                .submittedBy("plan-activity-add");
        new Form("Klienten instämmer i vårdplanen", plan).by(cw, um)
                .opens(() -> openCase(f.decidedCase, "CarePlanSection"))
                .with(date("plan-response-on", today, REQUIRED, PAST, f.draftPlanDate.minusDays(1)),
                        choice("plan-response-channel", AgreementChannel.MEETING, REQUIRED))
                .submittedBy("plan-agree");
        new Form("Klienten instämmer inte i vårdplanen", plan).by(cw, um)
                .opens(() -> openCase(f.decidedCase, "CarePlanSection"))
                .with(valid("plan-response-on", today), valid("plan-response-channel", AgreementChannel.PHONE),
                        text("plan-response-words", "Jag vill inte ha samtal.", 4_000, REQUIRED))
                .submittedBy("plan-disagree");
        new Form("Revidera vårdplanen", plan).by(cw, um)
                .opens(() -> openCase(f.agreedPlanCase, "CarePlanSection"))
                .with(date("plan-revise-date", today, REQUIRED, ANY, f.agreedPlanDate.minusDays(1)))
                .submittedBy("plan-revise");

        var journal = caseScreen("Ärendesidan: journal", caseRoute, "journal-cancel-edit", "journal-previous-page",
                "journal-next-page", "journal-entry-history-*", "journal-entry-correct-*", "journal-entry-objection-*",
                "journal-entry-release-*", "journal-entry-revoke-*", "journal-entry-edit-*", "journal-entry-sign-*",
                "journal-entry-delete-*", "journal-correct-dialog-close", "journal-objection-dialog-close",
                "journal-release-dialog-close", "journal-history-dialog-close");
        journal.inputs().add("journal-order");
        var entryFields = new Field[]{
                date("journal-event-date", today, REQUIRED, PAST, f.decidedReceivedOn.minusDays(1)),
                text("journal-title", "Hembesök", 200, REQUIRED),
                text("journal-text", "Besökte klienten i hemmet.", 20_000, REQUIRED)};
        new Form("Journalanteckning som utkast", journal).by(cw, um)
                .opens(() -> openCase(f.decidedCase, "JournalSection"))
                .with(entryFields).submittedBy("journal-save-draft");
        new Form("Journalanteckning signerad direkt", journal).by(cw, um)
                .opens(() -> openCase(f.decidedCase, "JournalSection"))
                .with(entryFields).submittedBy("journal-sign-new");
        new Form("Ändra ett utkast", journal).by(cw)
                .opens(() -> openJournalEntry("Utkast om besök", "journal-entry-edit-"))
                .with(entryFields).submittedBy("journal-save-draft");
        new Form("Ändra och signera ett utkast", journal).by(cw)
                .opens(() -> openJournalEntry("Utkast om besök", "journal-entry-edit-"))
                .with(entryFields).submittedBy("journal-sign-new");
        new Form("Rätta en signerad anteckning", journal).by(cw, um)
                .opens(() -> openJournalEntry("Signerat samtal", "journal-entry-correct-"))
                .with(text("journal-correct-text", "Samtal om boendet och arbetet.", 20_000, REQUIRED),
                        text("journal-correct-reason", "Fel uppgift om boendet.", 4_000, REQUIRED))
                .submittedBy("journal-correct-save");
        new Form("Invändning mot en anteckning", journal).by(cw, um)
                .opens(() -> openJournalEntry("Signerat samtal", "journal-entry-objection-"))
                .with(text("journal-objection-text", "Klienten menar att samtalet gällde arbete.", 20_000, REQUIRED),
                        date("journal-objection-received-on", today, REQUIRED, PAST,
                                f.signedEntryEventDate.minusDays(1)))
                .submittedBy("journal-objection-save");
        new Form("Lämna ut en anteckning till klienten", journal).by(cw, um)
                .opens(() -> openJournalEntry("Signerat samtal", "journal-entry-release-"))
                .with(mustTick("journal-release-checked"))
                .submittedBy("journal-release-save");

        var sip = caseScreen("Ärendesidan: SIP", caseRoute, "sip-activate");
        new Form("Skapa SIP", sip).by(cw, um)
                .opens(() -> openCase(f.investigationCase, "CoordinatedPlanSection"))
                .with(date("sip-consent-given-on", today, REQUIRED, PAST),
                        choice("sip-consent-form", ConsentForm.WRITTEN, REQUIRED),
                        date("sip-plan-date", today, REQUIRED, ANY, today.minusDays(1)))
                .submittedBy("sip-create");
        Runnable openSip = () -> openCase(f.decidedCase, "CoordinatedPlanSection");
        new Form("SIP: deltagare från kommunen", sip).by(cw, um).opens(openSip)
                .with(valid("sip-participant-kind", ParticipantKind.MUNICIPALITY),
                        text("sip-participant-staff", f.otherManager.username(), 100, OPTIONAL),
                        text("sip-participant-name", "", 200, OPTIONAL),
                        text("sip-participant-role", "enhetschef", 200, REQUIRED))
                .submittedBy("sip-add-participant");
        new Form("SIP: deltagare från regionen", sip).by(cw, um).opens(openSip)
                .with(valid("sip-participant-kind", ParticipantKind.REGION),
                        text("sip-participant-name", "Lena Läkare", 200, REQUIRED),
                        text("sip-participant-organisation", "Region Exempel", 200, REQUIRED),
                        text("sip-participant-unit", "Beroendemottagningen", 200, OPTIONAL),
                        text("sip-participant-role", "läkare", 200, REQUIRED),
                        text("sip-participant-account", "fel-region2", 100, OPTIONAL, "Fel Konto", "åäö",
                                f.regionParticipant.username()))
                .submittedBy("sip-add-participant");
        new Form("SIP: närstående", sip).by(cw, um).opens(openSip)
                .with(valid("sip-participant-kind", ParticipantKind.RELATIVE),
                        text("sip-participant-name", "Eva Ek", 200, REQUIRED),
                        text("sip-participant-role", "syster", 200, REQUIRED),
                        mustTick("sip-participant-no-objection"))
                .submittedBy("sip-add-participant");
        new Form("SIP: ta bort en deltagare", sip).by(cw, um).opens(openSip)
                .with(choice("sip-remove-participant-choice", participant(f.colleague.username()), REQUIRED))
                .submittedBy("sip-remove-participant");
        new Form("SIP: behov och insats", sip).by(cw, um).opens(openSip)
                .with(choice("sip-measure-principal", Principal.MUNICIPALITY, REQUIRED),
                        text("sip-measure-need", "Boende", 4_000, REQUIRED),
                        text("sip-measure-measure", "Boendestöd", 4_000, REQUIRED))
                .submittedBy("sip-add-measure");
        new Form("SIP: övergripande ansvar", sip).by(cw, um).opens(openSip)
                .with(choice("sip-responsibility-choice", Principal.MUNICIPALITY, REQUIRED))
                .submittedBy("sip-assign-responsibility");
        new Form("SIP: samordnare", sip).by(cw, um).opens(openSip)
                .with(choice("sip-coordinator-choice", participant(f.colleague.username()), REQUIRED))
                .submittedBy("sip-appoint-coordinator");
        new Form("SIP: mål", sip).by(cw, um).opens(openSip)
                .with(text("sip-goals-text", "Klienten har ett eget boende.", 4_000, REQUIRED))
                .submittedBy("sip-write-goals");
        new Form("SIP: uppföljning", sip).by(cw, um).opens(openSip)
                .with(date("sip-follow-up-date", today.plusDays(60), REQUIRED, ANY, f.sipPlanDate,
                        f.sipPlanDate.minusDays(1)))
                .submittedBy("sip-schedule-follow-up");
        new Form("SIP: möte", sip).by(cw, um).opens(openSip)
                .with(date("sip-meeting-date", today, REQUIRED, PAST, f.sipConsentGivenOn.minusDays(1)),
                        text("sip-meeting-note", "Första mötet.", 4_000, OPTIONAL))
                .submittedBy("sip-record-meeting");
        new Form("SIP: samtycket återkallas", sip).by(cw, um).opens(openSip)
                .with(date("sip-consent-withdrawn-on", today, REQUIRED, PAST, f.sipConsentGivenOn.minusDays(1)))
                .submittedBy("sip-withdraw-consent");

        var accessLog = screen("Åtkomstlogg", "atkomstlogg");
        new Form("Åtkomstloggens filter", accessLog).by(um)
                .opens(() -> UI.getCurrent().navigate("atkomstlogg"))
                .with(identity("access-log-person", f.intakePersonNumber, OPTIONAL),
                        text("access-log-user", f.caseworker.username(), 100, OPTIONAL),
                        date("access-log-from", today.minusDays(30), OPTIONAL, ANY, today.plusDays(1)),
                        date("access-log-to", today, OPTIONAL, ANY, today.minusDays(31)),
                        valid("access-log-only-hints", false))
                .submittedBy("access-log-search")
                .searches(() -> gridSize("access-log") == 0);
        new Form("Nekade åtkomster: filter", accessLog).by(um)
                .opens(() -> {
                    UI.getCurrent().navigate("atkomstlogg");
                    _get(TabSheet.class, spec -> spec.withId("access-log-parts")).setSelectedIndex(1);
                })
                .with(text("refusals-user", f.caseworker.username(), 100, OPTIONAL),
                        date("refusals-from", today.minusDays(30), OPTIONAL, ANY, today.plusDays(1)),
                        date("refusals-to", today, OPTIONAL, ANY, today.minusDays(31)))
                .submittedBy("refusals-search")
                .searches(() -> gridSize("refusals") == 0);

        var protectedCases = screen("Skyddade ärenden", "skyddade-arenden", "protected-name-dialog-close",
                "protected-remove-dialog-close");
        new Form("Namnge personal på ett skyddat ärende", protectedCases).by(um)
                .opens(() -> openProtectedCase("protected-name-"))
                .with(choice("protected-name-staff", staff(f.colleague), REQUIRED),
                        text("protected-name-reason", "Ska utreda.", 400, REQUIRED))
                .submittedBy("protected-name-save");
        new Form("Ta bort namngiven personal", protectedCases).by(um)
                .opens(() -> openProtectedCase("protected-remove-"))
                .with(choice("protected-remove-staff", named(f.caseworker), REQUIRED),
                        text("protected-remove-reason", "Har bytt enhet.", 400, OPTIONAL))
                .submittedBy("protected-remove-save");

        var protection = screen("Skyddade personuppgifter", "skydd", "protection-approve-*", "protection-reject-*",
                "text:Stäng");
        new Form("Sök person för skydd", protection).by(um, admin)
                .opens(() -> UI.getCurrent().navigate("skydd"))
                .with(identity("protection-number", f.intakePersonNumber, REQUIRED))
                .submittedBy("protection-find")
                .looksUp();
        new Form("Höj skyddet", protection).by(um, admin)
                .opens(() -> findForProtection(f.intakePersonNumber))
                .with(choice("protection-raise-level", ProtectionLevel.PROTECTED_REGISTRATION, REQUIRED))
                .submittedBy("protection-raise");
        new Form("Föreslå ändrat skydd", protection).by(um, admin)
                .opens(() -> findForProtection(f.protectedPersonNumber))
                .with(choice("protection-propose-level", ProtectionLevel.CONFIDENTIALITY_MARKING, REQUIRED),
                        text("protection-propose-reason", "Skatteverket har ändrat skyddet.", 400, REQUIRED))
                .submittedBy("protection-propose");
        new Form("Avslå ett förslag om skydd", protection).by(um, admin)
                .opens(() -> {
                    UI.getCurrent().navigate("skydd");
                    _click(_get(Button.class, spec -> spec.withId("protection-reject-"
                            + f.pendingProposal.value().toString().substring(0, 8))));
                })
                .with(text("protection-reject-reason", "Underlag saknas.", 400, OPTIONAL))
                .submittedBy("protection-reject-save");

        var organisation = screen("Organisation", "admin/organisation", "text:Välj fil …");
        Runnable openOrganisation = () -> UI.getCurrent().navigate("admin/organisation");
        new Form("Nytt distrikt", organisation).by(admin).opens(openOrganisation)
                .with(text("organisation-district-code", "fel-nytt", 64, REQUIRED, "Fel Kod", "åäö", "fel-d"),
                        text("organisation-district-name", "Nytt distrikt", 200, REQUIRED))
                .submittedBy("organisation-add-district");
        new Form("Ny enhet", organisation).by(admin).opens(openOrganisation)
                .with(text("organisation-unit-code", "fel-ny-enhet", 64, REQUIRED, "Fel Kod", "åäö",
                                BadInputFixture.UNIT),
                        choice("organisation-unit-district", (Predicate<Object>) d -> ((District) d).code()
                                .equals("fel-d"), REQUIRED),
                        text("organisation-unit-name", "Ny enhet", 200, REQUIRED))
                .submittedBy("organisation-add-unit");
        new Form("Byt namn på en enhet", organisation).by(admin).opens(openOrganisation)
                .with(choice("organisation-unit-choice", unit(BadInputFixture.SPARE_UNIT), REQUIRED),
                        text("organisation-unit-new-name", "Reservenheten Syd", 200, REQUIRED))
                .submittedBy("organisation-rename-unit");
        new Form("Avveckla en enhet", organisation).by(admin).opens(openOrganisation)
                .with(choice("organisation-unit-choice", unit(BadInputFixture.SPARE_UNIT), REQUIRED))
                .submittedBy("organisation-deactivate-unit");
        new Form("Kontaktuppgifter för en enhet", organisation).by(admin).opens(openOrganisation)
                .with(choice("organisation-contact-unit", unit(BadInputFixture.SPARE_UNIT), REQUIRED),
                        text("organisation-contact-phone", "08-123 450 00", 25, OPTIONAL, "ring mig", "123",
                                "08-123 456 789 012 345"),
                        text("organisation-contact-phone-hours", "Mån–fre 9.00–12.00", 200, OPTIONAL),
                        text("organisation-contact-email", "enhet@kommun.example", 200, OPTIONAL, "inte-en-adress",
                                "a@b", "enhet@kommun.example;x@y.se"),
                        text("organisation-contact-address", "Storgatan 1, 123 45 Stad", 200, OPTIONAL))
                .submittedBy("organisation-save-contact");
        new Form("Lägg till personal i en enhet", organisation).by(admin).opens(openOrganisation)
                .with(choice("organisation-staff-choice", staff(f.colleague), REQUIRED),
                        choice("organisation-staff-unit", unit(BadInputFixture.SPARE_UNIT), REQUIRED))
                .submittedBy("organisation-add-to-unit");
        new Form("Ta bort personal ur en enhet", organisation).by(admin).opens(openOrganisation)
                .with(choice("organisation-staff-choice", staff(f.colleague), REQUIRED),
                        choice("organisation-staff-unit", unit(BadInputFixture.UNIT), REQUIRED))
                .submittedBy("organisation-remove-from-unit");
        new Form("Organisationsfil", organisation).by(admin).opens(openOrganisation)
                .with(new Field("organisation-upload", file("district;fel-fil;Fildistrikt\n"), List.of(
                        file("district;fel-fil;Fil\u0000distrikt\n"),
                        file("district;fel-fil;<script>alert(1)</script>\n"),
                        file("district;fel-fil;" + "x".repeat(201) + "\n"),
                        file("district;Fel Kod;Fildistrikt\n"),
                        file("district;fel\u0007;Fildistrikt\n"),
                        file("district;<b>x</b>;Fildistrikt\n"),
                        file("district;fel-fil\n"),
                        file(""),
                        new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0x41, (byte) 0xC3, 0x28, '\n'},
                        file("district;fel-fil;Fildistrikt\n".repeat(400_000)))))
                .storesEachChange();

        var legal = screen("Lagrum", "admin/lagrum");
        new Form("Nytt lagrum", legal).by(admin)
                .opens(() -> UI.getCurrent().navigate("admin/lagrum"))
                .with(text("legal-reference-code", "FEL-1", 64, REQUIRED, "FEL 1", "SOL-11-1"),
                        text("legal-reference-law", "SoL (2025:400)", 100, REQUIRED),
                        text("legal-reference-chapter", "4", 10, OPTIONAL),
                        text("legal-reference-section", "1", 10, REQUIRED),
                        text("legal-reference-title", "Bistånd", 200, REQUIRED),
                        date("legal-reference-valid-from", today, REQUIRED, ANY))
                .submittedBy("legal-reference-add");

        // The client's contact from the portal (ADR 0028, slice 2), as a client BankID identified by number: applying
        // for help needs no case (the fixture's unused number: registered by the valid values), writing a message does
        // (the intake case's client). The case page's answer to the client is the staff side of the same thread.
        var apply = screen("Ansök om hjälp", "portal/ansok");
        new Form("Ansökan om hjälp", apply).by(f.client)
                .opens(() -> openPortal(f.unusedNumber, "portal/ansok"))
                .with(text("portal-apply-text", "Jag dricker för mycket och vill ha hjälp.", 3_000, REQUIRED),
                        text("portal-apply-phone", "070-123 45 67", 40, OPTIONAL, "ring mig", "07"),
                        text("portal-apply-email", "klient@exempel.se", 200, OPTIONAL, "klient", "a@b"),
                        valid("portal-apply-urgent", true))
                .submittedBy("portal-apply-send");
        var messages = screen("Meddelanden", "portal/meddelanden");
        new Form("Meddelande till handläggaren", messages).by(f.client)
                .opens(() -> openPortal(f.intakePersonNumber, "portal/meddelanden"))
                .with(text("portal-message-text", "Kan vi ses på tisdag i stället?", 4_000, REQUIRED))
                .submittedBy("portal-message-send");
        new Form("Avisering om svar", messages).by(f.client)
                .opens(() -> openPortal(f.intakePersonNumber, "portal/meddelanden"))
                .with(text("portal-notice-email", "klient@exempel.se", 200, OPTIONAL, "klient", "a@b"),
                        text("portal-notice-phone", "070-123 45 67", 40, OPTIONAL, "ring mig", "07"))
                .submittedBy("portal-notice-save");
        var caseMessages = caseScreen("Ärendesidan: meddelanden", caseRoute);
        new Form("Svar till klienten", caseMessages).by(cw, um)
                .opens(() -> openCase(f.decidedCase, "MessageSection"))
                .with(text("case-message-text", "Ja, tisdag klockan tio går bra.", 4_000, REQUIRED))
                .submittedBy("case-message-send");

        var delegation = screen("Delegationsordning", "admin/delegation");
        new Form("Ändra en delegation", delegation).by(admin)
                .opens(() -> UI.getCurrent().navigate("admin/delegation"))
                .with(choice("delegation-rule-type", InterventionType.OUTPATIENT.name(), REQUIRED),
                        choice("delegation-rule-level", Roles.UNIT_MANAGER, REQUIRED),
                        text("delegation-rule-basis", "Nämndens beslut 2026-12-01 § 12", 200, REQUIRED))
                .submittedBy("delegation-rule-save");

        // The provider register (ADR 0023): a provider, then a unit and a contract of the demo's Solgården.
        var providers = screen("Utförare och avtal", "admin/utforare", "provider-active-toggle",
                "text:Avsluta i dag");
        Runnable openProviders = () -> UI.getCurrent().navigate("admin/utforare");
        Runnable openSolgarden = () -> {
            UI.getCurrent().navigate("admin/utforare");
            @SuppressWarnings("unchecked")
            Grid<RegisteredProvider> grid = _get(Grid.class, spec -> spec.withId("providers"));
            grid.select(grid.getListDataView().getItems()
                    .filter(provider -> provider.code().value().equals("solgarden-hvb")).findFirst().orElseThrow());
        };
        new Form("Ny utförare", providers).by(admin).opens(openProviders)
                .with(text("provider-code", "fel-utforare", 64, REQUIRED, "Fel Kod", "solgarden-hvb"),
                        text("provider-name", "Felgårdens behandlingshem", 200, REQUIRED),
                        text("provider-organisation-number", "556987-6542", 11, REQUIRED, "556987-6543",
                                "811218-9876", "55698765", "556677-8899"),
                        choice("provider-kind", ProviderKind.PRIVATE, REQUIRED),
                        text("provider-contact-name", "Kim Kontakt", 200, OPTIONAL),
                        text("provider-contact-phone", "08-123 45 67", 40, OPTIONAL, "ring mig"),
                        text("provider-contact-email", "kim@felgarden.example", 200, OPTIONAL, "ingen-adress"))
                .submittedBy("provider-add");
        new Form("Ny enhet hos en utförare", providers).by(admin).opens(openSolgarden)
                .with(text("unit-name", "Felhuset", 200, REQUIRED, "Solgården, huvudhuset"),
                        text("unit-street", "Felvägen 1", 200, OPTIONAL),
                        text("unit-postal-code", "123 45", 6, OPTIONAL, "1234", "abcde"),
                        text("unit-city", "Felby", 100, OPTIONAL),
                        text("unit-phone", "08-123 45 67", 40, OPTIONAL, "ring mig"))
                .submittedBy("unit-add");
        new Form("Nytt avtal med en utförare", providers).by(admin).opens(openSolgarden)
                .with(text("contract-reference", "RA-FEL-1", 100, REQUIRED, "RA-2025-017"),
                        new Field("contract-form", ContractForm.FRAMEWORK_AGREEMENT, java.util.Arrays.asList(null,
                                ContractForm.OWN_RUN)),
                        date("contract-valid-from", today, REQUIRED, ANY),
                        date("contract-valid-to", today.plusYears(1), OPTIONAL, ANY, today.minusDays(1)),
                        new Field("contract-methods", Set.of((Predicate<Object>) method -> ((CatalogueMethod) method)
                                .code().value().equals("RESIDENTIAL_TREATMENT")), List.of(Set.of())),
                        choice("contract-price-unit", PriceUnit.CARE_DAY, REQUIRED),
                        new Field("contract-price", new BigDecimal("2850"), java.util.Arrays.asList(null,
                                new BigDecimal("-1"), new BigDecimal("12.345"), new BigDecimal("1E+20"))),
                        number("contract-places", 12, 1, 10_000))
                .submittedBy("contract-add");

        var methods = screen("Insatskatalog", "admin/insatskatalog", "text:Inaktivera", "text:Aktivera igen");
        new Form("Ny metod i insatskatalogen", methods).by(admin)
                .opens(() -> UI.getCurrent().navigate("admin/insatskatalog"))
                .with(text("method-code", "FEL_METOD", 40, REQUIRED, "fel kod", "CBT"),
                        text("method-name-sv", "Felmetod", 200, REQUIRED),
                        text("method-name-en", "Wrong method", 200, REQUIRED),
                        new Field("method-intervention-types", Set.of(InterventionType.OUTPATIENT),
                                List.of(Set.of())),
                        text("method-guideline-priority", "3", 16, OPTIONAL, "11", "0", "kanske"),
                        text("method-guideline-reference", "Nationella riktlinjer", 400, OPTIONAL))
                .submittedBy("method-add");

        var escalation = screen("Påminnelser om uppdrag", "admin/uppdrag");
        new Form("Påminnelsetider", escalation).by(admin)
                .opens(() -> UI.getCurrent().navigate("admin/uppdrag"))
                .with(number("escalation-reminder-days", 4, 1, 90),
                        number("escalation-escalation-days", 6, 1, 90))
                .submittedBy("escalation-save");

        followUpInstrumentForms();
        // Group follow-up (ADR 0031): the period is checked in one place (GroupFilter); the other choices are lists.
        var followUp = screen("Uppföljning", "uppfoljning", "group-drill-down-show");
        followUp.inputs().addAll(Set.of("group-districts", "group-units", "group-sexes", "group-age-groups",
                "group-types", "group-methods", "group-providers", "group-measure", "group-rows", "group-columns",
                "group-drill-down-unit", "group-drill-down-flag"));
        new Form("Uppföljningens urval", followUp).by(f.analyst, um)
                .opens(() -> UI.getCurrent().navigate("uppfoljning"))
                .with(date("group-from", today.minusYears(1), REQUIRED, ANY, today.plusDays(1)),
                        date("group-to", today, REQUIRED, ANY, today.minusYears(1).minusDays(1)))
                .submittedBy("group-show")
                .looksUp();
        var budget = screen("Budget för uppföljning", "admin/budget");
        new Form("Budget för uppföljning", budget).by(admin)
                .opens(() -> UI.getCurrent().navigate("admin/budget"))
                .with(number("budget-year", 2026, 2000, 2100),
                        choice("budget-district", "*", REQUIRED),
                        choice("budget-type", "*", REQUIRED),
                        new Field("budget-amount", new BigDecimal("1000000"), java.util.Arrays.asList(null,
                                new BigDecimal("-1"), new BigDecimal("1E+20"))))
                .submittedBy("budget-save");

        followUpRecordForms(caseRoute);
        providerReportForms();
    }

    /**
     * The case page's Uppföljning tab (ADR 0030, amendment): recording a follow-up, here an extra one on the decided
     * case (its plan is a draft: no goals to assess). The measurements panel's inputs are "Mätning med ett instrument"'s.
     */
    private void followUpRecordForms(String caseRoute) {
        // The tab's other parts have their own forms below (the measurements panel, sending a self-assessment).
        var tab = caseScreen("Ärendesidan: uppföljning", caseRoute, "text:Återkalla", "follow-up-questionnaire-send");
        tab.inputs().addAll(Set.of("measurement-instrument", "follow-up-questionnaire-instrument"));
        new Form("Registrera uppföljning", tab).by(f.caseworker, f.manager)
                .opens(() -> openCase(f.decidedCase, "FollowUpSection"))
                .with(choice("follow-up-record-scheduled", "Extra uppföljning (inte planerad)", REQUIRED),
                        date("follow-up-record-done-on", today, REQUIRED, PAST),
                        valid("follow-up-record-use-asi", false), valid("follow-up-record-use-audit", false),
                        valid("follow-up-record-use-dudit", false),
                        choice("follow-up-record-decision", "Fortsätta insatsen", REQUIRED),
                        text("follow-up-record-reason", "Fortsätt som planerat", 500, REQUIRED))
                .submittedBy("follow-up-record-save");
    }

    /**
     * Follow-up's instruments (ADR 0029): the administrator's licence of an instrument that needs one, and the
     * measurements panel (built for the decided case here until the case page's follow-up tab holds it): a measurement
     * taken in an interview, one field per item of the definition, and a withdrawal with its reason.
     */
    private void followUpInstrumentForms() {
        var admin = f.administrator;
        var instruments = screen("Instrument", "admin/instrument", "instrument-ORS-state", "instrument-SRS-state",
                "instrument-ORS-withdraw", "instrument-SRS-withdraw",
                "instrument-licence-cancel");
        new Form("Licens för ett instrument", instruments).by(admin)
                .opens(() -> {
                    UI.getCurrent().navigate("admin/instrument");
                    _click(_get(Button.class, spec -> spec.withId("instrument-SRS-state")));
                })
                .with(text("instrument-licence-reference", "Avtal 2026-117", 200, REQUIRED))
                .submittedBy("instrument-licence-save");

        var measurements = context.getBean(se.vardkedjan.followup.Measurements.class);
        var panel = screen("Mätningar (uppföljning)", "(ärendesidans uppföljning)", "text:Återkalla",
                "withdraw-measurement-cancel");
        Runnable openPanel = () -> {
            UI.getCurrent().removeAll();
            UI.getCurrent().add(new se.vardkedjan.followup.ui.MeasurementsPanel(measurements, f.decidedCase, today));
        };
        var items = new ArrayList<Field>(List.of(valid("measurement-instrument", "AUDIT – alkoholvanor"),
                choice("measurement-occasion", se.vardkedjan.followup.Occasion.FOLLOW_UP, REQUIRED),
                date("measurement-date", today, REQUIRED, PAST)));
        for (var item = 1; item <= 10; item++) {
            items.add(choice("measurement-item-Q" + item, item == 2 ? "1–2" : item >= 9 ? "Nej" : "Aldrig",
                    REQUIRED));
        }
        new Form("Mätning med ett instrument", panel).by(f.caseworker, f.manager).opens(openPanel)
                .with(items.toArray(Field[]::new))
                .submittedBy("measurement-save");
        new Form("Återkalla en mätning", panel).by(f.caseworker).opens(() -> {
            var recorded = measurements.record(f.decidedCase,
                    new se.vardkedjan.followup.instrument.domain.InstrumentRef("AUDIT", 1),
                    se.vardkedjan.followup.Occasion.FOLLOW_UP, Map.of("Q1", "A0", "Q2", "A0", "Q3", "A0", "Q4", "A0",
                            "Q5", "A0", "Q6", "A0", "Q7", "A0", "Q8", "A0", "Q9", "A0", "Q10", "A0"),
                    today);
            openPanel.run();
            var row = _get(com.vaadin.flow.component.html.NativeTableRow.class,
                    spec -> spec.withPredicate(r -> recorded.id().value().toString()
                            .equals(r.getElement().getAttribute("data-measurement"))));
            _click(_find(row, Button.class).getFirst());
        }).with(text("withdraw-measurement-reason", "Fel klient i formuläret.", 500, REQUIRED))
                .submittedBy("withdraw-measurement-confirm");

        // The Uppföljning tab's part that sends the client a self-assessment (ADR 0029, slice 2).
        var questionnaires = context.getBean(se.vardkedjan.followup.Questionnaires.class);
        var sending = screen("Självskattningar (uppföljning)", "(ärendesidans uppföljning)", "text:Dra tillbaka");
        new Form("Skicka en självskattning", sending).by(f.caseworker, f.manager).opens(() -> {
            UI.getCurrent().removeAll();
            UI.getCurrent().add(new se.vardkedjan.followup.questionnaire.ui.SendQuestionnairePanel(questionnaires,
                    f.decidedCase));
        }).with(choice("follow-up-questionnaire-instrument", "DUDIT – droger", REQUIRED))
                .submittedBy("follow-up-questionnaire-send");
    }

    /** The provider's staff member who reports on {@link #runningAssignmentOfTheReportingProvider()}. */
    private final User reporter = new User("fel-rapportor", "Rut Rapportör", List.of(Roles.PROVIDER_STAFF),
            List.of(), List.of("fel-rapportgarden"));

    /**
     * The provider's page of a running hour-priced assignment (ADR 0026, ADR 0027): the implementation plan's activity
     * and draft, care days and hours, a correction of a reported day, a deviation and the completion report. (The
     * answers of a sent or accepted assignment — a start before the decision, an empty reason — are swept in
     * ProviderPagesTests.)
     */
    private void providerReportForms() {
        var started = today.minusDays(10);
        var reported = today.minusDays(5);
        var id = runningAssignmentOfTheReportingProvider(started, reported);
        var page = screen("Utförarens uppdrag", "utforare/uppdrag/:id", "plan-establish");
        Runnable open = () -> UI.getCurrent().navigate("utforare/uppdrag/" + id);
        new Form("Utförarens genomförandeplan: aktivitet", page).by(reporter).opens(open)
                .with(text("plan-activity-description", "Samtal om återfallsrisker", 4_000, REQUIRED),
                        text("plan-activity-goal", "Klienten känner igen sina risksituationer", 4_000, REQUIRED),
                        text("plan-activity-performer", "Behandlare Sara", 200, REQUIRED, "Sara\noch Per"),
                        text("plan-activity-schedule", "Varje tisdag", 200, REQUIRED, "Tisdag\tkl. 10"))
                .submittedBy("plan-add-activity");
        new Form("Utförarens genomförandeplan: utkast", page).by(reporter).opens(open)
                .with(text("plan-working-with", "Trepartsmöte var sjätte vecka", 4_000, OPTIONAL),
                        text("plan-participation", "Klienten skrev planen med oss", 4_000, OPTIONAL),
                        text("plan-client-view", "Jag vill börja arbeta", 4_000, OPTIONAL))
                .submittedBy("plan-save");
        new Form("Utförarens närvaro och timmar", page).by(reporter).opens(open)
                .with(date("attendance-first-day-" + id, today.minusDays(2), REQUIRED, PAST,
                                today, started.minusDays(1), reported, today.minusDays(100)),
                        date("attendance-last-day-" + id, today.minusDays(1), REQUIRED, PAST, today.minusDays(3)),
                        valid("attendance-every-day-" + id, true),
                        new Field("attendance-hours-" + id, new BigDecimal("2.00"), java.util.Arrays.asList(null,
                                BigDecimal.ZERO, new BigDecimal("-1"), new BigDecimal("24.01"),
                                new BigDecimal("1.555"), new BigDecimal("1e9"))))
                .submittedBy("attendance-report-" + id);
        new Form("Utförarens rättelse av närvaro", page).by(reporter).opens(open)
                .with(new Field("attendance-correct-days-" + id, Set.of(reported), List.of(Set.of())),
                        text("attendance-correct-reason-" + id, "Klienten var inte där", 4_000, REQUIRED))
                .submittedBy("attendance-correct-" + id);
        new Form("Utförarens avvikelse", page).by(reporter).opens(open)
                .with(choice("deviation-kind-" + id, "Frånvaro", REQUIRED),
                        date("deviation-occurred-on-" + id, today.minusDays(1), REQUIRED, PAST,
                                started.minusDays(1)),
                        text("deviation-description-" + id, "Kom inte till samtalet", 4_000, REQUIRED),
                        text("deviation-action-" + id, "Ringde klienten", 4_000, OPTIONAL))
                .submittedBy("deviation-report-" + id);
        new Form("Utförarens slutrapport", page).by(reporter).opens(open)
                .with(choice("completion-goal-" + id + "-0", "Uppnått", REQUIRED),
                        text("completion-summary-" + id, "Behandlingen genomförd", 4_000, REQUIRED),
                        text("completion-clients-view-" + id, "Klienten är nöjd", 4_000, REQUIRED))
                .submittedBy("completion-submit-" + id);
        // Follow-up's part of the page: the provider's staff send the client a self-assessment (ADR 0030, slice 3).
        new Form("Utförarens självskattning till klienten", page).by(reporter).opens(open)
                .with(choice("provider-questionnaire-instrument", "DUDIT – droger", REQUIRED))
                .submittedBy("provider-questionnaire-send");
    }

    // ---- The tests

    @BeforeAll
    void fixture() {
        f = BadInputFixture.of(context);
        today = f.today;
        // The portal's intake unit (the app's default setting), where an application without a case goes.
        jdbc.sql("INSERT INTO organisation.districts (code, name) VALUES ('nord', 'Nord') ON CONFLICT DO NOTHING")
                .update();
        jdbc.sql("INSERT INTO organisation.units (code, district_code, name) "
                + "VALUES ('nord-beroende', 'nord', 'Beroendeenheten Nord') ON CONFLICT DO NOTHING").update();
        rolledBack = new TransactionTemplate(transactionManager);
        listForms();
    }

    @Test
    void everyRouteHasItsFormsListedOrIsKnownToHaveNone() {
        var withForms = screens.values().stream().map(Screen::route).collect(Collectors.toSet());
        var routes = KaribuVaadin.routes().getRoutes().stream().map(view -> view.getAnnotation(Route.class))
                .filter(Objects::nonNull).map(Route::value).collect(Collectors.toCollection(TreeSet::new));
        assertThat(routes).as("routes with forms must be listed here; routes without forms in NO_FORMS")
                .allMatch(route -> withForms.contains(route) || NO_FORMS.contains(route));
    }

    @Test
    void everyTabOfTheCasePageHasItsFormsListed() {
        var listed = forms.stream().map(form -> form.screen.name()).collect(Collectors.toSet());
        var tabs = context.getBeansOfType(CasePageSection.class).values().stream()
                .map(section -> org.springframework.aop.support.AopUtils.getTargetClass(section).getSimpleName())
                .toList();
        assertThat(tabs).as("a new tab of the case page needs its forms listed here")
                .containsExactlyInAnyOrder("InvestigationSection", "DecisionSection", "CarePlanSection",
                        "JournalSection", "CoordinatedPlanSection", "AccessLogSection", "AssignmentSection",
                        // The Uppföljning tab: recording a follow-up (ADR 0030, amendment).
                        "FollowUpSection",
                        "MessageSection");
        assertThat(listed).contains("Ärendesidan: utredning", "Ärendesidan: beslut", "Ärendesidan: vårdplan",
                "Ärendesidan: journal", "Ärendesidan: SIP", "Ärendesidan: uppdrag", "Ärendesidan: meddelanden");
    }

    @TestFactory
    Stream<DynamicTest> everyStaffFormRefusesEveryBadValueWithAClearSwedishMessageAndChangesNothing() {
        var only = System.getProperty("badinput.form", "");
        return forms.stream().filter(form -> form.name.contains(only)).flatMap(form -> form.users.stream().map(user -> DynamicTest.dynamicTest(
                form.name + " (" + user + ")", () -> {
                    var problems = new Attempts(form, user).run();
                    assertThat(problems).as("what went wrong").isEmpty();
                })));
    }

    // ---- Attempts

    /** The attempts at one form as one user: the valid values, then each bad value of each field. */
    private final class Attempts {
        private final Form form;
        private final User user;
        private final List<String> problems = new ArrayList<>();
        /** The form is on the screen with valid values and nothing was stored since it was opened. */
        private boolean open;
        private Field lastBad;

        Attempts(Form form, User user) {
            this.form = form;
            this.user = user;
        }

        List<String> run() {
            KaribuVaadin.useSecurityOf(context);
            MockVaadin.setup(MockedUI::new, new MockSpringServlet(KaribuVaadin.routes(), context, MockedUI::new));
            try {
                UI.getCurrent().setLocale(Locale.of("sv"));
                f.signIn(context, user);
                coverage();
                // Every bad value as the form's first user; as each further user (the same form and facade, another
                // role), each field's first bad value.
                var everyValue = user == form.users.getFirst();
                if (!form.savesEachChange()) {
                    attempt(null, null);
                }
                for (var field : form.fields) {
                    for (var bad : everyValue ? field.bad() : field.bad().subList(0, Math.min(1, field.bad().size()))) {
                        attempt(field, bad);
                    }
                    // A form that saves each change: the field's valid value is saved, after its bad ones.
                    if (form.savesEachChange() && everyValue && !field.bad().isEmpty()) {
                        attempt(field, field.valid());
                    }
                }
            } finally {
                MockVaadin.tearDown();
                SecurityContextHolder.clearContext();
            }
            return problems;
        }

        /** Every input and button the form's screen shows must belong to a listed form or be a listed action. */
        private void coverage() {
            rolledBack.executeWithoutResult(transaction -> {
                transaction.setRollbackOnly();
                try {
                    form.open.run();
                } catch (RuntimeException | AssertionError failure) {
                    problems.add(form.name + ": opening the form failed: " + failure);
                    return;
                }
                var fields = new HashSet<>(form.screen.inputs());
                var actions = new HashSet<>(form.screen.actions());
                actions.addAll(SHELL_ACTIONS);
                for (var other : forms) {
                    if (other.screen == form.screen) {
                        other.fields.forEach(field -> fields.add(field.id()));
                        if (other.submit != null) {
                            actions.add(BadInput.buttonKey(other.submit));
                        }
                    }
                }
                for (var component : BadInput.visible()) {
                    if (component instanceof HasValue<?, ?> input && !input.isReadOnly()
                            && component.getElement().isEnabled()) {
                        var id = component.getId().orElse("(no id, " + component.getClass().getSimpleName() + " "
                                + component.getElement().getProperty("label") + ")");
                        if (!fields.contains(id)) {
                            problems.add(form.screen.name() + " shows an input no listed form has: " + id);
                        }
                    }
                    if (component instanceof Button button && button.isEnabled()
                            && !(button instanceof com.vaadin.flow.component.applayout.DrawerToggle)
                            && !actions.contains(BadInput.buttonKey(button))) {
                        problems.add(form.screen.name() + " shows a button that is neither a listed form's nor a "
                                + "listed action: " + BadInput.buttonKey(button));
                    }
                }
            });
            open = false;
        }

        /**
         * One attempt, in a transaction that is rolled back: the form with valid values, the field (if any) set to
         * the value, the form submitted; then what the user sees and which rows changed.
         */
        private void attempt(Field field, Object value) {
            var baseline = field == null || value == field.valid();
            var where = form.name + " (" + user + "), " + (field == null ? "valid values"
                    : field.id() + " = " + BadInput.describe(value)) + ": ";
            // A form that saves each change holds the version it saved last, which the rollback undid: a bad value is
            // tried on the form as read, and each field's first on a form opened afresh.
            var savesEachChange = form.savesEachChange();
            if (savesEachChange && lastBad != field) {
                open = false;
            }
            rolledBack.executeWithoutResult(transaction -> {
                transaction.setRollbackOnly();
                Map<String, Long> before;
                try {
                    BadInput.clearNotifications();
                    if (!open) {
                        BadInput.clearScreen();
                        UI.getCurrent().navigate("utloggad");
                        form.open.run();
                        if (!form.savesEachChange()) {
                            for (var each : form.fields) {
                                fill(each.id(), each.valid());
                            }
                        }
                        lastBad = null;
                        open = true;
                    }
                    if (lastBad != null && !savesEachChange) {
                        fill(lastBad.id(), lastBad.valid());
                    }
                    lastBad = field;
                    var refusedAlready = BadInput.refusals();
                    if (!refusedAlready.isEmpty()) {
                        problems.add(where + "the valid values were refused: " + refusedAlready);
                        open = false;
                        return;
                    }
                    before = BadInput.writes(jdbc);
                } catch (Exception | AssertionError failure) {
                    problems.add(where + "opening and filling in the form failed: " + failure);
                    open = false;
                    return;
                }
                Throwable escaped = null;
                var nothingFound = false;
                try {
                    if (field != null) {
                        fill(field.id(), value);
                    }
                    if (form.submit != null) {
                        _click(button(form.submit));
                        // What cannot be undone asks first (signing a journal entry); the user confirms.
                        _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened)
                                .forEach(ConfirmDialogKt::_fireConfirm);
                    }
                    nothingFound = form.nothingFound != null && form.nothingFound.getAsBoolean();
                } catch (Exception | AssertionError failure) {
                    escaped = failure;
                }
                var refusals = BadInput.refusals();
                var screenProblems = BadInput.screenProblems();
                List<String> changed;
                try {
                    changed = BadInput.changedTables(before, BadInput.writes(jdbc));
                } catch (RuntimeException aborted) {
                    changed = List.of("(the transaction was aborted: " + aborted.getClass().getSimpleName() + ")");
                }
                if (escaped != null) {
                    problems.add(where + "an exception escaped: " + escaped);
                }
                screenProblems.forEach(problem -> problems.add(where + problem));
                if (baseline) {
                    if (!refusals.isEmpty()) {
                        problems.add(where + "valid values were refused: " + refusals);
                    }
                    if (form.stores && changed.isEmpty()) {
                        problems.add(where + "valid values stored nothing");
                    }
                    open = false;
                    return;
                }
                if (!changed.isEmpty()) {
                    problems.add(where + "rows changed in " + changed);
                }
                if (refusals.isEmpty() && !nothingFound) {
                    problems.add(where + "no message" + notices());
                }
                for (var message : refusals) {
                    BadInput.messageProblems(message, value).forEach(problem -> problems.add(where + problem));
                }
                if (escaped != null || !changed.isEmpty() || refusals.isEmpty() && !nothingFound) {
                    open = false;
                }
            });
        }

        private String notices() {
            var notices = BadInput.notices();
            return notices.isEmpty() ? "" : " (notified: " + notices + ")";
        }
    }

    // ---- Finding and filling fields

    /** Sets a field as the user would; a choice by value, by label, or by a test on its items. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fill(String id, Object value) {
        var component = _get(Component.class, spec -> spec.withId(id));
        if (component instanceof Upload upload) {
            UploadKt._upload(upload, "organisation.csv", (byte[]) value);
            MockVaadin.clientRoundtrip(false);
            return;
        }
        var field = (HasValue) component;
        if (value instanceof java.util.Set<?> wanted && component instanceof HasListDataView<?, ?> list) {
            // A multi-select (the methods a contract covers, the types a method refines): each wanted item.
            value = wanted.stream().map(each -> item(component, list, each)).collect(Collectors.toSet());
        } else if (value != null && component instanceof HasListDataView<?, ?> list) {
            value = item(component, list, value);
        }
        _setValue(field, value);
    }

    private static Object item(Component component, HasListDataView<?, ?> list, Object wanted) {
        var items = list.getListDataView().getItems().toList();
        for (var item : items) {
            if (wanted instanceof Predicate<?> test ? ((Predicate<Object>) test).test(item)
                    : item.equals(wanted) || wanted instanceof String label && label.equals(label(component, item))) {
                return item;
            }
        }
        throw new IllegalStateException(component.getId().orElse("?") + " offers no " + wanted + ": "
                + items.stream().map(item -> label(component, item)).toList());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String label(Component component, Object item) {
        return switch (component) {
            case Select select -> String.valueOf(select.getItemLabelGenerator().apply(item));
            case ComboBox combo -> String.valueOf(combo.getItemLabelGenerator().apply(item));
            case RadioButtonGroup group -> String.valueOf(group.getItemLabelGenerator().apply(item));
            default -> String.valueOf(item);
        };
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static int gridSize(String id) {
        return GridKt._size(_get(Grid.class, spec -> spec.withId(id)));
    }

    private static byte[] file(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @SafeVarargs
    private static List<Object> concat(List<?>... lists) {
        return Stream.of(lists).flatMap(List::stream).map(Object.class::cast).collect(Collectors.toList());
    }

    private static Predicate<Object> staff(User user) {
        return item -> ((StaffMember) item).username().equals(user.username());
    }

    private static Predicate<Object> named(User user) {
        return item -> ((ProtectedCaseStaffing.NamedStaffMember) item).username().equals(user.username());
    }

    private static Predicate<Object> unit(String code) {
        return item -> ((OrganisationUnit) item).code().value().equals(code);
    }

    private static Predicate<Object> legalReference(String code) {
        return item -> ((LegalBasis) item).code().equals(code);
    }

    private static Predicate<Object> participant(String username) {
        return item -> username.equals(((CoordinatedPlanDetails.Participant) item).staffUsername());
    }

    // ---- Opening forms

    /** The case page, on a tab (a section's class name) or the overview. */
    /**
     * The draft the listener made for the decided case's granted intervention (waited for: it runs after the
     * decision's commit, on Spring Modulith's executor), and a provider with a CBT contract to choose.
     */
    private java.util.UUID assignmentDraftOfTheDecidedCase() {
        jdbc.sql("""
                INSERT INTO providercontracts.methods (code, name_sv, name_en, changed_by)
                VALUES ('CBT', 'Kognitiv beteendeterapi', 'Cognitive behavioural therapy', 'fel')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO providercontracts.method_intervention_types (method_code, intervention_type)
                VALUES ('CBT', 'OUTPATIENT') ON CONFLICT DO NOTHING""").update();
        var provider = java.util.UUID.nameUUIDFromBytes("fel-felfria".getBytes(StandardCharsets.UTF_8));
        var contract = java.util.UUID.nameUUIDFromBytes("fel-felfria-avtal".getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                INSERT INTO providercontracts.providers (id, code, name, organisation_number, kind, changed_by)
                VALUES (?, 'fel-felfria', 'Felfria Vården', '5599000022', 'PRIVATE', 'fel') ON CONFLICT DO NOTHING""")
                .param(provider).update();
        jdbc.sql("""
                INSERT INTO providercontracts.contracts (id, provider_id, reference, form, valid_from, price_unit,
                    price_ore, changed_by)
                VALUES (?, ?, 'FEL-1', 'FRAMEWORK_AGREEMENT', ?, 'HOUR', 90000, 'fel') ON CONFLICT DO NOTHING""")
                .params(contract, provider, java.sql.Date.valueOf(today.minusYears(1))).update();
        jdbc.sql("""
                INSERT INTO providercontracts.contract_methods (contract_id, method_code) VALUES (?, 'CBT')
                ON CONFLICT DO NOTHING""").param(contract).update();
        var deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            var found = jdbc.sql("""
                            SELECT id FROM providercontracts.assignments WHERE intervention_id = ? AND status = 'DRAFT'""")
                    .param(f.grantedIntervention.value()).query(java.util.UUID.class).optional();
            if (found.isPresent() || System.nanoTime() > deadline) {
                return found.orElseThrow();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A running assignment of the agreed-plan case to the reporting provider (its own, so that no other test's
     * provider staff sees it), hour-priced, with one goal, started on the day given and with hours reported for one
     * day, so that every report form shows. Made by SQL once (ADR 0024), committed before the attempts.
     */
    private java.util.UUID runningAssignmentOfTheReportingProvider(LocalDate started, LocalDate reported) {
        var provider = java.util.UUID.nameUUIDFromBytes("fel-rapportgarden".getBytes(StandardCharsets.UTF_8));
        var contract = java.util.UUID.nameUUIDFromBytes("fel-rapportgarden-avtal".getBytes(StandardCharsets.UTF_8));
        var id = java.util.UUID.nameUUIDFromBytes("fel-rapportgarden-uppdrag".getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                INSERT INTO providercontracts.methods (code, name_sv, name_en, changed_by)
                VALUES ('CBT', 'Kognitiv beteendeterapi', 'Cognitive behavioural therapy', 'fel')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO providercontracts.providers (id, code, name, organisation_number, kind, changed_by)
                VALUES (?, 'fel-rapportgarden', 'Rapportgården', '5599000030', 'PRIVATE', 'fel')
                ON CONFLICT DO NOTHING""").param(provider).update();
        jdbc.sql("""
                INSERT INTO providercontracts.contracts (id, provider_id, reference, form, valid_from, price_unit,
                    price_ore, changed_by)
                VALUES (?, ?, 'FEL-RAPPORT-1', 'FRAMEWORK_AGREEMENT', ?, 'HOUR', 90000, 'fel') ON CONFLICT DO NOTHING""")
                .params(contract, provider, java.sql.Date.valueOf(today.minusYears(1))).update();
        var inserted = jdbc.sql("""
                        INSERT INTO providercontracts.assignments (id, case_id, decision_id, intervention_id,
                            intervention_type, granted_from, status, decided_on, method_code, provider_id, contract_id,
                            starts_on, sent_at, accepted_start, started_on, changed_by, case_unit)
                        VALUES (?, ?, ?, ?, 'OUTPATIENT', ?, 'RUNNING', ?, 'CBT', ?, ?, ?, now(), ?, ?, 'fel', ?)
                        ON CONFLICT DO NOTHING""")
                .params(id, f.agreedPlanCase.value(), f.decidedDecision.value(), java.util.UUID.randomUUID(),
                        java.sql.Date.valueOf(started), java.sql.Date.valueOf(started), provider, contract,
                        java.sql.Date.valueOf(started), java.sql.Date.valueOf(started),
                        java.sql.Date.valueOf(started), BadInputFixture.UNIT)
                .update();
        if (inserted == 1) {
            jdbc.sql("""
                    INSERT INTO providercontracts.assignment_goals (assignment_id, position, text)
                    VALUES (?, 0, 'Minskat drickande')""").param(id).update();
            var report = jdbc.sql("""
                            INSERT INTO providercontracts.attendance_reports (assignment_id, first_day, last_day,
                                reported_at, reported_by) VALUES (?, ?, ?, now(), 'fel-rapportor') RETURNING id""")
                    .params(id, java.sql.Date.valueOf(reported), java.sql.Date.valueOf(reported)).query(Long.class)
                    .single();
            jdbc.sql("""
                    INSERT INTO providercontracts.attendance_days (assignment_id, day, hours, report_id)
                    VALUES (?, ?, 2.00, ?)""").params(id, java.sql.Date.valueOf(reported), report).update();
        }
        return id;
    }

    /** A portal page as the client BankID identified by the number sees it. */
    private void openPortal(String personalNumber, String route) {
        KaribuVaadin.logInClient(context, "subject-" + f.client.username(), f.client.name(), personalNumber);
        UI.getCurrent().navigate(route);
    }

    private static void openCase(CaseId caseId, String section) {
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters(caseId));
        if (section != null) {
            _get(TabSheet.class, spec -> spec.withId("case-tabs"))
                    .setSelectedTab(_get(Tab.class, spec -> spec.withId("case-tab-" + section)));
        }
    }

    /** The decided case's journal, with the button of the entry with the title clicked. */
    private void openJournalEntry(String title, String button) {
        openCase(f.decidedCase, "JournalSection");
        var index = IntStream.range(0, JournalPanel.PAGE_SIZE)
                .filter(i -> _find(H3.class, spec -> spec.withId("journal-entry-title-" + i)).stream()
                        .anyMatch(heading -> heading.getText().equals(title)))
                .findFirst().orElseThrow(() -> new IllegalStateException("No journal entry " + title));
        _click(button(button + index));
    }

    /** The work list of protected cases, with the button of the fixture's protected case clicked. */
    @SuppressWarnings("unchecked")
    private void openProtectedCase(String button) {
        UI.getCurrent().navigate("skyddade-arenden");
        Grid<ProtectedCaseStaffing> grid = _get(Grid.class, spec -> spec.withId("protected-cases"));
        var row = IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).caseId().equals(f.protectedCase)).findFirst().orElseThrow();
        var reference = GridKt._get(grid, row).reference();
        _click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class,
                spec -> spec.withId(button + reference)));
    }

    private static void findForProtection(String number) {
        UI.getCurrent().navigate("skydd");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("protection-number")),
                number);
        _click(button("protection-find"));
    }
}
