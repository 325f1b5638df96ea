package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.IntakeKind;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.RegisterIntake;
import se.vardkedjan.casehandling.RegisterPerson;
import se.vardkedjan.casehandling.ReportingAuthority;
import se.vardkedjan.casehandling.Sex;
import se.vardkedjan.casehandling.readmodel.PersonSearch;
import se.vardkedjan.casehandling.readmodel.PersonSummary;
import se.vardkedjan.casehandling.readmodel.RegisteredIntake;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A new matter (aktualisering): find the person (or register them), see their open cases (duplicate check), then
 * register the application, report or request in one of the user's units. Holds only the chosen person's id. A person
 * with a protected identity whom the user may not see is shown only as "a protected person matched, ask …"; found by
 * their whole number, an intake can still be registered for them, after which the page confirms it and says whom to
 * ask (the user does not see the case until someone names them).
 */
@Route("arenden/ny")
@Menu(order = 11, title = "casehandling.staff.menu.new-intake", icon = "vaadin:plus-circle")
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
class IntakeView extends VerticalLayout implements HasDynamicTitle {

    private final PersonRegister personRegister;
    private final CaseHandling caseHandling;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final Organisation organisation;
    private final TextField term = new TextField();
    private final VerticalLayout results = new VerticalLayout();
    private final VerticalLayout registration = new VerticalLayout();
    private final VerticalLayout intake = new VerticalLayout();
    private PersonId personId;

    IntakeView(PersonRegister personRegister, CaseHandling caseHandling, CurrentActor currentActor, Clock clock,
               Organisation organisation) {
        this.personRegister = personRegister;
        this.caseHandling = caseHandling;
        this.currentActor = currentActor;
        this.clock = clock;
        this.organisation = organisation;
        add(new H1(getTranslation("casehandling.staff.intake.title")));

        add(new H2(getTranslation("casehandling.staff.search.heading")));
        term.setLabel(getTranslation("casehandling.staff.search.label"));
        term.setId("person-search-term");
        term.setWidth("24em");
        var search = new Button(getTranslation("casehandling.staff.search.button"), click -> search());
        search.setId("person-search");
        search.addClickShortcut(Key.ENTER);
        var newPerson = new Button(getTranslation("casehandling.staff.register.open"),
                click -> showRegistration(searchedNumber()));
        newPerson.setId("person-register-open");
        var bar = new HorizontalLayout(term, search, newPerson);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        results.setId("person-search-results");
        results.setPadding(false);
        registration.setId("person-registration");
        registration.setPadding(false);
        registration.setVisible(false);
        intake.setId("intake");
        intake.setPadding(false);
        intake.setVisible(false);
        add(bar, results, registration, intake);
    }

    private void search() {
        results.removeAll();
        Problems.attempt(this, () -> personRegister.search(term.getValue())).ifPresent(found -> {
            if (found.isEmpty()) {
                var none = new Paragraph(getTranslation("casehandling.staff.search.none"));
                none.setId("person-search-none");
                results.add(none);
                showRegistration(searchedNumber());
                return;
            }
            if (!found.hits().isEmpty()) {
                var list = new UnorderedList();
                found.hits().forEach(hit -> list.add(hitRow(hit)));
                results.add(list);
            }
            if (found.protectedPersonMatched()) {
                results.add(protectedMatch(found));
            }
            if (found.more()) {
                var more = new Paragraph(getTranslation("casehandling.protected.search.more",
                        PersonRegister.SEARCH_LIMIT));
                more.setId("person-search-more");
                results.add(more);
            }
        });
    }

    private Component hitRow(PersonSummary hit) {
        var item = new ListItem();
        if (hit.protection().isProtected()) {
            var marker = new Span(getTranslation("casehandling.staff.protected"));
            marker.getElement().getThemeList().add("badge error");
            item.add(marker, new Span(" "));
        }
        var label = getTranslation("casehandling.protected.search.person-label", hit.name(), hit.identityNumber());
        item.add(new Span(getTranslation("casehandling.protected.search.hit", hit.name(), hit.identityNumber(),
                getTranslation("casehandling.staff.search.open-cases", hit.openCasesInMyUnits(),
                        hit.openCasesElsewhere()))));
        item.add(new Span(" "));
        var choose = new Button(getTranslation("casehandling.staff.search.choose"), click -> choose(hit.personId(),
                label));
        choose.setId("person-choose-" + hit.personId().value());
        choose.setAriaLabel(getTranslation("casehandling.staff.search.choose-person", hit.name()));
        choose.addThemeVariants(ButtonVariant.LUMO_SMALL);
        item.add(choose);
        return item;
    }

    /**
     * A protected person matched whom the user may not see: that, and whom to ask, nothing more. Searched by the whole
     * number, an intake can be registered for them.
     */
    private Component protectedMatch(PersonSearch found) {
        var box = new Div();
        box.setId("person-search-protected");
        box.getElement().setAttribute("role", "status");
        var marker = new Span(getTranslation("casehandling.staff.protected"));
        marker.getElement().getThemeList().add("badge error");
        box.add(new Paragraph(marker, new Span(" "),
                new Span(getTranslation("casehandling.protected.search.matched"))));
        box.add(whomToAsk(found.whomToAsk()));
        if (found.protectedPersonId() != null) {
            var label = getTranslation("casehandling.protected.search.masked-label");
            var choose = new Button(getTranslation("casehandling.protected.search.register-intake"),
                    click -> choose(found.protectedPersonId(), label));
            choose.setId("person-choose-protected");
            choose.addThemeVariants(ButtonVariant.LUMO_SMALL);
            box.add(choose);
        }
        return box;
    }

    /** Whom to ask about a protected person: the named deciders, or "your unit manager" when none is known. */
    private Component whomToAsk(List<String> names) {
        var box = new Div();
        box.setId("whom-to-ask");
        if (names.isEmpty()) {
            box.add(new Paragraph(getTranslation("casehandling.protected.ask-your-manager")));
            return box;
        }
        box.add(new Paragraph(getTranslation("casehandling.protected.ask-one-of")));
        var list = new UnorderedList();
        names.forEach(name -> list.add(new ListItem(name)));
        box.add(list);
        return box;
    }

    /** The search term when it is a personal or coordination number (digits, a dash or a plus), else empty. */
    private String searchedNumber() {
        var typed = term.getValue() == null ? "" : term.getValue().strip();
        return typed.matches("[0-9]{6,8}[-+]?[0-9]{4}") ? typed : "";
    }

    /**
     * The new-person form, with the number the user searched for already in it. Required fields are marked; what is
     * obvious is checked here, the rules by the register, and every problem is shown at its field and in the summary.
     */
    private void showRegistration(String searched) {
        registration.removeAll();
        registration.setVisible(true);
        registration.add(new H2(getTranslation("casehandling.staff.register.heading")));
        var problems = new FormProblems(this, "register");
        var number = problems.required("casehandling.staff.register.identity",
                new TextField(getTranslation("casehandling.staff.register.identity")));
        number.setId("register-identity");
        number.setValue(searched);
        var noNumber = new Checkbox(getTranslation("casehandling.staff.register.no-number"));
        noNumber.setId("register-no-number");
        var birthDate = problems.required("casehandling.person.birth-date",
                new DateField(getTranslation("casehandling.person.birth-date")));
        birthDate.setId("register-birth-date");
        var sex = new RadioButtonGroup<Sex>(getTranslation("casehandling.staff.register.sex"));
        sex.setId("register-sex");
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(value -> getTranslation(value.textKey()));
        sex.setValue(Sex.UNKNOWN);
        birthDate.setVisible(false);
        sex.setVisible(false);
        noNumber.addValueChangeListener(event -> {
            number.setVisible(!event.getValue());
            birthDate.setVisible(event.getValue());
            sex.setVisible(event.getValue());
        });
        var given = problems.required("casehandling.person.given-name",
                new TextField(getTranslation("casehandling.person.given-name")));
        given.setId("register-given-name");
        var family = problems.required("casehandling.person.family-name",
                new TextField(getTranslation("casehandling.person.family-name")));
        family.setId("register-family-name");
        var phone = problems.field("casehandling.person.phone",
                new TextField(getTranslation("casehandling.person.phone")));
        phone.setId("register-phone");
        var email = problems.field("casehandling.person.email",
                new TextField(getTranslation("casehandling.person.email")));
        email.setId("register-email");
        var street = problems.field("casehandling.person.street-address",
                new TextField(getTranslation("casehandling.person.street-address")));
        street.setId("register-street");
        var postal = problems.field("casehandling.person.postal-code",
                new TextField(getTranslation("casehandling.person.postal-code")));
        postal.setId("register-postal-code");
        var city = problems.field("casehandling.person.city",
                new TextField(getTranslation("casehandling.person.city")));
        city.setId("register-city");
        var protection = new ComboBox<ProtectionLevel>(getTranslation("casehandling.staff.register.protection"));
        protection.setId("register-protection");
        protection.setItems(ProtectionLevel.values());
        protection.setItemLabelGenerator(level -> getTranslation(level.textKey()));
        protection.setValue(ProtectionLevel.NONE);
        var save = new Button(getTranslation("casehandling.staff.register.save"), click -> {
            var command = new RegisterPerson(noNumber.getValue() ? null : blankToNull(number.getValue()),
                    noNumber.getValue() ? birthDate.getValue() : null, noNumber.getValue() ? sex.getValue() : null,
                    given.getValue(), family.getValue(), blankToNull(phone.getValue()), blankToNull(email.getValue()),
                    blankToNull(street.getValue()), blankToNull(postal.getValue()), blankToNull(city.getValue()),
                    protection.getValue() == null ? ProtectionLevel.NONE : protection.getValue());
            problems.attempt(() -> personRegister.register(command)).ifPresent(registered -> {
                registration.setVisible(false);
                results.removeAll();
                choose(registered, getTranslation("casehandling.protected.search.full-name", given.getValue(),
                        family.getValue()));
            });
        });
        save.setId("register-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        registration.add(problems.summary(), number, noNumber, birthDate, sex, new FieldRow(given, family),
                new FieldRow(phone, email), new FieldRow(street, postal, city), protection, save);
    }

    /** The person is chosen: check their open cases, then offer the intake form. */
    private void choose(PersonId chosen, String label) {
        personId = chosen;
        registration.setVisible(false);
        intake.removeAll();
        var open = Problems.attempt(this, () -> caseHandling.openCasesOf(chosen));
        if (open.isEmpty()) {
            return;
        }
        intake.setVisible(true);
        intake.add(new H2(getTranslation("casehandling.staff.intake.form-heading")));
        var who = new Paragraph(getTranslation("casehandling.staff.intake.selected", label));
        who.setId("intake-person");
        intake.add(who);
        var problems = new FormProblems(this, "intake");
        intake.add(problems.summary());
        var acknowledge = problems.field("casehandling.staff.duplicate.acknowledge",
                new Checkbox(getTranslation("casehandling.staff.duplicate.acknowledge")));
        acknowledge.setId("intake-acknowledge");
        if (open.get().any()) {
            // A warning, not an error: registering another matter is allowed once the user has looked.
            var warning = FormProblems.asWarning(new Div());
            warning.setId("intake-duplicate-warning");
            warning.getElement().setAttribute("role", "status");
            warning.add(new Paragraph(getTranslation("casehandling.staff.duplicate.warning")));
            var links = new UnorderedList();
            var number = 1;
            for (var caseId : open.get().visible()) {
                links.add(new ListItem(new RouterLink(getTranslation("casehandling.staff.duplicate.link", number++),
                        CaseView.class, CaseView.parameters(caseId))));
            }
            warning.add(links);
            if (open.get().elsewhere() > 0) {
                warning.add(new Paragraph(getTranslation("casehandling.staff.duplicate.elsewhere",
                        open.get().elsewhere())));
            }
            warning.add(acknowledge);
            intake.add(warning);
        }

        var kind = problems.required("casehandling.staff.intake.kind",
                new RadioButtonGroup<IntakeKind>(getTranslation("casehandling.staff.intake.kind")));
        kind.setId("intake-kind");
        kind.setItems(IntakeKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.textKey()));
        kind.setValue(IntakeKind.APPLICATION);
        var reporterName = problems.field("casehandling.intake.reporter-name",
                new TextField(getTranslation("casehandling.intake.reporter-name")));
        reporterName.setId("intake-reporter-name");
        var reporterOrganisation = problems.field("casehandling.intake.reporter-organisation",
                new TextField(getTranslation("casehandling.intake.reporter-organisation")));
        reporterOrganisation.setId("intake-reporter-organisation");
        var authority = problems.field("casehandling.staff.intake.reporting-authority",
                new ComboBox<ReportingAuthority>(getTranslation("casehandling.staff.intake.reporting-authority")));
        authority.setId("intake-reporting-authority");
        authority.setItems(ReportingAuthority.values());
        authority.setItemLabelGenerator(value -> getTranslation(value.textKey()));
        var lvm = problems.field("casehandling.staff.intake.lvm",
                new Checkbox(getTranslation("casehandling.staff.intake.lvm")));
        lvm.setId("intake-lvm");
        var reporter = new VerticalLayout(reporterName, reporterOrganisation, authority, lvm);
        reporter.setPadding(false);
        reporter.setVisible(false);
        kind.addValueChangeListener(event -> reporter.setVisible(event.getValue() == IntakeKind.REPORT));
        var receivedOn = problems.required("casehandling.intake.received-on",
                new DateField(getTranslation("casehandling.intake.received-on"), LocalDate.now(clock)));
        receivedOn.setId("intake-received-on");
        var description = problems.required("casehandling.intake.description",
                new TextArea(getTranslation("casehandling.intake.description")));
        description.setId("intake-description");
        description.setWidthFull();
        var risks = problems.field("casehandling.intake.immediate-risks",
                new TextArea(getTranslation("casehandling.intake.immediate-risks")));
        risks.setId("intake-risks");
        risks.setWidthFull();
        var unit = problems.required("casehandling.staff.intake.unit",
                new ComboBox<UnitCode>(getTranslation("casehandling.staff.intake.unit")));
        unit.setId("intake-unit");
        // The units by their names, not their codes.
        var names = new java.util.HashMap<UnitCode, String>();
        currentActor.require().units().forEach(code -> names.put(code, organisation.unitName(code)
                .orElse(code.value())));
        var units = names.keySet().stream().sorted(Comparator.comparing(names::get)).toList();
        unit.setItems(units);
        unit.setItemLabelGenerator(names::get);
        if (units.size() == 1) {
            unit.setValue(units.getFirst());
        }
        var save = new Button(getTranslation("casehandling.staff.intake.save"), click -> {
            var report = kind.getValue() == IntakeKind.REPORT;
            var command = new RegisterIntake(personId, unit.getValue(), kind.getValue(), receivedOn.getValue(),
                    description.getValue(), report ? blankToNull(reporterName.getValue()) : null,
                    report ? blankToNull(reporterOrganisation.getValue()) : null,
                    report ? authority.getValue() : null, report && lvm.getValue(), blankToNull(risks.getValue()),
                    acknowledge.getValue());
            problems.attempt(() -> caseHandling.registerIntake(command)).ifPresent(this::registered);
        });
        save.setId("intake-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        intake.add(kind, reporter, receivedOn, description, risks, unit, save);
    }

    /**
     * After registering: to the new case's page, or, when the user may not see the case (a protected person), a
     * confirmation on this page that says so and whom to ask.
     */
    private void registered(RegisteredIntake registered) {
        if (registered.visible()) {
            UI.getCurrent().navigate(CaseView.class, CaseView.parameters(registered.caseId()));
            return;
        }
        personId = null;
        results.removeAll();
        intake.removeAll();
        var confirmation = new Div();
        confirmation.setId("intake-registered-protected");
        confirmation.getElement().setAttribute("role", "status");
        confirmation.add(new H2(getTranslation("casehandling.protected.intake.registered-heading")));
        confirmation.add(new Paragraph(getTranslation("casehandling.protected.intake.registered")));
        confirmation.add(whomToAsk(registered.whomToAsk()));
        intake.add(confirmation);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casehandling.staff.intake.title");
    }
}
