package se.vardkedjan.bankid.keycloak.rp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vardkedjan.bankid.keycloak.rp.BankIdException.ErrorCode;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against a small local HTTPS server that, like BankID, demands our client certificate. */
class BankIdRelyingPartyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final char[] PASSWORD = "qwerty123".toCharArray();

    private HttpsServer server;
    private BankIdRelyingParty client;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> requests = new ConcurrentHashMap<>();

    private record Answer(int status, String contentType, String body) {
    }

    @BeforeEach
    void startServer() throws Exception {
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        var serverContext = serverTls();
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext) {
            @Override
            public void configure(HttpsParameters parameters) {
                var sslParameters = serverContext.getDefaultSSLParameters();
                sslParameters.setNeedClientAuth(true);
                parameters.setSSLParameters(sslParameters);
            }
        });
        server.createContext("/rp/v6.0/", exchange -> {
            var method = exchange.getRequestURI().getPath().substring("/rp/v6.0/".length());
            var body = exchange.getRequestBody().readAllBytes();
            requests.put(method, JSON.readTree(body));
            requests.put(method + ":content-type", JSON.getNodeFactory().textNode(
                    exchange.getRequestHeaders().getFirst("Content-Type")));
            var answer = answers.getOrDefault(method, new Answer(404, "application/json",
                    "{\"errorCode\":\"notFound\",\"details\":\"No such method\"}"));
            var bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        client = BankIdRelyingParty.create(new RelyingPartySettings(
                URI.create("https://localhost:" + server.getAddress().getPort() + "/rp/v6.0"),
                resource("client.p12"), PASSWORD, resource("ca.pem")));
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.stop(0);
    }

    @Test
    void authSendsTheEndUsersIpAndReturnsTheOrder() {
        answer("auth", 200, """
                {"orderRef":"131daac9-16c6-4618-beb0-365768f37288","autoStartToken":"7c40b5c9-fa74-49cf-b98c-bfe651f9a7c6",
                 "qrStartToken":"67df3917-fa0d-44e5-b327-edcc928297f8","qrStartSecret":"d28db9a7-4cde-429e-a983-359be676944c"}""");

        var order = client.auth("192.0.2.10", null);

        assertThat(order.orderRef()).isEqualTo("131daac9-16c6-4618-beb0-365768f37288");
        assertThat(order.autoStartToken()).isEqualTo("7c40b5c9-fa74-49cf-b98c-bfe651f9a7c6");
        assertThat(order.qrStartToken()).isEqualTo("67df3917-fa0d-44e5-b327-edcc928297f8");
        assertThat(order.qrStartSecret()).isEqualTo("d28db9a7-4cde-429e-a983-359be676944c");
        assertThat(order.toString()).doesNotContain("d28db9a7");
        assertThat(requests.get("auth").get("endUserIp").asText()).isEqualTo("192.0.2.10");
        assertThat(requests.get("auth").has("userVisibleData")).isFalse();
        assertThat(requests.get("auth:content-type").asText()).isEqualTo("application/json");
    }

    @Test
    void textsForTheAppAreSentAsBase64() {
        var started = "{\"orderRef\":\"o\",\"autoStartToken\":\"a\",\"qrStartToken\":\"q\",\"qrStartSecret\":\"s\"}";
        answer("auth", 200, started);
        answer("sign", 200, started);

        client.auth("192.0.2.10", "Logga in i Vårdkedjan");
        client.sign("192.0.2.10", "Jag godkänner planen", new byte[]{1, 2, 3});

        assertThat(decode(requests.get("auth").get("userVisibleData"))).isEqualTo("Logga in i Vårdkedjan");
        assertThat(decode(requests.get("sign").get("userVisibleData"))).isEqualTo("Jag godkänner planen");
        assertThat(requests.get("sign").get("userNonVisibleData").asText()).isEqualTo("AQID");
        assertThatThrownBy(() -> client.sign("192.0.2.10", " ", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void collectTellsPendingFailedAndComplete() {
        answer("collect", 200, "{\"orderRef\":\"o1\",\"status\":\"pending\",\"hintCode\":\"outstandingTransaction\"}");
        assertThat(client.collect("o1")).isEqualTo(new CollectResult.Pending("o1", "outstandingTransaction"));
        assertThat(requests.get("collect").get("orderRef").asText()).isEqualTo("o1");

        answer("collect", 200, "{\"orderRef\":\"o1\",\"status\":\"failed\",\"hintCode\":\"expiredTransaction\"}");
        assertThat(client.collect("o1")).isEqualTo(new CollectResult.Failed("o1", "expiredTransaction"));

        answer("collect", 200, """
                {"orderRef":"o1","status":"complete","completionData":{
                  "user":{"personalNumber":"198112289874","name":"Karl Karlsson","givenName":"Karl","surname":"Karlsson"},
                  "device":{"ipAddress":"192.0.2.10","uhi":"OZvYM9VvyiAmG7NA5jU5zRGcG3Mb5YZDxX8sVgG/y2Q="},
                  "bankIdIssueDate":"2020-02-01","stepUp":{"mrtd":false},"signature":"PD94bWw=","ocspResponse":"MIIHfgoBAKCCB3c="}}""");
        var complete = (CollectResult.Complete) client.collect("o1");
        var data = complete.completionData();
        assertThat(data.user()).isEqualTo(new CompletionData.User("198112289874", "Karl Karlsson", "Karl", "Karlsson"));
        assertThat(data.device().ipAddress()).isEqualTo("192.0.2.10");
        assertThat(data.bankIdIssueDate()).isEqualTo("2020-02-01");
        assertThat(data.signature()).isEqualTo("PD94bWw=");
        assertThat(data.ocspResponse()).isEqualTo("MIIHfgoBAKCCB3c=");
        assertThat(complete.toString()).doesNotContain("198112289874");
    }

    @Test
    void cancelSendsTheOrderReference() {
        answer("cancel", 200, "{}");
        client.cancel("o2");
        assertThat(requests.get("cancel").get("orderRef").asText()).isEqualTo("o2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "400 | {\"errorCode\":\"alreadyInProgress\",\"details\":\"Order already in progress\"} | ALREADY_IN_PROGRESS",
            "400 | {\"errorCode\":\"invalidParameters\",\"details\":\"Invalid orderRef\"}           | INVALID_PARAMETERS",
            "401 | {\"errorCode\":\"unauthorized\",\"details\":\"No access\"}                       | UNAUTHORIZED",
            "403 | ''                                                                              | UNAUTHORIZED",
            "404 | {\"errorCode\":\"notFound\",\"details\":\"\"}                                    | NOT_FOUND",
            "405 | {\"errorCode\":\"methodNotAllowed\"}                                            | METHOD_NOT_ALLOWED",
            "408 | {\"errorCode\":\"requestTimeout\",\"details\":\"Timeout\"}                       | REQUEST_TIMEOUT",
            "415 | {\"errorCode\":\"unsupportedMediaType\"}                                        | UNSUPPORTED_MEDIA_TYPE",
            "500 | {\"errorCode\":\"internalError\",\"details\":\"Internal error\"}                 | INTERNAL_ERROR",
            "503 | {\"errorCode\":\"maintenance\",\"details\":\"Maintenance\"}                      | MAINTENANCE",
            "503 | <html>Service Unavailable</html>                                                | MAINTENANCE",
            "502 | <html>Bad gateway</html>                                                        | INTERNAL_ERROR",
            "400 | {\"errorCode\":\"somethingNew\"}                                                | INVALID_PARAMETERS",
            "418 | ''                                                                              | UNKNOWN"})
    void errorResponsesBecomeTypedErrors(int status, String body, ErrorCode expected) {
        answer("auth", status, body);

        assertThatThrownBy(() -> client.auth("192.0.2.10", null))
                .isInstanceOfSatisfying(BankIdException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(expected);
                    assertThat(e.httpStatus()).isEqualTo(status);
                });
    }

    @Test
    void aMalformedAnswerIsAnError() {
        answer("auth", 200, "{\"orderRef\":\"o\"}");
        assertThatThrownBy(() -> client.auth("192.0.2.10", null))
                .isInstanceOfSatisfying(BankIdException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNKNOWN));
        answer("collect", 200, "{\"orderRef\":\"o\",\"status\":\"weird\"}");
        assertThatThrownBy(() -> client.collect("o"))
                .isInstanceOfSatisfying(BankIdException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNKNOWN));
    }

    @Test
    void anUnreachableServiceIsACommunicationFailure() {
        var port = server.getAddress().getPort();
        server.stop(0);
        assertThatThrownBy(() -> client.collect("o"))
                .isInstanceOfSatisfying(BankIdException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.COMMUNICATION_FAILURE);
                    assertThat(e.httpStatus()).isZero();
                    assertThat(e.getMessage()).contains("localhost");
                });
        assertThat(port).isPositive();
    }

    @Test
    void aServerSignedByAnotherCaIsNotTrusted(@org.junit.jupiter.api.io.TempDir Path temporary) throws Exception {
        var otherCa = temporary.resolve("other-ca.pem");
        // any CA but ours: the client certificate's own chain has the right CA, so use the JDK's first trusted root
        var roots = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        roots.init((KeyStore) null);
        var someRoot = ((javax.net.ssl.X509TrustManager) roots.getTrustManagers()[0]).getAcceptedIssuers()[0];
        Files.writeString(otherCa, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(someRoot.getEncoded()) + "\n-----END CERTIFICATE-----\n");
        answer("cancel", 200, "{}");
        try (var distrustful = BankIdRelyingParty.create(new RelyingPartySettings(client.serviceUrl(),
                resource("client.p12"), PASSWORD, otherCa))) {
            assertThatThrownBy(() -> distrustful.cancel("o"))
                    .isInstanceOfSatisfying(BankIdException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.COMMUNICATION_FAILURE))
                    // the server's certificate was refused, not some other I/O failure such as a server that is down
                    .hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
        }
        client.cancel("o"); // the same server, trusted by our CA, answers
    }

    @Test
    void onlyHttpsServiceUrlsAreAccepted() {
        assertThatThrownBy(() -> new RelyingPartySettings(URI.create("http://localhost/rp/v6.0/"),
                Path.of("x.p12"), PASSWORD, Path.of("ca.pem"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(client.serviceUrl().toString()).endsWith("/rp/v6.0/");
    }

    private void answer(String method, int status, String body) {
        var json = body.startsWith("{");
        answers.put(method, new Answer(status, json ? "application/json" : "text/html", body));
    }

    private static String decode(JsonNode value) {
        return new String(Base64.getDecoder().decode(value.asText()), StandardCharsets.UTF_8);
    }

    private static Path resource(String name) {
        try {
            return Path.of(BankIdRelyingPartyTest.class.getResource("/tls/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SSLContext serverTls() throws Exception {
        var keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(resource("server.p12"))) {
            keys.load(in, PASSWORD);
        }
        var keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        var trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(resource("ca.pem"))) {
            trusted.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        var context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }
}
