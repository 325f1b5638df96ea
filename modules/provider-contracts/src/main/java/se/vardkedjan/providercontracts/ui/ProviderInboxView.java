package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.ProviderAssignmentGroup;
import se.vardkedjan.providercontracts.ProviderAssignmentPage;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.Problems;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The provider's inbox ({@code /utforare/uppdrag}, ADR 0027): the assignments sent to the user's organisations in four
 * tabs — new, accepted, running, ended — newest sent first, a page of {@value #PAGE} at a time, read from the database
 * page by page through the same list as the API ({@code Assignments.addressedToProvider}). Each row: sent, intervention type, method, start, state, whether the provider was reminded, and a link
 * to the assignment's page. No client is named here.
 */
@Route("utforare/uppdrag")
@Menu(order = 20, title = "providercontracts.menu.inbox", icon = "vaadin:inbox")
@RolesAllowed(Roles.PROVIDER_STAFF)
class ProviderInboxView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 25;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Assignments assignments;
    private final Map<ProviderAssignmentGroup, Tab> tabs = new EnumMap<>(ProviderAssignmentGroup.class);
    private final VerticalLayout content = new VerticalLayout();
    private ProviderAssignmentGroup tab = ProviderAssignmentGroup.NEW;
    private int page;

    ProviderInboxView(Assignments assignments) {
        this.assignments = assignments;
        var heading = new H1(getTranslation("providercontracts.inbox.title"));
        heading.setId("inbox-heading");
        var bar = new Tabs();
        bar.setId("inbox-tabs");
        for (var each : ProviderAssignmentGroup.values()) {
            var item = new Tab(getTranslation(tabKey(each)));
            item.setId("inbox-tab-" + each.name().toLowerCase());
            tabs.put(each, item);
            bar.add(item);
        }
        bar.addSelectedChangeListener(event -> tabs.forEach((each, item) -> {
            if (item == event.getSelectedTab()) {
                tab = each;
                page = 0;
                show();
            }
        }));
        content.setPadding(false);
        add(heading, bar, content);
        show();
    }

    private void show() {
        content.removeAll();
        var listed = Problems.attempt(this, () -> assignments.addressedToProvider(tab,
                ProviderAssignmentPage.Order.NEWEST_SENT_FIRST, page, PAGE));
        var rows = listed.map(ProviderAssignmentPage::items).orElse(List.of());
        if (rows.isEmpty()) {
            var none = new Paragraph(getTranslation(page == 0 ? "providercontracts.inbox.none"
                    : "providercontracts.inbox.no-more"));
            none.setId("inbox-none");
            content.add(none);
        } else {
            content.add(table(rows));
        }
        var previous = new Button(getTranslation("providercontracts.inbox.previous"), click -> {
            page--;
            show();
        });
        previous.setId("inbox-previous");
        previous.setEnabled(page > 0);
        var next = new Button(getTranslation("providercontracts.inbox.next"), click -> {
            page++;
            show();
        });
        next.setId("inbox-next");
        next.setEnabled(listed.map(ProviderAssignmentPage::hasNext).orElse(false));
        var where = new Paragraph(getTranslation("providercontracts.inbox.page", page + 1));
        where.setId("inbox-page");
        content.add(new FieldRow(previous, where, next));
    }

    private NativeTable table(List<ProviderAssignmentPage.Item> rows) {
        var table = new NativeTable();
        table.setId("inbox-table");
        table.setCaptionText(getTranslation(tabKey(tab)));
        var head = table.getHead().addRow();
        for (var key : List.of("providercontracts.inbox.column.sent", "providercontracts.inbox.column.type",
                "providercontracts.inbox.column.method", "providercontracts.inbox.column.start",
                "providercontracts.inbox.column.state", "providercontracts.inbox.column.reminded",
                "providercontracts.inbox.column.open")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        var body = table.getBody();
        for (var row : rows) {
            var line = body.addRow();
            line.setId("inbox-row-" + row.id());
            line.addDataCell().setText(date(row.sentOn()));
            line.addDataCell().setText(getTranslation(AssignmentPanel.typeKey(row.interventionType())));
            line.addDataCell().setText(row.method() == null ? "–"
                    : getLocale().getLanguage().equals("en") ? row.methodNameEn() : row.methodNameSv());
            line.addDataCell().setText(date(row.expectedStart()));
            line.addDataCell().setText(getTranslation(AssignmentPanel.statusKey(row.status())));
            line.addDataCell().setText(getTranslation(row.reminded() ? "providercontracts.inbox.reminded"
                    : "providercontracts.inbox.not-reminded"));
            var open = new Anchor(ProviderAssignmentView.address(row.id()),
                    getTranslation("providercontracts.inbox.open", date(row.sentOn())));
            open.setId("inbox-link-" + row.id());
            line.addDataCell().add(open);
        }
        return table;
    }

    private static String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    private static String tabKey(ProviderAssignmentGroup tab) {
        return switch (tab) {
            case NEW -> "providercontracts.inbox.tab.new";
            case ACCEPTED -> "providercontracts.inbox.tab.accepted";
            case RUNNING -> "providercontracts.inbox.tab.running";
            case ENDED -> "providercontracts.inbox.tab.ended";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("providercontracts.inbox.title");
    }
}
