package se.vardkedjan;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounded modules, as Spring Modulith sees them across the Maven modules: each detected, each within its declared
 * dependencies and away from the others' internals. Writes the module map into docs/modules, in a stable order (the
 * documenter lists relations and beans in the order of hash sets, so a test run would otherwise leave the tracked
 * files changed).
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(VardkedjanApplication.class);

    @Test
    void everyBoundedModuleIsDetectedFromItsOwnMavenModule() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("sharedkernel", "accesslog", "organisation", "casehandling",
                        "providercontracts", "followup", "citizenportal", "platform", "uikit");
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
    void caseHandlingPublishesItsFacadesAtTheRootAndItsEventsAndReadModelsAsNamedInterfaces() {
        var caseHandling = MODULES.getModuleByName("casehandling").orElseThrow();
        var named = caseHandling.getNamedInterfaces();

        assertThat(named.stream().filter(ni -> !ni.isUnnamed()).map(NamedInterface::getName))
                .containsExactlyInAnyOrder("events", "readmodel");
        assertThat(named.getByName("events").orElseThrow().asJavaClasses().map(JavaClass::getSimpleName))
                .contains("CaseOpened", "DecisionMade", "InterventionGranted", "CaseClosed")
                .allSatisfy(name -> assertThat(name).doesNotEndWith("Details").doesNotEndWith("View"));
        assertThat(named.getByName("readmodel").orElseThrow().asJavaClasses().map(JavaClass::getSimpleName))
                .contains("CaseSummary", "CaseListItem", "JournalPage", "DecisionView");
        // The root holds the facades, commands, ids and codes; no event and no read model is left there.
        assertThat(named.getUnnamedInterface().asJavaClasses()
                .filter(type -> type.getPackageName().equals("se.vardkedjan.casehandling"))
                .map(JavaClass::getSimpleName))
                .contains("CaseHandling", "Decisions", "Journal", "RegisterIntake", "DecisionId")
                .doesNotContain("CaseOpened", "CaseSummary", "CaseListItem");
        // The internals are in no interface.
        assertThat(named.stream().flatMap(NamedInterface::asJavaClasses).map(JavaClass::getPackageName))
                .noneMatch(name -> name.contains(".domain") || name.contains(".persistence") || name.contains(".ui")
                        || name.contains(".access"));
    }

    @Test
    void modulesKeepToTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        var folder = Path.of("../docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (var files = Files.list(folder)) {
            for (var file : files.filter(f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc"))
                    .toList()) {
                var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                Files.write(file, inStableOrder(lines), StandardCharsets.UTF_8);
            }
        }
        assertThat(folder.resolve("components.puml")).exists();
    }

    @Test
    void theModuleDocumentationComesOutInTheSameOrderWhateverOrderTheDocumenterChose() {
        var written = List.of("Component(B, \"B\")", "Component(A, \"A\")", "", "Rel(C, A, \"uses\")",
                "Rel(B, A, \"uses\")", "|Bean references", "|* `s.v.s.SecurityEvents`", "* `s.v.s.CurrentActor`",
                "|Events");
        var shuffled = List.of("Component(A, \"A\")", "Component(B, \"B\")", "", "Rel(B, A, \"uses\")",
                "Rel(C, A, \"uses\")", "|Bean references", "|* `s.v.s.CurrentActor`", "* `s.v.s.SecurityEvents`",
                "|Events");
        assertThat(inStableOrder(written)).isEqualTo(inStableOrder(shuffled)).containsExactly(
                "Component(A, \"A\")", "Component(B, \"B\")", "", "Rel(B, A, \"uses\")", "Rel(C, A, \"uses\")",
                "|Bean references", "|* `s.v.s.CurrentActor`", "* `s.v.s.SecurityEvents`", "|Events");
    }

    /**
     * The lines with each run of PlantUML components, of relations, and of AsciiDoc list items (a table cell's list
     * starts with {@code |* }) sorted; everything else as it was.
     */
    static List<String> inStableOrder(List<String> lines) {
        var result = new ArrayList<String>(lines.size());
        var run = new ArrayList<String>();
        String runKind = null;
        var cellStart = false;
        for (var line : lines) {
            var kind = kindOf(line);
            if (kind == null || !kind.equals(runKind) || line.startsWith("|* ")) {
                flush(run, cellStart, result);
                runKind = kind;
                cellStart = line.startsWith("|* ");
            }
            if (kind == null) {
                result.add(line);
            } else {
                run.add(cellStart && run.isEmpty() ? line.substring(1) : line);
            }
        }
        flush(run, cellStart, result);
        return result;
    }

    private static String kindOf(String line) {
        var trimmed = line.strip();
        if (trimmed.startsWith("Rel(")) {
            return "relation";
        }
        if (trimmed.startsWith("Component(")) {
            return "component";
        }
        if (line.startsWith("* ") || line.startsWith("|* ")) {
            return "item";
        }
        return null;
    }

    private static void flush(List<String> run, boolean cellStart, List<String> result) {
        run.sort(Comparator.naturalOrder());
        for (var i = 0; i < run.size(); i++) {
            result.add(i == 0 && cellStart ? "|" + run.get(i) : run.get(i));
        }
        run.clear();
    }
}
