package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.OwnFile;
import se.vardkedjan.casehandling.readmodel.OwnCaseStatus.Standing;
import se.vardkedjan.casehandling.readmodel.OwnJournal;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

/**
 * "Min journal": the journal entries the caseworker released to the client, newest first — a corrected entry shown as
 * corrected, with the earlier text readable and when and why it was corrected — and the client's own views on each,
 * where the client adds a view to an entry (ADR 0028). The view is kept in the file beside the entry and the caseworker
 * sees it; the entry itself does not change. Entries not released are not on the page at all, not even as a count. An
 * adult the client trusts only reads: no form is offered then. Keeps only ids; every change re-reads the journal.
 */
@Route("portal/journal")
@Menu(order = 40, title = "citizenportal.menu.journal", icon = "vaadin:book")
@RolesAllowed(Roles.CLIENT)
class PortalJournalView extends VerticalLayout implements HasDynamicTitle {

    private final transient OwnFile ownFile;

    PortalJournalView(OwnFile ownFile) {
        this.ownFile = ownFile;
        PortalPage.style(this);
        refresh();
    }

    private void refresh() {
        removeAll();
        var heading = new H1(getTranslation("citizenportal.journal.heading"));
        heading.setId("portal-journal-heading");
        add(heading);
        Problems.attempt(this, ownFile::journal).ifPresent(found -> found.ifPresentOrElse(this::show, () ->
                Problems.attempt(this, ownFile::status).ifPresent(status -> add(
                        status.standing() == Standing.NOT_IDENTIFIED ? PortalPage.notIdentified(this)
                                : PortalPage.noCase(this)))));
    }

    private void show(OwnJournal journal) {
        add(new Paragraph(getTranslation("citizenportal.journal.intro")));
        if (journal.entries().isEmpty()) {
            var none = new Paragraph(getTranslation("citizenportal.journal.none"));
            none.setId("portal-journal-none");
            add(none);
            return;
        }
        if (journal.mayAddViews()) {
            add(new Paragraph(getTranslation("citizenportal.journal.views-intro")));
        }
        var list = new Div();
        list.setId("portal-journal-entries");
        journal.entries().forEach(entry -> list.add(entry(entry, journal.mayAddViews())));
        add(list);
    }

    private Div entry(OwnJournal.Entry entry, boolean mayAddViews) {
        var box = new Div();
        box.setId("portal-journal-entry-" + entry.id());
        box.addClassName("vk-portal-journal-entry");
        box.add(new H2(entry.title()));
        box.add(new Paragraph(getTranslation("citizenportal.journal.when", SwedishTime.date(entry.eventDate()),
                SwedishTime.dateTime(entry.signedAt()))));
        if (entry.corrected()) {
            var corrected = new Paragraph(getTranslation("citizenportal.journal.corrected",
                    SwedishTime.dateTime(entry.correctedAt()), entry.correctionReason()));
            corrected.addClassName("vk-portal-journal-corrected");
            box.add(corrected);
        }
        var text = new Paragraph(entry.text());
        text.getStyle().set("white-space", "pre-wrap");
        box.add(text);
        if (!entry.earlier().isEmpty()) {
            var earlier = new UnorderedList();
            entry.earlier().forEach(version -> {
                var item = new ListItem(new Paragraph(getTranslation("citizenportal.journal.earlier.version",
                        SwedishTime.dateTime(version.signedAt()), SwedishTime.dateTime(version.correctedAt()),
                        version.correctionReason())));
                var was = new Paragraph(version.text());
                was.getStyle().set("white-space", "pre-wrap");
                item.add(was);
                earlier.add(item);
            });
            var details = new Details(getTranslation("citizenportal.journal.earlier"), earlier);
            details.addClassName("vk-portal-journal-earlier");
            box.add(details);
        }
        if (!entry.views().isEmpty()) {
            var views = new UnorderedList();
            views.addClassName("vk-portal-journal-views");
            entry.views().forEach(view -> views.add(new ListItem(view.writtenInPortal()
                    ? getTranslation("citizenportal.journal.your-view", SwedishTime.dateTime(view.recordedAt()),
                            view.text())
                    : getTranslation("citizenportal.journal.your-objection", SwedishTime.date(view.on()),
                            view.text()))));
            box.add(views);
        }
        if (mayAddViews) {
            var problems = new FormProblems(this, "portal-view-" + entry.id());
            var view = problems.required("casehandling.own.view", new TextArea(
                    getTranslation("citizenportal.journal.view", entry.title())));
            view.setWidthFull();
            view.setMaxLength(20_000);
            view.addClassName("vk-portal-view");
            var send = new Button(getTranslation("citizenportal.journal.view.send"), click -> {
                if (problems.attempt(() -> ownFile.addViewToEntry(entry.id(), view.getValue()))) {
                    refresh();
                }
            });
            send.addClassName("vk-portal-view-send");
            box.add(problems.summary(), view, send);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizenportal.journal.title");
    }
}
