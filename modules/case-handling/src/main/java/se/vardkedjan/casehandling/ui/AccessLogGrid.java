package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouterLink;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.AccessLogParts;
import se.vardkedjan.casehandling.readmodel.AccessLogLine;
import se.vardkedjan.uikit.SwedishTime;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import se.vardkedjan.accesslog.AccessLogSort;
import se.vardkedjan.accesslog.Purpose;

import java.text.Collator;
import java.text.ListFormat;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The access-log review's table, shared by the unit manager's log ({@link AccessLogView}) and the case page's own
 * ({@link AccessLogSection}): one line per page opened, saying every part it read ("Öppnade ärendet (ärende,
 * utredning och beslut)"), the person as the review may show them with a link to the case, the purpose and the hints
 * in words. Nothing is cut: cells wrap, the columns share the width, and the table fills the height it is given.
 * Every column sorts: shown from a list (the case page's log, at most {@link #IN_MEMORY} lines) in memory; shown
 * lazily page by page (the unit manager's whole log, {@link #sortedByTheDatabase}) by the database, over the rows
 * the review's pin holds, before the page is cut (ADR 0021).
 */
class AccessLogGrid extends Grid<AccessLogLine> {

    /** The most lines a grid shows from a list, sortable in every column. */
    static final int IN_MEMORY = 500;

    private final Map<String, String> partKeys = new HashMap<>();

    /**
     * @param withPerson whether to show the person and case column (the case page's own log names one person)
     */
    AccessLogGrid(List<AccessLogParts> parts, boolean withPerson) {
        parts.forEach(table -> partKeys.putAll(table.textKeys()));
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setMultiSort(false);
        var time = addColumn(line -> SwedishTime.DATE_TIME_SECONDS.format(line.entry().occurredAt()))
                .setHeader(getTranslation("casehandling.staff.access-log.col.time")).setKey("time")
                .setAutoWidth(true).setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparing((AccessLogLine line) -> line.entry().occurredAt()));
        addColumn(this::userText).setHeader(getTranslation("casehandling.staff.access-log.col.user"))
                .setKey("user").setFlexGrow(2).setSortable(true).setComparator(Comparator.comparing(this::userText));
        if (withPerson) {
            addColumn(new ComponentRenderer<>(this::personAndCase))
                    .setHeader(getTranslation("casehandling.staff.access-log.col.person-and-case")).setKey("person")
                    .setFlexGrow(5).setSortable(true).setComparator(Comparator.comparing(this::personText));
        }
        addColumn(this::whatText).setHeader(getTranslation("casehandling.staff.access-log.col.what"))
                .setKey("what").setFlexGrow(3).setSortable(true).setComparator(Comparator.comparing(this::whatText));
        addColumn(line -> getTranslation(line.entry().purpose().textKey()))
                .setHeader(getTranslation("casehandling.staff.access-log.col.purpose")).setKey("purpose")
                .setFlexGrow(1).setSortable(true)
                .setComparator(Comparator.comparing((AccessLogLine line) -> getTranslation(
                        line.entry().purpose().textKey())));
        addColumn(new ComponentRenderer<>(this::hints))
                .setHeader(getTranslation("casehandling.staff.access-log.col.hints")).setKey("hints")
                .setFlexGrow(2).setSortable(true)
                .setComparator(Comparator.comparing((AccessLogLine line) -> line.entry().hints().size()));
        sort(GridSortOrder.desc(time).build());
        setSizeFull();
        setMinHeight("20em");
    }

    /**
     * Read page by page (the unit manager's whole log): every column still sorts, but the database sorts it
     * ({@link #sortOf}); the columns' keys are the sort keys the access-log module knows.
     */
    AccessLogGrid sortedByTheDatabase() {
        getColumns().forEach(column -> column.setSortProperty(column.getKey()));
        return this;
    }

    /**
     * The order a page of the lazily read log asks the database for: the column sorted by, with the codes of what was
     * read and of purposes in the order of their texts in the reader's language; newest first when nothing is sorted.
     */
    AccessLogSort sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return AccessLogSort.newestFirst();
        }
        var order = orders.getFirst();
        var textOrder = switch (order.getSorted()) {
            case "what" -> inTextOrder(partKeys.keySet(), this::partText);
            case "purpose" -> inTextOrder(Arrays.stream(Purpose.values()).map(Purpose::name).toList(),
                    code -> getTranslation(Purpose.valueOf(code).textKey()));
            default -> List.<String>of();
        };
        return AccessLogSort.of(order.getSorted(), order.getDirection() == SortDirection.DESCENDING, textOrder);
    }

    private List<String> inTextOrder(Collection<String> codes, Function<String, String> text) {
        var collator = Collator.getInstance(getLocale());
        return codes.stream().sorted(Comparator.comparing(text, collator)).toList();
    }

    /** The first column the view adds itself (the "Visa" button) goes last and keeps its size. */
    Column<AccessLogLine> addFixedColumn(Function<AccessLogLine, Component> cell, String headerKey, String key) {
        return addColumn(new ComponentRenderer<>(cell::apply)).setHeader(getTranslation(headerKey)).setKey(key)
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.START);
    }

    String userText(AccessLogLine line) {
        return getTranslation("casehandling.staff.access-log.user-line", line.entry().actorName(),
                line.entry().actorUsername());
    }

    /**
     * What the page read or changed, in words: "Öppnade ärendet (ärende, utredning och beslut)" for a case page that
     * read several parts, else "Läste: utredning och beslut". A code without a text of its own shows as it is.
     */
    String whatText(AccessLogLine line) {
        var entry = line.entry();
        var names = entry.parts().stream().map(this::partText).toList();
        var list = ListFormat.getInstance(getLocale(), ListFormat.Type.STANDARD, ListFormat.Style.FULL).format(names);
        if (entry.kind() == AccessKind.READ && entry.caseId() != null && entry.parts().size() > 1
                && entry.parts().contains("CASE")) {
            return getTranslation("casehandling.staff.access-log.opened-case", list);
        }
        return getTranslation("casehandling.staff.access-log.kind-and-what", getTranslation(entry.kind().textKey()),
                list);
    }

    String partText(String code) {
        var key = partKeys.get(code);
        return key == null ? code : getTranslation(key);
    }

    /**
     * The line's person as the review may show them: the masked number and the name; for a protected person outside
     * the reviewer's need to know, the protection alone.
     */
    String personText(AccessLogLine line) {
        if (line.maskedIdentityNumber() == null && line.personName() == null) {
            return line.protection().isProtected() ? getTranslation("casehandling.staff.protected")
                    : getTranslation("casehandling.staff.access-log.person-unknown");
        }
        var person = getTranslation("casehandling.staff.access-log.person-line", line.maskedIdentityNumber(),
                line.personName());
        return line.protection().isProtected()
                ? getTranslation("casehandling.staff.access-log.protected-person-line",
                        getTranslation("casehandling.staff.protected"), person)
                : person;
    }

    /**
     * The person, and when the access went through a case, a link to it with its unit's name ("Vera Vik
     * 19800101-**** · ärende i Nord, beroende"); no link for a person the reviewer may not identify.
     */
    private Component personAndCase(AccessLogLine line) {
        var cell = new Span();
        var person = personText(line);
        var caseId = line.entry().caseId();
        if (caseId == null) {
            cell.setText(person);
            return cell;
        }
        var text = getTranslation("casehandling.staff.access-log.person-in-case", person,
                line.caseUnitName() == null ? "–" : line.caseUnitName());
        if (!line.identifiable()) {
            cell.setText(text);
            return cell;
        }
        var link = new RouterLink(text, CaseView.class, CaseView.parameters(caseId));
        link.addClassName("access-log-case-link");
        cell.add(link);
        return cell;
    }

    private Component hints(AccessLogLine line) {
        var badges = new HorizontalLayout();
        badges.setPadding(false);
        badges.setSpacing(true);
        badges.setWrap(true);
        line.entry().hints().stream().sorted().forEach(hint -> badges.add(badge(getTranslation(hint.textKey()))));
        return badges;
    }

    static Span badge(String text) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge contrast");
        return badge;
    }
}
