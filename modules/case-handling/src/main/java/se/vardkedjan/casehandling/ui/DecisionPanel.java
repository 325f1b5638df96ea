package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import se.vardkedjan.casehandling.ClosureReason;
import se.vardkedjan.casehandling.CommunicationChannel;
import se.vardkedjan.casehandling.DecideInterventions;
import se.vardkedjan.casehandling.DecisionOutcome;
import se.vardkedjan.casehandling.DecisionStatus;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.InvestigationStatus;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.LegalBasis;
import se.vardkedjan.casehandling.readmodel.DecisionView;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.ViewClock;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The decisions of one case: each decision with its interventions, their periods and the PDF; a proposal with who
 * proposed it, when, and a link to the investigation, with approve (the tab's one primary action) and return for the
 * unit manager; closing an intervention in a dialog; a form for a new decision once the investigation is completed
 * (open while no decision is in force or waiting, else behind "Nytt beslut"); and, for a unit manager, the proposals
 * waiting in their units, each a link to its case's decision tab.
 */
class DecisionPanel extends VerticalLayout {


    private final Decisions decisions;
    private final Investigations investigations;
    private final boolean unitManager;
    private final transient ViewClock clock;
    private final CaseId caseId;
    private final VerticalLayout list = new VerticalLayout();
    private final VerticalLayout newDecision = new VerticalLayout();
    private final VerticalLayout awaiting = new VerticalLayout();

    DecisionPanel(Decisions decisions, Investigations investigations, CurrentActor currentActor, ViewClock clock,
                  CaseId caseId) {
        this.decisions = decisions;
        this.investigations = investigations;
        this.clock = clock;
        this.unitManager = currentActor.find().map(actor -> actor.hasRole(Roles.UNIT_MANAGER)).orElse(false);
        this.caseId = caseId;
        setId("decision-section");
        list.setId("decision-list");
        list.setPadding(false);
        newDecision.setPadding(false);
        awaiting.setPadding(false);
        awaiting.setId("decision-awaiting");
        add(new H2(getTranslation("casehandling.decision.heading")), list, newDecision, awaiting);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var found = Problems.attempt(this, () -> decisions.ofCase(caseId)).orElse(List.of());
        if (found.isEmpty()) {
            list.add(new Paragraph(getTranslation("casehandling.decision.none")));
        }
        found.forEach(decision -> list.add(decisionCard(decision)));
        newDecision.removeAll();
        var completed = Problems.attempt(this, () -> investigations.find(caseId)
                .filter(view -> view.status() == InvestigationStatus.COMPLETED).orElse(null));
        newDecision.add(new H3(getTranslation("casehandling.decision.new-heading")));
        if (completed.isPresent()) {
            var startedOn = completed.get().content().startedOn();
            // The form is the next step only while no decision is in force or waiting; after that a new decision is
            // a deliberate choice, behind its own button, so the tab keeps one primary action.
            var settled = found.stream().anyMatch(decision -> decision.status() != DecisionStatus.RETURNED);
            if (settled) {
                var open = new Button(getTranslation("casehandling.casepage.decision.new-open"));
                open.setId("decision-new");
                open.addClickListener(click -> {
                    newDecision.remove(open);
                    newDecision.add(new DecisionForm(startedOn));
                });
                newDecision.add(open);
            } else {
                newDecision.add(new DecisionForm(startedOn));
            }
        } else {
            var note = new Paragraph(getTranslation("casehandling.decision.needs-investigation"));
            note.setId("decision-needs-investigation");
            newDecision.add(note);
        }
        awaiting.removeAll();
        if (unitManager) {
            awaiting.add(new H3(getTranslation("casehandling.decision.awaiting-heading")));
            var waiting = Problems.attempt(this, decisions::awaitingApproval).orElse(List.of());
            if (waiting.isEmpty()) {
                awaiting.add(new Paragraph(getTranslation("casehandling.decision.awaiting-none")));
            } else {
                var items = new UnorderedList();
                waiting.forEach(proposal -> {
                    var link = caseLink(getTranslation("casehandling.decision.awaiting-item",
                            proposal.proposedOn().toString(), proposal.proposedByName(), proposal.types().stream()
                                    .map(type -> getTranslation(type.textKey()))
                                    .collect(Collectors.joining(", "))), proposal.caseId(), "beslut");
                    link.setId("decision-awaiting-" + proposal.decisionId());
                    items.add(new ListItem(link));
                });
                awaiting.add(items);
            }
        }
    }

    private Div decisionCard(DecisionView decision) {
        var card = new Div();
        card.setId("decision-" + decision.id());
        card.add(new H3(getTranslation("casehandling.decision.summary", getTranslation(decision.status().textKey()),
                decision.items().stream().map(item -> getTranslation(item.type().textKey()))
                        .collect(Collectors.joining(", ")))));
        switch (decision.status()) {
            case DECIDED -> card.add(new Paragraph(getTranslation("casehandling.decision.decided-by-line",
                    decision.decidedOn().toString(), decision.decidedByName())));
            case PROPOSED -> {
                card.add(new Paragraph(getTranslation("casehandling.decision.proposed-by-line",
                        decision.proposedOn().toString(), decision.proposedByName())));
                var investigation = caseLink(getTranslation("casehandling.casepage.decision.read-investigation"),
                        caseId, "utredning");
                investigation.setId("decision-investigation-link-" + decision.id());
                card.add(new Paragraph(investigation));
            }
            case RETURNED -> card.add(new Paragraph(getTranslation("casehandling.decision.returned-line",
                    decision.returnedByName(),
                    decision.returnComment())));
        }
        var items = new UnorderedList();
        for (var item : decision.items()) {
            var entry = new ListItem();
            entry.add(new Paragraph(getTranslation(item.type().textKey()) + ": "
                    + getTranslation(item.outcome().textKey()) + " – " + item.scope()));
            if (item.serviceWithoutDecision()) {
                entry.add(new Paragraph(getTranslation("casehandling.decision.service-note")));
            } else {
                entry.add(new Paragraph(
                        getTranslation("casehandling.decision.legal-basis") + ": " + item.legalReference().citation()));
            }
            if (item.startsOn() != null) {
                var period = new Paragraph(item.plannedEnd() == null
                        ? getTranslation("casehandling.casepage.decision.period-open", item.startsOn().toString())
                        : getTranslation("casehandling.casepage.decision.period", item.startsOn().toString(),
                                item.plannedEnd().toString()));
                period.setId("decision-period-" + item.id());
                entry.add(period);
            }
            if (item.reasons() != null) {
                entry.add(new Paragraph(getTranslation("casehandling.decision.reasons") + ": " + item.reasons()));
            }
            if (item.closedOn() != null) {
                entry.add(new Paragraph(getTranslation("casehandling.decision.closed-line", item.closedOn().toString(),
                        getTranslation(item.closureReason().interventionTextKey()))));
            } else if (decision.status() == DecisionStatus.DECIDED && item.outcome().grantsHelp()) {
                var close = new Button(getTranslation("casehandling.casepage.decision.close-intervention-open"),
                        click -> closeDialog(decision, item).open());
                close.setId("decision-close-open-" + item.id());
                close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                entry.add(close);
            }
            items.add(entry);
        }
        card.add(items);
        if (decision.appealable()) {
            card.add(new Paragraph(getTranslation("casehandling.decision.appeal.text")));
        }
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var pdf = decisions.decisionDocument(decision.id());
            return new DownloadResponse(new ByteArrayInputStream(pdf), "beslut-" + decision.id() + ".pdf",
                    "application/pdf", pdf.length);
        }), AttachmentType.DOWNLOAD, getTranslation("casehandling.decision.download"));
        download.setId("decision-download-" + decision.id());
        card.add(download);
        if (unitManager && decision.status() == DecisionStatus.PROPOSED) {
            card.add(approvalForm(decision));
        }
        return card;
    }

    private VerticalLayout approvalForm(DecisionView decision) {
        var problems = new FormProblems(this, "decision-approval-" + decision.id());
        var informedBy = problems.field("casehandling.decision.informed-by", channelSelect());
        informedBy.setId("decision-approval-informed-by");
        var informedOn = problems.field("casehandling.decision.informed-on",
                new DateField(getTranslation("casehandling.decision.informed-on"), clock.today()));
        // How and when the client was told is asked for unless the decision only gives services without a decision
        // (the domain's rule, which stays the authority).
        if (decision.items().stream().anyMatch(item -> !item.serviceWithoutDecision())) {
            problems.required("casehandling.decision.informed-by", informedBy);
            problems.required("casehandling.decision.informed-on", informedOn);
        }
        informedOn.setId("decision-approval-informed-on");
        var comment = problems.field("casehandling.decision.return-comment",
                new TextArea(getTranslation("casehandling.decision.return-comment")));
        comment.setId("decision-return-comment");
        var approve = new Button(getTranslation("casehandling.decision.approve"), click -> {
            if (problems.attempt(() -> decisions.approve(decision.id(), decision.version(),
                    informedBy.getValue(), informedOn.getValue())).isPresent()) {
                refresh();
            }
        });
        approve.setId("decision-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Sending back asks only for the comment (the facade's rule); the approval's fields are not checked for it.
        var sendBack = new Button(getTranslation("casehandling.decision.return"), click -> {
            if (problems.attemptRules(() -> decisions.returnProposal(decision.id(), decision.version(),
                    comment.getValue())).isPresent()) {
                refresh();
            }
        });
        sendBack.setId("decision-return");
        var form = new VerticalLayout(problems.summary(), new FieldRow(informedBy, informedOn), approve, comment,
                sendBack);
        form.setPadding(false);
        return form;
    }

    /**
     * Closing an intervention: a dialog that names it and says what closing does before anything is saved; a refusal
     * keeps the dialog open with what was typed.
     */
    private Dialog closeDialog(DecisionView decision, DecisionView.Item item) {
        var dialog = new Dialog();
        dialog.setId("decision-close-dialog-" + item.id());
        dialog.setHeaderTitle(getTranslation("casehandling.casepage.decision.close-intervention-heading",
                getTranslation(item.type().textKey())));
        var problems = new FormProblems(this, "decision-close-form-" + item.id());
        var reason = problems.required("casehandling.decision.closure-reason", new Select<ClosureReason>());
        reason.setLabel(getTranslation("casehandling.decision.closure-reason"));
        reason.setItems(ClosureReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.interventionTextKey()));
        reason.setId("decision-close-reason-" + item.id());
        var outcome = problems.required("casehandling.closure.outcome",
                new TextField(getTranslation("casehandling.closure.outcome")));
        outcome.setId("decision-close-outcome-" + item.id());
        outcome.setWidthFull();
        var closedOn = problems.required("casehandling.closure.closed-on",
                new DateField(getTranslation("casehandling.closure.closed-on"), clock.today()));
        closedOn.setId("decision-close-date-" + item.id());
        var form = new VerticalLayout(problems.summary(), FormProblems.asWarning(
                new Paragraph(getTranslation("casehandling.casepage.decision.close-intervention-confirm"))),
                reason, outcome, closedOn);
        form.setPadding(false);
        dialog.add(form);
        var close = new Button(getTranslation("casehandling.decision.close-intervention"), click -> {
            if (problems.attempt(() -> decisions.closeIntervention(item.id(), decision.version(),
                    reason.getValue(), outcome.getValue(), closedOn.getValue())).isPresent()) {
                dialog.close();
                refresh();
            }
        });
        close.setId("decision-close-" + item.id());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var cancel = new Button(getTranslation("casehandling.casepage.cancel"), click -> dialog.close());
        cancel.setId("decision-close-cancel-" + item.id());
        dialog.getFooter().add(cancel, close);
        return dialog;
    }

    /** A link to a tab of a case page, followed inside the app as a router link is. */
    private static Anchor caseLink(String text, CaseId target, String path) {
        var link = new Anchor(CaseView.address(target, path), text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private Select<CommunicationChannel> channelSelect() {
        var select = new Select<CommunicationChannel>();
        select.setLabel(getTranslation("casehandling.decision.informed-by"));
        select.setItems(CommunicationChannel.values());
        select.setItemLabelGenerator(c -> getTranslation(c.textKey()));
        return select;
    }

    /** A new decision: one or more interventions, the decision date and how the client was informed. */
    private final class DecisionForm extends VerticalLayout {

        private final VerticalLayout items = new VerticalLayout();
        private final List<LegalBasis> references;
        private final FormProblems problems = new FormProblems(DecisionPanel.this, "decision-form");

        DecisionForm(LocalDate investigationStartedOn) {
            setPadding(false);
            items.setPadding(false);
            references = Problems.attempt(DecisionPanel.this,
                    () -> decisions.legalReferencesValidOn(clock.today())).orElse(List.of());
            items.add(new ItemRow(0));
            var addItem = new Button(getTranslation("casehandling.decision.type") + " +", click -> items.add(
                    new ItemRow(items.getComponentCount())));
            addItem.setId("decision-add-item");
            var decidedOn = problems.required("casehandling.decision.decided-on",
                    new DateField(getTranslation("casehandling.decision.decided-on"), clock.today()));
            decidedOn.setId("decision-decided-on");
            decidedOn.setMin(investigationStartedOn);
            decidedOn.setMax(clock.today());
            // Not required here: a decision of services without a decision informs no one (the domain decides).
            var informedBy = problems.field("casehandling.decision.informed-by", channelSelect());
            informedBy.setId("decision-informed-by");
            var informedOn = problems.field("casehandling.decision.informed-on",
                    new DateField(getTranslation("casehandling.decision.informed-on"), clock.today()));
            informedOn.setId("decision-informed-on");
            var decide = new Button(getTranslation("casehandling.decision.decide"), click -> {
                var command = new DecideInterventions(caseId, decidedOn.getValue(), items.getChildren()
                        .map(ItemRow.class::cast).map(ItemRow::value).toList(), informedBy.getValue(),
                        informedOn.getValue());
                if (problems.attempt(() -> decisions.decide(command)).isPresent()) {
                    refresh();
                }
            });
            decide.setId("decision-decide");
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(problems.summary(), items, addItem, new FieldRow(decidedOn, informedBy, informedOn), decide);
        }

        /** One intervention in the new decision. */
        private final class ItemRow extends VerticalLayout {
            final Select<InterventionType> type = new Select<>();
            final Select<DecisionOutcome> outcome = new Select<>();
            final TextField scope = new TextField(getTranslation("casehandling.decision.scope"));
            final DatePicker startsOn = new DateField(getTranslation("casehandling.decision.starts-on"));
            final DatePicker plannedEnd = new DateField(getTranslation("casehandling.decision.planned-end"));
            final Select<LegalBasis> basis = new Select<>();
            final TextArea reasons = new TextArea(getTranslation("casehandling.decision.reasons"));

            ItemRow(int index) {
                setPadding(false);
                var id = "decision-item-" + index + "-";
                type.setId(id + "type");
                type.setLabel(getTranslation("casehandling.decision.type"));
                type.setItems(InterventionType.values());
                type.setItemLabelGenerator(t -> getTranslation(t.textKey()));
                outcome.setId(id + "outcome");
                outcome.setLabel(getTranslation("casehandling.decision.outcome"));
                outcome.setItems(DecisionOutcome.values());
                outcome.setItemLabelGenerator(o -> getTranslation(o.textKey()));
                outcome.setValue(DecisionOutcome.GRANTED);
                scope.setId(id + "scope");
                scope.setWidth("24em");
                startsOn.setId(id + "starts-on");
                plannedEnd.setId(id + "planned-end");
                basis.setId(id + "legal-basis");
                basis.setLabel(getTranslation("casehandling.decision.legal-basis"));
                basis.setItems(references);
                basis.setItemLabelGenerator(r -> r == null ? "" : r.citation() + " – " + r.title());
                basis.setEmptySelectionAllowed(true);
                reasons.setId(id + "reasons");
                reasons.setWidthFull();
                type.addValueChangeListener(event -> {
                    var service = event.getValue() == InterventionType.SERVICE_WITHOUT_DECISION;
                    basis.setEnabled(!service);
                    if (service) {
                        basis.clear();
                    }
                });
                // The domain names a field by its label key, which every intervention shares: the first
                // intervention's fields carry those names (and their required marks); a refusal about a later one is
                // listed in the summary.
                if (index == 0) {
                    problems.required("casehandling.decision.type", type);
                    problems.required("casehandling.decision.outcome", outcome);
                    problems.required("casehandling.decision.scope", scope);
                    problems.field("casehandling.decision.starts-on", startsOn);
                    problems.field("casehandling.decision.planned-end", plannedEnd);
                    problems.field("casehandling.decision.legal-basis", basis);
                    problems.field("casehandling.decision.reasons", reasons);
                }
                add(new FieldRow(type, outcome, scope), new FieldRow(startsOn, plannedEnd, basis),
                        reasons);
            }

            DecideInterventions.Item value() {
                return new DecideInterventions.Item(type.getValue(), outcome.getValue(), scope.getValue(),
                        startsOn.getValue(), plannedEnd.getValue(), basis.isEmpty() ? null : basis.getValue().code(),
                        reasons.getValue());
            }
        }
    }
}
