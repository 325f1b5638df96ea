package se.vardkedjan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounded modules, as Spring Modulith sees them across the Maven modules: each detected, each within its declared
 * dependencies and away from the others' internals. Writes the module map into docs/modules.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(VardkedjanApplication.class);

    @Test
    void everyBoundedModuleIsDetectedFromItsOwnMavenModule() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("sharedkernel", "casehandling", "providercontracts", "followup",
                        "citizenportal", "platform", "uikit");
    }

    @Test
    void everyModuleDeclaresWhatItMayDependOn() {
        // Without allowedDependencies Modulith would allow any dependency on another module's API.
        MODULES.stream().map(ApplicationModule::getBasePackage).forEach(base -> assertThat(
                base.getAnnotation(org.springframework.modulith.ApplicationModule.class))
                .as("@ApplicationModule on %s", base.getName()).isPresent()
                .get().extracting(annotation -> annotation.allowedDependencies()).isNotNull());
    }

    @Test
    void modulesKeepToTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(new java.io.File("../docs/modules/components.puml")).exists();
    }
}
