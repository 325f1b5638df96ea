package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.providercontracts.CatalogueMethod;
import se.vardkedjan.providercontracts.InterventionCatalogue;
import se.vardkedjan.providercontracts.MethodInput;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;

import java.util.stream.Collectors;

/**
 * The administrator's intervention catalogue: the methods that refine the intervention types, with the national
 * guidelines' recommendation as a reference; a method added, or deactivated (never removed).
 */
@Route("admin/insatskatalog")
@Menu(order = 93, title = "providercontracts.catalogue.title", icon = "vaadin:list")
@RolesAllowed(Roles.ADMINISTRATOR)
class InterventionCatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final InterventionCatalogue catalogue;
    private final Grid<CatalogueMethod> methods = new Grid<>();

    InterventionCatalogueView(InterventionCatalogue catalogue) {
        this.catalogue = catalogue;
        var english = "en".equals(getLocale().getLanguage());
        var heading = new H1(getTranslation("providercontracts.catalogue.title"));
        heading.setId("catalogue-heading");

        methods.setId("methods");
        methods.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        methods.addColumn(method -> english ? method.nameEn() : method.nameSv())
                .setHeader(getTranslation("providercontracts.method.name")).setKey("name").setFlexGrow(2);
        methods.addColumn(method -> method.code().value()).setHeader(getTranslation("providercontracts.method.code"))
                .setKey("code").setAutoWidth(true);
        methods.addColumn(method -> method.interventionTypes().stream().map(type -> getTranslation(type.textKey()))
                        .sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("providercontracts.method.intervention-types")).setKey("types")
                .setFlexGrow(2);
        methods.addColumn(method -> method.guidelinePriority() == null
                        ? getTranslation("providercontracts.method.priority-none") : method.guidelinePriority())
                .setHeader(getTranslation("providercontracts.method.guideline-priority")).setKey("priority")
                .setAutoWidth(true);
        methods.addColumn(method -> method.guidelineReference() == null ? "" : method.guidelineReference())
                .setHeader(getTranslation("providercontracts.method.guideline-reference")).setKey("reference")
                .setFlexGrow(3);
        methods.addColumn(method -> getTranslation(method.active() ? "providercontracts.register.active"
                        : "providercontracts.register.inactive"))
                .setHeader(getTranslation("providercontracts.register.status")).setKey("status").setAutoWidth(true);
        methods.addComponentColumn(method -> new Button(getTranslation(method.active()
                ? "providercontracts.register.deactivate" : "providercontracts.register.reactivate"), click -> {
            if (Problems.attempt(this, () -> {
                if (method.active()) {
                    catalogue.deactivateMethod(method.code(), method.version());
                } else {
                    catalogue.reactivateMethod(method.code(), method.version());
                }
            })) {
                refresh();
            }
        }));

        var form = new FormProblems(this, "method");
        var code = form.required("providercontracts.method.code",
                new TextField(getTranslation("providercontracts.method.code")));
        code.setId("method-code");
        code.setHelperText(getTranslation("providercontracts.method.code-help"));
        var nameSv = form.required("providercontracts.method.name-sv",
                new TextField(getTranslation("providercontracts.method.name-sv")));
        nameSv.setId("method-name-sv");
        var nameEn = form.required("providercontracts.method.name-en",
                new TextField(getTranslation("providercontracts.method.name-en")));
        nameEn.setId("method-name-en");
        var types = form.required("providercontracts.method.intervention-types",
                new MultiSelectComboBox<InterventionType>(
                        getTranslation("providercontracts.method.intervention-types")));
        types.setId("method-intervention-types");
        types.setItems(InterventionType.values());
        types.setItemLabelGenerator(type -> getTranslation(type.textKey()));
        var priority = form.field("providercontracts.method.guideline-priority",
                new TextField(getTranslation("providercontracts.method.guideline-priority")));
        priority.setId("method-guideline-priority");
        priority.setHelperText(getTranslation("providercontracts.method.guideline-priority-help"));
        var reference = form.field("providercontracts.method.guideline-reference",
                new TextField(getTranslation("providercontracts.method.guideline-reference")));
        reference.setId("method-guideline-reference");
        var add = new Button(getTranslation("providercontracts.catalogue.add"), click ->
                form.attempt(() -> catalogue.addMethod(new MethodInput(code.getValue(), nameSv.getValue(),
                        nameEn.getValue(), types.getValue(), priority.getValue(), reference.getValue())))
                        .ifPresent(added -> {
                            Notification.show(getTranslation("providercontracts.catalogue.added", added.value()));
                            code.clear();
                            nameSv.clear();
                            nameEn.clear();
                            types.clear();
                            priority.clear();
                            reference.clear();
                            refresh();
                        }));
        add.setId("method-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(heading, methods, new H2(getTranslation("providercontracts.catalogue.add")), form.summary(),
                new FieldRow(code, nameSv, nameEn), new FieldRow(types, priority, reference), add);
        refresh();
    }

    private void refresh() {
        methods.setItems(catalogue.methods());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("providercontracts.catalogue.title");
    }
}
