package se.vardkedjan.uikit;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A label in bold and its value, "Handläggare: Anna Berg"; a missing value shows as a dash. */
public class LabelledValue extends Paragraph {

    /** @param label the label, already translated; the colon is added here */
    public LabelledValue(String label, String value) {
        var labelPart = new Span(label + ": ");
        labelPart.getStyle().set("font-weight", "bold");
        add(labelPart, new Span(value == null ? "–" : value));
    }
}
