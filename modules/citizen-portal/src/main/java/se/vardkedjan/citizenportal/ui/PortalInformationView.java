package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.citizenportal.Information;
import se.vardkedjan.citizenportal.InformationReads;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.time.Instant;
import java.util.Map;

/**
 * "Information om dina rättigheter" (ADR 0028, slice 2): short sections in plain Swedish on the right to read one's
 * file, to a SIP and to choose a provider, and on support for relatives and for children in the family, each with
 * where to turn and "Jag har läst detta", recorded ({@link InformationReads}) and shown again as "Du läste detta den …".
 * Every client sees it, with a case or without; one not in the register reads it without the button.
 */
@Route("portal/information")
@Menu(order = 120, title = "citizenportal.menu.information", icon = "vaadin:info-circle")
@RolesAllowed(Roles.CLIENT)
class PortalInformationView extends VerticalLayout implements HasDynamicTitle {

    private final transient InformationReads reads;

    PortalInformationView(InformationReads reads) {
        this.reads = reads;
        PortalPage.style(this);
        refresh();
    }

    private void refresh() {
        removeAll();
        var heading = new H1(getTranslation("citizenportal.information.heading"));
        heading.setId("portal-information-heading");
        add(heading);
        add(new Paragraph(getTranslation("citizenportal.information.intro")));
        var marks = Problems.attempt(this, reads::mine).orElse(null);
        for (var information : Information.values()) {
            add(section(information, marks));
        }
    }

    /** One information; {@code marks} null when they could not be read, empty for a client not in the register. */
    private Section section(Information information, Map<Information, Instant> marks) {
        var section = new Section();
        var id = "portal-information-" + information.name().toLowerCase().replace('_', '-');
        section.setId(id);
        section.addClassName("vk-portal-information");
        section.add(new H2(getTranslation(PortalTexts.informationHeading(information))));
        section.add(new Paragraph(getTranslation(PortalTexts.informationText(information))));
        section.add(new H3(getTranslation("citizenportal.information.where")));
        section.add(new Paragraph(getTranslation(PortalTexts.informationWhere(information))));
        if (marks == null) {
            return section;
        }
        var readOn = marks.get(information);
        if (readOn != null) {
            var read = new Paragraph(getTranslation("citizenportal.information.read-on",
                    SwedishTime.date(readOn.atZone(SwedishTime.ZONE).toLocalDate())));
            read.addClassName("vk-portal-information-read");
            read.setId(id + "-read");
            section.add(read);
            return section;
        }
        var mark = new Button(getTranslation("citizenportal.information.mark"), click -> {
            var marked = Problems.attempt(this, () -> reads.markRead(information));
            if (marked.isPresent() && !marked.get()) {
                section.add(new Paragraph(getTranslation("citizenportal.information.no-person")));
                click.getSource().setEnabled(false);
            } else if (marked.isPresent()) {
                refresh();
                getElement().executeJs("document.getElementById($0)?.focus()", id + "-read");
            }
        });
        mark.setId(id + "-mark");
        mark.addClassName("vk-portal-information-mark");
        section.add(mark);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizenportal.information.title");
    }
}
