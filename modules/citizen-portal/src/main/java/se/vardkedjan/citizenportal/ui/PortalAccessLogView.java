package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.accesslog.AccessKind;
import se.vardkedjan.accesslog.AccessLogParts;
import se.vardkedjan.casehandling.OwnAccessLog;
import se.vardkedjan.casehandling.OwnChoices;
import se.vardkedjan.casehandling.readmodel.OwnAccessLogPage;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Vem har läst min journal" (ADR 0028, slice 2): the access log of the client's own data, newest first, a page at a
 * time — when, which unit, in what role, what was read in plain words, and the staff member's name where the
 * municipality's setting names staff; the client's own reads and those of an adult they trust are shown as such. The
 * client asks about a line ("Varför läste …?"); the unit's managers answer, and the answer shows here. Reading the page
 * is itself logged. Keeps only the page's offset; every read goes through {@link OwnAccessLog}.
 */
@Route("portal/logg")
@Menu(order = 90, title = "citizenportal.menu.log", icon = "vaadin:eye")
@RolesAllowed(Roles.CLIENT)
class PortalAccessLogView extends VerticalLayout implements HasDynamicTitle {

    /** Lines per page. */
    static final int PAGE = 20;

    private final transient OwnAccessLog accessLog;
    private final transient OwnChoices ownChoices;
    private final Map<String, String> partKeys = new HashMap<>();
    private int offset;

    PortalAccessLogView(OwnAccessLog accessLog, OwnChoices ownChoices, List<AccessLogParts> parts) {
        this.accessLog = accessLog;
        this.ownChoices = ownChoices;
        parts.forEach(table -> partKeys.putAll(table.textKeys()));
        PortalPage.style(this);
        refresh();
    }

    private void refresh() {
        removeAll();
        var heading = new H1(getTranslation("citizenportal.log.heading"));
        heading.setId("portal-log-heading");
        add(heading);
        var reading = Problems.attempt(this, ownChoices::reading);
        if (reading.isEmpty()) {
            return;
        }
        if (!reading.get().identified()) {
            add(PortalPage.notIdentified(this));
            return;
        }
        add(new Paragraph(getTranslation("citizenportal.log.intro")));
        Problems.attempt(this, () -> accessLog.page(offset, PAGE)).ifPresent(found -> found.ifPresentOrElse(
                page -> show(page, reading.get().mayChange()), () -> add(PortalPage.noCase(this))));
    }

    private void show(OwnAccessLogPage page, boolean mayAsk) {
        if (page.lines().isEmpty()) {
            var none = new Paragraph(getTranslation("citizenportal.log.none"));
            none.setId("portal-log-none");
            add(none);
        } else {
            var list = new OrderedList();
            list.setId("portal-log-lines");
            page.lines().forEach(line -> list.add(line(line, mayAsk)));
            add(list);
        }
        var paging = new HorizontalLayout();
        paging.setWrap(true);
        if (offset > 0) {
            var newer = new Button(getTranslation("citizenportal.log.newer"), click -> {
                offset = Math.max(0, offset - PAGE);
                refresh();
            });
            newer.setId("portal-log-newer");
            paging.add(newer);
        }
        if (page.hasMore()) {
            var older = new Button(getTranslation("citizenportal.log.older"), click -> {
                offset += PAGE;
                refresh();
            });
            older.setId("portal-log-older");
            paging.add(older);
        }
        add(paging);
        add(questions(page));
    }

    private ListItem line(OwnAccessLogPage.Line line, boolean mayAsk) {
        var item = new ListItem();
        item.addClassName("vk-portal-log-line");
        var what = line.parts().stream().map(part -> partKeys.containsKey(part) ? getTranslation(partKeys.get(part))
                : part).collect(Collectors.joining(", "));
        var text = new Paragraph(getTranslation(line.kind() == AccessKind.CHANGE ? "citizenportal.log.line.changed"
                : "citizenportal.log.line.read", SwedishTime.dateTime(line.at()), who(line), what));
        text.addClassName("vk-portal-log-text");
        item.add(text);
        if (line.unitName() != null) {
            item.add(new Paragraph(getTranslation("citizenportal.log.line.unit", line.unitName())));
        }
        if (mayAsk && line.who() == OwnAccessLogPage.Who.STAFF) {
            var ask = new Button(getTranslation("citizenportal.log.ask"));
            ask.addClassName("vk-portal-log-ask");
            ask.addClickListener(click -> {
                ask.setVisible(false);
                item.add(askForm(line));
            });
            item.add(ask);
        }
        return item;
    }

    private Div askForm(OwnAccessLogPage.Line line) {
        var box = new Div();
        var problems = new FormProblems(this, "portal-log-question-" + line.id());
        var question = problems.required("casehandling.own.access-question", new TextArea(
                getTranslation("citizenportal.log.question", SwedishTime.dateTime(line.at()))));
        question.setWidthFull();
        question.setMaxLength(2000);
        question.addClassName("vk-portal-log-question");
        var send = new Button(getTranslation("citizenportal.log.question.send"), click -> {
            if (problems.attempt(() -> accessLog.ask(line.id(), question.getValue()))) {
                refresh();
            }
        });
        send.addClassName("vk-portal-log-question-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(problems.summary(), question, send);
        question.focus();
        return box;
    }

    /** Who read, in words: the client, an adult they trust, or staff by name and role (or role only). */
    private String who(OwnAccessLogPage.Line line) {
        return switch (line.who()) {
            case SELF -> getTranslation("citizenportal.log.who.self");
            case TRUSTED_READER -> getTranslation("citizenportal.log.who.trusted");
            case STAFF -> line.staffName() == null ? getTranslation(PortalTexts.role(line.purpose()))
                    : getTranslation("citizenportal.log.who.named", line.staffName(),
                    getTranslation(PortalTexts.role(line.purpose())));
        };
    }

    private Div questions(OwnAccessLogPage page) {
        var box = new Div();
        box.setId("portal-log-questions");
        box.add(new H2(getTranslation("citizenportal.log.questions.heading")));
        if (page.questions().isEmpty()) {
            box.add(new Paragraph(getTranslation("citizenportal.log.questions.none")));
            return box;
        }
        var list = new UnorderedList();
        page.questions().forEach(question -> {
            var item = new ListItem();
            item.addClassName("vk-portal-log-asked");
            item.add(new Paragraph(getTranslation("citizenportal.log.questions.asked",
                    SwedishTime.dateTime(question.askedAt()), SwedishTime.dateTime(question.rowAt()),
                    question.question())));
            item.add(new Paragraph(question.answer() == null ? getTranslation("citizenportal.log.questions.waiting")
                    : getTranslation("citizenportal.log.questions.answer", SwedishTime.dateTime(question.answeredAt()),
                    question.answer())));
            list.add(item);
        });
        box.add(list);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizenportal.log.title");
    }
}
