package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.sharedkernel.CurrentActor;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.UnitCode;

import java.util.stream.Collectors;

/** The cases of the caseworker's units. A staff-only view: provider staff and clients are refused. */
@Route("arenden")
@Menu(order = 10, title = "casehandling.menu.cases", icon = "vaadin:folder-open")
@RolesAllowed({Roles.CASEWORKER, Roles.UNIT_MANAGER})
class CaseListView extends VerticalLayout implements HasDynamicTitle {

    CaseListView(CurrentActor currentActor) {
        var actor = currentActor.require();
        var units = actor.units().stream().map(UnitCode::value).sorted().collect(Collectors.joining(", "));
        add(new H1(getTranslation("casehandling.cases.title")));
        add(new Paragraph(getTranslation("casehandling.cases.units", units.isEmpty() ? "–" : units)));
        var empty = new Paragraph(getTranslation("casehandling.cases.empty"));
        empty.setId("case-list-empty");
        add(empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casehandling.cases.title");
    }
}
