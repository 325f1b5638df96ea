package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import se.vardkedjan.casehandling.ClientInformed;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.sharedkernel.CaseId;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;

/**
 * The investigation's small part where the caseworker records the day they told the client of the right to a SIP and
 * of the right to read their file (issue 13, slice 3), saved by its own button under a version of its own, so that it
 * never conflicts with the investigation's drafts.
 */
class ClientInformedPart extends VerticalLayout {

    private final Investigations investigations;
    private final CaseId caseId;
    private final DatePicker sipOn = new DateField(getTranslation("casehandling.investigation.informed-sip-on"));
    private final DatePicker fileOn = new DateField(getTranslation("casehandling.investigation.informed-file-on"));
    private final Span saved = new Span();
    private final FormProblems problems = new FormProblems(this, "client-informed");
    private long version;

    ClientInformedPart(Investigations investigations, CaseId caseId) {
        this.investigations = investigations;
        this.caseId = caseId;
        setId("client-informed");
        setPadding(false);
        sipOn.setId("client-informed-sip-on");
        fileOn.setId("client-informed-file-on");
        problems.field("casehandling.investigation.informed-sip-on", sipOn);
        problems.field("casehandling.investigation.informed-file-on", fileOn);
        saved.setId("client-informed-saved");
        saved.getElement().setAttribute("aria-live", "polite");
        var save = new Button(getTranslation("casehandling.investigation.informed-save"), click -> save());
        save.setId("client-informed-save");
        var actions = new HorizontalLayout(save, saved);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new Paragraph(getTranslation("casehandling.investigation.informed-help")), problems.summary(),
                new FieldRow(sipOn, fileOn), actions);
        Problems.attempt(this, () -> investigations.clientInformed(caseId)).ifPresent(this::show);
    }

    private void save() {
        saved.setText("");
        problems.attempt(() -> investigations.recordClientInformed(caseId, version, sipOn.getValue(),
                fileOn.getValue())).ifPresent(recorded -> {
                    show(recorded);
                    saved.setText(getTranslation("casehandling.investigation.informed-saved"));
                });
    }

    private void show(ClientInformed informed) {
        version = informed.version();
        sipOn.setValue(informed.rightToSipOn());
        fileOn.setValue(informed.rightToReadFileOn());
    }
}
