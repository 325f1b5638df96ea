package se.vardkedjan.followup.group.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Abbr;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.followup.group.AgeGroup;
import se.vardkedjan.followup.group.Dimension;
import se.vardkedjan.followup.group.GroupFilter;
import se.vardkedjan.followup.GroupFollowUp;
import se.vardkedjan.followup.group.GroupTable;
import se.vardkedjan.followup.group.Measure;
import se.vardkedjan.followup.group.Sex;
import se.vardkedjan.followup.group.export.ExportTable;
import se.vardkedjan.followup.group.export.TableExport;
import se.vardkedjan.organisation.Organisation;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;
import se.vardkedjan.uikit.ViewClock;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Group follow-up at /uppfoljning (issue 13, ADR 0031) for unit managers (their own units) and analysts (every unit,
 * aggregates only): four views — volume, money, time limits, documentation quality — each a table with a chart of the
 * same figures beside it, filtered, small cells shown as "–" with the reason, exportable as CSV and XLSX. A unit
 * manager may also see figures per caseworker and open the cases of their units that lack a documentation flag.
 */
@Route("uppfoljning")
@Menu(order = 30, title = "followup.menu.overview", icon = "vaadin:chart")
@RolesAllowed({Roles.UNIT_MANAGER, Roles.ANALYST})
class GroupFollowUpView extends VerticalLayout implements HasDynamicTitle {

    private final GroupFollowUp group;
    private final Organisation organisation;
    private final boolean unitManager;
    private final Set<UnitCode> ownUnits;
    private final FormProblems problems = new FormProblems(this, "group-filter");
    private final DateField from;
    private final DateField to;
    private final MultiSelectComboBox<String> districts = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> units = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Sex> sexes = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<AgeGroup> ageGroups = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> types = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> methods = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> providers = new MultiSelectComboBox<>();
    private final Tabs tabs = new Tabs();
    private final Map<Tab, Measure.View> views = new HashMap<>();
    private final Select<Measure> measure = new Select<>();
    private final Select<Dimension> rows = new Select<>();
    private final Select<Dimension> columns = new Select<>();
    private final Div result = new Div();
    private final Map<String, String> districtNames = new HashMap<>();
    private final Map<String, String> unitNames = new HashMap<>();
    private final Map<String, String> methodNames = new HashMap<>();
    private final Map<String, String> providerNames = new HashMap<>();

    GroupFollowUpView(GroupFollowUp group, Organisation organisation, CurrentActor currentActor, ViewClock clock) {
        this.group = group;
        this.organisation = organisation;
        var actor = currentActor.require();
        this.unitManager = actor.hasRole(Roles.UNIT_MANAGER);
        this.ownUnits = actor.units();
        setId("group-follow-up");
        var heading = new H1(getTranslation("followup.group.title"));
        heading.setId("group-heading");
        add(heading, new Paragraph(getTranslation(actor.hasRole(Roles.ANALYST) ? "followup.group.intro.analyst"
                : "followup.group.intro.unit-manager")), refreshed());

        organisation.districts().forEach(d -> districtNames.put(d.code(), d.name()));
        organisation.units().forEach(u -> unitNames.put(u.code().value(), u.name()));
        var choices = group.choices(!"en".equals(getLocale().getLanguage()));
        choices.get("methods").forEach(c -> methodNames.put(c.code(), c.name()));
        choices.get("providers").forEach(c -> providerNames.put(c.code(), c.name()));

        from = new DateField(getTranslation("followup.group.filter.from"), clock.today().minusYears(1).plusDays(1));
        to = new DateField(getTranslation("followup.group.filter.to"), clock.today());
        from.setId("group-from");
        to.setId("group-to");
        problems.required("followup.group.filter.from", from);
        problems.required("followup.group.filter.to", to);
        problems.field(GroupFilter.PERIOD, to);
        multi(districts, "group-districts", "followup.group.filter.districts", districtNames.keySet(), districtNames::get);
        var seenUnits = actor.hasRole(Roles.ANALYST) ? unitNames.keySet()
                : ownUnits.stream().map(UnitCode::value).collect(Collectors.toSet());
        multi(units, "group-units", "followup.group.filter.units", seenUnits, code -> unitNames.getOrDefault(code, code));
        sexes.setItems(Sex.values());
        sexes.setItemLabelGenerator(s -> getTranslation(GroupTexts.sex(s)));
        sexes.setLabel(getTranslation("followup.group.filter.sexes"));
        sexes.setId("group-sexes");
        ageGroups.setItems(AgeGroup.values());
        ageGroups.setItemLabelGenerator(a -> getTranslation("followup.group.age", a.code()));
        ageGroups.setLabel(getTranslation("followup.group.filter.age-groups"));
        ageGroups.setId("group-age-groups");
        multi(types, "group-types", "followup.group.filter.types",
                Arrays.stream(InterventionType.values()).map(Enum::name).toList(), this::typeLabel);
        multi(methods, "group-methods", "followup.group.filter.methods", methodNames.keySet(), methodNames::get);
        multi(providers, "group-providers", "followup.group.filter.providers", providerNames.keySet(), providerNames::get);
        var show = new Button(getTranslation("followup.group.show"), click -> show());
        show.setId("group-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var filters = new H2(getTranslation("followup.group.filter.title"));
        add(filters, problems.summary(), new FieldRow(from, to), new FieldRow(districts, units, sexes, ageGroups),
                new FieldRow(types, methods, providers));

        for (var view : Measure.View.values()) {
            var tab = new Tab(getTranslation(GroupTexts.view(view)));
            tab.setId("group-tab-" + view.name().toLowerCase().replace('_', '-'));
            views.put(tab, view);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(change -> chooseView());
        measure.setLabel(getTranslation("followup.group.measure"));
        measure.setId("group-measure");
        measure.setItemLabelGenerator(m -> getTranslation(GroupTexts.measure(m)));
        measure.addValueChangeListener(change -> dimensions());
        rows.setLabel(getTranslation("followup.group.rows"));
        rows.setId("group-rows");
        rows.setItemLabelGenerator(d -> getTranslation(GroupTexts.dimension(d)));
        columns.setLabel(getTranslation("followup.group.columns"));
        columns.setId("group-columns");
        columns.setItemLabelGenerator(d -> getTranslation(GroupTexts.dimension(d)));
        result.setId("group-result");
        result.setWidthFull();
        add(tabs, new FieldRow(measure, rows, columns), show, result);
        chooseView();
        show();
    }

    private Component refreshed() {
        var text = Problems.attempt(this, group::lastRefresh).flatMap(found -> found)
                .map(at -> getTranslation("followup.group.refreshed", SwedishTime.DATE_TIME.format(at)))
                .orElseGet(() -> getTranslation("followup.group.not-refreshed"));
        var paragraph = new Paragraph(text);
        paragraph.setId("group-refreshed");
        return paragraph;
    }

    private void multi(MultiSelectComboBox<String> box, String id, String labelKey, java.util.Collection<String> items,
                           java.util.function.Function<String, String> name) {
        box.setItems(items.stream().sorted((a, b) -> name.apply(a).compareTo(name.apply(b))).toList());
        box.setItemLabelGenerator(name::apply);
        box.setLabel(getTranslation(labelKey));
        box.setId(id);
    }

    private Measure.View view() {
        return views.getOrDefault(tabs.getSelectedTab(), Measure.View.VOLUME);
    }

    private void chooseView() {
        var view = view();
        boolean documentation = view == Measure.View.DOCUMENTATION;
        measure.setVisible(!documentation);
        columns.setVisible(!documentation);
        if (documentation) {
            var choices = new ArrayList<>(List.of(Dimension.UNIT, Dimension.DISTRICT));
            if (unitManager) {
                choices.add(Dimension.CASEWORKER);
            }
            rows.setItems(choices);
            rows.setValue(Dimension.UNIT);
        } else {
            var measures = Arrays.stream(Measure.values()).filter(m -> m.view() == view).toList();
            measure.setItems(measures);
            measure.setValue(measures.getFirst());
            dimensions();
        }
        result.removeAll();
    }

    private void dimensions() {
        var chosen = measure.getValue();
        if (chosen == null) {
            return;
        }
        var rowChoices = Arrays.stream(Dimension.values()).filter(d -> d != Dimension.NONE)
                .filter(d -> GroupFollowUp.splits(chosen, d)).filter(d -> d != Dimension.CASEWORKER || unitManager)
                .toList();
        var previousRows = rows.getValue();
        rows.setItems(rowChoices);
        rows.setValue(rowChoices.contains(previousRows) ? previousRows : Dimension.DISTRICT);
        var columnChoices = new ArrayList<Dimension>();
        columnChoices.add(Dimension.NONE);
        for (var d : List.of(Dimension.SEX, Dimension.AGE_GROUP, Dimension.DISTRICT, Dimension.BY_DECISION)) {
            if (GroupFollowUp.splits(chosen, d)) {
                columnChoices.add(d);
            }
        }
        var previousColumns = columns.getValue();
        columns.setItems(columnChoices);
        columns.setValue(columnChoices.contains(previousColumns) ? previousColumns : Dimension.NONE);
    }

    private Optional<GroupFilter> filter() {
        if (!problems.check()) {
            return Optional.empty();
        }
        return problems.attemptRules(() -> new GroupFilter(from.getValue(), to.getValue(), districts.getValue(),
                units.getValue(), providers.getValue().stream().map(UUID::fromString).collect(Collectors.toSet()),
                types.getValue(), methods.getValue(), sexes.getValue(), ageGroups.getValue()));
    }

    private void show() {
        result.removeAll();
        var filter = filter();
        if (filter.isEmpty()) {
            return;
        }
        var view = view();
        if (view == Measure.View.DOCUMENTATION) {
            Problems.attempt(this, () -> group.documentation(rows.getValue(), filter.get())).ifPresent(table -> {
                render(table, getTranslation("followup.group.documentation.title", getTranslation(GroupTexts.dimension(rows.getValue()))), Measure.Kind.SHARE);
                if (unitManager) {
                    result.add(drillDown(filter.get()));
                }
            });
            return;
        }
        var chosen = measure.getValue();
        Problems.attempt(this, () -> group.table(chosen, rows.getValue(), columns.getValue(), filter.get()))
                .ifPresent(table -> render(table, title(chosen), chosen.kind()));
        // each figure's definition, written on the page (Öppna jämförelser asks for it)
        var definition = new Paragraph(getTranslation(GroupTexts.definition(chosen)));
        definition.setId("group-definition");
        result.add(definition);
        if (view == Measure.View.MONEY) {
            int year = filter.get().to().getYear();
            var type = types.getValue().size() == 1 ? types.getValue().iterator().next() : "";
            Problems.attempt(this, () -> group.budget(year, type, filter.get().districts())).ifPresent(table ->
                    render(table, getTranslation("followup.group.budget.title", year), Measure.Kind.AMOUNT));
        }
        if (view == Measure.View.OUTCOMES) {
            var about = new Paragraph(getTranslation("followup.group.outcomes.about"));
            about.setId("group-outcomes-about");
            result.add(about);
        }
        result.add(committeeReport(filter.get()));
    }

    /**
     * The committee's report: every view's main figures by district for the filter as shown now (suppression kept),
     * each with its definition, the filter and the refresh time, as a PDF. The figures are read through the facade
     * when the report is downloaded, with the filter captured here.
     */
    private Component committeeReport(GroupFilter filter) {
        var title = getTranslation("followup.group.report.title");
        var lines = List.of(filterText(filter),
                Problems.attempt(this, group::lastRefresh).flatMap(found -> found)
                        .map(at -> getTranslation("followup.group.refreshed", SwedishTime.DATE_TIME.format(at)))
                        .orElseGet(() -> getTranslation("followup.group.not-refreshed")),
                getTranslation("followup.group.report.suppression"));
        var language = "en".equals(getLocale().getLanguage()) ? "en" : "sv";
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var sections = new ArrayList<se.vardkedjan.followup.group.export.CommitteeReport.Section>();
            for (var view : List.of(Measure.View.VOLUME, Measure.View.MONEY, Measure.View.TIME_LIMITS,
                    Measure.View.OUTCOMES, Measure.View.OPEN_COMPARISONS)) {
                for (var chosen : Arrays.stream(Measure.values()).filter(m -> m.view() == view).toList()) {
                    var table = group.table(chosen, Dimension.DISTRICT, Dimension.NONE, filter);
                    var heading = getTranslation(GroupTexts.view(view)) + ": "
                            + getTranslation(GroupTexts.measure(chosen));
                    sections.add(new se.vardkedjan.followup.group.export.CommitteeReport.Section(heading,
                            getTranslation(GroupTexts.definition(chosen)) + " "
                                    + getTranslation(GroupTexts.unit(chosen.kind())),
                            shown(exportOf(table, heading, chosen.kind()), table, chosen.kind())));
                }
            }
            var documentation = group.documentation(Dimension.DISTRICT, filter);
            var heading = getTranslation("followup.group.view.DOCUMENTATION");
            sections.add(new se.vardkedjan.followup.group.export.CommitteeReport.Section(heading,
                    getTranslation("followup.group.definition.DOCUMENTATION"),
                    shown(exportOf(documentation, heading, Measure.Kind.SHARE), documentation, Measure.Kind.SHARE)));
            var bytes = se.vardkedjan.followup.group.export.CommitteeReport.pdf(title, language, lines, sections,
                    section -> figure -> figure.toPlainString());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "rapport-uppfoljning.pdf",
                    "application/pdf", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("followup.group.report.download"));
        anchor.setId("group-report-pdf");
        var paragraph = new Paragraph(anchor);
        paragraph.setId("group-report");
        return paragraph;
    }

    /** An export table with its figures written as on the page (a count, kronor, one decimal for days and %). */
    private ExportTable shown(ExportTable export, GroupTable table, Measure.Kind kind) {
        var rows = new ArrayList<List<Object>>();
        for (var row : export.rows()) {
            var line = new ArrayList<Object>();
            for (int c = 0; c < row.size(); c++) {
                var value = row.get(c);
                line.add(value instanceof BigDecimal figure
                        ? format(figure, kindOf(table.columns().get(c - 1), kind)) : value);
            }
            rows.add(line);
        }
        // the reason a figure is not available stays with the table in the report
        return new ExportTable(export.title(), export.header(), rows,
                notAvailable(table) ? List.of(notAvailableNote(table)) : List.of());
    }

    private String filterText(GroupFilter filter) {
        var text = new StringBuilder(getTranslation("followup.group.report.period",
                SwedishTime.DATE.format(filter.from()), SwedishTime.DATE.format(filter.to())));
        part(text, "followup.group.filter.districts",
                filter.districts().stream().map(d -> districtNames.getOrDefault(d, d)).sorted().toList());
        part(text, "followup.group.filter.units",
                filter.units().stream().map(u -> unitNames.getOrDefault(u, u)).sorted().toList());
        part(text, "followup.group.filter.sexes",
                filter.sexes().stream().map(x -> getTranslation(GroupTexts.sex(x))).toList());
        part(text, "followup.group.filter.age-groups",
                filter.ageGroups().stream().map(a -> getTranslation("followup.group.age", a.code())).toList());
        part(text, "followup.group.filter.types",
                filter.interventionTypes().stream().map(this::typeLabel).sorted().toList());
        part(text, "followup.group.filter.methods",
                filter.methods().stream().map(m -> methodNames.getOrDefault(m, m)).sorted().toList());
        part(text, "followup.group.filter.providers", filter.providers().stream().map(UUID::toString)
                .map(p -> providerNames.getOrDefault(p, p)).sorted().toList());
        return text.toString();
    }

    private void part(StringBuilder text, String labelKey, List<String> values) {
        if (!values.isEmpty()) {
            text.append("; ").append(getTranslation(labelKey)).append(": ").append(String.join(", ", values));
        }
    }

    private String title(Measure chosen) {
        var text = getTranslation(GroupTexts.measure(chosen)) + " " + getTranslation("followup.group.by") + " "
                + getTranslation(GroupTexts.dimension(rows.getValue())).toLowerCase();
        if (columns.getValue() != Dimension.NONE) {
            text += " " + getTranslation("followup.group.and") + " "
                    + getTranslation(GroupTexts.dimension(columns.getValue())).toLowerCase();
        }
        return text + ", " + SwedishTime.DATE.format(from.getValue()) + "–" + SwedishTime.DATE.format(to.getValue());
    }

    /** The table, its chart and its downloads: the export is the table as shown, so "–" stays "–". */
    private void render(GroupTable table, String title, Measure.Kind kind) {
        var export = exportOf(table, title, kind);
        var section = new Div();
        section.addClassName("group-table");
        var id = "group-table-" + table.measure().toLowerCase().replace('_', '-');
        section.setId(id);
        var heading = new H2(title);
        section.add(heading);

        var nativeTable = new NativeTable();
        nativeTable.setId(id + "-table");
        var caption = nativeTable.getCaption();
        caption.setText(title);
        var head = new NativeTableRow();
        for (int c = 0; c < export.header().size(); c++) {
            var cell = new NativeTableHeaderCell(export.header().get(c));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        nativeTable.getHead().add(head);
        var body = nativeTable.getBody();
        for (int r = 0; r < export.rows().size(); r++) {
            var row = export.rows().get(r);
            var cells = table.rows().get(r).cells();
            var line = new NativeTableRow();
            var rowHeader = new NativeTableHeaderCell((String) row.getFirst());
            rowHeader.getElement().setAttribute("scope", "row");
            line.add(rowHeader);
            for (int c = 1; c < row.size(); c++) {
                var value = row.get(c);
                var cell = new NativeTableCell();
                if ("–".equals(value)) {
                    var dash = new Abbr("–");
                    dash.setTitle(getTranslation("followup.group.suppressed.short", table.minimum()));
                    cell.add(dash);
                } else if (cells.get(c - 1).notAvailable()) {
                    cell.setText(value + " *");
                } else {
                    cell.setText(value instanceof BigDecimal figure
                            ? format(figure, kindOf(table.columns().get(c - 1), kind)) : (String) value);
                }
                cell.getStyle().set("text-align", "right");
                line.add(cell);
            }
            body.add(line);
        }
        // The chart draws the columns of the table's own kind (not the cases beside shares, nor a share beside
        // kronor), and not the totals.
        var charted = new ArrayList<Integer>();
        for (int c = 0; c < table.columns().size(); c++) {
            var column = table.columns().get(c);
            if (!GroupTable.TOTAL.equals(column) && kindOf(column, kind) == kind) {
                charted.add(c);
            }
        }
        var chartGroups = new ArrayList<BarChart.Group>();
        int bodyRows = table.rowTotal() ? table.rows().size() - 1 : table.rows().size();
        for (int r = 0; r < bodyRows; r++) {
            var row = table.rows().get(r);
            chartGroups.add(new BarChart.Group(label(table.rowDimension(), row.key()),
                    charted.stream().map(c -> row.cells().get(c).value()).toList()));
        }
        var seriesLabels = charted.stream().map(c -> export.header().get(c + 1)).toList();
        var chart = new Html("<div class=\"group-chart-box\">" + BarChart.svg(getTranslation("followup.group.chart.label", title),
                seriesLabels, chartGroups, figure -> format(figure, kind)) + "</div>");
        chart.setId(id + "-chart");
        // a figure that is not available has no bar (a bar of 0 or a "–" would say something else)
        var figures = notAvailable(table) ? new FlexLayout(nativeTable) : new FlexLayout(nativeTable, chart);
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-l)");
        section.add(figures);
        if (notAvailable(table)) {
            var footnote = new Paragraph("* " + notAvailableNote(table));
            footnote.setId(id + "-not-available");
            section.add(footnote);
        }
        var note = new Paragraph(getTranslation("followup.group.suppressed.explained", table.minimum()));
        note.setId(id + "-note");
        var csv = download(export, id, "csv", "text/csv;charset=UTF-8");
        var xlsx = download(export, id, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        section.add(note, new Paragraph(csv, new com.vaadin.flow.component.html.Span(" "), xlsx));
        result.add(section);
    }

    private Anchor download(ExportTable export, String id, String kind, String type) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = "csv".equals(kind) ? TableExport.csv(export) : TableExport.xlsx(export);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "uppfoljning." + kind, type, bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation(GroupTexts.download(kind)));
        anchor.setId(id + "-" + kind);
        return anchor;
    }

    private ExportTable exportOf(GroupTable table, String title, Measure.Kind kind) {
        var header = new ArrayList<String>();
        header.add(getTranslation(GroupTexts.dimension(table.rowDimension())));
        for (var column : table.columns()) {
            header.add(columnLabel(table, column));
        }
        var lines = new ArrayList<List<Object>>();
        for (var row : table.rows()) {
            var line = new ArrayList<Object>();
            line.add(label(table.rowDimension(), row.key()));
            for (var cell : row.cells()) {
                line.add(cell.suppressed() ? "–"
                        : cell.notAvailable() ? getTranslation("followup.group.not-available")
                        : cell.value() == null ? "" : cell.value());
            }
            lines.add(line);
        }
        var notes = new ArrayList<String>();
        if (notAvailable(table)) {
            notes.add(notAvailableNote(table));
        }
        notes.add(getTranslation("followup.group.suppressed.explained", table.minimum()));
        notes.add(getTranslation(GroupTexts.unit(kind)));
        return new ExportTable(title, header, lines, notes);
    }

    private static boolean notAvailable(GroupTable table) {
        return table.rows().stream().flatMap(row -> row.cells().stream()).anyMatch(GroupTable.Cell::notAvailable);
    }

    /** Why a figure is not available: the instrument's definition gives no reliable-change threshold. */
    private String notAvailableNote(GroupTable table) {
        var instrument = Measure.valueOf(table.measure()).instrument();
        return getTranslation("followup.group.not-available.explained", instrument);
    }

    private String columnLabel(GroupTable table, String column) {
        if (GroupTable.TOTAL.equals(column)) {
            return getTranslation("followup.group.total");
        }
        if ("DOCUMENTATION".equals(table.measure())) {
            return getTranslation(GroupTexts.flag(column));
        }
        if ("BUDGET".equals(table.measure())) {
            return getTranslation(GroupTexts.budget(column));
        }
        if (table.columnDimension() == Dimension.NONE) {
            return getTranslation(GroupTexts.measure(Measure.valueOf(table.measure())));
        }
        return label(table.columnDimension(), column);
    }

    private String label(Dimension dimension, String key) {
        if (GroupTable.TOTAL.equals(key)) {
            return getTranslation("followup.group.total");
        }
        if (key == null || key.isEmpty()) {
            return getTranslation(dimension == Dimension.DISTRICT ? "followup.group.whole-municipality" : "followup.group.none");
        }
        return switch (dimension) {
            case DISTRICT -> districtNames.getOrDefault(key, key);
            case UNIT -> unitNames.getOrDefault(key, key);
            case SEX -> getTranslation(GroupTexts.sex(Sex.valueOf(key)));
            case AGE_GROUP -> getTranslation("followup.group.age", key);
            case INTERVENTION_TYPE -> typeLabel(key);
            case METHOD -> methodNames.getOrDefault(key, key);
            case PROVIDER -> providerNames.getOrDefault(key, key);
            case BY_DECISION -> getTranslation(GroupTexts.byDecision(key));
            case CASEWORKER -> organisation.staffNames(List.of(key)).of(key);
            default -> key;
        };
    }

    private String typeLabel(String type) {
        return getTranslation(GroupTexts.interventionType(type));
    }

    /** How a column's figures are written: the cases are a count, the budget and cost kronor, the share used %. */
    private static Measure.Kind kindOf(String column, Measure.Kind tableKind) {
        return switch (column) {
            case GroupFollowUp.CASES -> Measure.Kind.COUNT;
            case "budget", "cost" -> Measure.Kind.AMOUNT;
            case "used" -> Measure.Kind.SHARE;
            default -> tableKind;
        };
    }

    private String format(BigDecimal figure, Measure.Kind kind) {
        var format = NumberFormat.getNumberInstance(SwedishTime.LOCALE);
        int decimals = kind == Measure.Kind.DAYS || kind == Measure.Kind.SHARE || kind == Measure.Kind.CHANGE
                ? 1 : 0;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(figure.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** The unit manager's drill-down: the cases of one of their units that lack a flag, each read logged. */
    private Component drillDown(GroupFilter filter) {
        var box = new Div();
        box.setId("group-drill-down");
        box.add(new H2(getTranslation("followup.group.drill-down.title")));
        var unit = new Select<UnitCode>();
        unit.setLabel(getTranslation("followup.group.drill-down.unit"));
        unit.setId("group-drill-down-unit");
        unit.setItems(ownUnits.stream().sorted((a, b) -> a.value().compareTo(b.value())).toList());
        unit.setItemLabelGenerator(code -> unitNames.getOrDefault(code.value(), code.value()));
        ownUnits.stream().findFirst().ifPresent(unit::setValue);
        var flag = new Select<String>();
        flag.setLabel(getTranslation("followup.group.drill-down.flag"));
        flag.setId("group-drill-down-flag");
        flag.setItems(GroupFollowUp.FLAGS);
        flag.setItemLabelGenerator(f -> getTranslation(GroupTexts.flag(f)));
        flag.setValue(GroupFollowUp.FLAGS.getFirst());
        var list = new UnorderedList();
        list.setId("group-drill-down-cases");
        var open = new Button(getTranslation("followup.group.drill-down.show"), click -> {
            list.removeAll();
            if (unit.getValue() == null) {
                return;
            }
            Problems.attempt(this, () -> group.casesLacking(unit.getValue(), flag.getValue(), filter))
                    .ifPresent(cases -> {
                        if (cases.isEmpty()) {
                            list.add(new ListItem(getTranslation("followup.group.drill-down.none")));
                        }
                        var staff = organisation.staffNames(cases.stream().map(GroupFollowUp.LackingCase::responsible)
                                .filter(java.util.Objects::nonNull).distinct().toList());
                        for (var lacking : cases) {
                            var id = lacking.caseId().value().toString();
                            var who = lacking.clientName() != null ? lacking.clientName()
                                    : getTranslation("followup.group.drill-down.protected");
                            var text = lacking.responsible() != null
                                    ? getTranslation("followup.group.drill-down.case", who, lacking.receivedOn(),
                                            staff.of(lacking.responsible()))
                                    : getTranslation("followup.group.drill-down.case-no-responsible", who,
                                            lacking.receivedOn());
                            list.add(new ListItem(new Anchor("arenden/" + id, text)));
                        }
                        if (cases.size() >= GroupFollowUp.DRILL_DOWN_LIMIT) {
                            var more = new ListItem(getTranslation("followup.group.drill-down.limit",
                                    GroupFollowUp.DRILL_DOWN_LIMIT));
                            more.setId("group-drill-down-limit");
                            list.add(more);
                        }
                    });
        });
        open.setId("group-drill-down-show");
        box.add(new Paragraph(getTranslation("followup.group.drill-down.explained")), new FieldRow(unit, flag), open, list);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.group.title");
    }
}
