package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.accesslog.AccessLogParts;
import se.vardkedjan.casehandling.AccessQuestions;
import se.vardkedjan.casehandling.readmodel.ClientAccessQuestion;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The clients' questions about rows of the access log of their own file ("Varför läste …?", ADR 0028 slice 2), for the
 * unit manager: the row asked about, the question, and a field to answer it; the client sees the answer in the portal.
 * Unanswered questions come first and are on the manager's start page.
 */
@Route(AccessQuestionsView.ROUTE)
@RolesAllowed(Roles.UNIT_MANAGER)
class AccessQuestionsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "atkomstlogg/fragor";

    private final transient AccessQuestions questions;
    private final Map<String, String> partKeys = new HashMap<>();

    AccessQuestionsView(AccessQuestions questions, List<AccessLogParts> parts) {
        this.questions = questions;
        parts.forEach(table -> partKeys.putAll(table.textKeys()));
        refresh();
    }

    private void refresh() {
        removeAll();
        var heading = new H1(getTranslation("casehandling.staff.access-question.heading"));
        heading.setId("access-questions-heading");
        add(heading);
        add(new Paragraph(getTranslation("casehandling.staff.access-question.intro")));
        Problems.attempt(this, () -> questions.questions(false)).ifPresent(found -> {
            if (found.isEmpty()) {
                var none = new Paragraph(getTranslation("casehandling.staff.access-question.none"));
                none.setId("access-questions-none");
                add(none);
            }
            found.forEach(question -> add(question(question)));
        });
    }

    private Div question(ClientAccessQuestion question) {
        var box = new Div();
        box.addClassName("vk-access-question");
        box.add(new H2(question.personName() == null ? getTranslation("casehandling.staff.protected")
                : question.personName() + " (" + question.maskedNumber() + ")"));
        box.add(new Paragraph(getTranslation("casehandling.staff.access-question.row",
                SwedishTime.dateTime(question.rowAt()), question.rowActorName(),
                question.rowUnitName() == null ? "–" : question.rowUnitName(),
                getTranslation(question.rowPurpose().textKey()),
                question.rowParts().stream().map(part -> partKeys.containsKey(part)
                        ? getTranslation(partKeys.get(part)) : part).collect(Collectors.joining(", ")))));
        var asked = new Paragraph(getTranslation("casehandling.staff.access-question.asked",
                SwedishTime.dateTime(question.askedAt()), question.question()));
        asked.addClassName("vk-access-question-text");
        box.add(asked);
        if (question.answer() != null) {
            box.add(new Paragraph(getTranslation("casehandling.staff.access-question.answered",
                    SwedishTime.dateTime(question.answeredAt()), question.answeredBy(), question.answer())));
            return box;
        }
        var problems = new FormProblems(this, "access-question-" + question.id());
        var answer = problems.required("casehandling.staff.access-question.answer",
                new TextArea(getTranslation("casehandling.staff.access-question.answer")));
        answer.setWidthFull();
        answer.setMaxLength(4000);
        answer.addClassName("vk-access-question-answer");
        var send = new Button(getTranslation("casehandling.staff.access-question.send"), click -> {
            if (problems.attempt(() -> questions.answer(question.id(), answer.getValue()))) {
                refresh();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("vk-access-question-send");
        box.add(problems.summary(), answer, send);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casehandling.staff.access-question.title");
    }
}
