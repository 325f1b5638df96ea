package se.vardkedjan.uikit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Fields side by side, aligned on their text, that wrap onto the next line rather than run off a narrow screen
 * (WCAG 1.4.10 reflow).
 */
public class FieldRow extends HorizontalLayout {

    public FieldRow(Component... components) {
        super(components);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }
}
