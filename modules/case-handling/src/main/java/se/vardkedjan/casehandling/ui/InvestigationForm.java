package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.vardkedjan.casehandling.ChildrenAnswer;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.InvestigationContent;
import se.vardkedjan.casehandling.InvestigationStatus;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.LifeArea;
import se.vardkedjan.casehandling.ParticipationMode;
import se.vardkedjan.casehandling.RelativesAnswer;
import se.vardkedjan.casehandling.SourceKind;
import se.vardkedjan.casehandling.readmodel.InvestigationView;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The investigation form, which guides (issue 15). Beside it a sticky panel lists the form's sections (each a link
 * that scrolls to it), what is still missing before the investigation can be completed, and "Utkast sparat HH:mm".
 * Every change is saved as a draft as the caseworker writes (a text after a short pause, other fields when changed;
 * no completion rules then), and the missing list comes back from the facade with each save: the rule is the
 * domain's, the view only shows it. Fields required for completion are marked; a refusal is shown at its field and in
 * the summary at the top ({@link FormProblems}); Complete asks the facade to check everything.
 */
class InvestigationForm extends HorizontalLayout {

    /** How long a pause in typing is before the text is saved as a draft. */
    private static final int TYPING_PAUSE_MS = 1200;


    private final Investigations investigations;
    private final CaseId caseId;
    private long version;
    private boolean loading;

    private final DatePicker startedOn = new DateField(getTranslation("casehandling.investigation.started-on"));
    private final TextField subject = new TextField(getTranslation("casehandling.investigation.subject"));
    private final VerticalLayout sources = new VerticalLayout();
    private final Map<LifeArea, NeedFields> needs = new EnumMap<>(LifeArea.class);
    private final RadioButtonGroup<ChildrenAnswer> childrenAnswer = new RadioButtonGroup<>(
            getTranslation("casehandling.investigation.children-answer"));
    private final VerticalLayout children = new VerticalLayout();
    private final RadioButtonGroup<RelativesAnswer> relativesAnswer = new RadioButtonGroup<>(
            getTranslation("casehandling.investigation.relatives-answer"));
    private final VerticalLayout relatives = new VerticalLayout();
    private final Select<ParticipationMode> participationMode = new Select<>();
    private final TextArea participationWords = new TextArea(
            getTranslation("casehandling.investigation.participation-words"));
    private final TextArea assessment = new TextArea(getTranslation("casehandling.investigation.assessment"));
    private final TextArea proposal = new TextArea(getTranslation("casehandling.investigation.proposal"));
    private final DatePicker communicatedOn = new DateField(
            getTranslation("casehandling.investigation.communicated-on"));
    private final Select<CommunicationChannel> channel = new Select<>();
    private final TextArea clientResponse = new TextArea(getTranslation("casehandling.investigation.client-response"));
    private final Span saved = new Span();
    private final UnorderedList missing = new UnorderedList();
    private final Paragraph completedNote = new Paragraph();
    private final Button complete = new Button(getTranslation("casehandling.investigation.complete"));
    private final FormProblems problems = new FormProblems(this, "investigation");
    private final Map<String, Component> sections = new LinkedHashMap<>();
    private final Map<String, String> sectionTitles = new LinkedHashMap<>();

    InvestigationForm(Investigations investigations, CaseId caseId) {
        this.investigations = investigations;
        this.caseId = caseId;
        setId("investigation-section");
        setWidthFull();
        setAlignItems(Alignment.START);
        var heading = new H2(getTranslation("casehandling.investigation.heading"));
        saved.setId("investigation-draft-saved");
        missing.setId("investigation-missing");
        completedNote.setId("investigation-completed");
        complete.setId("investigation-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickListener(click -> completeInvestigation());
        startedOn.setId("investigation-started-on");
        subject.setId("investigation-subject");
        subject.setWidthFull();
        participationMode.setId("investigation-participation-mode");
        participationMode.setLabel(getTranslation("casehandling.investigation.participation-mode"));
        participationMode.setItems(ParticipationMode.values());
        participationMode.setItemLabelGenerator(mode -> getTranslation(mode.textKey()));
        participationWords.setId("investigation-participation-words");
        childrenAnswer.setId("investigation-children-answer");
        childrenAnswer.setItems(ChildrenAnswer.values());
        childrenAnswer.setItemLabelGenerator(answer -> getTranslation(answer.textKey()));
        relativesAnswer.setId("investigation-relatives-answer");
        relativesAnswer.setItems(RelativesAnswer.values());
        relativesAnswer.setItemLabelGenerator(answer -> getTranslation(answer.textKey()));
        assessment.setId("investigation-assessment");
        proposal.setId("investigation-proposal");
        communicatedOn.setId("investigation-communicated-on");
        channel.setId("investigation-communication-channel");
        channel.setLabel(getTranslation("casehandling.investigation.communication-channel"));
        channel.setWidth("18em");
        channel.setItems(CommunicationChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.textKey()));
        clientResponse.setId("investigation-client-response");
        for (var area : new TextArea[]{participationWords, assessment, proposal, clientResponse}) {
            area.setWidthFull();
        }

        var needsLayout = new VerticalLayout();
        needsLayout.setPadding(false);
        for (var area : LifeArea.values()) {
            var fields = new NeedFields(area);
            needs.put(area, fields);
            needsLayout.add(fields.layout);
        }
        for (var list : new VerticalLayout[]{sources, children, relatives}) {
            list.setPadding(false);
        }
        var addSource = new Button(getTranslation("casehandling.investigation.add-source"), click -> {
            sources.add(new SourceRow(null));
        });
        addSource.setId("investigation-add-source");
        var addChild = new Button(getTranslation("casehandling.investigation.add-child"),
                click -> children.add(new ChildRow(null)));
        addChild.setId("investigation-add-child");
        var addRelative = new Button(getTranslation("casehandling.investigation.add-relative"),
                click -> relatives.add(new RelativeRow(null)));
        addRelative.setId("investigation-add-relative");

        var actions = new HorizontalLayout(complete);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        problems.required("casehandling.investigation.started-on", startedOn);
        problems.required("casehandling.investigation.subject", subject);
        problems.required("casehandling.investigation.participation-mode", participationMode);
        problems.field("casehandling.investigation.participation-words", participationWords);
        problems.required("casehandling.investigation.children-answer", childrenAnswer);
        problems.required("casehandling.investigation.relatives-answer", relativesAnswer);
        problems.required("casehandling.investigation.assessment", assessment);
        problems.required("casehandling.investigation.proposal", proposal);
        problems.required("casehandling.investigation.communicated-on", communicatedOn);
        problems.required("casehandling.investigation.communication-channel", channel);
        problems.field("casehandling.investigation.client-response", clientResponse);

        var form = new VerticalLayout();
        form.setPadding(false);
        form.setId("investigation-form");
        form.add(heading, completedNote, problems.summary(),
                section("casehandling.investigation.section.start", "start", new FieldRow(startedOn, subject)),
                section("casehandling.investigation.participation-heading", "participation", participationMode,
                        participationWords),
                section("casehandling.investigation.sources-heading", "sources", sources, addSource),
                section("casehandling.investigation.needs-heading", "needs", needsLayout),
                section("casehandling.investigation.children-heading", "children", childrenAnswer, children,
                        addChild),
                section("casehandling.investigation.relatives-heading", "relatives", relativesAnswer, relatives,
                        addRelative),
                section("casehandling.investigation.assessment", "assessment", assessment, proposal),
                section("casehandling.investigation.communication-heading", "communication",
                        new FieldRow(communicatedOn, channel), clientResponse),
                actions,
                section("casehandling.investigation.informed-heading", "informed",
                        new ClientInformedPart(investigations, caseId)));
        form.getStyle().set("flex", "1 1 40em").set("min-width", "0");
        add(form, guide());

        for (var field : List.<HasValue<?, ?>>of(startedOn, subject, participationMode, participationWords,
                childrenAnswer, relativesAnswer, assessment, proposal, communicatedOn, channel, clientResponse)) {
            autosave(field);
        }
        Problems.attempt(this, () -> investigations.find(caseId).orElse(null)).ifPresentOrElse(this::show, () -> show(null));
    }

    private void autosave(HasValue<?, ?> field) {
        if (field instanceof HasValueChangeMode typed) {
            typed.setValueChangeMode(ValueChangeMode.LAZY);
            typed.setValueChangeTimeout(TYPING_PAUSE_MS);
        }
        field.addValueChangeListener(event -> {
            if (!loading && event.isFromClient()) {
                saveDraft();
            }
        });
    }

    /**
     * Saves what the form holds as a draft. A refusal (markup, a date out of order) is shown at its field and in the
     * summary, a concurrent edit as a notification. The fields are not set again from what was saved, so nothing the
     * caseworker types meanwhile is lost; the version, the save time and what is missing are.
     */
    void saveDraft() {
        try {
            var saved = investigations.saveDraft(caseId, version, content());
            problems.clear();
            version = saved.version();
            showStatus(saved);
        } catch (se.vardkedjan.sharedkernel.RuleViolation rule) {
            problems.show(rule);
        } catch (se.vardkedjan.sharedkernel.ConcurrentChange | se.vardkedjan.sharedkernel.AccessDenied problem) {
            Problems.show(this, problem);
        }
    }

    private void completeInvestigation() {
        // The domain says what is missing (all of it in the guide, the first in its refusal): no checks of our own.
        problems.attemptRules(() -> investigations.saveAndComplete(caseId, version, content())).ifPresent(this::show);
    }

    /** A section of the form: its heading (the target of the guide's link) and its fields. */
    private Component section(String headingKey, String id, Component... content) {
        var heading = new H3(getTranslation(headingKey));
        heading.setId("investigation-heading-" + id);
        heading.getElement().setAttribute("tabindex", "-1");
        sections.put(id, heading);
        sectionTitles.put(id, headingKey);
        var section = new VerticalLayout(heading);
        section.add(content);
        section.setPadding(false);
        section.setId("investigation-part-" + id);
        return section;
    }

    /**
     * The sticky guide beside the form: the sections (links that scroll to each and move the focus there), what is
     * missing before completion, and when the draft was saved.
     */
    private Component guide() {
        var nav = new Nav();
        nav.setId("investigation-sections");
        nav.getElement().setAttribute("aria-label", getTranslation("casehandling.investigation.sections-label"));
        var links = new UnorderedList();
        links.getStyle().set("padding-left", "var(--lumo-space-m)").set("margin", "0");
        sections.forEach((id, heading) -> {
            var link = new Button(getTranslation(sectionTitles.get(id)), click -> {
                heading.scrollIntoView();
                heading.getElement().callJsFunction("focus");
            });
            link.setId("investigation-go-" + id);
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.getStyle().set("white-space", "normal").set("text-align", "start").set("height", "auto");
            links.add(new ListItem(link));
        });
        nav.add(new H3(getTranslation("casehandling.investigation.sections-label")), links);
        var missingHeading = new Paragraph(getTranslation("casehandling.investigation.missing-heading"));
        missingHeading.getStyle().set("font-weight", "600");
        missing.getElement().setAttribute("aria-live", "polite");
        var panel = new VerticalLayout(saved, nav, missingHeading, missing);
        panel.setId("investigation-guide");
        panel.setPadding(true);
        panel.setSpacing(false);
        panel.getStyle().set("position", "sticky").set("top", "0").set("flex", "0 1 18em").set("min-width", "14em")
                .set("max-height", "100vh").set("overflow", "auto")
                .set("border-left", "1px solid var(--lumo-contrast-10pct)");
        return panel;
    }

    private InvestigationContent content() {
        var sourceList = sources.getChildren().map(SourceRow.class::cast).map(SourceRow::value).toList();
        var needList = needs.values().stream().map(NeedFields::value).filter(n -> n != null).toList();
        var childList = children.getChildren().map(ChildRow.class::cast).map(ChildRow::value).toList();
        var relativeList = relatives.getChildren().map(RelativeRow.class::cast).map(RelativeRow::value).toList();
        var participation = participationMode.isEmpty() && participationWords.isEmpty() ? null
                : new InvestigationContent.Participation(participationMode.getValue(), participationWords.getValue());
        var communication = communicatedOn.isEmpty() && channel.isEmpty() && clientResponse.isEmpty() ? null
                : new InvestigationContent.Communication(communicatedOn.getValue(), channel.getValue(),
                clientResponse.getValue());
        return new InvestigationContent(startedOn.getValue(), subject.getValue(), sourceList, needList, childList,
                relativeList, participation, assessment.getValue(), proposal.getValue(), communication,
                childrenAnswer.getValue(), relativesAnswer.getValue());
    }

    private void show(InvestigationView view) {
        loading = true;
        try {
            var content = view == null ? InvestigationContent.empty() : view.content();
            version = view == null ? 0 : view.version();
            startedOn.setValue(content.startedOn());
            subject.setValue(orEmpty(content.subject()));
            sources.removeAll();
            content.sources().forEach(source -> sources.add(new SourceRow(source)));
            needs.values().forEach(fields -> fields.show(null));
            content.needs().forEach(need -> needs.get(need.area()).show(need));
            childrenAnswer.setValue(content.childrenAnswer());
            relativesAnswer.setValue(content.relativesAnswer());
            children.removeAll();
            content.children().forEach(child -> children.add(new ChildRow(child)));
            relatives.removeAll();
            content.relatives().forEach(relative -> relatives.add(new RelativeRow(relative)));
            participationMode.setValue(content.participation() == null ? null : content.participation().mode());
            participationWords.setValue(content.participation() == null ? ""
                    : orEmpty(content.participation().ownWords()));
            assessment.setValue(orEmpty(content.assessment()));
            proposal.setValue(orEmpty(content.proposal()));
            var communication = content.communication();
            communicatedOn.setValue(communication == null ? null : communication.communicatedOn());
            channel.setValue(communication == null ? null : communication.channel());
            clientResponse.setValue(communication == null ? "" : orEmpty(communication.clientResponse()));
            showStatus(view);
            var completed = view != null && view.status() == InvestigationStatus.COMPLETED;
            completedNote.setVisible(completed);
            if (completed) {
                completedNote.setText(getTranslation("casehandling.investigation.completed-by",
                        SwedishTime.DATE.format(view.completedOn()),
                        view.completedByName()));
                readOnly(this);
                complete.setVisible(false);
            }
        } finally {
            loading = false;
        }
    }

    /**
     * When the draft was saved and what the domain says is still missing; each missing part a link to where it is
     * filled in.
     */
    private void showStatus(InvestigationView view) {
        if (view != null) {
            saved.setText(getTranslation("casehandling.investigation.draft-saved",
                    SwedishTime.TIME.format(view.draftSavedAt())));
        } else {
            saved.setText(getTranslation("casehandling.investigation.none"));
        }
        missing.removeAll();
        var stillMissing = view == null ? List.of("casehandling.investigation.missing.started-on") : view.missing();
        if (view != null && stillMissing.isEmpty()) {
            missing.add(new ListItem(getTranslation("casehandling.investigation.nothing-missing")));
        }
        stillMissing.forEach(key -> {
            var target = whereMissing(key);
            var link = new Button(getTranslation(key), click -> {
                target.scrollIntoView();
                if (target instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                    focusable.focus();
                } else {
                    target.getElement().callJsFunction("focus");
                }
            });
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.getStyle().set("white-space", "normal").set("text-align", "start").set("height", "auto");
            link.setId("investigation-missing-" + missing.getComponentCount());
            missing.add(new ListItem(link));
        });
    }

    /** Where a missing part is filled in: its field, or its section's heading. Navigation only, not the rule. */
    private Component whereMissing(String missingKey) {
        return switch (missingKey) {
            case "casehandling.investigation.missing.started-on" -> startedOn;
            case "casehandling.investigation.missing.subject" -> subject;
            case "casehandling.investigation.missing.participation" -> participationMode;
            case "casehandling.investigation.missing.children-answer",
                 "casehandling.investigation.missing.children-answer-contradicted" -> childrenAnswer;
            case "casehandling.investigation.missing.child-assessment",
                 "casehandling.investigation.missing.child-named" -> sections.get("children");
            case "casehandling.investigation.missing.relatives-answer",
                 "casehandling.investigation.missing.relatives-answer-contradicted" -> relativesAnswer;
            case "casehandling.investigation.missing.relative-named" -> sections.get("relatives");
            case "casehandling.investigation.missing.assessment" -> assessment;
            case "casehandling.investigation.missing.proposal" -> proposal;
            case "casehandling.investigation.missing.communication" -> communicatedOn;
            default -> sections.get("needs");
        };
    }

    private static void readOnly(Component component) {
        if (component.getId().filter("investigation-guide"::equals).isPresent()) {
            return;
        }
        if (component instanceof HasValue<?, ?> field) {
            field.setReadOnly(true);
        }
        if (component instanceof Button button) {
            button.setEnabled(false);
        }
        component.getChildren().forEach(InvestigationForm::readOnly);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The fields for one ASI life area. */
    private final class NeedFields {
        final LifeArea area;
        final IntegerField severity = new IntegerField(getTranslation("casehandling.investigation.severity"));
        final TextArea clientView = new TextArea(getTranslation("casehandling.investigation.client-view"));
        final IntegerField clientRating = new IntegerField(getTranslation("casehandling.investigation.client-rating"));
        final VerticalLayout layout;

        NeedFields(LifeArea area) {
            this.area = area;
            var id = "investigation-need-" + area.name().toLowerCase().replace('_', '-');
            severity.setId(id + "-severity");
            severity.setMin(0);
            severity.setMax(9);
            severity.setStepButtonsVisible(true);
            clientView.setId(id + "-client-view");
            clientView.setWidthFull();
            clientRating.setId(id + "-client-rating");
            clientRating.setMin(0);
            clientRating.setMax(4);
            clientRating.setStepButtonsVisible(true);
            // Wide enough for the whole label: a cut-off label hides what the scale is.
            severity.setWidth("15em");
            clientRating.setWidth("15em");
            layout = new VerticalLayout(new H4(getTranslation(area.textKey())),
                    new FieldRow(severity, clientRating), clientView);
            layout.setPadding(false);
            autosave(severity);
            autosave(clientView);
            autosave(clientRating);
        }

        InvestigationContent.Need value() {
            if (severity.isEmpty() && clientView.isEmpty() && clientRating.isEmpty()) {
                return null;
            }
            return new InvestigationContent.Need(area, severity.getValue(), clientView.getValue(),
                    clientRating.getValue());
        }

        void show(InvestigationContent.Need need) {
            severity.setValue(need == null ? null : need.severity());
            clientView.setValue(need == null ? "" : orEmpty(need.clientView()));
            clientRating.setValue(need == null ? null : need.clientRating());
        }
    }

    /** One piece of information gathered. */
    private final class SourceRow extends HorizontalLayout {
        final Select<SourceKind> kind = new Select<>();
        final TextField what = new TextField(getTranslation("casehandling.investigation.source-what"));
        final DatePicker gatheredOn = new DateField(getTranslation("casehandling.investigation.source-date"));

        SourceRow(InvestigationContent.Source source) {
            var id = "investigation-source-" + sources.getComponentCount() + "-";
            kind.setId(id + "kind");
            what.setId(id + "what");
            gatheredOn.setId(id + "date");
            kind.setLabel(getTranslation("casehandling.investigation.source-kind"));
            kind.setItems(SourceKind.values());
            kind.setItemLabelGenerator(k -> getTranslation(k.textKey()));
            what.setWidth("24em");
            if (source != null) {
                kind.setValue(source.kind());
                what.setValue(orEmpty(source.what()));
                gatheredOn.setValue(source.gatheredOn());
            }
            var remove = new Button(getTranslation("casehandling.investigation.remove"), click -> {
                sources.remove(this);
                saveDraft();
            });
            setAlignItems(Alignment.BASELINE);
            add(kind, what, gatheredOn, remove);
            autosave(kind);
            autosave(what);
            autosave(gatheredOn);
        }

        InvestigationContent.Source value() {
            return new InvestigationContent.Source(kind.getValue(), what.getValue(), gatheredOn.getValue());
        }
    }

    /** A child in the household or with visiting rights, with the prompted assessment of the child's needs. */
    private final class ChildRow extends VerticalLayout {
        final IntegerField birthYear = new IntegerField(getTranslation("casehandling.investigation.child-birth-year"));
        final TextField relation = new TextField(getTranslation("casehandling.investigation.child-relation"));
        final TextField living = new TextField(getTranslation("casehandling.investigation.child-living"));
        final TextArea needsAssessment = new TextArea(getTranslation("casehandling.investigation.child-needs"));
        final DatePicker concern = new DateField(getTranslation("casehandling.investigation.concern-reported-on"));

        ChildRow(InvestigationContent.Child child) {
            setPadding(false);
            var index = children.getComponentCount();
            birthYear.setId("investigation-child-" + index + "-birth-year");
            relation.setId("investigation-child-" + index + "-relation");
            living.setId("investigation-child-" + index + "-living");
            needsAssessment.setId("investigation-child-" + index + "-needs");
            concern.setId("investigation-child-" + index + "-concern");
            needsAssessment.setHelperText(getTranslation("casehandling.investigation.child-needs-prompt"));
            needsAssessment.setRequiredIndicatorVisible(true);
            needsAssessment.setWidthFull();
            if (child != null) {
                birthYear.setValue(child.birthYear());
                relation.setValue(orEmpty(child.relation()));
                living.setValue(orEmpty(child.livingArrangement()));
                needsAssessment.setValue(orEmpty(child.needsAssessment()));
                concern.setValue(child.concernReportedOn());
            }
            var remove = new Button(getTranslation("casehandling.investigation.remove"), click -> {
                children.remove(this);
                saveDraft();
            });
            add(new FieldRow(birthYear, relation, living), needsAssessment,
                    new FieldRow(concern, remove));
            for (var field : List.<HasValue<?, ?>>of(birthYear, relation, living, needsAssessment, concern)) {
                autosave(field);
            }
        }

        InvestigationContent.Child value() {
            return new InvestigationContent.Child(birthYear.getValue(), relation.getValue(), living.getValue(),
                    needsAssessment.getValue(), concern.getValue());
        }
    }

    /** A relative, and whether the client consents to contact. */
    private final class RelativeRow extends HorizontalLayout {
        final TextField name = new TextField(getTranslation("casehandling.investigation.relative-name"));
        final TextField relation = new TextField(getTranslation("casehandling.investigation.relative-relation"));
        final TextField contact = new TextField(getTranslation("casehandling.investigation.relative-contact"));
        final Checkbox consent = new Checkbox(getTranslation("casehandling.investigation.relative-consent"));

        RelativeRow(InvestigationContent.Relative relative) {
            var id = "investigation-relative-" + relatives.getComponentCount() + "-";
            name.setId(id + "name");
            relation.setId(id + "relation");
            contact.setId(id + "contact");
            consent.setId(id + "consent");
            if (relative != null) {
                name.setValue(orEmpty(relative.name()));
                relation.setValue(orEmpty(relative.relation()));
                contact.setValue(orEmpty(relative.contact()));
                consent.setValue(relative.consentToContact());
            }
            var remove = new Button(getTranslation("casehandling.investigation.remove"), click -> {
                relatives.remove(this);
                saveDraft();
            });
            setAlignItems(Alignment.BASELINE);
            add(name, relation, contact, consent, remove);
            for (var field : List.<HasValue<?, ?>>of(name, relation, contact, consent)) {
                autosave(field);
            }
        }

        InvestigationContent.Relative value() {
            return new InvestigationContent.Relative(name.getValue(), relation.getValue(), contact.getValue(),
                    consent.getValue());
        }
    }
}
