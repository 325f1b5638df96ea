package se.vardkedjan.bankid.keycloak.rp;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vardkedjan.platform.devstack.bankid.BankIdSimulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our relying-party client against the BankID simulator over mutual TLS, configured exactly as it would be for
 * BankID's test service (URL, PKCS#12 key store and password, trust anchor). The simulator's test API plays the user.
 */
class BankIdRelyingPartyAgainstSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;

    private static BankIdSimulator simulator;
    private static BankIdRelyingParty client;

    @BeforeAll
    static void start() {
        simulator = BankIdSimulator.start(BankIdSimulator.Settings.of(data, 0, 0));
        client = BankIdRelyingParty.create(new RelyingPartySettings(URI.create(simulator.rpBaseUrl()),
                simulator.rpClientKeyStore(), simulator.rpClientKeyStorePassword().toCharArray(),
                simulator.caCertificate()));
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    @Test
    void anApprovedLoginCompletesWithTheUsersIdentity() throws Exception {
        var order = client.auth("127.0.0.1", null);
        assertThat(client.collect(order.orderRef()))
                .isEqualTo(new CollectResult.Pending(order.orderRef(), "outstandingTransaction"));

        tester("/api/orders/" + order.orderRef() + "/scan", Map.of());
        assertThat(client.collect(order.orderRef()))
                .isEqualTo(new CollectResult.Pending(order.orderRef(), "userSign"));

        tester("/api/orders/" + order.orderRef() + "/approve",
                Map.of("personalNumber", "199001012385", "givenName", "Anna", "surname", "Andersson"));
        var result = client.collect(order.orderRef());

        assertThat(result).isInstanceOf(CollectResult.Complete.class);
        var user = ((CollectResult.Complete) result).completionData().user();
        assertThat(user.personalNumber()).isEqualTo("199001012385");
        assertThat(user.givenName()).isEqualTo("Anna");
        assertThat(user.surname()).isEqualTo("Andersson");
        assertThatThrownBy(() -> client.collect(order.orderRef())).isInstanceOf(BankIdException.class)
                .extracting(e -> ((BankIdException) e).errorCode()).isEqualTo(BankIdException.ErrorCode.INVALID_PARAMETERS);
    }

    @Test
    void aUserCancelIsAFailedOrder() throws Exception {
        var order = client.auth("127.0.0.1", null);
        tester("/api/orders/" + order.orderRef() + "/cancel", Map.of());
        assertThat(client.collect(order.orderRef())).isEqualTo(new CollectResult.Failed(order.orderRef(), "userCancel"));
    }

    @Test
    void anExpiredOrderIsAFailedOrder() throws Exception {
        var order = client.auth("127.0.0.1", null);
        tester("/api/orders/" + order.orderRef() + "/expire", Map.of());
        assertThat(client.collect(order.orderRef()))
                .isEqualTo(new CollectResult.Failed(order.orderRef(), "expiredTransaction"));
    }

    @Test
    void anOrderAlreadyInProgressIsRefused() throws Exception {
        tester("/api/faults", Map.of("errorCode", "alreadyInProgress", "count", 1));
        assertThatThrownBy(() -> client.auth("127.0.0.1", null)).isInstanceOf(BankIdException.class)
                .extracting(e -> ((BankIdException) e).errorCode())
                .isEqualTo(BankIdException.ErrorCode.ALREADY_IN_PROGRESS);
    }

    @Test
    void serviceErrorsBecomeTypedErrors() throws Exception {
        tester("/api/faults", Map.of("errorCode", "maintenance", "count", 1));
        assertThatThrownBy(() -> client.auth("127.0.0.1", null)).isInstanceOf(BankIdException.class)
                .extracting(e -> ((BankIdException) e).errorCode()).isEqualTo(BankIdException.ErrorCode.MAINTENANCE);
        tester("/api/faults", Map.of("errorCode", "internalError", "count", 1));
        assertThatThrownBy(() -> client.auth("127.0.0.1", null)).isInstanceOf(BankIdException.class)
                .extracting(e -> ((BankIdException) e).errorCode()).isEqualTo(BankIdException.ErrorCode.INTERNAL_ERROR);
    }

    @Test
    void aCancelledOrderIsForgotten() {
        var order = client.auth("127.0.0.1", null);
        client.cancel(order.orderRef());
        assertThatThrownBy(() -> client.collect(order.orderRef())).isInstanceOf(BankIdException.class)
                .extracting(e -> ((BankIdException) e).errorCode()).isEqualTo(BankIdException.ErrorCode.INVALID_PARAMETERS);
    }

    @Test
    void aMalformedOrUnknownOrderRefIsRefused() {
        for (var orderRef : new String[] {"not-a-uuid", "3f1f3c2e-0000-4000-8000-000000000000"}) {
            assertThatThrownBy(() -> client.collect(orderRef)).as(orderRef).isInstanceOf(BankIdException.class)
                    .extracting(e -> ((BankIdException) e).errorCode())
                    .isEqualTo(BankIdException.ErrorCode.INVALID_PARAMETERS);
        }
    }

    private static void tester(String path, Map<String, Object> body) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(simulator.testerUrl().replaceAll("/+$", "") + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 299);
    }
}
