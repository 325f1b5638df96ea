package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.OwnFile;
import se.vardkedjan.casehandling.OwnMessages;
import se.vardkedjan.casehandling.readmodel.MessageThread;
import se.vardkedjan.casehandling.readmodel.OwnCaseStatus.Standing;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

/**
 * "Meddelanden" (ADR 0028, slice 2): the client writes to the caseworkers of their case and reads their answers, oldest
 * first, new answers marked (and marked read once shown); and chooses where a notice goes when staff answer — an
 * e-mail address or a mobile number, optional, and a notice never says what the message says. A client without a case
 * gets the start page's words. Keeps only ids; every read and change goes through {@link OwnMessages}.
 */
@Route("portal/meddelanden")
@Menu(order = 110, title = "citizenportal.menu.messages", icon = "vaadin:envelope")
@RolesAllowed(Roles.CLIENT)
class PortalMessagesView extends VerticalLayout implements HasDynamicTitle {

    private final transient OwnMessages messages;
    private final transient OwnFile ownFile;

    PortalMessagesView(OwnMessages messages, OwnFile ownFile) {
        this.messages = messages;
        this.ownFile = ownFile;
        PortalPage.style(this);
        refresh(false);
    }

    private void refresh(boolean sent) {
        removeAll();
        var heading = new H1(getTranslation("citizenportal.messages.heading"));
        heading.setId("portal-messages-heading");
        add(heading);
        Problems.attempt(this, messages::thread).ifPresent(found -> found.ifPresentOrElse(thread -> show(thread, sent),
                () -> Problems.attempt(this, ownFile::status).ifPresent(status -> add(
                        status.standing() == Standing.NOT_IDENTIFIED ? PortalPage.notIdentified(this)
                                : PortalPage.noCase(this)))));
    }

    private void show(MessageThread thread, boolean sent) {
        add(new Paragraph(getTranslation("citizenportal.messages.intro")));
        var list = new Section();
        list.setId("portal-messages-thread");
        list.add(new H2(getTranslation("citizenportal.messages.thread")));
        if (thread.messages().isEmpty()) {
            var none = new Paragraph(getTranslation("citizenportal.messages.none"));
            none.setId("portal-messages-none");
            list.add(none);
        } else {
            var items = new UnorderedList();
            items.getStyle().set("list-style", "none").set("padding", "0");
            thread.messages().forEach(message -> {
                var item = new ListItem();
                item.addClassName("vk-portal-message");
                var who = new H3(message.fromClient()
                        ? getTranslation("citizenportal.messages.from-you", SwedishTime.dateTime(message.writtenAt()))
                        : getTranslation("citizenportal.messages.from-staff", message.authorName(),
                        SwedishTime.dateTime(message.writtenAt())));
                if (message.unread()) {
                    var unread = new Span(getTranslation("citizenportal.messages.new"));
                    unread.getElement().getThemeList().add("badge");
                    unread.addClassName("vk-portal-message-new");
                    who.add(new Span(" "), unread);
                }
                var text = new Paragraph(message.text());
                text.getStyle().set("white-space", "pre-line");
                item.add(who, text);
                items.add(item);
            });
            list.add(items);
            if (thread.messages().stream().anyMatch(MessageThread.Message::unread)) {
                Problems.attempt(this, () -> messages.markRead(thread.latest().id()));
            }
        }
        add(list);
        add(writeForm(thread, sent));
        add(noticeForm(thread));
    }

    private Section writeForm(MessageThread thread, boolean sent) {
        var form = new Section();
        form.setId("portal-messages-write");
        form.add(new H2(getTranslation("citizenportal.messages.write")));
        if (sent) {
            var done = new Paragraph(getTranslation("citizenportal.messages.sent"));
            done.setId("portal-messages-sent");
            done.getElement().setAttribute("role", "status");
            form.add(done);
        }
        var problems = new FormProblems(this, "portal-message");
        var text = problems.required("casehandling.own.message.text",
                new TextArea(getTranslation("citizenportal.messages.text")));
        text.setId("portal-message-text");
        text.setWidthFull();
        text.setMaxLength(4000);
        text.setMinHeight("6rem");
        var send = new Button(getTranslation("citizenportal.messages.send"), click -> {
            var latest = thread.latest();
            var written = problems.attempt(() -> latest == null ? messages.write(text.getValue())
                    : messages.answer(latest.id(), text.getValue()));
            if (written.isPresent()) {
                refresh(true);
            }
        });
        send.setId("portal-message-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(problems.summary(), text, send);
        return form;
    }

    private Section noticeForm(MessageThread thread) {
        var form = new Section();
        form.setId("portal-messages-notices");
        form.add(new H2(getTranslation("citizenportal.messages.notices")));
        form.add(new Paragraph(getTranslation("citizenportal.messages.notices.text")));
        var problems = new FormProblems(this, "portal-notices");
        var email = problems.field(OwnMessages.NOTICE_EMAIL_FIELD,
                new TextField(getTranslation("citizenportal.messages.notices.email")));
        email.setId("portal-notice-email");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setWidthFull();
        email.setValue(thread.noticeEmail() == null ? "" : thread.noticeEmail());
        var phone = problems.field(OwnMessages.NOTICE_PHONE_FIELD,
                new TextField(getTranslation("citizenportal.messages.notices.phone")));
        phone.setId("portal-notice-phone");
        phone.setAutocomplete(Autocomplete.TEL);
        phone.setWidthFull();
        phone.setValue(thread.noticePhone() == null ? "" : thread.noticePhone());
        var saved = new Paragraph();
        saved.setId("portal-notice-saved");
        saved.getElement().setAttribute("role", "status");
        var save = new Button(getTranslation("citizenportal.messages.notices.save"), click -> {
            saved.setText("");
            if (problems.attempt(() -> messages.setNoticeAddress(email.getValue(), phone.getValue()))) {
                saved.setText(getTranslation("citizenportal.messages.notices.saved"));
            }
        });
        save.setId("portal-notice-save");
        form.add(problems.summary(), email, phone, save, saved);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizenportal.messages.title");
    }
}
