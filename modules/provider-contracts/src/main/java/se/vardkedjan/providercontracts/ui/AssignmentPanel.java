package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
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
import se.vardkedjan.providercontracts.AssignmentDraft;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.AssignmentView;
import se.vardkedjan.providercontracts.domain.HistoryEntry;
import se.vardkedjan.providercontracts.Assignments;
import se.vardkedjan.providercontracts.EndReason;
import se.vardkedjan.providercontracts.MethodOption;
import se.vardkedjan.providercontracts.ProviderOption;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.providercontracts.domain.AssignmentDates;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.ViewClock;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * The Uppdrag tab's content for one case: each assignment with its state, the provider's answer and its history; a
 * draft's form (method, provider with its places, content, the personal data shared) with save and send; a declined
 * one offers another provider; a sent one its PDF; an accepted or running one its end.
 */
class AssignmentPanel extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final Assignments assignments;
    private final ViewClock clock;
    private final CaseId caseId;
    private final List<AssignmentPart> parts;

    AssignmentPanel(Assignments assignments, ViewClock clock, CaseId caseId, List<AssignmentPart> parts) {
        this.assignments = assignments;
        this.clock = clock;
        this.caseId = caseId;
        this.parts = parts;
        setId("assignment-panel");
        setPadding(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("providercontracts.casepage.heading")));
        var found = Problems.attempt(this, () -> assignments.ofCase(caseId)).orElse(List.of());
        if (found.isEmpty()) {
            var none = new Paragraph(getTranslation("providercontracts.casepage.none"));
            none.setId("assignment-none");
            add(none);
        }
        found.forEach(assignment -> add(card(assignment)));
    }

    private Div card(AssignmentView assignment) {
        var card = new Div();
        card.setId("assignment-" + assignment.id());
        card.addClassName("assignment-card");
        card.add(new H3(getTranslation(typeKey(assignment)) + " – " + getTranslation(statusKey(assignment.status()))));
        var facts = new UnorderedList();
        fact(facts, "providercontracts.assignment.provider", assignment.providerName());
        fact(facts, "providercontracts.assignment.starts-on", date(assignment.startsOn()));
        fact(facts, "providercontracts.assignment.accepted-start", date(assignment.acceptedStart()));
        fact(facts, "providercontracts.assignment.decline-reason", assignment.declineReason());
        fact(facts, "providercontracts.assignment.started-on", date(assignment.startedOn()));
        fact(facts, "providercontracts.assignment.ended-on", date(assignment.endedOn()));
        if (assignment.clientsChoice()) {
            facts.add(new ListItem(getTranslation("providercontracts.assignment.clients-choice")));
        }
        if (assignment.escalationLevel() > 0) {
            var escalated = new ListItem(getTranslation(assignment.escalationLevel() == 1
                    ? "providercontracts.casepage.escalated.provider" : "providercontracts.casepage.escalated.staff"));
            escalated.setId("assignment-escalated-" + assignment.id());
            facts.add(escalated);
        }
        card.add(facts);
        if (!assignment.goals().isEmpty()) {
            var goals = new UnorderedList();
            assignment.goals().forEach(goal -> goals.add(new ListItem(goal)));
            card.add(new Paragraph(getTranslation("providercontracts.assignment.goals")), goals);
        }
        switch (assignment.status()) {
            case DRAFT -> card.add(new DraftForm(assignment));
            case DECLINED -> {
                var another = new Button(getTranslation("providercontracts.casepage.choose-another"), click -> {
                    if (Problems.attempt(this, () -> assignments.draftAnother(assignment.id())).isPresent()) {
                        refresh();
                    }
                });
                another.setId("assignment-another-" + assignment.id());
                another.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                card.add(another);
            }
            case ACCEPTED, RUNNING -> card.add(endForm(assignment));
            default -> {
            }
        }
        if (assignment.status() != AssignmentStatus.DRAFT && assignment.status() != AssignmentStatus.WITHDRAWN) {
            var download = new Anchor(DownloadHandler.fromInputStream(event -> {
                var pdf = assignments.document(assignment.id());
                return new DownloadResponse(new ByteArrayInputStream(pdf), "uppdrag-" + assignment.id() + ".pdf",
                        "application/pdf", pdf.length);
            }), AttachmentType.DOWNLOAD, getTranslation("providercontracts.casepage.download"));
            download.setId("assignment-download-" + assignment.id());
            card.add(download);
        }
        var history = new UnorderedList();
        history.setId("assignment-history-" + assignment.id());
        for (var change : assignment.history()) {
            history.add(new ListItem(getTranslation("providercontracts.casepage.history-line",
                    DATE.format(LocalDate.ofInstant(change.at(), STOCKHOLM)),
                    getTranslation(eventKey(change)), madeBy(change, this::getTranslation))));
        }
        card.add(new Paragraph(getTranslation("providercontracts.casepage.history")), history);
        // The parts of the assignment other features add (the implementation plan, the reports), in their order.
        parts.stream().filter(part -> part.shownTo(AssignmentPart.Audience.CASE_STAFF, assignment))
                .sorted(java.util.Comparator.comparingInt(AssignmentPart::order))
                .forEach(part -> card.add(part.create(assignment, AssignmentPart.Audience.CASE_STAFF)));
        return card;
    }

    private VerticalLayout endForm(AssignmentView assignment) {
        var problems = new FormProblems(this, "assignment-end-" + assignment.id());
        var reason = problems.required("providercontracts.casepage.end-reason", new Select<EndReason>());
        reason.setLabel(getTranslation("providercontracts.casepage.end-reason"));
        reason.setItems(EndReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(endKey(r)));
        reason.setId("assignment-end-reason-" + assignment.id());
        var on = problems.required("providercontracts.assignment.ended-on",
                new DateField(getTranslation("providercontracts.assignment.ended-on"), clock.today()));
        on.setId("assignment-end-date-" + assignment.id());
        var end = new Button(getTranslation("providercontracts.casepage.end"), click -> {
            if (problems.attempt(() -> assignments.end(assignment.id(), assignment.version(), reason.getValue(),
                    on.getValue())).isPresent()) {
                refresh();
            }
        });
        end.setId("assignment-end-" + assignment.id());
        var form = new VerticalLayout(problems.summary(), new FieldRow(reason, on), end);
        form.setPadding(false);
        return form;
    }

    /** The draft's form: one save, one send, one withdraw; a refusal marks the field and keeps what was typed. */
    private final class DraftForm extends VerticalLayout {

        private final FormProblems problems;
        private final AssignmentView assignment;
        private final ComboBox<MethodOption> method = new ComboBox<>();
        private final ComboBox<ProviderOption> provider = new ComboBox<>();
        private final Checkbox clientsChoice = new Checkbox();
        private final DateField startsOn;
        private final TextField expectedLength;
        private final TextArea reporting;
        private final TextArea followUp;
        private final TextArea contactPersons;
        private final Checkbox consent = new Checkbox();
        private final Checkbox shareAddress = new Checkbox();
        private final Checkbox sharePhone = new Checkbox();

        DraftForm(AssignmentView assignment) {
            this.assignment = assignment;
            setPadding(false);
            setId("assignment-form-" + assignment.id());
            problems = new FormProblems(AssignmentPanel.this, "assignment-form-" + assignment.id());
            method.setLabel(getTranslation("providercontracts.assignment.method"));
            method.setId("assignment-method-" + assignment.id());
            method.setItemLabelGenerator(m -> getLocale().getLanguage().equals("en") ? m.nameEn() : m.nameSv());
            method.setItems(Problems.attempt(AssignmentPanel.this,
                    () -> assignments.methods(assignment.interventionType())).orElse(List.of()));
            problems.field("providercontracts.assignment.method", method);
            provider.setLabel(getTranslation("providercontracts.assignment.provider"));
            provider.setId("assignment-provider-" + assignment.id());
            provider.setWidthFull();
            provider.setItemLabelGenerator(this::providerLabel);
            problems.field("providercontracts.assignment.provider", provider);
            clientsChoice.setLabel(getTranslation("providercontracts.assignment.clients-choice"));
            clientsChoice.setId("assignment-clients-choice-" + assignment.id());
            startsOn = problems.field("providercontracts.assignment.starts-on",
                    new DateField(getTranslation("providercontracts.assignment.starts-on"),
                            assignment.startsOn() != null ? assignment.startsOn() : assignment.grantedFrom()));
            startsOn.setId("assignment-starts-on-" + assignment.id());
            expectedLength = problems.field("providercontracts.assignment.expected-length",
                    new TextField(getTranslation("providercontracts.assignment.expected-length")));
            expectedLength.setId("assignment-expected-length-" + assignment.id());
            reporting = textArea("providercontracts.assignment.reporting", "assignment-reporting-" + assignment.id());
            followUp = textArea("providercontracts.assignment.follow-up", "assignment-follow-up-" + assignment.id());
            contactPersons = textArea("providercontracts.assignment.contact-persons",
                    "assignment-contact-persons-" + assignment.id());
            consent.setLabel(getTranslation("providercontracts.assignment.consent"));
            consent.setId("assignment-consent-" + assignment.id());
            shareAddress.setLabel(getTranslation("providercontracts.assignment.share-address"));
            shareAddress.setId("assignment-share-address-" + assignment.id());
            sharePhone.setLabel(getTranslation("providercontracts.assignment.share-phone-label"));
            sharePhone.setId("assignment-share-phone-" + assignment.id());
            fill();
            method.addValueChangeListener(event -> loadProviders());
            startsOn.addValueChangeListener(event -> loadProviders());

            var save = new Button(getTranslation("providercontracts.casepage.save"), click -> {
                if (problems.attempt(() -> assignments.saveDraft(assignment.id(), assignment.version(), draft()))
                        .isPresent()) {
                    refresh();
                }
            });
            save.setId("assignment-save-" + assignment.id());
            var send = new Button(getTranslation("providercontracts.casepage.send"), click -> {
                var saved = problems.attempt(() -> assignments.saveDraft(assignment.id(), assignment.version(),
                        draft()));
                if (saved.isPresent() && problems.attempt(() -> assignments.send(assignment.id(),
                        saved.get().version())).isPresent()) {
                    refresh();
                } else if (saved.isPresent()) {
                    refresh();
                }
            });
            send.setId("assignment-send-" + assignment.id());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var withdraw = new Button(getTranslation("providercontracts.casepage.withdraw"), click -> {
                if (problems.attempt(() -> assignments.withdraw(assignment.id(), assignment.version())).isPresent()) {
                    refresh();
                }
            });
            withdraw.setId("assignment-withdraw-" + assignment.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(problems.summary(), new FieldRow(method, startsOn), provider, clientsChoice, expectedLength,
                    reporting, followUp, contactPersons, consent, shareAddress, sharePhone,
                    new FieldRow(save, send, withdraw));
        }

        private TextArea textArea(String key, String id) {
            var area = problems.field(key, new TextArea(getTranslation(key)));
            area.setId(id);
            area.setWidthFull();
            return area;
        }

        private void fill() {
            if (assignment.method() != null) {
                method.getListDataView().getItems().filter(m -> m.code().equals(assignment.method())).findFirst()
                        .ifPresent(method::setValue);
            }
            loadProviders();
            if (assignment.contractId() != null) {
                provider.getListDataView().getItems().filter(p -> p.contract().equals(assignment.contractId()))
                        .findFirst().ifPresent(provider::setValue);
            }
            clientsChoice.setValue(assignment.clientsChoice());
            expectedLength.setValue(Objects.requireNonNullElse(assignment.expectedLength(), ""));
            reporting.setValue(Objects.requireNonNullElse(assignment.reporting(), ""));
            followUp.setValue(Objects.requireNonNullElse(assignment.followUp(), ""));
            contactPersons.setValue(Objects.requireNonNullElse(assignment.contactPersons(), ""));
            consent.setValue(assignment.clientConsented());
            shareAddress.setValue(assignment.shareAddress());
            sharePhone.setValue(assignment.sharePhone());
        }

        private void loadProviders() {
            var chosen = method.getValue();
            var on = startsOn.getValue() != null ? startsOn.getValue() : clock.today();
            // A date no record can hold offers nothing; saving names the field (AssignmentDates).
            var options = chosen == null || on.isBefore(AssignmentDates.FIRST) || on.isAfter(AssignmentDates.LAST)
                    ? List.<ProviderOption>of() : Problems.attempt(AssignmentPanel.this,
                    () -> assignments.providerOptions(chosen.code(), on)).orElse(List.of());
            var before = provider.getValue();
            provider.setItems(options);
            if (before != null) {
                options.stream().filter(o -> o.contract().equals(before.contract())).findFirst()
                        .ifPresent(provider::setValue);
            }
        }

        private String providerLabel(ProviderOption option) {
            var places = option.places() == null ? getTranslation("providercontracts.casepage.places-unlimited")
                    : option.full() ? getTranslation("providercontracts.casepage.places-full", option.taken(),
                    option.places())
                    : getTranslation("providercontracts.casepage.places", option.places() - option.taken(),
                    option.places());
            return getTranslation("providercontracts.casepage.provider-option", option.providerName(),
                    option.reference(), getTranslation(formKey(option.form())), places);
        }

        private AssignmentDraft draft() {
            var chosenProvider = provider.getValue();
            return new AssignmentDraft(method.getValue() == null ? null : method.getValue().code(),
                    chosenProvider == null ? null : chosenProvider.provider(),
                    chosenProvider == null ? null : chosenProvider.contract(), clientsChoice.getValue(),
                    startsOn.getValue(), expectedLength.getValue(), reporting.getValue(), followUp.getValue(),
                    contactPersons.getValue(), consent.getValue(), shareAddress.getValue(), sharePhone.getValue());
        }
    }

    private void fact(UnorderedList facts, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new ListItem(getTranslation(labelKey) + ": " + value));
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static String typeKey(AssignmentView assignment) {
        return typeKey(assignment.interventionType());
    }

    static String typeKey(InterventionType type) {
        return switch (type) {
            case OUTPATIENT -> "providercontracts.intervention.OUTPATIENT";
            case RESIDENTIAL -> "providercontracts.intervention.RESIDENTIAL";
            case SUPPORTED_HOUSING -> "providercontracts.intervention.SUPPORTED_HOUSING";
            case CONTACT_PERSON -> "providercontracts.intervention.CONTACT_PERSON";
            case OCCUPATION -> "providercontracts.intervention.OCCUPATION";
            case SERVICE_WITHOUT_DECISION -> "providercontracts.intervention.SERVICE_WITHOUT_DECISION";
        };
    }

    static String statusKey(AssignmentStatus status) {
        return switch (status) {
            case DRAFT -> "providercontracts.status.DRAFT";
            case SENT -> "providercontracts.status.SENT";
            case RECEIVED -> "providercontracts.status.RECEIVED";
            case ACCEPTED -> "providercontracts.status.ACCEPTED";
            case DECLINED -> "providercontracts.status.DECLINED";
            case RUNNING -> "providercontracts.status.RUNNING";
            case ENDED -> "providercontracts.status.ENDED";
            case WITHDRAWN -> "providercontracts.status.WITHDRAWN";
        };
    }

    private static String endKey(EndReason reason) {
        return switch (reason) {
            case COMPLETED -> "providercontracts.end.COMPLETED";
            case BROKEN_OFF -> "providercontracts.end.BROKEN_OFF";
            case REPLACED -> "providercontracts.end.REPLACED";
        };
    }

    private static String formKey(String form) {
        return switch (form) {
            case "OWN_RUN" -> "providercontracts.form.OWN_RUN";
            case "FRAMEWORK_AGREEMENT" -> "providercontracts.form.FRAMEWORK_AGREEMENT";
            case "LOV" -> "providercontracts.form.LOV";
            default -> "providercontracts.form.DIRECT_AWARD";
        };
    }

    /**
     * Who made a change, as the history line names them: the display name kept with it, the username for changes from
     * before names were kept, and "automatiskt" for the system (the listener that drafts, the escalation job).
     */
    static String madeBy(AssignmentView.Change change, java.util.function.Function<String, String> translation) {
        return HistoryEntry.SYSTEM.equals(change.actor()) ? translation.apply("providercontracts.casepage.by-system")
                : change.madeBy();
    }

    /** The history line's text key; the second escalation step (the case staff told) reads apart from the reminder. */
    static String eventKey(AssignmentView.Change change) {
        if (change.event().equals("ESCALATED") && "CASE_STAFF_TOLD".equals(change.detail())) {
            return "providercontracts.event.ESCALATED_TO_CASE_STAFF";
        }
        return switch (change.event()) {
            case "DRAFTED" -> "providercontracts.event.DRAFTED";
            case "DRAFT_WRITTEN" -> "providercontracts.event.DRAFT_WRITTEN";
            case "SENT" -> "providercontracts.event.SENT";
            case "RECEIVED" -> "providercontracts.event.RECEIVED";
            case "ACCEPTED" -> "providercontracts.event.ACCEPTED";
            case "DECLINED" -> "providercontracts.event.DECLINED";
            case "STARTED" -> "providercontracts.event.STARTED";
            case "ENDED" -> "providercontracts.event.ENDED";
            case "WITHDRAWN" -> "providercontracts.event.WITHDRAWN";
            case "ESCALATED" -> "providercontracts.event.ESCALATED";
            case "PLAN_ESTABLISHED" -> "providercontracts.event.PLAN_ESTABLISHED";
            default -> "providercontracts.event.OTHER";
        };
    }
}
