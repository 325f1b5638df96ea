package se.vardkedjan.casehandling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.DelegationAndLegalReferences;
import se.vardkedjan.casehandling.LegalReference;
import se.vardkedjan.sharedkernel.Roles;

import java.time.LocalDate;

/** The administrator's table of legal references (lagrum): add one when the law changes, retire an old one. */
@Route("admin/lagrum")
@Menu(order = 90, title = "casehandling.decision.legal-references.title", icon = "vaadin:book")
@RolesAllowed(Roles.ADMINISTRATOR)
class LegalReferencesView extends VerticalLayout implements HasDynamicTitle {

    private static final String K = "casehandling.decision.legal-reference.";

    private final DelegationAndLegalReferences rules;
    private final Grid<LegalReference> grid = new Grid<>();

    LegalReferencesView(DelegationAndLegalReferences rules) {
        this.rules = rules;
        grid.setId("legal-references");
        grid.addColumn(LegalReference::code).setHeader(getTranslation(K + "code"));
        grid.addColumn(LegalReference::citation).setHeader(getTranslation(K + "section"));
        grid.addColumn(LegalReference::title).setHeader(getTranslation(K + "title"));
        grid.addColumn(LegalReference::validFrom).setHeader(getTranslation(K + "valid-from"));
        grid.addColumn(LegalReference::validTo).setHeader(getTranslation(K + "valid-to"));
        grid.addComponentColumn(reference -> {
            var retire = new Button(getTranslation("casehandling.decision.legal-references.retire"), click -> {
                if (Problems.attempt(this, () -> rules.retireLegalReference(reference.code(), LocalDate.now()))) {
                    Notification.show(getTranslation("casehandling.decision.legal-references.retired",
                            reference.code(), LocalDate.now().toString()));
                    refresh();
                }
            });
            retire.setEnabled(reference.validTo() == null);
            return retire;
        });

        var code = new TextField(getTranslation(K + "code"));
        code.setId("legal-reference-code");
        var law = new TextField(getTranslation(K + "law"), "SoL (2025:400)", "");
        law.setId("legal-reference-law");
        var chapter = new TextField(getTranslation(K + "chapter"));
        chapter.setId("legal-reference-chapter");
        var section = new TextField(getTranslation(K + "section"));
        section.setId("legal-reference-section");
        var title = new TextField(getTranslation(K + "title"));
        title.setId("legal-reference-title");
        var validFrom = new DatePicker(getTranslation(K + "valid-from"), LocalDate.now());
        validFrom.setId("legal-reference-valid-from");
        var add = new Button(getTranslation("casehandling.decision.legal-references.add"), click -> {
            if (Problems.attempt(this, () -> rules.addLegalReference(new LegalReference(code.getValue(),
                    law.getValue(), chapter.getValue(), section.getValue(), title.getValue(), validFrom.getValue(),
                    null)))) {
                Notification.show(getTranslation("casehandling.decision.legal-references.added", code.getValue()));
                code.clear();
                title.clear();
                refresh();
            }
        });
        add.setId("legal-reference-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H1(getTranslation("casehandling.decision.legal-references.title")), grid,
                new H2(getTranslation("casehandling.decision.legal-references.add")),
                new HorizontalLayout(code, law, chapter, section), new HorizontalLayout(title, validFrom), add);
        refresh();
    }

    private void refresh() {
        grid.setItems(rules.legalReferences());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casehandling.decision.legal-references.title");
    }
}
