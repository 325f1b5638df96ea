package se.vardkedjan.followup.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.followup.CaseworkerFollowUps;
import se.vardkedjan.followup.DueFollowUp;
import se.vardkedjan.followup.FollowUps;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.util.List;
import java.util.function.BiFunction;

/**
 * "Uppföljningar att göra" ({@code /uppfoljningar}, ADR 0030): the follow-ups due within
 * {@value FollowUps#DUE_WITHIN_DAYS} days or overdue on the user's own cases, the overdue first, {@value #PAGE} at a
 * time, each page read from the database. A unit manager also sees, per caseworker of their units, how many are overdue
 * and due soon, and opens one caseworker's list (logged as supervision).
 */
@Route("uppfoljningar")
@Menu(order = 25, title = "followup.schedule.menu", icon = "vaadin:calendar-clock")
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
class FollowUpsDueView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 25;

    private final FollowUps followUps;

    FollowUpsDueView(FollowUps followUps, CurrentActor currentActor) {
        this.followUps = followUps;
        var heading = new H1(getTranslation("followup.schedule.due.title"));
        heading.setId("follow-ups-due-heading");
        add(heading);
        add(new DueList("mine", getTranslation("followup.schedule.due.mine"), followUps::mine));
        if (currentActor.find().map(actor -> actor.hasRole(Roles.UNIT_MANAGER)).orElse(false)) {
            add(perCaseworker());
        }
    }

    private Section perCaseworker() {
        var section = new Section();
        section.setId("follow-ups-per-caseworker");
        var heading = new H2(getTranslation("followup.schedule.manager.heading"));
        heading.setId("follow-ups-per-caseworker-heading");
        section.getElement().setAttribute("aria-labelledby", "follow-ups-per-caseworker-heading");
        section.add(heading);
        var drillDown = new VerticalLayout();
        drillDown.setId("follow-ups-drill-down");
        drillDown.setPadding(false);
        var counts = Problems.attempt(this, followUps::perCaseworker).orElse(List.of());
        if (counts.isEmpty()) {
            var none = new Paragraph(getTranslation("followup.schedule.manager.none"));
            none.setId("follow-ups-per-caseworker-none");
            section.add(none);
            return section;
        }
        var table = new NativeTable();
        table.setId("follow-ups-per-caseworker-table");
        table.setCaptionText(getTranslation("followup.schedule.manager.caption", FollowUps.DUE_WITHIN_DAYS));
        var head = table.getHead().addRow();
        for (var key : List.of("followup.schedule.manager.column.caseworker",
                "followup.schedule.manager.column.overdue", "followup.schedule.manager.column.soon",
                "followup.schedule.manager.column.open")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        for (CaseworkerFollowUps each : counts) {
            var row = table.getBody().addRow();
            row.addDataCell().setText(each.name());
            row.addDataCell().setText(String.valueOf(each.overdue()));
            row.addDataCell().setText(String.valueOf(each.dueSoon()));
            var open = new Button(getTranslation("followup.schedule.manager.open", each.name()), click -> {
                drillDown.removeAll();
                drillDown.add(new DueList("caseworker", getTranslation("followup.schedule.manager.list", each.name()),
                        (offset, limit) -> followUps.ofCaseworker(each.username(), offset, limit)));
            });
            open.setId("follow-ups-open-" + each.username());
            row.addDataCell().add(open);
        }
        section.add(table, drillDown);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.schedule.due.title");
    }

    /** One list of due follow-ups, a page at a time. */
    private static final class DueList extends Section {

        private final String id;
        private final String title;
        private final BiFunction<Integer, Integer, DueFollowUp.Page> source;
        private final VerticalLayout content = new VerticalLayout();
        private int page;

        DueList(String id, String title, BiFunction<Integer, Integer, DueFollowUp.Page> source) {
            this.id = id;
            this.title = title;
            this.source = source;
            setId("follow-ups-" + id);
            var heading = new H2(title);
            heading.setId("follow-ups-" + id + "-heading");
            getElement().setAttribute("aria-labelledby", "follow-ups-" + id + "-heading");
            content.setPadding(false);
            add(heading, content);
            show();
        }

        private void show() {
            content.removeAll();
            var found = Problems.attempt(this, () -> source.apply(page * PAGE, PAGE));
            var items = found.map(DueFollowUp.Page::items).orElse(List.of());
            var total = found.map(DueFollowUp.Page::total).orElse(0);
            if (items.isEmpty()) {
                var none = new Paragraph(getTranslation("followup.schedule.due.none", FollowUps.DUE_WITHIN_DAYS));
                none.setId("follow-ups-" + id + "-none");
                content.add(none);
                return;
            }
            content.add(table(items));
            var previous = new Button(getTranslation("followup.schedule.due.previous"), click -> {
                page--;
                show();
            });
            previous.setId("follow-ups-" + id + "-previous");
            previous.setEnabled(page > 0);
            var next = new Button(getTranslation("followup.schedule.due.next"), click -> {
                page++;
                show();
            });
            next.setId("follow-ups-" + id + "-next");
            next.setEnabled((page + 1) * PAGE < total);
            var where = new Paragraph(getTranslation("followup.schedule.due.page", page + 1,
                    Math.max(1, (total + PAGE - 1) / PAGE), total));
            where.setId("follow-ups-" + id + "-page");
            content.add(new FieldRow(previous, where, next));
        }

        private NativeTable table(List<DueFollowUp> items) {
            var table = new NativeTable();
            table.setId("follow-ups-" + id + "-table");
            table.setCaptionText(title);
            var head = table.getHead().addRow();
            for (var key : List.of("followup.schedule.column.client", "followup.schedule.column.what",
                    "followup.schedule.column.due", "followup.schedule.column.status",
                    "followup.schedule.column.open")) {
                head.addHeaderCell().setText(getTranslation(key));
            }
            for (var item : items) {
                var row = table.getBody().addRow();
                row.setId("follow-ups-" + id + "-row-" + item.id());
                var client = item.clientName() != null ? item.clientName()
                        : getTranslation("followup.schedule.protected");
                row.addDataCell().setText(client);
                row.addDataCell().setText(getTranslation(ScheduleTexts.whatKey(item)));
                row.addDataCell().setText(SwedishTime.date(item.dueOn()));
                row.addDataCell().setText(getTranslation(item.overdue() ? "followup.schedule.status.overdue"
                        : "followup.schedule.status.DUE"));
                var open = new Anchor(ScheduleTexts.tab(item.caseId()),
                        getTranslation("followup.schedule.due.open", client));
                open.setId("follow-ups-" + id + "-link-" + item.id());
                row.addDataCell().add(open);
            }
            return table;
        }
    }
}
