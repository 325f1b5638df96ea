package se.vardkedjan.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.StartPagePanel;

/**
 * The analyst's way into follow-up from the start page (ADR 0022). Follow-up has no work items yet; when it measures
 * (issue 12) it adds a work item source of its own.
 */
@org.springframework.stereotype.Component
class FollowUpStartPanel implements StartPagePanel {

    @Override
    public boolean appliesTo(Actor actor) {
        return actor.hasRole(Roles.ANALYST);
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Component create() {
        var section = new Section();
        section.setId("follow-up-start");
        var heading = new H2(section.getTranslation("followup.start.title"));
        heading.setId("follow-up-start-heading");
        section.getElement().setAttribute("aria-labelledby", "follow-up-start-heading");
        var link = new Anchor("uppfoljning", section.getTranslation("followup.start.link"));
        link.setId("follow-up-start-link");
        section.add(heading, new Paragraph(link));
        return section;
    }
}
