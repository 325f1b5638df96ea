package se.vardkedjan.citizenportal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.OwnFile;
import se.vardkedjan.casehandling.readmodel.OwnCaseStatus.Standing;
import se.vardkedjan.providercontracts.AssignmentStatus;
import se.vardkedjan.providercontracts.OwnAssignment;
import se.vardkedjan.providercontracts.OwnAssignments;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;

/**
 * "Min insats och utförare": where the client gets help — the intervention, the provider with its public contact, the
 * planned and actual start, and where it stands in plain words — and, where the intervention is provided under LOV,
 * the providers the client can choose between (ADR 0028, slice 2). Reads only; takes no id.
 */
@Route("portal/insats")
@Menu(order = 60, title = "citizenportal.menu.insats", icon = "vaadin:handshake")
@RolesAllowed(Roles.CLIENT)
class PortalInsatsView extends VerticalLayout implements HasDynamicTitle {

    private final transient OwnAssignments ownAssignments;
    private final transient OwnFile ownFile;

    PortalInsatsView(OwnAssignments ownAssignments, OwnFile ownFile) {
        this.ownAssignments = ownAssignments;
        this.ownFile = ownFile;
        PortalPage.style(this);
        var heading = new H1(getTranslation("citizenportal.insats.heading"));
        heading.setId("portal-insats-heading");
        add(heading);
        Problems.attempt(this, ownAssignments::mine).ifPresent(assignments -> {
            if (!assignments.isEmpty()) {
                assignments.forEach(assignment -> add(assignment(assignment)));
                return;
            }
            Problems.attempt(this, ownFile::status).ifPresent(status -> {
                if (status.standing() == Standing.NOT_IDENTIFIED) {
                    add(PortalPage.notIdentified(this));
                } else if (status.standing() == Standing.NO_CASE) {
                    add(PortalPage.noCase(this));
                } else {
                    var none = new Paragraph(getTranslation("citizenportal.insats.none"));
                    none.setId("portal-insats-none");
                    add(none);
                }
            });
        });
        add(PortalPage.backToStart(this));
    }

    private Div assignment(OwnAssignment a) {
        var box = new Div();
        box.addClassName("vk-portal-insats");
        box.setWidthFull();
        box.add(new H2(getTranslation(a.interventionType().textKey())));
        var status = new Paragraph(status(a));
        status.addClassName("vk-portal-insats-status");
        box.add(status);
        if (a.providerName() != null) {
            var provider = new Paragraph(getTranslation(a.clientsChoice() ? "citizenportal.insats.provider.chosen"
                    : "citizenportal.insats.provider", a.providerName()));
            provider.addClassName("vk-portal-insats-provider");
            box.add(provider);
            contact(a.providerPhone(), a.providerEmail()).ifPresent(box::add);
        }
        if (!a.lovProviders().isEmpty() && a.status() != AssignmentStatus.ENDED) {
            box.add(new H3(getTranslation("citizenportal.insats.lov.heading")));
            box.add(new Paragraph(getTranslation("citizenportal.insats.lov.text")));
            var list = new UnorderedList();
            list.addClassName("vk-portal-insats-lov");
            a.lovProviders().forEach(p -> {
                var item = new ListItem(p.name());
                contact(p.phone(), p.email()).ifPresent(item::add);
                list.add(item);
            });
            box.add(list);
        }
        return box;
    }

    private java.util.Optional<Paragraph> contact(String phone, String email) {
        if (phone == null && email == null) {
            return java.util.Optional.empty();
        }
        var text = phone != null && email != null ? getTranslation("citizenportal.insats.contact.both", phone, email)
                : getTranslation("citizenportal.insats.contact.one", phone != null ? phone : email);
        var paragraph = new Paragraph(text);
        paragraph.addClassName("vk-portal-insats-contact");
        return java.util.Optional.of(paragraph);
    }

    /** Where the assignment stands, said to the client, with its dates. */
    private String status(OwnAssignment a) {
        var planned = a.plannedStart() == null ? "" : SwedishTime.date(a.plannedStart());
        return switch (a.status()) {
            case DRAFT, SENT, RECEIVED -> getTranslation("citizenportal.insats.status.SENT", planned);
            case ACCEPTED -> getTranslation("citizenportal.insats.status.ACCEPTED", planned);
            case DECLINED -> getTranslation("citizenportal.insats.status.DECLINED");
            case RUNNING -> getTranslation("citizenportal.insats.status.RUNNING",
                    SwedishTime.date(a.startedOn() != null ? a.startedOn() : a.plannedStart()));
            case ENDED -> getTranslation("citizenportal.insats.status.ENDED",
                    a.endedOn() == null ? "" : SwedishTime.date(a.endedOn()));
            case WITHDRAWN -> getTranslation("citizenportal.insats.status.WITHDRAWN");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizenportal.insats.title");
    }
}
