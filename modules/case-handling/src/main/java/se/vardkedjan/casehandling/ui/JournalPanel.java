package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.vardkedjan.casehandling.Journal;
import se.vardkedjan.casehandling.JournalEntryId;
import se.vardkedjan.casehandling.JournalOrder;
import se.vardkedjan.casehandling.JournalText;
import se.vardkedjan.casehandling.readmodel.JournalEntryDetails;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;
import se.vardkedjan.uikit.ViewClock;

import java.time.Instant;

/**
 * The journal of one case: a form for a new entry (saved as a draft or signed at once), and the entries page by page
 * with drafts, corrections, objections and releases marked in words. Keeps only ids, the draft being edited and its
 * version, and the page shown; every action goes through {@link Journal} and re-reads the page.
 */
class JournalPanel extends VerticalLayout {

    static final int PAGE_SIZE = 20;

    private final transient Journal journal;
    private final transient ViewClock clock;
    private final CaseId caseId;
    private final H3 formHeading = new H3();
    private final DatePicker eventDate = new DateField();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final Button cancelEdit = new Button();
    private final FormProblems problems = new FormProblems(this, "journal-form");
    private final Select<JournalOrder> order = new Select<>();
    private final Div list = new Div();
    private final Paragraph pageInfo = new Paragraph();
    private final Button previous = new Button();
    private final Button next = new Button();
    private JournalEntryId editing;
    private long editingVersion;
    private int offset;

    JournalPanel(Journal journal, ViewClock clock, CaseId caseId) {
        this.journal = journal;
        this.clock = clock;
        this.caseId = caseId;
        setId("journal");
        setPadding(false);
        add(new H2(getTranslation("casehandling.journal.heading")));
        add(form());
        order.setLabel(getTranslation("casehandling.journal.order"));
        order.setId("journal-order");
        order.setItems(JournalOrder.values());
        order.setItemLabelGenerator(o -> getTranslation(o.textKey()));
        order.setValue(JournalOrder.NEWEST_FIRST);
        order.addValueChangeListener(change -> {
            offset = 0;
            refresh();
        });
        list.setId("journal-entries");
        list.setWidthFull();
        pageInfo.setId("journal-page");
        previous.setText(getTranslation("casehandling.journal.previous-page"));
        previous.setId("journal-previous-page");
        previous.addClickListener(click -> {
            offset = Math.max(0, offset - PAGE_SIZE);
            refresh();
        });
        next.setText(getTranslation("casehandling.journal.next-page"));
        next.setId("journal-next-page");
        next.addClickListener(click -> {
            offset += PAGE_SIZE;
            refresh();
        });
        add(order, list, new FieldRow(previous, pageInfo, next));
        clearForm();
        refresh();
    }

    private Div form() {
        formHeading.setId("journal-form-heading");
        eventDate.setLabel(getTranslation("casehandling.journal.event-date"));
        eventDate.setId("journal-event-date");
        eventDate.setMax(clock.today());
        title.setLabel(getTranslation("casehandling.journal.title"));
        title.setId("journal-title");
        title.setWidthFull();
        text.setLabel(getTranslation("casehandling.journal.text"));
        text.setId("journal-text");
        text.setWidthFull();
        text.setMinHeight("8em");
        var saveDraft = new Button(getTranslation("casehandling.journal.save-draft"), click -> saveDraft());
        saveDraft.setId("journal-save-draft");
        problems.required("casehandling.journal.event-date", eventDate);
        problems.required("casehandling.journal.title", title);
        problems.required("casehandling.journal.text", text);
        // What is obviously missing is said before the confirmation, which should only ask about signing.
        var sign = new Button(getTranslation("casehandling.journal.sign"), click -> {
            if (problems.check()) {
                confirmSigning(this::signFromForm);
            }
        });
        sign.setId("journal-sign-new");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancelEdit.setText(getTranslation("casehandling.journal.cancel"));
        cancelEdit.setId("journal-cancel-edit");
        cancelEdit.addClickListener(click -> clearForm());
        var form = new Div(formHeading, problems.summary(), eventDate, title, text,
                new FieldRow(saveDraft, sign, cancelEdit));
        form.setWidthFull();
        return form;
    }

    private JournalText written() {
        return new JournalText(eventDate.getValue(), title.getValue(), text.getValue());
    }

    private void saveDraft() {
        var saved = editing == null
                ? problems.attempt(() -> journal.draft(caseId, written())).isPresent()
                : problems.attempt(() -> journal.reviseDraft(editing, editingVersion, written()));
        if (saved) {
            clearForm();
            refresh();
        }
    }

    private void signFromForm() {
        boolean signed;
        if (editing == null) {
            signed = problems.attempt(() -> journal.writeSigned(caseId, written())).isPresent();
        } else {
            var id = editing;
            var version = editingVersion;
            signed = problems.attempt(() -> journal.reviseAndSign(id, version, written()));
        }
        if (signed) {
            clearForm();
            refresh();
            announceSigned();
        }
    }

    /**
     * Signing cannot be undone: the user confirms first, told that a signed entry never changes; cancelling changes
     * nothing and keeps what was typed.
     */
    private void confirmSigning(Runnable sign) {
        var dialog = new ConfirmDialog();
        dialog.setId("journal-sign-confirm");
        dialog.setHeader(getTranslation("casehandling.casepage.journal.sign-confirm.header"));
        dialog.setText(getTranslation("casehandling.casepage.journal.sign-confirm.text"));
        dialog.setConfirmText(getTranslation("casehandling.casepage.journal.sign-confirm.confirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("casehandling.casepage.cancel"));
        dialog.addConfirmListener(event -> sign.run());
        dialog.open();
    }

    /** Says that the entry is signed, where screen readers hear it. */
    private void announceSigned() {
        var notice = Notification.show(getTranslation("casehandling.casepage.journal.signed"));
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void clearForm() {
        editing = null;
        formHeading.setText(getTranslation("casehandling.journal.new"));
        eventDate.setValue(clock.today());
        title.clear();
        text.clear();
        cancelEdit.setVisible(false);
        problems.clear();
    }

    private void edit(JournalEntryDetails draft) {
        editing = draft.id();
        editingVersion = draft.version();
        formHeading.setText(getTranslation("casehandling.journal.edit-draft"));
        eventDate.setValue(draft.eventDate());
        title.setValue(draft.title());
        text.setValue(draft.text());
        cancelEdit.setVisible(true);
        problems.clear();
        title.focus();
    }

    private void refresh() {
        list.removeAll();
        Problems.attempt(this, () -> journal.entries(caseId, order.getValue(), offset, PAGE_SIZE)).ifPresent(page -> {
            if (page.total() == 0) {
                var empty = new Paragraph(getTranslation("casehandling.journal.empty"));
                empty.setId("journal-empty");
                list.add(empty);
            }
            for (var index = 0; index < page.entries().size(); index++) {
                list.add(entry(page.entries().get(index), index));
            }
            pageInfo.setText(page.total() == 0 ? "" : getTranslation("casehandling.journal.page", offset + 1,
                    offset + page.entries().size(), page.total()));
            previous.setEnabled(offset > 0);
            next.setEnabled(offset + PAGE_SIZE < page.total());
        });
    }

    private Div entry(JournalEntryDetails entry, int index) {
        var box = new Div();
        box.setId("journal-entry-" + index);
        box.getStyle().set("border-top", "1px solid var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-s) 0");
        var heading = new H3(entry.title());
        heading.setId("journal-entry-title-" + index);
        box.add(heading);
        box.add(new Paragraph(entry.signed()
                ? getTranslation("casehandling.journal.signed-by", entry.eventDate(), entry.authorName(),
                time(entry.signedAt()))
                : entry.eventDate() + " · " + entry.authorName()));
        if (!entry.signed()) {
            box.add(marker(getTranslation("casehandling.journal.draft-marker"), "journal-entry-draft-" + index));
        }
        if (entry.corrected()) {
            box.add(marker(getTranslation("casehandling.journal.corrected-marker", entry.versionNumber()),
                    "journal-entry-corrected-" + index));
        }
        var body = new Paragraph(entry.text());
        body.setId("journal-entry-text-" + index);
        body.getStyle().set("white-space", "pre-wrap");
        box.add(body);
        for (var objection : entry.objections()) {
            box.add(objection.writtenByClient()
                    ? marker(getTranslation("casehandling.journal.client-view-marker", time(objection.recordedAt()),
                            objection.text()), null)
                    : marker(getTranslation("casehandling.journal.objection-marker", objection.recordedByName(),
                            objection.receivedOn(), objection.text()), null));
        }
        if (entry.released()) {
            box.add(marker(getTranslation("casehandling.journal.released-marker", entry.release().byName(),
                    time(entry.release().at())), "journal-entry-released-" + index));
        }
        box.add(entry.signed() ? signedActions(entry, index) : draftActions(entry, index));
        return box;
    }

    private HorizontalLayout draftActions(JournalEntryDetails entry, int index) {
        var edit = button("casehandling.journal.edit", "journal-entry-edit-" + index, () -> edit(entry));
        var sign = button("casehandling.journal.sign-draft", "journal-entry-sign-" + index,
                () -> confirmSigning(() -> {
                    if (Problems.attempt(this, () -> journal.sign(entry.id(), entry.version()))) {
                        refresh();
                        announceSigned();
                    }
                }));
        var delete = button("casehandling.journal.delete-draft", "journal-entry-delete-" + index,
                () -> act(() -> journal.deleteDraft(entry.id(), entry.version())));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new FieldRow(edit, sign, delete);
    }

    private HorizontalLayout signedActions(JournalEntryDetails entry, int index) {
        var history = button("casehandling.journal.history", "journal-entry-history-" + index,
                () -> showHistory(entry.id()));
        var correct = button("casehandling.journal.correct", "journal-entry-correct-" + index,
                () -> correct(entry));
        var objection = button("casehandling.journal.objection", "journal-entry-objection-" + index,
                () -> objection(entry));
        var release = entry.released()
                ? button("casehandling.journal.revoke-release", "journal-entry-revoke-" + index,
                () -> act(() -> journal.revokeRelease(entry.id())))
                : button("casehandling.journal.release", "journal-entry-release-" + index, () -> release(entry));
        return new FieldRow(history, correct, objection, release);
    }

    private void showHistory(JournalEntryId id) {
        Problems.attempt(this, () -> journal.history(id)).ifPresent(versions -> {
            var dialog = dialog("casehandling.journal.history.heading", "journal-history-dialog");
            for (var version : versions) {
                var box = new Div(new Paragraph(getTranslation("casehandling.journal.history.version",
                        version.versionNumber(), version.authorName(), time(version.signedAt()))));
                if (version.correctionReason() != null) {
                    box.add(new Paragraph(getTranslation("casehandling.journal.history.reason",
                            version.correctionReason())));
                }
                var body = new Paragraph(version.text());
                body.getStyle().set("white-space", "pre-wrap");
                box.add(body);
                box.setId("journal-history-version-" + version.versionNumber());
                dialog.add(box);
            }
            dialog.open();
        });
    }

    private void correct(JournalEntryDetails entry) {
        var dialog = dialog("casehandling.journal.correct.heading", "journal-correct-dialog");
        var correction = new FormProblems(this, "journal-correct-form");
        var newText = correction.required("casehandling.journal.text",
                new TextArea(getTranslation("casehandling.journal.text")));
        newText.setId("journal-correct-text");
        newText.setValue(entry.text());
        newText.setWidthFull();
        var reason = correction.required("casehandling.journal.correction-reason",
                new TextArea(getTranslation("casehandling.journal.correction-reason")));
        reason.setId("journal-correct-reason");
        reason.setWidthFull();
        var save = button("casehandling.journal.correct.save", "journal-correct-save", () -> {
            if (correction.attempt(() -> journal.correct(entry.id(), newText.getValue(), reason.getValue()))
                    .isPresent()) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(correction.summary(), newText, reason);
        dialog.getFooter().add(save);
        dialog.open();
    }

    private void objection(JournalEntryDetails entry) {
        var dialog = dialog("casehandling.journal.objection", "journal-objection-dialog");
        var problemsOfObjection = new FormProblems(this, "journal-objection-form");
        var objectionText = problemsOfObjection.required("casehandling.journal.objection.text",
                new TextArea(getTranslation("casehandling.journal.objection.text")));
        objectionText.setId("journal-objection-text");
        objectionText.setWidthFull();
        var receivedOn = problemsOfObjection.required("casehandling.journal.objection.received-on",
                new DateField(getTranslation("casehandling.journal.objection.received-on")));
        receivedOn.setId("journal-objection-received-on");
        receivedOn.setValue(clock.today());
        var save = button("casehandling.journal.objection.save", "journal-objection-save", () -> {
            if (problemsOfObjection.attempt(() -> journal.attachObjection(entry.id(), objectionText.getValue(),
                    receivedOn.getValue()))) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(problemsOfObjection.summary(), objectionText, receivedOn);
        dialog.getFooter().add(save);
        dialog.open();
    }

    private void release(JournalEntryDetails entry) {
        var dialog = dialog("casehandling.journal.release.heading", "journal-release-dialog");
        // A checkbox is not a field with an error of its own: its refusal is the summary's, at the dialog's top.
        var releaseProblems = new FormProblems(this, "journal-release-form");
        var checked = new Checkbox(getTranslation("casehandling.journal.release.confirm-check"));
        checked.setId("journal-release-checked");
        var save = button("casehandling.journal.release.save", "journal-release-save", () -> {
            if (releaseProblems.attemptRules(() -> {
                journal.release(entry.id(), checked.getValue());
                return Boolean.TRUE;
            }).isPresent()) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(releaseProblems.summary(), new Paragraph(getTranslation("casehandling.journal.release.explanation")),
                checked);
        dialog.getFooter().add(save);
        dialog.open();
    }

    private Dialog dialog(String headingKey, String id) {
        var dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(getTranslation(headingKey));
        dialog.setWidth("min(48rem, 95vw)");
        var close = new Button(getTranslation("casehandling.journal.close"), click -> dialog.close());
        close.setId(id + "-close");
        dialog.getFooter().add(close);
        return dialog;
    }

    private void act(Runnable call) {
        if (Problems.attempt(this, call)) {
            refresh();
        }
    }

    private static Paragraph marker(String textOfMarker, String id) {
        var marker = new Paragraph(textOfMarker);
        marker.getStyle().set("font-weight", "bold");
        if (id != null) {
            marker.setId(id);
        }
        return marker;
    }

    private Button button(String labelKey, String id, Runnable action) {
        var button = new Button(getTranslation(labelKey), click -> action.run());
        button.setId(id);
        return button;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : SwedishTime.DATE_TIME.format(instant);
    }

}
