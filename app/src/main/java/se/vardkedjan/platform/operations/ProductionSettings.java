package se.vardkedjan.platform.operations;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which environment the app runs in, and what production refuses (ADR 0032). The jar on its own is production: only
 * the run command, the tests and the benchmarks say {@code vardkedjan.environment=development}. In production the app
 * stops before anything starts when a setting is missing or is a development one, with one message that lists every
 * problem and the variable that fixes it ({@link ProductionSettingsFailureAnalyzer}); a complete production setting
 * gets JSON logs on the console, without the banner, unless the operator chose otherwise.
 *
 * <p>An {@code EnvironmentPostProcessor}, so that it runs after the configuration is read and before logging and any
 * bean: nothing connects to the database or Keycloak with a refused setting, and the log format is settled before the
 * first line.
 */
class ProductionSettings implements EnvironmentPostProcessor, Ordered {

    static final String ENVIRONMENT = "vardkedjan.environment";
    static final String PRODUCTION = "production";
    static final String DEVELOPMENT = "development";

    /** The console's JSON format in production unless {@code logging.structured.format.console} says otherwise. */
    static final String JSON_LOG_FORMAT = "ecs";

    /**
     * Every secret the demo realm ({@code keycloak-realm/realm/vardkedjan-realm.json}) holds: its clients' secrets and
     * the demo accounts' password. {@code ProductionSettingsTests} reads the realm file and fails when one is missing
     * here.
     */
    static final Set<String> DEMO_REALM_SECRETS = Set.of("vardkedjan-staff-dev-secret", "vardkedjan-portal-dev-secret",
            "provider-solgarden-hvb-dev-secret", "provider-nykter-vag-oppenvard-dev-secret", "demo-vardkedjan");

    /** The BankID simulator's default ports: its RP API and its tester page (dev/launcher). */
    private static final Set<Integer> SIMULATOR_PORTS = Set.of(8290, 8190);
    private static final Pattern URL = Pattern.compile("https?://[^\\s,;\"'<>]+", Pattern.CASE_INSENSITIVE);

    private final Log log;

    ProductionSettings(DeferredLogFactory logs) {
        this.log = logs.getLog(ProductionSettings.class);
    }

    @Override
    public int getOrder() {
        // After the configuration files, the environment variables and the command line are read.
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var kind = environment.getProperty(ENVIRONMENT, PRODUCTION).strip().toLowerCase(Locale.ROOT);
        switch (kind) {
            case DEVELOPMENT -> log.warn("Vårdkedjan runs as development (VARDKEDJAN_ENVIRONMENT=development): "
                    + "development settings are not refused. Never set this in production.");
            case PRODUCTION -> {
                var problems = problems(environment);
                if (!problems.isEmpty()) {
                    throw new ProductionSettingsRefused(problems);
                }
                // JSON on the console, one object a line, with no banner before it: defaults an operator may change.
                environment.getPropertySources().addLast(new MapPropertySource("vardkedjan-production-defaults",
                        Map.of("logging.structured.format.console", JSON_LOG_FORMAT, "spring.main.banner-mode", "off")));
            }
            default -> throw new ProductionSettingsRefused(List.of(new Problem("VARDKEDJAN_ENVIRONMENT",
                    "is \"" + kind + "\": it is production (the default, leave it unset) or development (the run "
                            + "command and the tests only)")));
        }
    }

    /** A setting production refuses: the variable to set and what is wrong with it. */
    record Problem(String variable, String reason) {

        @Override
        public String toString() {
            return variable + " " + reason;
        }
    }

    /** Every problem of the settings for production; empty when the app may start. */
    static List<Problem> problems(Environment environment) {
        var problems = new ArrayList<Problem>();
        issuer(environment, problems);
        clientSecret(environment, "staff", problems);
        clientSecret(environment, "portal", problems);
        if (environment.getProperty("vardkedjan.demo-data.enabled", Boolean.class, false)) {
            problems.add(new Problem("VARDKEDJAN_DEMODATA_ENABLED", "is true (vardkedjan.demo-data.enabled): demo data "
                    + "is generated by the run command only; remove the setting"));
        }
        if (!environment.getProperty("server.servlet.session.cookie.secure", Boolean.class, false)) {
            problems.add(new Problem("VARDKEDJAN_SECURE_COOKIES", "is not true: the session cookie must be sent over "
                    + "HTTPS only; set VARDKEDJAN_SECURE_COOKIES=true"));
        }
        proxyHeaders(environment, problems);
        managementPort(environment, problems);
        databasePasswords(environment, problems);
        bankIdSimulator(environment, problems);
        return problems;
    }

    private static void issuer(Environment environment, List<Problem> problems) {
        var issuer = environment.getProperty("vardkedjan.identity.issuer-uri", "").strip();
        if (issuer.isEmpty()) {
            problems.add(new Problem("VARDKEDJAN_IDENTITY_ISSUER_URI", "is not set: give the Keycloak realm's https "
                    + "address, e.g. https://login.example.se/realms/vardkedjan"));
            return;
        }
        URI uri;
        try {
            uri = URI.create(issuer);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            problems.add(new Problem("VARDKEDJAN_IDENTITY_ISSUER_URI", "is " + issuer + ": production logs in "
                    + "through Keycloak over https only (browsers are sent there with their session); give the "
                    + "realm's https address, e.g. https://login.example.se/realms/vardkedjan"));
        }
    }

    private static void clientSecret(Environment environment, String client, List<Problem> problems) {
        var variable = "VARDKEDJAN_IDENTITY_" + client.toUpperCase(Locale.ROOT) + "_CLIENT_SECRET";
        var secret = environment.getProperty("vardkedjan.identity." + client + ".client-secret", "").strip();
        if (secret.isEmpty()) {
            problems.add(new Problem(variable, "is not set: give the " + client + " client's secret from the "
                    + "production realm (Clients → Credentials)"));
        } else if (isDemoRealmSecret(secret)) {
            problems.add(new Problem(variable, "is the demo realm's secret (development only): regenerate the "
                    + client + " client's secret in the production realm and give it here"));
        }
    }

    /** One of the demo realm's secrets, or anything named like them ({@code *-dev-secret}). */
    static boolean isDemoRealmSecret(String secret) {
        return DEMO_REALM_SECRETS.contains(secret) || secret.toLowerCase(Locale.ROOT).endsWith("-dev-secret");
    }

    /**
     * The app speaks plain HTTP behind the proxy that ends TLS, unless it is given a certificate itself. Then it must
     * take the proxy's {@code X-Forwarded-*} headers: without them it believes every request came over plain HTTP, so
     * its login redirects, the Secure cookie and HSTS are wrong.
     */
    private static void proxyHeaders(Environment environment, List<Problem> problems) {
        var ownTls = environment.getProperty("server.ssl.enabled", Boolean.class, true)
                && (environment.containsProperty("server.ssl.bundle")
                || environment.containsProperty("server.ssl.key-store")
                || environment.containsProperty("server.ssl.certificate"));
        var strategy = environment.getProperty("server.forward-headers-strategy", "none").strip()
                .toLowerCase(Locale.ROOT);
        if (!ownTls && !strategy.equals("native") && !strategy.equals("framework")) {
            problems.add(new Problem("SERVER_FORWARD_HEADERS_STRATEGY", "is " + strategy + " while the app serves "
                    + "plain HTTP: behind the TLS-ending proxy set it to native (the default; the proxies' addresses "
                    + "in SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES when they are not in a private network), or give the "
                    + "app a certificate (SERVER_SSL_BUNDLE)"));
        }
    }

    /** Health and metrics are for the load balancer and Prometheus, on a port of their own that the public never sees. */
    private static void managementPort(Environment environment, List<Problem> problems) {
        var management = environment.getProperty("management.server.port", Integer.class);
        var server = environment.getProperty("server.port", Integer.class, 8080);
        if (management == null || management <= 0 || management.equals(server)) {
            problems.add(new Problem("VARDKEDJAN_MANAGEMENT_PORT", "is " + (management == null ? "not set" : management)
                    + ": health and metrics need a fixed port of their own, not the app's port " + server
                    + ", reachable by the load balancer and Prometheus only"));
        }
    }

    private static void databasePasswords(Environment environment, List<Problem> problems) {
        if (environment.getProperty("spring.datasource.password", "").isBlank()) {
            problems.add(new Problem("VARDKEDJAN_DATABASE_PASSWORD", "is not set: the password of the app role "
                    + environment.getProperty("spring.datasource.username", "") + " (there are no default passwords)"));
        }
        var migrates = environment.getProperty("spring.liquibase.enabled", Boolean.class, true);
        if (migrates && environment.getProperty("spring.liquibase.password", "").isBlank()) {
            problems.add(new Problem("VARDKEDJAN_DATABASE_OWNER_PASSWORD", "is not set: the password of the owner "
                    + environment.getProperty("spring.liquibase.user", "") + ", which runs the changelog (or set "
                    + "SPRING_LIQUIBASE_ENABLED=false where the changelog runs in a step of its own)"));
        }
    }

    /**
     * The app itself reads no BankID setting (BankID runs inside Keycloak, ADR 0008), so a BankID address anywhere in
     * its settings — environment variables, system properties, arguments, configuration files — was copied from a
     * development setup: the local simulator (an RP API on this machine, or its default ports) or BankID's test service.
     */
    private static void bankIdSimulator(Environment environment, List<Problem> problems) {
        if (!(environment instanceof ConfigurableEnvironment configurable)) {
            return;
        }
        var found = new LinkedHashMap<String, String>();
        for (var source : configurable.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> enumerable)) {
                continue;
            }
            for (var name : enumerable.getPropertyNames()) {
                var value = enumerable.getProperty(name);
                if (value != null && namesADevelopmentBankId(value.toString())) {
                    found.putIfAbsent(name, value.toString());
                }
            }
        }
        found.forEach((name, value) -> problems.add(new Problem(name, "names a development BankID service ("
                + value.strip() + "): the BankID simulator or BankID's test service. Remove it; production's BankID "
                + "is Keycloak's setting (KC_SPI_AUTHENTICATOR__VARDKEDJAN_BANKID__SERVICE_URL, "
                + "https://appapi2.bankid.com/rp/v6.0/)")));
    }

    /** A URL to the BankID simulator (on this machine: its RP API, or its default ports) or BankID's test service. */
    static boolean namesADevelopmentBankId(String value) {
        var urls = URL.matcher(value);
        while (urls.find()) {
            URI uri;
            try {
                uri = URI.create(urls.group());
            } catch (IllegalArgumentException e) {
                continue;
            }
            var host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            var path = uri.getPath() == null ? "" : uri.getPath();
            var loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
                    || host.equals("::1");
            if (loopback && (SIMULATOR_PORTS.contains(uri.getPort()) || path.startsWith("/rp/v"))) {
                return true;
            }
            if (host.equals("test.bankid.com") || host.endsWith(".test.bankid.com")) {
                return true;
            }
        }
        return false;
    }
}
