package se.vardkedjan.providercontracts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.vardkedjan.providercontracts.CatalogueMethod;
import se.vardkedjan.providercontracts.ContractForm;
import se.vardkedjan.providercontracts.ContractInput;
import se.vardkedjan.providercontracts.ContractId;
import se.vardkedjan.providercontracts.ContractTerms;
import se.vardkedjan.providercontracts.InterventionCatalogue;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.providercontracts.PriceUnit;
import se.vardkedjan.providercontracts.ProviderId;
import se.vardkedjan.providercontracts.ProviderInput;
import se.vardkedjan.providercontracts.ProviderKind;
import se.vardkedjan.providercontracts.ProviderRegister;
import se.vardkedjan.providercontracts.ProviderUnitInput;
import se.vardkedjan.providercontracts.RegisteredProvider;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.sharedkernel.RuleViolation;
import se.vardkedjan.uikit.DateField;
import se.vardkedjan.uikit.FieldRow;
import se.vardkedjan.uikit.FormProblems;
import se.vardkedjan.uikit.Problems;
import se.vardkedjan.uikit.SwedishTime;
import se.vardkedjan.uikit.ViewClock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The administrator's provider register: the providers with their units and contracts, a new provider, a unit, a
 * contract (its price typed in kronor, kept in öre), a contract ended, a provider deactivated. Contracts that end
 * within {@value ProviderRegister#EXPIRY_NOTICE_DAYS} days carry a badge.
 */
@Route("admin/utforare")
@Menu(order = 92, title = "providercontracts.register.title", icon = "vaadin:building")
@RolesAllowed(Roles.ADMINISTRATOR)
class ProvidersView extends VerticalLayout implements HasDynamicTitle {

    static final String PRICE = "providercontracts.contract.price";

    private final ProviderRegister register;
    /** The places assignments hold on the shown provider's contracts. */
    private Map<ContractId, Integer> held = Map.of();
    private final ViewClock clock;
    private final Grid<RegisteredProvider> providers = new Grid<>();
    private final Grid<RegisteredProvider.Unit> units = new Grid<>();
    private final Grid<ContractTerms> contracts = new Grid<>();
    private final VerticalLayout selected = new VerticalLayout();
    private final H2 selectedName = new H2();
    private final Button activeToggle = new Button();
    private final Map<MethodCode, String> methodNames = new HashMap<>();
    private ProviderId current;

    ProvidersView(ProviderRegister register, InterventionCatalogue catalogue, ViewClock clock) {
        this.register = register;
        this.clock = clock;
        var english = "en".equals(getLocale().getLanguage());
        var activeMethods = catalogue.methods().stream().filter(CatalogueMethod::active).toList();
        catalogue.methods().forEach(method -> methodNames.put(method.code(),
                english ? method.nameEn() : method.nameSv()));

        var heading = new H1(getTranslation("providercontracts.register.title"));
        heading.setId("providers-heading");

        providers.setId("providers");
        providers.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        providers.addColumn(RegisteredProvider::name).setHeader(getTranslation("providercontracts.provider.name"))
                .setKey("name").setSortable(true).setFlexGrow(3);
        providers.addColumn(provider -> provider.code().value())
                .setHeader(getTranslation("providercontracts.provider.code")).setKey("code").setFlexGrow(2);
        providers.addColumn(RegisteredProvider::organisationNumber)
                .setHeader(getTranslation("providercontracts.provider.organisation-number")).setKey("number")
                .setAutoWidth(true).setFlexGrow(0);
        providers.addColumn(provider -> getTranslation(provider.kind().textKey()))
                .setHeader(getTranslation("providercontracts.provider.kind")).setKey("kind").setAutoWidth(true);
        providers.addColumn(provider -> getTranslation(provider.active() ? "providercontracts.register.active"
                        : "providercontracts.register.inactive"))
                .setHeader(getTranslation("providercontracts.register.status")).setKey("status").setAutoWidth(true);
        providers.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));

        // ---- A new provider
        var providerForm = new FormProblems(this, "provider");
        var code = providerForm.required("providercontracts.provider.code",
                new TextField(getTranslation("providercontracts.provider.code")));
        code.setId("provider-code");
        code.setHelperText(getTranslation("providercontracts.provider.code-help"));
        var name = providerForm.required("providercontracts.provider.name",
                new TextField(getTranslation("providercontracts.provider.name")));
        name.setId("provider-name");
        var number = providerForm.required("providercontracts.provider.organisation-number",
                new TextField(getTranslation("providercontracts.provider.organisation-number")));
        number.setId("provider-organisation-number");
        number.setPlaceholder("NNNNNN-NNNN");
        var kind = providerForm.required("providercontracts.provider.kind",
                new ComboBox<ProviderKind>(getTranslation("providercontracts.provider.kind")));
        kind.setId("provider-kind");
        kind.setItems(ProviderKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.textKey()));
        var contactName = providerForm.field("providercontracts.provider.contact-name",
                new TextField(getTranslation("providercontracts.provider.contact-name")));
        contactName.setId("provider-contact-name");
        var contactPhone = providerForm.field("providercontracts.provider.contact-phone",
                new TextField(getTranslation("providercontracts.provider.contact-phone")));
        contactPhone.setId("provider-contact-phone");
        var contactEmail = providerForm.field("providercontracts.provider.contact-email",
                new TextField(getTranslation("providercontracts.provider.contact-email")));
        contactEmail.setId("provider-contact-email");
        var registerProvider = new Button(getTranslation("providercontracts.register.add-provider"), click ->
                providerForm.attempt(() -> register.registerProvider(new ProviderInput(code.getValue(),
                        name.getValue(), number.getValue(), kind.getValue(), contactName.getValue(),
                        contactPhone.getValue(), contactEmail.getValue()))).ifPresent(id -> {
                    Notification.show(getTranslation("providercontracts.register.provider-added", name.getValue()));
                    code.clear();
                    name.clear();
                    number.clear();
                    contactName.clear();
                    contactPhone.clear();
                    contactEmail.clear();
                    refresh();
                }));
        registerProvider.setId("provider-add");
        registerProvider.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        // ---- The selected provider: units and contracts
        selectedName.setId("provider-selected");
        activeToggle.setId("provider-active-toggle");
        activeToggle.addClickListener(click -> register.provider(current).ifPresent(provider -> {
            if (Problems.attempt(this, () -> {
                if (provider.active()) {
                    register.deactivateProvider(provider.id(), provider.version());
                } else {
                    register.reactivateProvider(provider.id(), provider.version());
                }
            })) {
                refresh();
            }
        }));

        units.setId("provider-units");
        units.setAllRowsVisible(true);
        units.addColumn(RegisteredProvider.Unit::name).setHeader(getTranslation("providercontracts.unit.name"));
        units.addColumn(unit -> String.join(", ", java.util.stream.Stream.of(unit.street(), unit.postalCode(),
                        unit.city()).filter(part -> part != null && !part.isBlank()).toList()))
                .setHeader(getTranslation("providercontracts.unit.address"));
        units.addColumn(unit -> unit.phone() == null ? "" : unit.phone())
                .setHeader(getTranslation("providercontracts.unit.phone"));

        var unitForm = new FormProblems(this, "unit");
        var unitName = unitForm.required("providercontracts.unit.name",
                new TextField(getTranslation("providercontracts.unit.name")));
        unitName.setId("unit-name");
        var street = unitForm.field("providercontracts.unit.street",
                new TextField(getTranslation("providercontracts.unit.street")));
        street.setId("unit-street");
        var postalCode = unitForm.field("providercontracts.unit.postal-code",
                new TextField(getTranslation("providercontracts.unit.postal-code")));
        postalCode.setId("unit-postal-code");
        var city = unitForm.field("providercontracts.unit.city",
                new TextField(getTranslation("providercontracts.unit.city")));
        city.setId("unit-city");
        var unitPhone = unitForm.field("providercontracts.unit.phone",
                new TextField(getTranslation("providercontracts.unit.phone")));
        unitPhone.setId("unit-phone");
        var addUnit = new Button(getTranslation("providercontracts.register.add-unit"), click ->
                register.provider(current).ifPresent(provider -> {
                    if (unitForm.attempt(() -> register.addUnit(provider.id(), provider.version(),
                            new ProviderUnitInput(unitName.getValue(), street.getValue(), postalCode.getValue(),
                                    city.getValue(), unitPhone.getValue()))).isPresent()) {
                        unitName.clear();
                        street.clear();
                        postalCode.clear();
                        city.clear();
                        unitPhone.clear();
                        refresh();
                    }
                }));
        addUnit.setId("unit-add");

        contracts.setId("contracts");
        contracts.setAllRowsVisible(true);
        contracts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        contracts.addColumn(ContractTerms::reference).setHeader(getTranslation("providercontracts.contract.reference"))
                .setKey("reference");
        contracts.addColumn(terms -> getTranslation(terms.form().textKey()))
                .setHeader(getTranslation("providercontracts.contract.form")).setKey("form");
        contracts.addColumn(terms -> getTranslation(terms.validTo() == null ? "providercontracts.contract.period-open"
                                : "providercontracts.contract.period", SwedishTime.date(terms.validFrom()),
                        terms.validTo() == null ? "" : SwedishTime.date(terms.validTo())))
                .setHeader(getTranslation("providercontracts.contract.period-header")).setKey("period");
        contracts.addColumn(terms -> terms.methods().stream().map(method -> methodNames.getOrDefault(method,
                        method.value())).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("providercontracts.contract.methods")).setKey("methods").setFlexGrow(3);
        contracts.addColumn(terms -> getTranslation("providercontracts.contract.price-shown", kronor(terms.priceOre()),
                        getTranslation(terms.priceUnit().textKey())))
                .setHeader(getTranslation(PRICE)).setKey("price");
        contracts.addColumn(terms -> terms.places() == null ? getTranslation("providercontracts.contract.places-none")
                        : getTranslation(held.getOrDefault(terms.id(), 0) >= terms.places()
                        ? "providercontracts.contract.places-full" : "providercontracts.contract.places-held",
                        held.getOrDefault(terms.id(), 0), terms.places()))
                .setHeader(getTranslation("providercontracts.contract.places")).setKey("places");
        contracts.addComponentColumn(terms -> {
            var badge = new Span();
            if (terms.expiring()) {
                badge.setText(getTranslation("providercontracts.contract.expiring"));
                badge.getElement().getThemeList().add("badge warning");
            }
            return badge;
        }).setHeader(getTranslation("providercontracts.contract.expiry")).setKey("expiry");
        contracts.addComponentColumn(terms -> {
            var end = new Button(getTranslation("providercontracts.contract.end-today"), click -> {
                var today = clock.today();
                if (Problems.attempt(this, () -> register.endContract(terms.id(), terms.version(), today))) {
                    Notification.show(getTranslation("providercontracts.contract.ended", terms.reference()));
                    refresh();
                }
            });
            end.setEnabled(terms.validTo() == null || terms.validTo().isAfter(clock.today()));
            return end;
        });

        var contractForm = new FormProblems(this, "contract");
        var reference = contractForm.required("providercontracts.contract.reference",
                new TextField(getTranslation("providercontracts.contract.reference")));
        reference.setId("contract-reference");
        var form = contractForm.required("providercontracts.contract.form",
                new ComboBox<ContractForm>(getTranslation("providercontracts.contract.form")));
        form.setId("contract-form");
        form.setItems(ContractForm.values());
        form.setItemLabelGenerator(value -> getTranslation(value.textKey()));
        var validFrom = contractForm.required("providercontracts.contract.valid-from",
                new DateField(getTranslation("providercontracts.contract.valid-from"), clock.today()));
        validFrom.setId("contract-valid-from");
        var validTo = contractForm.field("providercontracts.contract.valid-to",
                new DateField(getTranslation("providercontracts.contract.valid-to")));
        validTo.setId("contract-valid-to");
        var methods = contractForm.required("providercontracts.contract.methods",
                new MultiSelectComboBox<CatalogueMethod>(getTranslation("providercontracts.contract.methods")));
        methods.setId("contract-methods");
        methods.setItems(activeMethods);
        methods.setItemLabelGenerator(method -> english ? method.nameEn() : method.nameSv());
        var priceUnit = contractForm.required("providercontracts.contract.price-unit",
                new ComboBox<PriceUnit>(getTranslation("providercontracts.contract.price-unit")));
        priceUnit.setId("contract-price-unit");
        priceUnit.setItems(PriceUnit.values());
        priceUnit.setItemLabelGenerator(value -> getTranslation(value.textKey()));
        var price = contractForm.required(PRICE,
                new BigDecimalField(getTranslation("providercontracts.contract.price-kronor")));
        price.setId("contract-price");
        var places = contractForm.field("providercontracts.contract.places",
                new IntegerField(getTranslation("providercontracts.contract.places")));
        places.setId("contract-places");
        var addContract = new Button(getTranslation("providercontracts.register.add-contract"), click -> {
            if (contractForm.attempt(() -> register.addContract(current, new ContractInput(reference.getValue(),
                    form.getValue(), validFrom.getValue(), validTo.getValue(), methods.getValue().stream()
                    .map(CatalogueMethod::code).collect(Collectors.toSet()), priceUnit.getValue(),
                    ore(price.getValue()), places.getValue()))).isPresent()) {
                Notification.show(getTranslation("providercontracts.register.contract-added", reference.getValue()));
                reference.clear();
                validTo.clear();
                methods.clear();
                price.clear();
                places.clear();
                refresh();
            }
        });
        addContract.setId("contract-add");

        selected.setPadding(false);
        selected.add(selectedName, activeToggle, new H3(getTranslation("providercontracts.register.units")), units,
                unitForm.summary(), new FieldRow(unitName, street, postalCode, city, unitPhone), addUnit,
                new H3(getTranslation("providercontracts.register.contracts")), contracts,
                contractForm.summary(), new FieldRow(reference, form, validFrom, validTo),
                new FieldRow(methods, priceUnit, price, places), addContract);
        selected.setVisible(false);

        add(heading, providers, selected, new H2(getTranslation("providercontracts.register.add-provider")),
                providerForm.summary(), new FieldRow(code, name, number, kind),
                new FieldRow(contactName, contactPhone, contactEmail), registerProvider);
        refresh();
    }

    /** Kronor as typed to öre; more than two decimals is refused at the field. */
    private static Long ore(BigDecimal kronor) {
        if (kronor == null) {
            return null;
        }
        if (kronor.stripTrailingZeros().scale() > 2) {
            throw RuleViolation.forField(PRICE, "providercontracts.error.price-ore");
        }
        try {
            return kronor.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw RuleViolation.forField(PRICE, "providercontracts.error.price-too-high");
        }
    }

    private String kronor(long ore) {
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(ore, 2));
    }

    private void show(RegisteredProvider provider) {
        current = provider == null ? null : provider.id();
        refreshSelected();
    }

    private void refresh() {
        var keep = current;
        providers.setItems(register.providers());
        if (keep != null) {
            current = keep;
        }
        refreshSelected();
    }

    private void refreshSelected() {
        var provider = current == null ? null : register.provider(current).orElse(null);
        selected.setVisible(provider != null);
        if (provider == null) {
            return;
        }
        selectedName.setText(provider.name());
        activeToggle.setText(getTranslation(provider.active() ? "providercontracts.register.deactivate"
                : "providercontracts.register.reactivate"));
        units.setItems(provider.units());
        var shown = register.contractsOf(provider.id());
        held = register.placesHeld(shown.stream().map(ContractTerms::id).toList());
        contracts.setItems(shown);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("providercontracts.register.title");
    }
}
