package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.FileSection;
import se.vardkedjan.casehandling.OwnChoices;
import se.vardkedjan.casehandling.OwnFile;
import se.vardkedjan.casehandling.readmodel.OwnCaseStatus.Standing;
import se.vardkedjan.followup.OwnQuestionnaire;
import se.vardkedjan.followup.OwnQuestionnaires;
import se.vardkedjan.followup.QuestionnaireId;
import se.vardkedjan.followup.QuestionnaireStatus;
import se.vardkedjan.sharedkernel.AccessDenied;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.util.List;

/**
 * "Självskattningar" (ADR 0028's menu, order 70; ADR 0029, slice 2): the questionnaires the caseworker sent the
 * client, and one of them ({@code portal/skattningar/<id>}) answered one question at a time — a radio group with the
 * options, Föregående/Nästa, "Fråga 3 av 10" — each answer kept as it is given, so leaving and coming back continues
 * where they were; then a summary to check and the sending. After it the client is thanked; no score and no clinical
 * label is shown (the instrument definitions do not say one may be). An id that is not the client's own shows that
 * there is no such questionnaire (the refusal is recorded by the facade). A trusted adult never sees them. Keeps only
 * ids.
 */
@Route("portal/skattningar")
@Menu(order = 70, title = "citizenportal.menu.self-assessments", icon = "vaadin:clipboard-text")
@RolesAllowed(Roles.CLIENT)
class PortalSelfAssessmentsView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    private final transient OwnQuestionnaires questionnaires;
    private final transient OwnFile ownFile;
    private final transient OwnChoices ownChoices;
    private final Div content = new Div();
    private QuestionnaireId current;
    private int step;

    PortalSelfAssessmentsView(OwnQuestionnaires questionnaires, OwnFile ownFile, OwnChoices ownChoices) {
        this.questionnaires = questionnaires;
        this.ownFile = ownFile;
        this.ownChoices = ownChoices;
        PortalPage.style(this);
        content.setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String questionnaire) {
        removeAll();
        content.removeAll();
        var heading = new H1(getTranslation("citizenportal.self.heading"));
        heading.setId("portal-self-heading");
        add(heading, content);
        var reading = Problems.attempt(this, ownChoices::reading);
        if (reading.isPresent() && (reading.get().byTrustedReader()
                || !reading.get().mayOpen(FileSection.SELF_ASSESSMENTS))) {
            var only = new Paragraph(getTranslation(reading.get().blocked() && !reading.get().byTrustedReader()
                    ? "citizenportal.self.blocked" : "citizenportal.self.only-own"));
            only.setId("portal-self-only-own");
            content.add(only);
        } else if (reading.isPresent()) {
            if (questionnaire == null) {
                showAll();
            } else {
                showOne(questionnaire);
            }
        }
        add(PortalPage.backToStart(this));
    }

    private void showAll() {
        Problems.attempt(this, questionnaires::mine).ifPresent(found -> {
            var open = found.stream().filter(q -> q.status().open()).toList();
            var answered = found.stream().filter(q -> q.status() == QuestionnaireStatus.ANSWERED).toList();
            if (!found.isEmpty()) {
                content.add(new Paragraph(getTranslation("citizenportal.self.intro")));
                if (open.isEmpty()) {
                    var none = new Paragraph(getTranslation("citizenportal.self.none-open"));
                    none.setId("portal-self-none-open");
                    content.add(none);
                }
                open.forEach(q -> content.add(card(q)));
                if (!answered.isEmpty()) {
                    content.add(new H2(getTranslation("citizenportal.self.answered-heading")));
                    var list = new UnorderedList();
                    list.setId("portal-self-answered");
                    answered.forEach(q -> list.add(new ListItem(getTranslation("citizenportal.self.answered-item",
                            q.name().in(getLocale()), SwedishTime.dateTime(q.sentAt())))));
                    content.add(list);
                }
                return;
            }
            Problems.attempt(this, ownFile::status).ifPresent(status -> {
                if (status.standing() == Standing.NOT_IDENTIFIED) {
                    content.add(PortalPage.notIdentified(this));
                } else if (status.standing() == Standing.NO_CASE) {
                    content.add(PortalPage.noCase(this));
                } else {
                    var none = new Paragraph(getTranslation("citizenportal.self.none"));
                    none.setId("portal-self-none");
                    content.add(none);
                }
            });
        });
    }

    private Div card(OwnQuestionnaire q) {
        var card = new Div();
        card.setId("portal-self-" + q.id().value());
        card.addClassName("vk-portal-self");
        card.add(new H2(title(q)));
        card.add(new Paragraph(q.status() == QuestionnaireStatus.SENT
                ? getTranslation("citizenportal.self.not-started", q.questions().size())
                : getTranslation("citizenportal.self.started", q.answeredCount(), q.questions().size())));
        var link = new RouterLink(getTranslation(q.status() == QuestionnaireStatus.SENT
                ? "citizenportal.self.start" : "citizenportal.self.continue"), PortalSelfAssessmentsView.class,
                q.id().value().toString());
        link.setId("portal-self-open-" + q.id().value());
        card.add(new Paragraph(link));
        return card;
    }

    private String title(OwnQuestionnaire q) {
        return q.goalTitle() == null ? q.name().in(getLocale())
                : getTranslation("citizenportal.self.goal-title", q.name().in(getLocale()), q.goalTitle());
    }

    private void showOne(String parameter) {
        var id = QuestionnaireId.parse(parameter);
        OwnQuestionnaire q;
        try {
            q = questionnaires.open(id.orElse(null));
        } catch (AccessDenied notTheClients) {
            // Unknown, withdrawn-and-gone or another person's: the same words for each, so a probe learns nothing.
            var none = new Paragraph(getTranslation("citizenportal.self.not-found"));
            none.setId("portal-self-not-found");
            content.add(none);
            return;
        }
        current = q.id();
        step = q.firstUnanswered();
        render(q);
    }

    private void render(OwnQuestionnaire q) {
        content.removeAll();
        var title = new H2(title(q));
        title.setId("portal-self-title");
        content.add(title);
        switch (q.status()) {
            case ANSWERED -> thanks();
            case WITHDRAWN -> {
                var gone = new Paragraph(getTranslation("citizenportal.self.withdrawn"));
                gone.setId("portal-self-withdrawn");
                content.add(gone);
            }
            case SENT, IN_PROGRESS -> {
                if (step >= q.questions().size()) {
                    summary(q);
                } else {
                    question(q);
                }
            }
        }
    }

    private void question(OwnQuestionnaire q) {
        if (step == 0 && q.answeredCount() == 0 && q.description() != null) {
            content.add(new Paragraph(q.description().in(getLocale())));
        }
        var question = q.questions().get(step);
        var progress = new Paragraph(getTranslation("citizenportal.self.progress", step + 1, q.questions().size()));
        progress.setId("portal-self-progress");
        progress.getElement().setAttribute("tabindex", "-1");
        content.add(progress);
        var radios = new RadioButtonGroup<OwnQuestionnaire.Option>(question.text().in(getLocale()));
        radios.setId("portal-self-question");
        radios.setItems(question.options());
        radios.setItemLabelGenerator(o -> o.text().in(getLocale()));
        radios.addClassName("vk-portal-self-options");
        radios.getElement().getThemeList().add("vertical");
        radios.setRequiredIndicatorVisible(question.required());
        var given = q.answers().get(question.code());
        question.options().stream().filter(o -> o.code().equals(given)).findFirst().ifPresent(radios::setValue);
        radios.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                // Each answer is kept as it is given: leaving and coming back continues from here.
                Problems.attempt(this, () -> questionnaires.answer(current, question.code(), event.getValue().code()));
            }
        });
        content.add(radios);
        var buttons = new Div();
        buttons.addClassName("vk-portal-self-buttons");
        if (step > 0) {
            var previous = new Button(getTranslation("citizenportal.self.previous"), click -> move(-1));
            previous.setId("portal-self-previous");
            buttons.add(previous);
        }
        var next = new Button(getTranslation("citizenportal.self.next"), click -> {
            if (question.required() && radios.getValue() == null) {
                radios.setInvalid(true);
                radios.setErrorMessage(getTranslation("citizenportal.self.choose"));
                focusStep();
                return;
            }
            move(1);
        });
        next.setId("portal-self-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        buttons.add(next);
        content.add(buttons);
    }

    private void move(int by) {
        Problems.attempt(this, () -> questionnaires.open(current)).ifPresent(q -> {
            step = Math.max(0, Math.min(q.questions().size(), step + by));
            render(q);
            focusStep();
        });
    }

    /** Moves the keyboard's focus to the new step's start, so a screen reader reads it and Tab goes on from there. */
    private void focusStep() {
        content.getChildren().filter(c -> c.getId().filter(id -> id.equals("portal-self-progress")
                        || id.equals("portal-self-summary-heading") || id.equals("portal-self-thanks")).isPresent())
                .findFirst().ifPresent(c -> c.getElement().callJsFunction("focus"));
    }

    private void summary(OwnQuestionnaire q) {
        var heading = new H2(getTranslation("citizenportal.self.summary-heading"));
        heading.setId("portal-self-summary-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        content.add(heading, new Paragraph(getTranslation("citizenportal.self.summary-intro")));
        var list = new UnorderedList();
        list.setId("portal-self-summary");
        List<OwnQuestionnaire.Question> questions = q.questions();
        for (int i = 0; i < questions.size(); i++) {
            var question = questions.get(i);
            var answer = q.answers().get(question.code());
            var text = question.options().stream().filter(o -> o.code().equals(answer)).findFirst()
                    .map(o -> o.text().in(getLocale())).orElse(getTranslation("citizenportal.self.no-answer"));
            var index = i;
            var change = new Button(getTranslation("citizenportal.self.change"), click -> {
                step = index;
                render(q);
                focusStep();
            });
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            change.getElement().setAttribute("aria-label", getTranslation("citizenportal.self.change-label", i + 1));
            var item = new ListItem(new Span(getTranslation("citizenportal.self.summary-item", i + 1,
                    question.text().in(getLocale()), text)), change);
            list.add(item);
        }
        content.add(list);
        var send = new Button(getTranslation("citizenportal.self.send"), click -> {
            if (Problems.attempt(this, () -> questionnaires.send(current))) {
                content.removeAll();
                thanks();
                focusStep();
            }
        });
        send.setId("portal-self-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(send);
    }

    private void thanks() {
        var thanks = new H2(getTranslation("citizenportal.self.thanks-heading"));
        thanks.setId("portal-self-thanks");
        thanks.getElement().setAttribute("tabindex", "-1");
        content.add(thanks, new Paragraph(getTranslation("citizenportal.self.thanks")));
        var back = new RouterLink(getTranslation("citizenportal.self.back-to-list"), PortalSelfAssessmentsView.class);
        back.setId("portal-self-back-to-list");
        content.add(new Paragraph(back));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizenportal.self.title");
    }
}
