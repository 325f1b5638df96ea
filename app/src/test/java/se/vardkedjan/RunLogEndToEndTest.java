package se.vardkedjan;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last step of the end-to-end run (ordered last by the Failsafe configuration's class orderer): the app's log of
 * the whole run, which Failsafe has it write as JSON to {@code target/e2e-logs/app.log} (ADR 0032), holds no Swedish
 * personal identity number or samordningsnummer and no name of a person the run met ({@link PersonalDataInLogs}), and
 * every line is JSON, a request's lines with its request id and trace id. It reads only this run's lines (this JVM's
 * process id, written since it started), and fails if there are none or the app's start and a request of its own are
 * missing from them, so a missing, empty or stale file cannot pass. After the run, the metrics' labels hold no ids,
 * numbers or names either.
 */
@Order(Integer.MAX_VALUE)
class RunLogEndToEndTest extends EndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UUID_LIKE = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRunsLogHoldsNoPersonalIdentityNumberOrNameAndEveryLineIsJson() throws Exception {
        // A request of the check's own, so that this run's file must hold a line of a request.
        var requestId = "run-log-check-" + UUID.randomUUID();
        try (var http = HttpClient.newHttpClient()) {
            var refused = http.send(HttpRequest.newBuilder(URI.create(EndToEndStack.appUrl() + "/api/v1/me"))
                    .header("X-Request-Id", requestId).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
        }
        var names = namesOfPersonsTheRunMet();
        assertThat(names).as("names to look for").contains("erik johansson", "anna lindqvist");
        var personalData = new PersonalDataInLogs(names, LocalDate.now(ZoneId.of("Europe/Stockholm")));

        var lines = linesOfThisRun(requestId);

        var findings = new ArrayList<String>();
        for (var line : lines) {
            personalData.inLine(line.json()).forEach(found -> findings.add(found + " in line " + line.number()));
        }
        assertThat(findings).as("personal data in this run's lines of " + appLog()).isEmpty();
        // Ten digits from the clock that read as a samordningsnummer only on some days; checked by name, not by luck.
        assertThat(lines).as("Liquibase's clock-made deployment id in this run's lines")
                .noneSatisfy(line -> assertThat(line.json().path("message").asString("")).contains("deploymentId"));
    }

    @Test
    void theMetricsLabelsAfterTheRunHoldNoIdsNumbersOrNames() throws Exception {
        String metrics;
        try (var http = HttpClient.newHttpClient()) {
            // At least one request of this run is counted, whatever ran before.
            http.send(HttpRequest.newBuilder(URI.create(EndToEndStack.appUrl() + "/utloggad")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + EndToEndStack.managementPort() + "/actuator/prometheus")).header("Accept", "text/plain").GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            metrics = response.body();
        }
        assertThat(metrics).contains("http_server_requests_seconds_count{");
        var personalData = new PersonalDataInLogs(namesOfPersonsTheRunMet(), LocalDate.now(ZoneId.of(
                "Europe/Stockholm")));
        var labels = LABEL.matcher(metrics);
        while (labels.find()) {
            var value = labels.group(2);
            assertThat(personalData.inText(value)).as(labels.group()).isEmpty();
            if (labels.group(1).equals("uri")) {
                assertThat(UUID_LIKE.matcher(value).find()).as(labels.group()).isFalse();
                assertThat(value).as(labels.group()).doesNotContainPattern("\\d{4}");
            }
        }
    }

    /** A line of the app's log file, parsed. */
    private record Line(int number, JsonNode json) {
    }

    private static Path appLog() {
        return Path.of(System.getProperty("vardkedjan.e2e.app-log", "target/e2e-logs/app.log"));
    }

    /**
     * The file's lines written by this JVM since it started, each parsed as JSON; asserts that every line of the file
     * is JSON and that this run's lines include the app's start and the request {@code requestId} with its trace id.
     */
    private static List<Line> linesOfThisRun(String requestId) throws IOException, InterruptedException {
        var file = appLog();
        assertThat(file).as("the app's log of the end-to-end run").isRegularFile();
        var pid = ProcessHandle.current().pid();
        var started = ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH);
        // The request's lines are written as it is handled; give the file a moment.
        for (int attempt = 0; attempt < 50; attempt++) {
            var lines = new ArrayList<Line>();
            var number = 0;
            for (var raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                JsonNode json;
                try {
                    json = JSON.readTree(raw);
                } catch (RuntimeException notJson) {
                    throw new AssertionError("Line " + number + " of " + file + " is not JSON: " + raw, notJson);
                }
                var at = Instant.parse(json.path("@timestamp").asString());
                if (json.path("process").path("pid").asLong(-1) == pid && !at.isBefore(started)) {
                    lines.add(new Line(number, json));
                }
            }
            var request = lines.stream().filter(line -> requestId.equals(line.json().path("requestId").asString("")))
                    .toList();
            if (!request.isEmpty()) {
                assertThat(lines).as("this run's lines include the app's start").anySatisfy(line -> assertThat(
                        line.json().path("message").asString()).matches("Started \\w+ in [\\d.,]+ seconds.*"));
                assertThat(request).allSatisfy(line -> assertThat(line.json().path("traceId").asString(""))
                        .matches("[0-9a-f]{32}"));
                assertThat(lines.size()).as("this run's lines").isGreaterThan(request.size());
                return lines;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No line of the request " + requestId + " in " + file + " from this run (process "
                + pid + "): the app does not log there");
    }

    /**
     * The full names, in lower case, of every person the run met: the persons registered in its database, the staff in
     * the organisation register and the demo realm, and the BankID simulator's test persons.
     */
    private TreeSet<String> namesOfPersonsTheRunMet() throws IOException, InterruptedException {
        var names = new TreeSet<String>();
        jdbc.sql("SELECT given_name || ' ' || family_name FROM casehandling.persons").query(String.class).list()
                .forEach(names::add);
        jdbc.sql("SELECT display_name FROM organisation.staff_members").query(String.class).list().forEach(names::add);
        var realm = JSON.readTree(Files.readString(Path.of(System.getProperty("vardkedjan.realm.file"))));
        for (var user : realm.path("users")) {
            names.add(user.path("firstName").asString() + " " + user.path("lastName").asString());
        }
        var persons = bankIdTesterGet("/api/persons");
        for (var person : JSON.readTree(persons)) {
            names.add(person.path("givenName").asString() + " " + person.path("surname").asString());
        }
        var lower = new TreeSet<String>();
        names.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).forEach(lower::add);
        return lower;
    }

    private static String bankIdTesterGet(String path) throws IOException, InterruptedException {
        var base = EndToEndStack.bankId().testerUrl().replaceAll("/+$", "");
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }
}
