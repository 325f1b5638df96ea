package se.vardkedjan.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.organisation.LegalReference;
import se.vardkedjan.organisation.LegalReferences;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;
import se.vardkedjan.uikit.ViewClock;


/** The administrator's table of legal references (lagrum): add one when the law changes, retire an old one. */
@Route("admin/lagrum")
@Menu(order = 90, title = "organisation.legal-references.title", icon = "vaadin:book")
@RolesAllowed(Roles.ADMINISTRATOR)
class LegalReferencesView extends VerticalLayout implements HasDynamicTitle {


    private final LegalReferences references;
    private final ViewClock clock;
    private final Grid<LegalReference> grid = new Grid<>();

    LegalReferencesView(LegalReferences references, ViewClock clock) {
        this.references = references;
        this.clock = clock;
        grid.setId("legal-references");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LegalReference::code).setHeader(getTranslation("organisation.legal-reference.code"))
                .setSortable(true).setFlexGrow(1);
        grid.addColumn(LegalReference::citation)
                .setHeader(getTranslation("organisation.legal-reference.section")).setSortable(true).setFlexGrow(2);
        grid.addColumn(LegalReference::title).setHeader(getTranslation("organisation.legal-reference.title"))
                .setSortable(true).setFlexGrow(3);
        grid.addColumn(reference -> date(reference.validFrom()))
                .setHeader(getTranslation("organisation.legal-reference.valid-from")).setSortable(true)
                .setComparator(reference -> reference.validFrom()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(reference -> date(reference.validTo()))
                .setHeader(getTranslation("organisation.legal-reference.valid-to")).setSortable(true)
                .setComparator(reference -> reference.validTo() == null ? java.time.LocalDate.MAX
                        : reference.validTo()).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(reference -> {
            var retire = new Button(getTranslation("organisation.legal-references.retire"), click -> {
                var today = clock.today();
                if (Problems.attempt(this, () -> references.retireLegalReference(reference.code(), today))) {
                    Notification.show(getTranslation("organisation.legal-references.retired",
                            reference.code(), today.toString()));
                    refresh();
                }
            });
            retire.setEnabled(reference.validTo() == null);
            return retire;
        });

        var problems = new FormProblems(this, "legal-reference");
        var code = problems.required("organisation.legal-reference.code",
                new TextField(getTranslation("organisation.legal-reference.code")));
        code.setId("legal-reference-code");
        var law = problems.required("organisation.legal-reference.law",
                new TextField(getTranslation("organisation.legal-reference.law"), "SoL (2025:400)", ""));
        law.setId("legal-reference-law");
        var chapter = problems.field("organisation.legal-reference.chapter",
                new TextField(getTranslation("organisation.legal-reference.chapter")));
        chapter.setId("legal-reference-chapter");
        var section = problems.required("organisation.legal-reference.section",
                new TextField(getTranslation("organisation.legal-reference.section")));
        section.setId("legal-reference-section");
        var title = problems.required("organisation.legal-reference.title",
                new TextField(getTranslation("organisation.legal-reference.title")));
        title.setId("legal-reference-title");
        var validFrom = problems.required("organisation.legal-reference.valid-from",
                new DateField(getTranslation("organisation.legal-reference.valid-from"), clock.today()));
        validFrom.setId("legal-reference-valid-from");
        var add = new Button(getTranslation("organisation.legal-references.add"), click -> {
            if (problems.attempt(() -> references.addLegalReference(new LegalReference(code.getValue(),
                    law.getValue(), chapter.getValue(), section.getValue(), title.getValue(), validFrom.getValue(),
                    null)))) {
                Notification.show(getTranslation("organisation.legal-references.added", code.getValue()));
                code.clear();
                title.clear();
                refresh();
            }
        });
        add.setId("legal-reference-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H1(getTranslation("organisation.legal-references.title")), grid,
                new H2(getTranslation("organisation.legal-references.add")), problems.summary(),
                new FieldRow(code, law, chapter, section), new FieldRow(title, validFrom), add);
        refresh();
    }

    private static String date(java.time.LocalDate day) {
        return day == null ? "" : SwedishTime.DATE.format(day);
    }

    private void refresh() {
        grid.setItems(references.legalReferences());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.legal-references.title");
    }
}
