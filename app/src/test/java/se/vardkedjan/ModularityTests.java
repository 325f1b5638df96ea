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
 * dependencies and away from the others' internals; and the module map in docs/modules is the one the code documents
 * (in a stable order: the documenter lists relations and beans in the order of hash sets).
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
    void noModuleIsLeftOpenToAnyDependency() {
        // Without allowedDependencies Modulith allows a dependency on any other module's API: the annotation's
        // default is the open token, and an open type lets others reach the module's internals too.
        assertThat(MODULES.stream().map(ApplicationModule::getBasePackage)).allSatisfy(base -> {
            var declared = base.getAnnotation(org.springframework.modulith.ApplicationModule.class);
            assertThat(declared).as("@ApplicationModule on %s", base.getName()).isPresent();
            assertThat(declared.get().allowedDependencies()).as("allowedDependencies of %s", base.getName())
                    .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
            assertThat(declared.get().type()).as("type of %s", base.getName())
                    .isNotEqualTo(org.springframework.modulith.ApplicationModule.Type.OPEN);
        });
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

    /**
     * The module map in docs/modules is what Spring Modulith documents from the code. The test writes it into
     * target/ and compares: a change to a module's dependencies or interfaces that is not in the committed map fails
     * here. {@code -Dvardkedjan.module-docs.update=true} writes the map into docs/modules instead (and then passes).
     */
    @Test
    void theCommittedModuleMapIsTheOneTheCodeDocuments() throws IOException {
        var committed = Path.of("../docs/modules");
        var update = Boolean.getBoolean("vardkedjan.module-docs.update");
        var folder = update ? committed : Path.of("target/module-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        List<Path> written;
        try (var files = Files.list(folder)) {
            written = files.filter(f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc"))
                    .sorted().toList();
        }
        for (var file : written) {
            Files.write(file, inStableOrder(Files.readAllLines(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
        assertThat(written.stream().map(file -> file.getFileName().toString()))
                .contains("components.puml", "module-casehandling.puml", "module-casehandling.adoc");
        try (var files = Files.list(committed)) {
            assertThat(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".puml") || name.endsWith(".adoc")))
                    .as("the files in docs/modules").containsExactlyInAnyOrderElementsOf(
                            written.stream().map(file -> file.getFileName().toString()).toList());
        }
        for (var file : written) {
            assertThat(Files.readAllLines(committed.resolve(file.getFileName()), StandardCharsets.UTF_8))
                    .as("docs/modules/%s is out of date: run the module tests with "
                            + "-Dvardkedjan.module-docs.update=true", file.getFileName())
                    .isEqualTo(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
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
