package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.HelpApplication;
import se.vardkedjan.casehandling.OwnApplications;
import se.vardkedjan.casehandling.readmodel.OwnApplication;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

import java.util.List;

/**
 * "Ansök om hjälp" (ADR 0028, slice 2): a short form in plain Swedish — what the client wants help with, how we may
 * contact them, whether it is urgent (with "ring 112 vid akut fara") — that becomes an intake in case handling, also
 * for a client with no case and not in the register. Afterwards the client reads when we received it and what happens
 * now, and their earlier applications. Bad input is shown at its field, and what was typed stays.
 */
@Route("portal/ansok")
@Menu(order = 80, title = "citizenportal.menu.apply", icon = "vaadin:hand")
@RolesAllowed(Roles.CLIENT)
class PortalApplyView extends VerticalLayout implements HasDynamicTitle {

    private final transient OwnApplications applications;
    private final Div received = new Div();
    private final Div earlier = new Div();

    PortalApplyView(OwnApplications applications) {
        this.applications = applications;
        PortalPage.style(this);
        var heading = new H1(getTranslation("citizenportal.apply.heading"));
        heading.setId("portal-apply-heading");
        add(heading);
        add(new Paragraph(getTranslation("citizenportal.apply.intro")));
        var emergency = new Paragraph(getTranslation("citizenportal.apply.emergency"));
        emergency.setId("portal-apply-emergency");
        emergency.getStyle().set("font-weight", "bold");
        add(emergency);
        received.setId("portal-apply-received");
        add(received, form(), earlier);
        showEarlier();
    }

    private Section form() {
        var form = new Section();
        form.setId("portal-apply-form");
        form.add(new H2(getTranslation("citizenportal.apply.form")));
        var problems = new FormProblems(this, "portal-apply");
        var text = problems.required("casehandling.own.application.text",
                new TextArea(getTranslation("citizenportal.apply.text")));
        text.setId("portal-apply-text");
        text.setHelperText(getTranslation("citizenportal.apply.text.help"));
        text.setWidthFull();
        text.setMaxLength(OwnApplications.TEXT_MAX_LENGTH);
        text.setMinHeight("8rem");
        var contact = new H3(getTranslation("citizenportal.apply.contact"));
        var contactHelp = new Paragraph(getTranslation("citizenportal.apply.contact.help"));
        var phone = problems.field("casehandling.own.application.phone",
                new TextField(getTranslation("citizenportal.apply.phone")));
        phone.setId("portal-apply-phone");
        phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
        phone.setWidthFull();
        var email = problems.field("casehandling.own.application.email",
                new TextField(getTranslation("citizenportal.apply.email")));
        email.setId("portal-apply-email");
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        email.setWidthFull();
        var urgent = new Checkbox(getTranslation("citizenportal.apply.urgent"));
        urgent.setId("portal-apply-urgent");
        urgent.setHelperText(getTranslation("citizenportal.apply.urgent.help"));
        var send = new Button(getTranslation("citizenportal.apply.send"), click ->
                problems.attempt(() -> applications.apply(new HelpApplication(text.getValue(), phone.getValue(),
                        email.getValue(), urgent.getValue()))).ifPresent(done -> {
                    text.clear();
                    phone.clear();
                    email.clear();
                    urgent.clear();
                    problems.clear();
                    showReceived(done);
                    showEarlier();
                }));
        send.setId("portal-apply-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(problems.summary(), text, contact, contactHelp, phone, email, urgent, send);
        return form;
    }

    private void showReceived(OwnApplication done) {
        received.removeAll();
        var when = new H2(getTranslation("citizenportal.apply.received", SwedishTime.dateTime(done.submittedAt())));
        when.setId("portal-apply-received-heading");
        received.add(when);
        received.add(new H3(getTranslation("citizenportal.apply.what-now.heading")));
        received.add(new Paragraph(getTranslation("citizenportal.apply.what-now", done.unitName())));
        received.getElement().setAttribute("role", "status");
        received.getElement().setAttribute("tabindex", "-1");
        received.getElement().callJsFunction("focus");
    }

    private void showEarlier() {
        earlier.removeAll();
        List<OwnApplication> mine = Problems.attempt(this, applications::mine).orElse(List.of());
        if (mine.isEmpty()) {
            return;
        }
        earlier.setId("portal-apply-earlier");
        earlier.add(new H2(getTranslation("citizenportal.apply.earlier")));
        var list = new UnorderedList();
        list.setId("portal-apply-earlier-list");
        mine.forEach(application -> {
            var item = new ListItem();
            item.addClassName("vk-portal-application");
            var text = new Paragraph(getTranslation("citizenportal.apply.earlier.item",
                    SwedishTime.date(application.submittedAt().atZone(SwedishTime.ZONE).toLocalDate()),
                    application.text()));
            text.getStyle().set("white-space", "pre-line");
            item.add(text);
            if (application.urgent()) {
                item.add(new Paragraph(getTranslation("citizenportal.apply.earlier.urgent")));
            }
            item.add(new Paragraph(getTranslation(application.taken() ? "citizenportal.apply.earlier.taken"
                    : "citizenportal.apply.earlier.waiting")));
            list.add(item);
        });
        earlier.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizenportal.apply.title");
    }
}
