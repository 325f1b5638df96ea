package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.accesslog.AccessLogParts;
import se.vardkedjan.accesslog.AccessLogQuery;
import se.vardkedjan.accesslog.SecurityEventLine;
import se.vardkedjan.accesslog.SecurityEventQuery;
import se.vardkedjan.casehandling.AccessLogReview;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.ProtectionLevel;
import se.vardkedjan.casehandling.readmodel.AccessLogEntryDetails;
import se.vardkedjan.casehandling.readmodel.AccessLogLine;
import se.vardkedjan.sharedkernel.PersonId;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.sharedkernel.SecurityEvent;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The access log for a unit manager: who read or changed which person's data, when and why, newest first, filtered
 * by person, user and period (Swedish time), with the rows that deserve a second look marked in words. Personal
 * numbers are masked on the rows; opening a row ("Visa") shows the whole number and is itself logged. A second part,
 * "Nekade åtkomster", lists the refused attempts that concern the manager's units.
 */
@Route("atkomstlogg")
@Menu(order = 40, title = "casehandling.staff.menu.access-log", icon = "vaadin:eye")
@RolesAllowed(Roles.UNIT_MANAGER)
class AccessLogView extends VerticalLayout implements HasDynamicTitle {


    private final AccessLogReview accessLog;
    private final PersonRegister personRegister;
    private final Map<String, String> partKeys = new HashMap<>();
    private final TextField person = new TextField();
    private final TextField user = new TextField();
    private final DatePicker from = new DateField();
    private final DatePicker to = new DateField();
    private final Checkbox onlyHints = new Checkbox();
    private final AccessLogGrid grid;
    private final TextField refusalUser = new TextField();
    private final DatePicker refusalFrom = new DateField();
    private final DatePicker refusalTo = new DateField();
    private final Grid<SecurityEventLine> refusals = new Grid<>();
    private AccessLogQuery query = AccessLogQuery.everything();
    private SecurityEventQuery refusalQuery = SecurityEventQuery.everything();

    AccessLogView(AccessLogReview accessLog, PersonRegister personRegister, List<AccessLogParts> parts) {
        this.accessLog = accessLog;
        this.personRegister = personRegister;
        parts.forEach(table -> partKeys.putAll(table.textKeys()));
        this.grid = new AccessLogGrid(parts, true).sortedByTheDatabase();
        var tabs = new TabSheet();
        tabs.setId("access-log-parts");
        tabs.setSizeFull();
        setSizeFull();
        tabs.add(getTranslation("casehandling.staff.access-log.part.accesses"), accessesPart())
                .setId("access-log-tab-accesses");
        tabs.add(getTranslation("casehandling.staff.refusals.title"), refusalsPart())
                .setId("access-log-tab-refusals");
        add(new H1(getTranslation("casehandling.staff.access-log.title")), tabs);
    }

    private Component accessesPart() {
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
        grid.addFixedColumn(this::openButton, "casehandling.staff.access-log.col.open", "open").setSortable(false);
        // No separate count: reading the first page logs the manager's own review as new rows, and paging a large log
        // until a short page is cheaper than counting it. The first page pins the search to the rows that existed
        // then, so that the review's own rows do not shift the pages after it.
        grid.setItems(fetch -> {
            var page = accessLog.review(query, grid.sortOf(fetch.getSortOrders()), fetch.getOffset(),
                    fetch.getLimit());
            if (query.upToId() == null) {
                query = query.upTo(page.upToId());
            }
            return page.lines().stream();
        });
        grid.setEmptyStateText(getTranslation("casehandling.staff.access-log.empty"));
        var part = new VerticalLayout(new Paragraph(getTranslation("casehandling.staff.access-log.masked-note")),
                filters, grid);
        part.setPadding(false);
        part.setSizeFull();
        part.setFlexGrow(1, grid);
        return part;
    }

    private Component refusalsPart() {
        refusalUser.setLabel(getTranslation("casehandling.staff.access-log.user"));
        refusalUser.setId("refusals-user");
        refusalFrom.setLabel(getTranslation("casehandling.access-log.from"));
        refusalFrom.setId("refusals-from");
        refusalTo.setLabel(getTranslation("casehandling.access-log.to"));
        refusalTo.setId("refusals-to");
        var search = new Button(getTranslation("casehandling.staff.access-log.search"), click -> searchRefusals());
        search.setId("refusals-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var filters = new HorizontalLayout(refusalUser, refusalFrom, refusalTo, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        refusals.setId("refusals");
        refusals.setAriaLabel(getTranslation("casehandling.staff.refusals.title"));
        refusals.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        refusals.addColumn(event -> SwedishTime.DATE_TIME_SECONDS.format(event.occurredAt()))
                .setHeader(getTranslation("casehandling.staff.access-log.col.time")).setKey("time").setAutoWidth(true);
        refusals.addColumn(event -> event.actorName() == null ? event.actorUsername()
                        : getTranslation("casehandling.staff.access-log.user-line", event.actorName(),
                                event.actorUsername()))
                .setHeader(getTranslation("casehandling.staff.access-log.col.user")).setKey("user").setAutoWidth(true);
        refusals.addColumn(this::attemptText)
                .setHeader(getTranslation("casehandling.staff.refusals.col.attempt")).setKey("attempt")
                .setFlexGrow(3);
        refusals.addColumn(this::targetText)
                .setHeader(getTranslation("casehandling.staff.refusals.col.target")).setKey("target")
                .setFlexGrow(3);
        refusals.addColumn(event -> reasonText(event.reason()))
                .setHeader(getTranslation("casehandling.staff.refusals.col.reason")).setKey("reason")
                .setAutoWidth(true);
        refusals.addColumn(new ComponentRenderer<>(this::refusalHints))
                .setHeader(getTranslation("casehandling.staff.access-log.col.hints")).setKey("hints")
                .setAutoWidth(true);
        refusals.setItems(fetch -> accessLog.securityEvents(refusalQuery, fetch.getOffset(), fetch.getLimit())
                .stream());
        refusals.setEmptyStateText(getTranslation("casehandling.staff.refusals.empty"));
        var part = new VerticalLayout(new Paragraph(getTranslation("casehandling.staff.refusals.intro")), filters,
                refusals);
        part.setPadding(false);
        part.setSizeFull();
        refusals.setSizeFull();
        refusals.setMinHeight("20em");
        part.setFlexGrow(1, refusals);
        return part;
    }


    private String partText(String code) {
        var key = partKeys.get(code);
        return key == null ? code : getTranslation(key);
    }



    private Component openButton(AccessLogLine line) {
        if (!line.identifiable()) {
            return new Span();
        }
        var open = new Button(getTranslation("casehandling.staff.access-log.open"), click -> open(line));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.setAriaLabel(getTranslation("casehandling.staff.access-log.open-row",
                SwedishTime.DATE_TIME_SECONDS.format(line.entry().occurredAt()),
                line.personName()));
        open.addClassName("access-log-open");
        return open;
    }

    /** Opens the row: the whole number and the name, read (and logged) when asked for. */
    private void open(AccessLogLine line) {
        Problems.attempt(this, () -> accessLog.entry(line.entry().id())).ifPresent(this::showDetails);
    }

    private void showDetails(AccessLogEntryDetails details) {
        var dialog = new Dialog();
        dialog.setId("access-log-entry");
        dialog.setHeaderTitle(getTranslation("casehandling.staff.access-log.entry.title"));
        var number = new Paragraph(getTranslation("casehandling.staff.access-log.entry.number",
                details.identityNumber()));
        number.setId("access-log-entry-number");
        var name = new Paragraph(getTranslation("casehandling.staff.access-log.entry.name", details.personName()));
        name.setId("access-log-entry-name");
        dialog.add(number, name);
        if (details.protection() != ProtectionLevel.NONE) {
            dialog.add(new Paragraph(getTranslation("casehandling.staff.protected")));
        }
        dialog.add(new Paragraph(getTranslation("casehandling.staff.access-log.entry.logged")));
        var close = new Button(getTranslation("casehandling.staff.access-log.entry.close"), click -> dialog.close());
        close.setId("access-log-entry-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    /** What was attempted, in words: "Läsa: ärende", "Öppna sidan: arenden", "Anropa: CaseHandling.list". */
    private String attemptText(SecurityEventLine event) {
        var operation = switch (event.attempt()) {
            case READ, CHANGE -> partText(event.operation());
            case VIEW, CALL, SIGN_IN -> event.operation();
        };
        return getTranslation("casehandling.staff.access-log.kind-and-what", attemptKindText(event.attempt()),
                operation);
    }

    private String attemptKindText(SecurityEvent.Attempt attempt) {
        return switch (attempt) {
            case READ -> getTranslation("casehandling.staff.refusals.attempt.read");
            case CHANGE -> getTranslation("casehandling.staff.refusals.attempt.change");
            case VIEW -> getTranslation("casehandling.staff.refusals.attempt.view");
            case CALL -> getTranslation("casehandling.staff.refusals.attempt.call");
            case SIGN_IN -> getTranslation("casehandling.staff.refusals.attempt.sign-in");
        };
    }

    private String reasonText(SecurityEvent.Reason reason) {
        return switch (reason) {
            case ROLE -> getTranslation("casehandling.staff.refusals.reason.role");
            case OUTSIDE_UNITS -> getTranslation("casehandling.staff.refusals.reason.outside-units");
            case PROTECTED_NOT_NAMED -> getTranslation("casehandling.staff.refusals.reason.protected-not-named");
            case UNKNOWN_TARGET -> getTranslation("casehandling.staff.refusals.reason.unknown-target");
            case NO_GRANT -> getTranslation("casehandling.staff.refusals.reason.no-grant");
            case SECOND_PERSON -> getTranslation("casehandling.staff.refusals.reason.second-person");
            case ACCOUNT_MISMATCH -> getTranslation("casehandling.staff.refusals.reason.account-mismatch");
            case NOT_SHARED -> getTranslation("casehandling.staff.refusals.reason.not-shared");
            case BLOCKED_BY_CLIENT -> getTranslation("casehandling.staff.refusals.reason.blocked-by-client");
        };
    }

    /** The record aimed at, by kind, the start of its id, and its unit's name when known ("Ärende 1a2b3c4d (Nord)"). */
    private String targetText(SecurityEventLine event) {
        if (event.targetKind() == null) {
            return "–";
        }
        var kind = switch (event.targetKind()) {
            case "CASE" -> getTranslation("casehandling.staff.refusals.target.case");
            case "PERSON" -> getTranslation("casehandling.staff.refusals.target.person");
            case "JOURNAL_ENTRY" -> getTranslation("casehandling.staff.refusals.target.journal-entry");
            case "DECISION" -> getTranslation("casehandling.staff.refusals.target.decision");
            case "INTERVENTION" -> getTranslation("casehandling.staff.refusals.target.intervention");
            case "CARE_PLAN" -> getTranslation("casehandling.staff.refusals.target.care-plan");
            case "COORDINATED_PLAN" -> getTranslation("casehandling.staff.refusals.target.coordinated-plan");
            case "UNIT" -> getTranslation("casehandling.staff.refusals.target.unit");
            case "ACCESS_LOG_ENTRY" -> getTranslation("casehandling.staff.refusals.target.access-log-entry");
            default -> event.targetKind();
        };
        var id = event.targetId() == null ? "" : event.targetId().length() > 8 && event.targetId().charAt(8) == '-'
                ? event.targetId().substring(0, 8) : event.targetId();
        return event.targetUnitName() == null
                ? getTranslation("casehandling.staff.refusals.target-line", kind, id)
                : getTranslation("casehandling.staff.refusals.target-in-unit-line", kind, id, event.targetUnitName());
    }

    private Component refusalHints(SecurityEventLine event) {
        var badges = new HorizontalLayout();
        badges.setPadding(false);
        if (event.manyRefusals()) {
            badges.add(badge(getTranslation("casehandling.staff.refusals.hint.many")));
        }
        return badges;
    }

    private static Span badge(String text) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge contrast");
        return badge;
    }

    private void search() {
        Problems.attempt(this, () -> {
            var who = resolvePerson();
            return new AccessLogQuery(who.orElse(null), user.getValue(), start(from.getValue()), end(to.getValue()),
                    onlyHints.getValue());
        }).ifPresent(found -> {
            query = found;
            grid.getDataProvider().refreshAll();
        });
    }

    private void searchRefusals() {
        Problems.attempt(this, () -> new SecurityEventQuery(refusalUser.getValue(), start(refusalFrom.getValue()),
                end(refusalTo.getValue()))).ifPresent(found -> {
                    refusalQuery = found;
                    refusals.getDataProvider().refreshAll();
                });
    }

    private static java.time.Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(SwedishTime.ZONE).toInstant();
    }

    private static java.time.Instant end(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(SwedishTime.ZONE).toInstant().minusMillis(1);
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
