package se.vardkedjan;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules Spring Modulith does not cover: layering inside modules, names, and how views are built. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.vardkedjan");

    @Test
    void theDomainKnowsNothingOfVaadinSpringWebOrJdbc() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework.web..",
                        "jakarta.servlet..", "java.sql..", "org.springframework.jdbc..")
                .check(CLASSES); // fails, too, when no domain class is found (ArchUnit's failOnEmptyShould)
    }

    @Test
    void theSharedKernelDependsOnNoOtherModuleAndNoFramework() {
        noClasses().that().resideInAPackage("se.vardkedjan.sharedkernel..")
                .should().dependOnClassesThat().resideInAnyPackage("se.vardkedjan.accesslog..", "se.vardkedjan.organisation..",
                        "se.vardkedjan.casehandling..",
                        "se.vardkedjan.providercontracts..", "se.vardkedjan.followup..",
                        "se.vardkedjan.citizenportal..", "se.vardkedjan.platform..", "com.vaadin..")
                .check(CLASSES);
    }

    /**
     * ADR 0021: the access log sits below every business module, which all write through it; it knows none of them,
     * nor the platform, and shows nothing itself (the review's views are the modules').
     */
    @Test
    void theAccessLogDependsOnNoOtherModuleAndNoVaadin() {
        noClasses().that().resideInAPackage("se.vardkedjan.accesslog..")
                .should().dependOnClassesThat().resideInAnyPackage("se.vardkedjan.organisation..",
                        "se.vardkedjan.casehandling..",
                        "se.vardkedjan.providercontracts..", "se.vardkedjan.followup..",
                        "se.vardkedjan.citizenportal..", "se.vardkedjan.platform..", "se.vardkedjan.uikit..",
                        "com.vaadin..")
                .check(CLASSES);
    }

    /**
     * ADR 0021: a view neither writes nor reads the access log or the security events, nor refuses by itself: it calls
     * a facade, which checks the user's right and logs the read (the log's services also refuse to run outside the
     * facade's transaction). Views may name the log's codes and texts ({@code AccessKind}, {@code AccessLogParts}, …).
     */
    @Test
    void viewsReachTheAccessLogOnlyThroughAFacade() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("se.vardkedjan.accesslog.AccessLog")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("se.vardkedjan.accesslog.AccessDoor")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("se.vardkedjan.accesslog.Refusals")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("se.vardkedjan.accesslog.SecurityEventLog")
                .orShould().dependOnClassesThat().resideInAPackage("se.vardkedjan.accesslog.persistence..")
                .check(CLASSES);
    }

    /** ADR 0019: the UI kit is Vaadin and the shared kernel only; it knows no business module and no platform. */
    @Test
    void theUiKitDependsOnNoBusinessModule() {
        noClasses().that().resideInAPackage("se.vardkedjan.uikit..")
                .should().dependOnClassesThat().resideInAnyPackage("se.vardkedjan.accesslog..", "se.vardkedjan.organisation..",
                        "se.vardkedjan.casehandling..",
                        "se.vardkedjan.providercontracts..", "se.vardkedjan.followup..",
                        "se.vardkedjan.citizenportal..", "se.vardkedjan.platform..")
                .check(CLASSES);
    }

    /**
     * ADR 0020: the organisation sits just above the shared kernel; case handling uses it, never the other way round,
     * and it knows no module above it.
     */
    @Test
    void theOrganisationDependsOnNoModuleAboveIt() {
        noClasses().that().resideInAPackage("se.vardkedjan.organisation..")
                .should().dependOnClassesThat().resideInAnyPackage("se.vardkedjan.casehandling..",
                        "se.vardkedjan.providercontracts..", "se.vardkedjan.followup..",
                        "se.vardkedjan.citizenportal..", "se.vardkedjan.platform..")
                .check(CLASSES);
    }

    /** ADR 0019: only views use the UI kit; facades, the domain and persistence never show anything. */
    @Test
    void onlyViewsUseTheUiKit() {
        noClasses().that().resideOutsideOfPackages("se.vardkedjan.uikit..", "..ui..")
                .should().dependOnClassesThat().resideInAPackage("se.vardkedjan.uikit..")
                .check(CLASSES);
    }

    @Test
    void namesComeFromTheDomainNotFromTheToolbox() {
        noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Impl")
                .check(CLASSES);
    }

    @Test
    void viewsLiveInUiPackagesAndAreNotPublic() {
        classes().that().areAnnotatedWith(Route.class)
                .should().resideInAPackage("..ui..")
                .andShould().notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void viewsDoNotTouchPersistenceDirectly() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "org.springframework.jdbc..",
                        "java.sql..")
                .check(CLASSES);
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class)
                .check(CLASSES);
    }

    /**
     * ADR 0019: every date picker is the kit's {@code DateField} (Swedish, Monday first); no view outside the kit
     * constructs Vaadin's {@code DatePicker} itself.
     */
    @Test
    void viewsUseTheKitsDatePickerNotVaadinsOwn() {
        noClasses().that().resideOutsideOfPackage("se.vardkedjan.uikit..")
                .should().callConstructorWhere(
                        new com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaConstructorCall>(
                                "constructs com.vaadin.flow.component.datepicker.DatePicker") {
                            @Override
                            public boolean test(com.tngtech.archunit.core.domain.JavaConstructorCall call) {
                                return call.getTargetOwner().isEquivalentTo(
                                        com.vaadin.flow.component.datepicker.DatePicker.class);
                            }
                        })
                .check(CLASSES);
    }

    /**
     * Every module refuses through one door, the access log's {@code Refusals} (case handling through
     * {@code PersonalDataAccess.refuse}/{@code unknown}, which hand over to it; ADR 0021), which records the refusal as
     * a security event before it hands back the exception: an {@code AccessDenied} constructed anywhere else would
     * refuse without a trace.
     */
    @Test
    void everyModuleRefusesOnlyThroughTheDoorThatRecordsTheRefusal() {
        noClasses().that().doNotHaveFullyQualifiedName("se.vardkedjan.accesslog.Refusals")
                .should().callConstructor(se.vardkedjan.sharedkernel.AccessDenied.class, String.class)
                .check(CLASSES);
    }

    /**
     * Case handling's door lets a downstream module into a case by the module's own rule ({@code CaseDoor.admit}) and
     * hands out the client's identity only against the admission it made ({@code CaseDoor.clientOf}); a client into
     * their own case for a downstream module's part of their file ({@code CaseDoor.admitOwn}, ADR 0028). The rule passed
     * in is the caller's, so only a module's own door — a class in an {@code access} package, which the module's facades
     * call — may call either; a view, a facade or a job that did would decide need-to-know on its own (ADR 0024).
     */
    static final ArchRule ONLY_A_MODULES_DOOR_ADMITS_TO_A_CASE = noClasses()
            .that().resideOutsideOfPackage("..access..")
            .should().callMethodWhere(target(owner(name("se.vardkedjan.casehandling.CaseDoor")))
                    .and(target(nameMatching("admit|admitOwn|admitOwnRecord|clientOf"))))
            .because("only a module's own door may let a user into a case by its rule and read the client (ADR 0024)");

    @Test
    void onlyAModulesDoorAdmitsToACaseOrReadsItsClient() {
        ONLY_A_MODULES_DOOR_ADMITS_TO_A_CASE.check(CLASSES);
    }

    /** The rule above is not empty words: a class outside an access package that reads a client breaks it. */
    @Test
    void theDoorRuleCatchesAClassThatReadsTheClientWithoutADoor() {
        var fixture = new ClassFileImporter().importClasses(
                se.vardkedjan.platform.archfixture.ReadsTheClientWithoutADoor.class,
                se.vardkedjan.casehandling.CaseDoor.class);
        assertThatThrownBy(() -> ONLY_A_MODULES_DOOR_ADMITS_TO_A_CASE.check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ReadsTheClientWithoutADoor");
    }

    /**
     * The bench module holds a sign-in bypass for measurements (bench/.../CasePageHeapSignIn): the product must never
     * reach it. Maven keeps the bench off the app's class path; should it ever get there, this rule fails.
     */
    static final ArchRule PRODUCT_NEVER_DEPENDS_ON_THE_BENCH = noClasses()
            .that().resideOutsideOfPackage("se.vardkedjan.bench..")
            .should().dependOnClassesThat().resideInAPackage("se.vardkedjan.bench..");

    @Test
    void theProductNeverDependsOnTheBenchmarks() {
        assertThat(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .as("the app's class path").noneMatch(entry -> entry.contains("vardkedjan-bench")
                        || entry.replace('\\', '/').contains("/bench/target/"));
        PRODUCT_NEVER_DEPENDS_ON_THE_BENCH.check(CLASSES);
    }

    /** The rule above is not empty words: a product class that refers to a bench class breaks it. */
    @Test
    void theBenchRuleCatchesAProductClassThatUsesTheBench() {
        var fixture = new ClassFileImporter().importClasses(
                se.vardkedjan.platform.archfixture.UsesTheBench.class, se.vardkedjan.bench.archfixture.BenchProbe.class);
        assertThatThrownBy(() -> PRODUCT_NEVER_DEPENDS_ON_THE_BENCH.check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("UsesTheBench");
    }

    /**
     * The development tooling (ADR 0018) stays outside the product: the run command's launcher and the demo data
     * generator ({@code se.vardkedjan.dev}), the dev stack and the BankID simulator ({@code se.vardkedjan.platform.
     * devstack}). Maven keeps them off the app's compile class path; should a product class ever refer to them, this
     * rule fails (ProductJarIntegrationTest checks the built jar itself).
     */
    @Test
    void theProductNeverDependsOnDevelopmentTooling() {
        noClasses().that().resideOutsideOfPackages("se.vardkedjan.dev..", "se.vardkedjan.platform.devstack..")
                .should().dependOnClassesThat().resideInAnyPackage("se.vardkedjan.dev..",
                        "se.vardkedjan.platform.devstack..")
                .check(CLASSES);
    }

    /**
     * Case-file dates are Swedish calendar dates: "today" and "now" come from the one {@link java.time.Clock} bean
     * (TimeConfiguration, Europe/Stockholm), never from the server's own zone, which on a UTC server is yesterday for
     * the first hour or two of a Swedish day. A call that reads the JVM's zone fails this rule.
     */
    @Test
    void theProductNeverAsksTheServersZoneForTodayOrNow() {
        noClasses().that().resideOutsideOfPackages("se.vardkedjan.bench..", "se.vardkedjan.dev..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.ZoneId.class, "systemDefault")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.util.TimeZone.class, "getDefault")
                .check(CLASSES);
    }
}
