package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.AccessLog;
import se.vardkedjan.casehandling.AccessLogLine;
import se.vardkedjan.casehandling.AccessLogQuery;
import se.vardkedjan.casehandling.PersonId;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.RuleViolation;
import se.vardkedjan.sharedkernel.Roles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The access log for a unit manager: who read or changed which person's data, when and why, newest first, filtered
 * by person, user and period (Swedish time), with the rows that deserve a second look marked in words.
 */
@Route("atkomstlogg")
@Menu(order = 40, title = "casehandling.staff.menu.access-log", icon = "vaadin:eye")
@RolesAllowed(Roles.UNIT_MANAGER)
class AccessLogView extends VerticalLayout implements HasDynamicTitle {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SWEDEN);
    private static final String WHAT = "casehandling.staff.access-log.what.";

    private final AccessLog accessLog;
    private final PersonRegister personRegister;
    private final TextField person = new TextField();
    private final TextField user = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Checkbox onlyHints = new Checkbox();
    private final Grid<AccessLogLine> grid = new Grid<>();
    private AccessLogQuery query = AccessLogQuery.everything();

    AccessLogView(AccessLog accessLog, PersonRegister personRegister) {
        this.accessLog = accessLog;
        this.personRegister = personRegister;
        add(new H1(getTranslation("casehandling.staff.access-log.title")));
        person.setLabel(getTranslation("casehandling.staff.access-log.person"));
        person.setId("access-log-person");
        user.setLabel(getTranslation("casehandling.staff.access-log.user"));
        user.setId("access-log-user");
        from.setLabel(getTranslation("casehandling.access-log.from"));
        from.setId("access-log-from");
        to.setLabel(getTranslation("casehandling.access-log.to"));
        to.setId("access-log-to");
        onlyHints.setLabel(getTranslation("casehandling.staff.access-log.only-hints"));
        onlyHints.setId("access-log-only-hints");
        var search = new Button(getTranslation("casehandling.staff.access-log.search"), click -> search());
        search.setId("access-log-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var filters = new HorizontalLayout(person, user, from, to, onlyHints, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("access-log");
        grid.setAriaLabel(getTranslation("casehandling.staff.access-log.title"));
        // Nothing cut off: what was read or changed, and why, must be readable without hovering; on a narrow screen
        // the table scrolls sideways.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(line -> TIME.format(line.entry().occurredAt()))
                .setHeader(getTranslation("casehandling.staff.access-log.col.time")).setKey("time").setAutoWidth(true);
        grid.addColumn(line -> getTranslation("casehandling.staff.access-log.user-line", line.entry().actorName(),
                        line.entry().actorUsername()))
                .setHeader(getTranslation("casehandling.staff.access-log.col.user")).setKey("user").setAutoWidth(true);
        grid.addColumn(this::personText).setHeader(getTranslation("casehandling.staff.access-log.col.person"))
                .setKey("person").setAutoWidth(true);
        grid.addColumn(line -> line.entry().caseId() == null ? "–"
                        : getTranslation("casehandling.staff.access-log.case-line",
                                line.entry().caseId().value().toString().substring(0, 8), line.caseUnitName()))
                .setHeader(getTranslation("casehandling.staff.access-log.col.case")).setKey("case").setAutoWidth(true);
        grid.addColumn(this::whatText)
                .setHeader(getTranslation("casehandling.staff.access-log.col.what")).setKey("what").setAutoWidth(true);
        grid.addColumn(line -> getTranslation("casehandling.staff.purpose." + line.entry().purpose().name()))
                .setHeader(getTranslation("casehandling.staff.access-log.col.purpose")).setKey("purpose").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::hints))
                .setHeader(getTranslation("casehandling.staff.access-log.col.hints")).setKey("hints").setAutoWidth(true);
        // No separate count: reading the first page logs the manager's own review as a new row, so a count taken
        // before it (as the grid does) came out one short and hid the oldest row; and paging a large log until a
        // short page is cheaper than counting it.
        grid.setItems(fetch -> accessLog.searchWithPersons(query, fetch.getOffset(), fetch.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("casehandling.staff.access-log.empty"));
        add(filters, grid);
    }

    /**
     * What the row read or changed, in words ("Läste: utredning"). A code without a text of its own (one added since
     * the texts were written) shows as it is rather than breaking the page.
     */
    private String whatText(AccessLogLine line) {
        var entry = line.entry();
        return getTranslation("casehandling.staff.access-log.kind-and-what",
                getTranslation("casehandling.staff.access-kind." + entry.kind().name()), partText(entry.what()));
    }

    private String partText(String code) {
        var key = WHAT + code;
        var text = getTranslation(key);
        // A key without a text comes back as "!key!" (Vaadin's I18NProvider contract, kept by ModuleTexts).
        return text.equals("!" + key + "!") ? code : text;
    }

    String personText(AccessLogLine line) {
        var number = line.identityNumber() == null ? line.entry().personId().value().toString()
                : line.identityNumber();
        var person = line.personName() == null ? number
                : getTranslation("casehandling.staff.access-log.person-line", number, line.personName());
        return line.protection().isProtected()
                ? getTranslation("casehandling.staff.access-log.protected-person-line",
                        getTranslation("casehandling.staff.protected"), person)
                : person;
    }

    private Component hints(AccessLogLine line) {
        var badges = new HorizontalLayout();
        badges.setPadding(false);
        badges.setSpacing(true);
        line.entry().hints().stream().sorted().forEach(hint -> {
            var badge = new Span(getTranslation("casehandling.staff.hint." + hint.name()));
            badge.getElement().getThemeList().add("badge contrast");
            badges.add(badge);
        });
        return badges;
    }

    private void search() {
        Problems.attempt(this, () -> {
            var who = resolvePerson();
            var start = from.getValue() == null ? null : from.getValue().atStartOfDay(SWEDEN).toInstant();
            var end = to.getValue() == null ? null
                    : to.getValue().plusDays(1).atStartOfDay(SWEDEN).toInstant().minusMillis(1);
            return new AccessLogQuery(who.orElse(null), user.getValue(), start, end, onlyHints.getValue());
        }).ifPresent(found -> {
            query = found;
            grid.getDataProvider().refreshAll();
        });
    }

    /** The person the number names; refuses a number that matches nobody or several persons. */
    private Optional<PersonId> resolvePerson() {
        var term = person.getValue() == null ? "" : person.getValue().strip();
        if (term.isEmpty()) {
            return Optional.empty();
        }
        if (!term.replaceAll("[-+ ]", "").matches("\\d{10,12}")) {
            throw new RuleViolation("casehandling.staff.error.access-log-person-number");
        }
        var found = personRegister.search(term);
        if (found.hits().size() == 1) {
            return Optional.of(found.hits().getFirst().personId());
        }
        // A protected person the manager may not see: the whole number they typed still filters the log.
        if (found.hits().isEmpty() && found.protectedPersonId() != null) {
            return Optional.of(found.protectedPersonId());
        }
        throw new RuleViolation("casehandling.staff.error.access-log-person-unknown", term);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casehandling.staff.access-log.title");
    }
}
