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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.InvestigationContent;
import se.vardkedjan.casehandling.InvestigationStatus;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.LifeArea;
import se.vardkedjan.casehandling.ParticipationMode;
import se.vardkedjan.casehandling.SourceKind;
import se.vardkedjan.casehandling.readmodel.InvestigationView;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The investigation form. Every change is saved as a draft when the field is left (no completion rules then), with
 * "Utkast sparat HH:mm" shown; the list of what is missing is kept current, and Complete asks the facade to check it.
 */
class InvestigationForm extends VerticalLayout {


    private final Investigations investigations;
    private final CaseId caseId;
    private long version;
    private boolean loading;

    private final DatePicker startedOn = new DateField(getTranslation("casehandling.investigation.started-on"));
    private final TextField subject = new TextField(getTranslation("casehandling.investigation.subject"));
    private final VerticalLayout sources = new VerticalLayout();
    private final Map<LifeArea, NeedFields> needs = new EnumMap<>(LifeArea.class);
    private final VerticalLayout children = new VerticalLayout();
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

    InvestigationForm(Investigations investigations, CaseId caseId) {
        this.investigations = investigations;
        this.caseId = caseId;
        setId("investigation-section");
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

        var actions = new HorizontalLayout(complete, saved);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, completedNote, new FieldRow(startedOn, subject),
                new H3(getTranslation("casehandling.investigation.participation-heading")), participationMode,
                        participationWords,
                new H3(getTranslation("casehandling.investigation.sources-heading")), sources, addSource,
                new H3(getTranslation("casehandling.investigation.needs-heading")), needsLayout,
                new H3(getTranslation("casehandling.investigation.children-heading")), children, addChild,
                new H3(getTranslation("casehandling.investigation.relatives-heading")), relatives, addRelative,
                new H3(getTranslation("casehandling.investigation.assessment")), assessment, proposal,
                new H3(getTranslation("casehandling.investigation.communication-heading")),
                        new FieldRow(communicatedOn, channel),
                clientResponse, new Paragraph(getTranslation("casehandling.investigation.missing-heading")), missing,
                        actions);

        for (var field : List.<HasValue<?, ?>>of(startedOn, subject, participationMode, participationWords, assessment,
                proposal, communicatedOn, channel, clientResponse)) {
            autosave(field);
        }
        Problems.attempt(this, () -> investigations.find(caseId).orElse(null)).ifPresentOrElse(this::show, () -> show(null));
    }

    private void autosave(HasValue<?, ?> field) {
        field.addValueChangeListener(event -> {
            if (!loading && event.isFromClient()) {
                saveDraft();
            }
        });
    }

    /** Saves what the form holds as a draft; a refusal (markup, a date out of order, a concurrent edit) is shown. */
    void saveDraft() {
        Problems.attempt(this, () -> investigations.saveDraft(caseId, version, content())).ifPresent(this::show);
    }

    private void completeInvestigation() {
        Problems.attempt(this, () -> investigations.saveAndComplete(caseId, version, content())).ifPresentOrElse(
                this::show,
                () -> Problems.attempt(this, () -> investigations.find(caseId).orElse(null)).ifPresent(this::show));
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
                relativeList, participation, assessment.getValue(), proposal.getValue(), communication);
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
            stillMissing.forEach(key -> missing.add(new ListItem(getTranslation(key))));
            var completed = view != null && view.status() == InvestigationStatus.COMPLETED;
            completedNote.setVisible(completed);
            if (completed) {
                completedNote.setText(getTranslation("casehandling.investigation.completed-by",
                        view.completedOn().toString(),
                        view.completedByName()));
                readOnly(this);
                complete.setVisible(false);
            }
        } finally {
            loading = false;
        }
    }

    private static void readOnly(Component component) {
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
