package se.vardkedjan.platform.devstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real Keycloak server from the official distribution zip ({@code org.keycloak:keycloak-quarkus-dist}), run as a
 * child process on the JVM this process runs on, with its data in PostgreSQL and one realm imported from a file.
 *
 * <p>{@link #start(Settings)} unpacks the zip into {@code installRoot/keycloak-<version>} and runs {@code kc.sh build}
 * once (both cached between runs and guarded by a file lock), copies the realm file to {@code data/import}, starts
 * {@code kc.sh start --optimized --import-realm} and blocks until the server is ready and the realm's OpenID
 * discovery document is served. A realm is imported only when it does not exist yet in the database; a later start on
 * the same database keeps the realm as it is.
 *
 * <p>Placeholders: Keycloak's own realm import replaces {@code ${NAME}} and {@code ${NAME:default}} in the realm file
 * with the environment variable {@code NAME} of the Keycloak process (environment only, not system properties; the
 * {@code ${env.NAME}} form is <em>not</em> understood, and an unknown name without a default is left as it is).
 * {@link Settings#realmVariables()} are therefore passed to Keycloak as environment variables.
 *
 * <p>Extensions: {@link Settings#providers()} are copied into the installation's {@code providers/} folder before
 * {@code kc.sh build} (the folder then holds exactly those jars; a changed set triggers a new build), and
 * {@link Settings#serverOptions()} are passed to the Keycloak process as environment variables, e.g. the runtime SPI
 * option {@code KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__SERVICE_URL}.
 *
 * <p>Development only: the bootstrap administrator is {@code admin}/{@code admin}.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);

    /** Build-time options; a change here triggers a new {@code kc.sh build} of a cached installation. */
    static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true", "--cache=local");

    private static final Duration BUILD_TIMEOUT = Duration.ofSeconds(600); // 216 s seen at a load of 20
    /**
     * Keycloak's first start creates its schema and imports the realms: about 45 s on a quiet machine, over 4 minutes
     * when the machine is busy (seen at a load of 20); a dead process still fails at once ({@link #awaitOk}).
     */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(600);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 60;
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern REALM_NAME = Pattern.compile("\"realm\"\\s*:\\s*\"([^\"]+)\"");
    /** Set by {@link #start} itself. */
    private static final Set<String> RESERVED_OPTIONS = Set.of("KC_DB_PASSWORD",
            "KC_BOOTSTRAP_ADMIN_USERNAME", "KC_BOOTSTRAP_ADMIN_PASSWORD");

    private final Settings settings;
    private final Process process;
    private final Thread shutdownHook;
    private volatile boolean closed;

    /**
     * @param distributionZip the {@code keycloak-quarkus-dist} zip
     * @param installRoot     folder that holds unpacked, built distributions (shared between runs)
     * @param realmFile       the realm to import when it does not exist yet
     * @param realmVariables  environment variables for the placeholders in the realm file, e.g.
     *                        {@code VARDKEDJAN_APP_URL=http://localhost:18080}
     * @param logFile         Keycloak's console output (build and server), overwritten on each start
     * @param providers       extension jars for Keycloak's {@code providers/} folder (may be empty)
     * @param serverOptions   Keycloak options as environment variables ({@code KC_...}), e.g. runtime SPI options
     */
    public record Settings(Path distributionZip, Path installRoot, Path realmFile, String jdbcUrl, String dbUsername,
                           String dbPassword, int httpPort, int managementPort, Map<String, String> realmVariables,
                           Path logFile, List<Path> providers, Map<String, String> serverOptions) {

        /** Settings without extensions and without extra server options. */
        public Settings(Path distributionZip, Path installRoot, Path realmFile, String jdbcUrl, String dbUsername,
                        String dbPassword, int httpPort, int managementPort, Map<String, String> realmVariables,
                        Path logFile) {
            this(distributionZip, installRoot, realmFile, jdbcUrl, dbUsername, dbPassword, httpPort, managementPort,
                    realmVariables, logFile, List.of(), Map.of());
        }

        public Settings {
            Objects.requireNonNull(distributionZip, "distributionZip");
            Objects.requireNonNull(installRoot, "installRoot");
            Objects.requireNonNull(realmFile, "realmFile");
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(dbUsername, "dbUsername");
            Objects.requireNonNull(dbPassword, "dbPassword");
            Objects.requireNonNull(logFile, "logFile");
            realmVariables = Map.copyOf(realmVariables == null ? Map.of() : realmVariables);
            realmVariables.keySet().forEach(name -> {
                if (!VARIABLE_NAME.matcher(name).matches() || name.startsWith("KC_")) {
                    throw new IllegalArgumentException("Not usable as a realm variable name: " + name);
                }
            });
            if (httpPort <= 0 || managementPort <= 0 || httpPort == managementPort) {
                throw new IllegalArgumentException("Two different fixed ports are needed, got " + httpPort + " and " + managementPort);
            }
            distributionZip = distributionZip.toAbsolutePath().normalize();
            installRoot = installRoot.toAbsolutePath().normalize();
            realmFile = realmFile.toAbsolutePath().normalize();
            logFile = logFile.toAbsolutePath().normalize();
            providers = (providers == null ? List.<Path>of() : providers).stream()
                    .map(jar -> jar.toAbsolutePath().normalize())
                    .toList();
            var providerNames = new HashSet<Path>();
            for (var jar : providers) {
                if (!jar.getFileName().toString().endsWith(".jar")) {
                    throw new IllegalArgumentException("Not a provider jar: " + jar);
                }
                if (!providerNames.add(jar.getFileName())) {
                    throw new IllegalArgumentException("Two provider jars with the same name: " + jar.getFileName());
                }
            }
            serverOptions = Map.copyOf(serverOptions == null ? Map.of() : serverOptions);
            serverOptions.keySet().forEach(name -> {
                if (!VARIABLE_NAME.matcher(name).matches() || !name.startsWith("KC_") || RESERVED_OPTIONS.contains(name)) {
                    throw new IllegalArgumentException("Not usable as a Keycloak option variable: " + name);
                }
            });
        }

        /** The same settings with another log file (e.g. for a restart). */
        public Settings withLogFile(Path otherLogFile) {
            return new Settings(distributionZip, installRoot, realmFile, jdbcUrl, dbUsername, dbPassword, httpPort,
                    managementPort, realmVariables, otherLogFile, providers, serverOptions);
        }

        @Override
        public String toString() {
            // option values may be secrets (key store passwords): names only
            return "Settings[installRoot=" + installRoot + ", realmFile=" + realmFile + ", jdbcUrl=" + jdbcUrl
                    + ", httpPort=" + httpPort + ", managementPort=" + managementPort + ", providers=" + providers
                    + ", serverOptions=" + serverOptions.keySet() + "]";
        }
    }

    private KeycloakServer(Settings settings, Process process) {
        this.settings = settings;
        this.process = process;
        this.shutdownHook = new Thread(this::stop, "keycloak-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Installs (when needed) and starts Keycloak, and blocks until it is ready and serves the realm.
     *
     * @throws IllegalStateException with the tail of the Keycloak log when it does not come up
     */
    public static KeycloakServer start(Settings settings) {
        requireFile(settings.distributionZip(), "Keycloak distribution zip");
        requireFile(settings.realmFile(), "realm file");
        settings.providers().forEach(jar -> requireFile(jar, "provider jar"));
        requireFreePort(settings.httpPort());
        requireFreePort(settings.managementPort());
        var realm = realmName(settings.realmFile());
        try {
            Files.createDirectories(settings.logFile().getParent());
            Files.writeString(settings.logFile(), "");
            var started = Instant.now();
            var home = KeycloakInstallation.prepare(settings, KeycloakServer::runBuild);
            var command = startCommand(home, settings);
            log.info("Starting Keycloak: {} (log: {})", String.join(" ", command), settings.logFile());
            var builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()));
            configureEnvironment(builder.environment());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            builder.environment().put("KC_DB_PASSWORD", settings.dbPassword());
            builder.environment().putAll(settings.realmVariables());
            builder.environment().putAll(settings.serverOptions());
            var server = new KeycloakServer(settings, builder.start());
            try {
                server.awaitReady(realm);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            log.info("Keycloak is ready on {} after {} s (admin console {}/admin, admin/admin)", server.baseUrl(),
                    Duration.between(started, Instant.now()).toSeconds(), server.baseUrl());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak could not start", e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + settings.httpPort();
    }

    public String managementUrl() {
        return "http://localhost:" + settings.managementPort();
    }

    public String issuerUri(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    public Path logFile() {
        return settings.logFile();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Stops Keycloak: SIGTERM, up to 20 s for a clean shutdown, then kill. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to run; stop() is idempotent
        }
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        // kc.sh forwards SIGTERM to its java child; remember the children in case the script is gone first.
        var processes = new ArrayList<ProcessHandle>();
        processes.add(process.toHandle());
        process.descendants().forEach(processes::add);
        process.destroy();
        var deadline = Instant.now().plus(STOP_TIMEOUT);
        for (var handle : processes) {
            var remaining = Duration.between(Instant.now(), deadline);
            try {
                if (!remaining.isNegative()) {
                    handle.onExit().get(remaining.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (Exception timeoutOrInterrupt) {
                if (timeoutOrInterrupt instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        var killed = false;
        for (var handle : processes) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
                killed = true;
            }
        }
        log.info(killed ? "Keycloak did not stop within {} s and was killed" : "Keycloak stopped", STOP_TIMEOUT.toSeconds());
    }

    private void awaitReady(String realm) {
        var deadline = Instant.now().plus(READY_TIMEOUT);
        try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            awaitOk(http, URI.create(managementUrl() + "/health/ready"), deadline);
            awaitOk(http, URI.create(issuerUri(realm) + "/.well-known/openid-configuration"), deadline);
        }
    }

    private void awaitOk(HttpClient http, URI uri, Instant deadline) {
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        var lastStatus = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw failure("Keycloak exited with code " + process.exitValue() + " before " + uri + " answered");
            }
            try {
                var response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                lastStatus = "HTTP " + response.statusCode();
            } catch (IOException notYetListening) {
                lastStatus = notYetListening.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("Interrupted while waiting for " + uri);
            }
            sleep(Duration.ofSeconds(1));
        }
        throw failure("Keycloak did not answer " + uri + " with 200 within " + READY_TIMEOUT.toSeconds()
                + " s (last: " + lastStatus + ")");
    }

    private IllegalStateException failure(String message) {
        return new IllegalStateException(message + "\n--- last lines of " + settings.logFile() + " ---\n"
                + logTail(settings.logFile()));
    }

    static List<String> startCommand(Path home, Settings settings) {
        return List.of(
                home.resolve("bin/kc.sh").toString(),
                "start",
                "--optimized",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + settings.httpPort(),
                "--http-management-host=127.0.0.1",
                "--http-management-port=" + settings.managementPort(),
                "--hostname-strict=false",
                "--import-realm",
                "--db-url=" + settings.jdbcUrl(),
                "--db-username=" + settings.dbUsername(),
                // one line per readiness poll otherwise
                "--log-level=INFO,io.smallrye.health:WARN");
    }

    private static void runBuild(Path home, Settings settings) {
        var command = new ArrayList<String>();
        command.add(home.resolve("bin/kc.sh").toString());
        command.add("build");
        command.addAll(BUILD_OPTIONS);
        log.info("Building Keycloak (once per installation and options): {}", String.join(" ", command));
        var started = Instant.now();
        try {
            var builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()));
            configureEnvironment(builder.environment());
            var build = builder.start();
            if (!build.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                build.descendants().forEach(ProcessHandle::destroyForcibly);
                build.destroyForcibly();
                throw new IllegalStateException("kc.sh build did not finish within " + BUILD_TIMEOUT.toSeconds()
                        + " s\n" + logTail(settings.logFile()));
            }
            if (build.exitValue() != 0) {
                throw new IllegalStateException("kc.sh build failed with exit code " + build.exitValue() + "\n"
                        + logTail(settings.logFile()));
            }
            log.info("Keycloak build finished in {} s", Duration.between(started, Instant.now()).toSeconds());
        } catch (IOException e) {
            throw new UncheckedIOException("kc.sh build could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during kc.sh build", e);
        }
    }

    /** Runs Keycloak on our JVM, and keeps configuration from the caller's environment out of it. */
    private static void configureEnvironment(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("KEYCLOAK_")
                || name.startsWith("JAVA_OPTS") || name.equals("JAVA") || name.equals("DEBUG")
                || name.equals("DEBUG_PORT") || name.equals("DEBUG_SUSPEND"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
    }

    static String realmName(Path realmFile) {
        try {
            var matcher = REALM_NAME.matcher(Files.readString(realmFile, StandardCharsets.UTF_8));
            if (!matcher.find()) {
                throw new IllegalArgumentException("No \"realm\" name in " + realmFile);
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String logTail(Path logFile) {
        try {
            var lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e + ")";
        }
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The " + what + " does not exist: " + file);
        }
    }

    private static void requireFreePort(int port) {
        try (var socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " is in use (another Keycloak still running?)", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Copies a file so that readers see either the old or the new content. */
    static void copyAtomically(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        var temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
