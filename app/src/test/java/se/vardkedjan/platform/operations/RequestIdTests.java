package se.vardkedjan.platform.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request gets an id, which every log line written while it is handled carries beside the trace id, and which
 * the response names (ADR 0032): the proxy's {@code X-Request-Id} when it is a plain token, else a new one, so that a
 * client cannot put text of its choosing, or a personal identity number, into the log. The run command's and the
 * tests' human log format shows both as {@code [request id,trace id]}; production's JSON has them as fields.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTests {

    private static final Pattern GENERATED = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
            + "[0-9a-f]{12}");

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aRequestWithoutAnIdGetsANewOneInTheResponse() throws Exception {
        var first = get("/utloggad", Map.of()).headers().firstValue("X-Request-Id").orElseThrow();
        var second = get("/utloggad", Map.of()).headers().firstValue("X-Request-Id").orElseThrow();

        assertThat(first).matches(GENERATED);
        assertThat(second).matches(GENERATED).isNotEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7F000001:C0DE_7F000001:1F90_6750A1B2_0001:2B3C", "b1946ac92492d2347c6235b4d2611184",
            "haproxy-1.req.42"})
    void theProxysIdIsKeptAndAnswered(String id) throws Exception {
        var response = get("/utloggad", Map.of("X-Request-Id", id));

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc def", "id\"}, {\"level\":\"ERROR", "<script>", "198506154577", "req-19850615-4577",
            "850615-4577", "x8506154577y", "é-accent"})
    void anIdThatIsNoPlainTokenOrCouldBeAPersonalNumberIsReplaced(String given) throws Exception {
        var response = get("/utloggad", Map.of("X-Request-Id", given));

        assertThat(response.headers().firstValue("X-Request-Id").orElseThrow()).matches(GENERATED);
    }

    @Test
    void anIdLongerThanAHundredCharactersIsReplaced() throws Exception {
        var response = get("/utloggad", Map.of("X-Request-Id", "a".repeat(101)));

        assertThat(response.headers().firstValue("X-Request-Id").orElseThrow()).matches(GENERATED);
    }

    @Test
    void aLineLoggedWhileARequestIsHandledCarriesItsRequestIdAndTraceId(CapturedOutput output) throws Exception {
        var id = "test-" + UUID.randomUUID();
        // W3C trace context as a proxy (or another service) sends it: the app continues that trace.
        var trace = "0af7651916cd43dd8448eb211c80319c";
        var response = get("/api/v1/me", Map.of("X-Request-Id", id, "traceparent", "00-" + trace
                + "-b7ad6b7169203331-01", "Accept", "application/json"));
        assertThat(response.statusCode()).isEqualTo(401);

        // ApiRefusals logs the refused call at INFO while the request is handled.
        var line = output.toString().lines().filter(l -> l.contains("Refused an API call without a valid access token"))
                .filter(l -> l.contains(id)).findFirst();
        assertThat(line).as("the refusal's log line with the request id").isPresent();
        assertThat(line.orElseThrow()).contains("[" + id + "," + trace + "]");
    }

    @Test
    void aRequestWithoutTraceContextStartsATraceOfItsOwn(CapturedOutput output) throws Exception {
        var id = "test-" + UUID.randomUUID();
        get("/api/v1/me", Map.of("X-Request-Id", id, "Accept", "application/json"));

        var line = output.toString().lines().filter(l -> l.contains("Refused an API call without a valid access token"))
                .filter(l -> l.contains(id)).findFirst().orElseThrow();
        assertThat(line).containsPattern("\\[" + Pattern.quote(id) + ",[0-9a-f]{32}\\]");
    }

    @Test
    void aLineLoggedOutsideAnyRequestCarriesNoRequestId(CapturedOutput output) throws Exception {
        var id = "test-" + UUID.randomUUID();
        get("/api/v1/me", Map.of("X-Request-Id", id, "Accept", "application/json"));
        org.slf4j.LoggerFactory.getLogger(RequestIdTests.class).info("Outside any request");

        var line = output.toString().lines().filter(l -> l.contains("Outside any request")).findFirst().orElseThrow();
        assertThat(line).doesNotContain(id).contains("[,]");
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
