package se.vardkedjan.providercontracts.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import se.vardkedjan.KaribuVaadin;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.providercontracts.CatalogueMethod;
import se.vardkedjan.providercontracts.ContractForm;
import se.vardkedjan.providercontracts.ContractInput;
import se.vardkedjan.providercontracts.ContractTerms;
import se.vardkedjan.providercontracts.InterventionCatalogue;
import se.vardkedjan.providercontracts.MethodCode;
import se.vardkedjan.providercontracts.PriceUnit;
import se.vardkedjan.providercontracts.ProviderInput;
import se.vardkedjan.providercontracts.ProviderKind;
import se.vardkedjan.providercontracts.ProviderRegister;
import se.vardkedjan.providercontracts.RegisteredProvider;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;
import se.vardkedjan.uikit.DateField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's provider register and intervention catalogue, browserless against the real app and database:
 * reached from the menu, a provider registered with a unit and a contract whose price is typed in kronor, the
 * expiring contract marked, bad input (a wrong check digit, a period that ends before it starts, a negative price, an
 * oversized name, an invalid priority) marked at its field with nothing stored, and the pages closed to caseworkers.
 */
@SpringBootTest
class ProviderRegisterViewsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProviderRegister register;
    @Autowired
    InterventionCatalogue catalogue;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startVaadin() {
        KaribuVaadin.useSecurityOf(context);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(KaribuVaadin.routes(), context, MockedUI::new));
        UI.getCurrent().setLocale(Locale.of("sv"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        context.getBeansOfType(SecurityContextHolderStrategy.class).values()
                .forEach(SecurityContextHolderStrategy::clearContext);
    }

    private void signIn(String username, String role) {
        KaribuVaadin.logIn(context, username, username, List.of(role), List.of());
    }

    /** A valid organisation number of a legal person, different each time. */
    private static String organisationNumber() {
        var random = ThreadLocalRandom.current();
        var nine = "55" + (2 + random.nextInt(8)) + String.format("%06d", random.nextInt(1_000_000));
        var sum = 0;
        for (var i = 0; i < 9; i++) {
            var product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return nine.substring(0, 6) + "-" + nine.substring(6) + (10 - sum % 10) % 10;
    }

    private long providerCount() {
        return jdbc.sql("SELECT count(*) FROM providercontracts.providers").query(Long.class).single();
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private void fillProvider(String code, String name, String number) {
        _setValue(text("provider-code"), code);
        _setValue(text("provider-name"), name);
        _setValue(text("provider-organisation-number"), number);
        _setValue(combo("provider-kind"), ProviderKind.PRIVATE);
    }

    private RegisteredProvider registeredThroughTheForm() {
        var code = "vy-" + UUID.randomUUID().toString().substring(0, 8);
        fillProvider(code, "Vygården " + code, organisationNumber());
        _click(_get(Button.class, spec -> spec.withId("provider-add")));
        return register.providers().stream().filter(p -> p.code().value().equals(code)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<RegisteredProvider> providers() {
        return _get(Grid.class, spec -> spec.withId("providers"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> contracts() {
        return _get(Grid.class, spec -> spec.withId("contracts"));
    }

    private void fillContract(String reference, LocalDate from, LocalDate to, String kronor) {
        _setValue(text("contract-reference"), reference);
        _setValue(combo("contract-form"), ContractForm.FRAMEWORK_AGREEMENT);
        _setValue(_get(DateField.class, spec -> spec.withId("contract-valid-from")), from);
        _setValue(_get(DateField.class, spec -> spec.withId("contract-valid-to")), to);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<CatalogueMethod> methods = _get(MultiSelectComboBox.class,
                spec -> spec.withId("contract-methods"));
        _setValue(methods, Set.of(catalogue.method(new MethodCode("RESIDENTIAL_TREATMENT")).orElseThrow()));
        _setValue(combo("contract-price-unit"), PriceUnit.CARE_DAY);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("contract-price")), new BigDecimal(kronor));
    }

    @Test
    void anAdministratorRegistersAProviderWithAUnitAndAContractAndSeesItExpiring() {
        signIn("admin.register", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate("");
        assertThat(_find(SideNav.class).stream().flatMap(nav -> nav.getItems().stream()).map(SideNavItem::getLabel))
                .contains("Utförare och avtal", "Insatskatalog");
        UI.getCurrent().navigate("admin/utforare");
        assertThat(_get(H1.class, spec -> spec.withId("providers-heading")).getText()).isEqualTo("Utförare och avtal");

        var provider = registeredThroughTheForm();
        providers().select(provider);
        _setValue(text("unit-name"), "Huvudhuset");
        _setValue(text("unit-postal-code"), "12345");
        _click(_get(Button.class, spec -> spec.withId("unit-add")));
        var today = LocalDate.now();
        fillContract("RA-VY-1", today.minusMonths(2), today.plusDays(20), "2150.50");
        _click(_get(Button.class, spec -> spec.withId("contract-add")));

        assertThat(register.provider(provider.id()).orElseThrow().units()).singleElement()
                .satisfies(unit -> assertThat(unit.postalCode()).isEqualTo("123 45"));
        assertThat(register.contractsOf(provider.id())).singleElement().satisfies(terms -> {
            assertThat(terms.priceOre()).isEqualTo(215_050);
            assertThat(terms.expiring()).isTrue();
        });
        assertThat(GridKt._getFormatted(contracts(), 0, "price")).endsWith("kr per vårddygn")
                .contains("150,50");
        assertThat(((Span) GridKt._getCellComponent(contracts(), 0, "expiry")).getText())
                .isEqualTo("Löper snart ut");
    }

    @Test
    void anAdministratorSeesHowManyOfAContractsPlacesAreTakenAndWhenItIsFull() {
        signIn("admin.places", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate("admin/utforare");
        var provider = registeredThroughTheForm();
        providers().select(provider);
        var today = LocalDate.now();
        fillContract("RA-PL-1", today.minusMonths(2), null, "1000");
        _setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withId("contract-places")), 2);
        _click(_get(Button.class, spec -> spec.withId("contract-add")));
        var contract = register.contractsOf(provider.id()).getFirst();
        assertThat(GridKt._getFormatted(contracts(), 0, "places")).isEqualTo("0 av 2 tagna");

        for (var held = 1; held <= 2; held++) {
            // an assignment sent to the contract (and awaiting an answer) holds a place (ADR 0024)
            jdbc.sql("""
                            INSERT INTO providercontracts.assignments (id, case_id, decision_id, intervention_id,
                                intervention_type, status, provider_id, contract_id, sent_at, changed_by)
                            VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(),
                                'RESIDENTIAL', 'SENT', ?, ?, now(), 'test')""")
                    .params(provider.id().value(), contract.id().value()).update();
            providers().deselectAll();
            providers().select(provider);
            assertThat(GridKt._getFormatted(contracts(), 0, "places")).isEqualTo(held == 1 ? "1 av 2 tagna"
                    : "2 av 2 tagna – fullt");
        }
    }

    @Test
    void aWrongCheckDigitOrAnOversizedNameIsMarkedAtItsFieldAndNothingIsStored() {
        signIn("admin.register", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate("admin/utforare");
        var before = providerCount();

        fillProvider("vy-fel", "Felgården", "556016-0681");
        _click(_get(Button.class, spec -> spec.withId("provider-add")));
        assertThat(text("provider-organisation-number").isInvalid()).isTrue();
        assertThat(text("provider-organisation-number").getErrorMessage())
                .isEqualTo("Organisationsnumret stämmer inte: kontrollsiffran är fel. Kontrollera numret.");

        fillProvider("vy-fel", "Å".repeat(201), organisationNumber());
        _click(_get(Button.class, spec -> spec.withId("provider-add")));
        assertThat(text("provider-name").getErrorMessage()).isEqualTo("Namn får vara högst 200 tecken (nu 201).");
        assertThat(providerCount()).isEqualTo(before);
    }

    @Test
    void aContractEndingBeforeItStartsOrWithANegativePriceIsMarkedAndNothingIsStored() {
        signIn("admin.register", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate("admin/utforare");
        var provider = registeredThroughTheForm();
        providers().select(provider);
        var today = LocalDate.now();

        fillContract("RA-VY-2", today, today.minusDays(1), "100");
        _click(_get(Button.class, spec -> spec.withId("contract-add")));
        var validTo = _get(DateField.class, spec -> spec.withId("contract-valid-to"));
        assertThat(validTo.isInvalid()).isTrue();
        assertThat(validTo.getErrorMessage()).isEqualTo("Gäller till och med kan inte vara före Gäller från.");

        fillContract("RA-VY-2", today, null, "-5");
        _click(_get(Button.class, spec -> spec.withId("contract-add")));
        var price = _get(BigDecimalField.class, spec -> spec.withId("contract-price"));
        assertThat(price.isInvalid()).isTrue();
        assertThat(price.getErrorMessage()).isEqualTo("Priset kan inte vara negativt.");

        assertThat(register.contractsOf(provider.id())).isEmpty();
    }

    @Test
    void anAdministratorAddsAMethodToTheCatalogueAndAnInvalidPriorityChangesNothing() {
        signIn("admin.register", Roles.ADMINISTRATOR);
        UI.getCurrent().navigate("admin/insatskatalog");
        var code = "VY_" + System.nanoTime() % 1_000_000_000;
        _setValue(text("method-code"), code);
        _setValue(text("method-name-sv"), "Vymetod");
        _setValue(text("method-name-en"), "View method");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<InterventionType> types = _get(MultiSelectComboBox.class,
                spec -> spec.withId("method-intervention-types"));
        _setValue(types, Set.of(InterventionType.OUTPATIENT));
        _setValue(text("method-guideline-priority"), "11");
        _click(_get(Button.class, spec -> spec.withId("method-add")));
        assertThat(text("method-guideline-priority").getErrorMessage())
                .isEqualTo("Prioriteten är 1–10, FOU eller ICKE_GORA, eller tom.");
        assertThat(catalogue.method(new MethodCode(code))).isEmpty();

        _setValue(text("method-guideline-priority"), "");
        _click(_get(Button.class, spec -> spec.withId("method-add")));
        assertThat(catalogue.methodsFor(InterventionType.OUTPATIENT)).extracting(CatalogueMethod::code)
                .contains(new MethodCode(code));
    }

    @Test
    void theDemoMunicipalityStartsWithItsProvidersAndTheirContracts() {
        signIn("handlaggare.register", Roles.CASEWORKER);
        var solgarden = register.providerWithCode(new ProviderOrganisationCode("solgarden-hvb")).orElseThrow();
        assertThat(solgarden.kind()).isEqualTo(ProviderKind.PRIVATE);
        assertThat(register.contractsOf(solgarden.id())).extracting(ContractTerms::form)
                .contains(ContractForm.FRAMEWORK_AGREEMENT);
        var day = LocalDate.of(2026, 12, 1);
        assertThat(register.contractsCovering(new MethodCode("RESIDENTIAL_TREATMENT"), day))
                .extracting(contract -> contract.providerCode().value()).contains("solgarden-hvb");
        assertThat(register.contractsCovering(new MethodCode("CBT"), day))
                .filteredOn(contract -> contract.form() == ContractForm.LOV)
                .extracting(contract -> contract.providerCode().value()).contains("nykter-vag-oppenvard");
        assertThat(register.providerWithCode(new ProviderOrganisationCode("kompassen-oppenvard")).orElseThrow()
                .kind()).isEqualTo(ProviderKind.OWN_RUN);
        assertThat(register.providerWithCode(new ProviderOrganisationCode("bryggan-stodboende"))).isPresent();
    }

    @Test
    void anAdministratorSeesAContractThatExpiresSoonOnTheStartPageLinkedToTheRegister() {
        signIn("admin.register", Roles.ADMINISTRATOR);
        var code = "vy-" + UUID.randomUUID().toString().substring(0, 8);
        var provider = register.registerProvider(new ProviderInput(code, "Startgården " + code, organisationNumber(),
                ProviderKind.PRIVATE, null, null, null));
        register.addContract(provider, new ContractInput("RA-START", ContractForm.DIRECT_AWARD,
                LocalDate.now().minusMonths(1), LocalDate.now().plusDays(10), Set.of(new MethodCode("CBT")),
                PriceUnit.HOUR, 90_000L, null));
        UI.getCurrent().navigate("");

        var entries = _find(ListItem.class, spec -> spec.withClasses("vk-work-entry"));
        assertThat(entries).filteredOn(entry -> entry.getElement().getTextRecursively()
                        .contains("Startgården " + code + " (RA-START)"))
                .singleElement().satisfies(entry -> {
                    var link = (Anchor) entry.getChildren().findFirst().orElseThrow();
                    assertThat(link.getText()).isEqualTo("Avtal löper ut");
                    assertThat(link.getHref()).isEqualTo("admin/utforare");
                });
    }

    @Test
    void aCaseworkerCannotOpenTheRegisterNorTheCatalogue() {
        signIn("handlaggare.register", Roles.CASEWORKER);
        UI.getCurrent().navigate("admin/utforare");
        assertThat(_find(H1.class, spec -> spec.withId("access-denied"))).hasSize(1);
        UI.getCurrent().navigate("admin/insatskatalog");
        assertThat(_find(H1.class, spec -> spec.withId("access-denied"))).hasSize(1);
    }
}
