package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import se.vardkedjan.casehandling.CaseMessages;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.readmodel.MessageThread;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

/**
 * The "Meddelanden" tab of the case page (ADR 0028, slice 2): the messages between the client (in the portal) and the
 * caseworkers of the case, oldest first, the client's unread ones marked; the caseworker answers here. Opening the
 * tab marks the client's messages read for the staff. Everything goes through {@link CaseMessages}.
 */
@org.springframework.stereotype.Component
class MessageSection implements CasePageSection {

    private final CaseMessages messages;

    MessageSection(CaseMessages messages) {
        this.messages = messages;
    }

    @Override
    public String titleKey() {
        return "casehandling.messages.tab";
    }

    @Override
    public String path() {
        return "meddelanden";
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public com.vaadin.flow.component.Component create(CaseId caseId) {
        return new Content(messages, caseId);
    }

    /** The tab's content for one case; keeps only the case id and rebuilds itself after an answer. */
    static final class Content extends Div {

        private final transient CaseMessages messages;
        private final CaseId caseId;

        Content(CaseMessages messages, CaseId caseId) {
            this.messages = messages;
            this.caseId = caseId;
            setId("case-messages");
            refresh();
        }

        private void refresh() {
            removeAll();
            add(new H2(getTranslation("casehandling.messages.heading")));
            Problems.attempt(this, () -> messages.thread(caseId)).ifPresent(this::show);
        }

        private void show(MessageThread thread) {
            if (thread.messages().isEmpty()) {
                var none = new Paragraph(getTranslation("casehandling.messages.none"));
                none.setId("case-messages-none");
                add(none);
            } else {
                var list = new UnorderedList();
                list.setId("case-messages-thread");
                list.getStyle().set("list-style", "none").set("padding", "0");
                thread.messages().forEach(message -> {
                    var item = new ListItem();
                    item.addClassName("vk-case-message");
                    var who = new H3(message.fromClient()
                            ? getTranslation("casehandling.messages.from-client",
                            SwedishTime.dateTime(message.writtenAt()))
                            : getTranslation("casehandling.messages.from-staff", message.authorName(),
                            SwedishTime.dateTime(message.writtenAt())));
                    if (message.unread()) {
                        var unread = new Span(getTranslation("casehandling.messages.unread"));
                        unread.getElement().getThemeList().add("badge");
                        unread.addClassName("vk-case-message-unread");
                        who.add(new Span(" "), unread);
                    }
                    var text = new Paragraph(message.text());
                    text.getStyle().set("white-space", "pre-line");
                    item.add(who, text);
                    list.add(item);
                });
                add(list);
            }
            var problems = new FormProblems(this, "case-message-answer");
            var text = problems.required("casehandling.messages.text",
                    new TextArea(getTranslation("casehandling.messages.text")));
            text.setId("case-message-text");
            text.setWidthFull();
            text.setMaxLength(4000);
            var send = new Button(getTranslation("casehandling.messages.send"), click -> {
                if (problems.attempt(() -> messages.answer(caseId, text.getValue())).isPresent()) {
                    refresh();
                    var sent = new Paragraph(getTranslation("casehandling.messages.sent"));
                    sent.setId("case-message-sent");
                    add(sent);
                }
            });
            send.setId("case-message-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(problems.summary(), text, new Paragraph(getTranslation("casehandling.messages.notice")), send);
        }
    }
}
