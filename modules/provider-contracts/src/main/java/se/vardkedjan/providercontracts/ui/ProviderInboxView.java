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
import se.vardkedjan.providercontracts.InboxRow;
import se.vardkedjan.providercontracts.InboxTab;
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
 * page by page. Each row: sent, intervention type, method, start, state, whether the provider was reminded, and a link
 * to the assignment's page. No client is named here.
 */
@Route("utforare/uppdrag")
@Menu(order = 20, title = "providercontracts.menu.inbox", icon = "vaadin:inbox")
@RolesAllowed(Roles.PROVIDER_STAFF)
class ProviderInboxView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 25;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Assignments assignments;
    private final Map<InboxTab, Tab> tabs = new EnumMap<>(InboxTab.class);
    private final VerticalLayout content = new VerticalLayout();
    private InboxTab tab = InboxTab.NEW;
    private int page;

    ProviderInboxView(Assignments assignments) {
        this.assignments = assignments;
        var heading = new H1(getTranslation("providercontracts.inbox.title"));
        heading.setId("inbox-heading");
        var bar = new Tabs();
        bar.setId("inbox-tabs");
        for (var each : InboxTab.values()) {
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
        // One row more than a page tells whether there is a next page.
        var rows = Problems.attempt(this, () -> assignments.inbox(tab, page * PAGE, PAGE + 1)).orElse(List.of());
        if (rows.isEmpty()) {
            var none = new Paragraph(getTranslation(page == 0 ? "providercontracts.inbox.none"
                    : "providercontracts.inbox.no-more"));
            none.setId("inbox-none");
            content.add(none);
        } else {
            content.add(table(rows.subList(0, Math.min(PAGE, rows.size()))));
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
        next.setEnabled(rows.size() > PAGE);
        var where = new Paragraph(getTranslation("providercontracts.inbox.page", page + 1));
        where.setId("inbox-page");
        content.add(new FieldRow(previous, where, next));
    }

    private NativeTable table(List<InboxRow> rows) {
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
            line.addDataCell().setText(date(row.startsOn()));
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

    private static String tabKey(InboxTab tab) {
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
