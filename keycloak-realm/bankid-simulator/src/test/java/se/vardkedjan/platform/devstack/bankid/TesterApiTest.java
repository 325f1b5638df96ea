package se.vardkedjan.platform.devstack.bankid;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TesterApiTest extends SimulatorTest {

    @Test
    void listsThePendingOrders() {
        JsonNode started = rp.auth();
        String done = rp.auth().get("orderRef").asString();
        tester.approve(done, "199001012385");

        var response = tester.get("api/orders");

        assertThat(response.status()).isEqualTo(200);
        JsonNode orders = response.json();
        assertThat(orders).hasSize(1);
        JsonNode order = orders.get(0);
        assertThat(order.propertyNames()).containsExactly("orderRef", "type", "status", "hintCode", "qrStartToken",
                "autoStartToken", "createdAt", "endUserIp");
        assertThat(order.get("orderRef").asString()).isEqualTo(started.get("orderRef").asString());
        assertThat(order.get("type").asString()).isEqualTo("auth");
        assertThat(order.get("status").asString()).isEqualTo("pending");
        assertThat(order.get("hintCode").asString()).isEqualTo("outstandingTransaction");
        assertThat(order.get("qrStartToken").asString()).isEqualTo(started.get("qrStartToken").asString());
        assertThat(order.get("createdAt").asString()).isEqualTo("2026-05-04T08:00:00Z");
        assertThat(order.get("endUserIp").asString()).isEqualTo("192.0.2.10");
        assertThat(order.has("qrStartSecret")).isFalse();
    }

    @Test
    void listsTheTestPersons() {
        JsonNode persons = tester.get("api/persons").json();

        assertThat(persons).hasSize(TestPersons.all().size());
        assertThat(persons.get(0).get("personalNumber").asString()).isEqualTo("199001012385");
        assertThat(persons.get(0).get("name").asString()).isEqualTo("Anna Andersson");
    }

    @Test
    void refusesToScanMalformedStaleForeignOrForgedQrData() {
        JsonNode started = rp.auth();
        JsonNode other = rp.auth();
        String orderRef = started.get("orderRef").asString();
        clock.advance(Duration.ofSeconds(15));

        assertRefused(tester.scan(orderRef, "bankid.nonsense"), 400, "malformedQrCode");
        assertRefused(tester.scan(orderRef, currentQrData(started, Duration.ofSeconds(2))), 400, "staleQrCode");
        assertRefused(tester.scan(orderRef, currentQrData(other, Duration.ofSeconds(15))), 400, "otherOrder");
        String forged = AnimatedQrCode.generate(started.get("qrStartToken").asString(), UUID.randomUUID().toString(),
                15).data();
        assertRefused(tester.scan(orderRef, forged), 400, "wrongQrAuthCode");

        assertThat(rp.collect(orderRef).text("hintCode")).isEqualTo("outstandingTransaction");
    }

    @Test
    void scansQrDataWithoutKnowingTheOrder() {
        JsonNode started = rp.auth();
        clock.advance(Duration.ofSeconds(3));

        var response = tester.post("api/scan", "{\"qrData\":\"" + currentQrData(started, Duration.ofSeconds(3)) + "\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("orderRef").asString()).isEqualTo(started.get("orderRef").asString());
        assertThat(rp.collect(started.get("orderRef").asString()).text("hintCode")).isEqualTo("userSign");
    }

    @Test
    void approvesAPersonalNumberWithAWrongCheckDigitSoThatTheRelyingPartyCanRefuseIt() {
        String orderRef = rp.auth().get("orderRef").asString();

        var response = tester.post("api/orders/" + orderRef + "/approve",
                "{\"personalNumber\":\"199001012384\",\"givenName\":\"Felaktig\",\"surname\":\"Kontrollsiffra\"}");

        assertThat(response.status()).isEqualTo(204);
        JsonNode user = rp.collect(orderRef).body().get("completionData").get("user");
        assertThat(user.get("personalNumber").asString()).isEqualTo("199001012384");
        assertThat(user.get("name").asString()).isEqualTo("Felaktig Kontrollsiffra");
    }

    @Test
    void refusesAnUnknownPersonWithoutNames() {
        String orderRef = rp.auth().get("orderRef").asString();

        assertRefused(tester.approve(orderRef, "191212121212"), 400, "invalidParameters");
        assertRefused(tester.approve(orderRef, "1990010123"), 400, "invalidParameters");
    }

    @Test
    void anUnknownOrderIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        assertRefused(tester.approve(unknown, "199001012385"), 404, "notFound");
        assertRefused(tester.post("api/orders/" + unknown + "/cancel", ""), 404, "notFound");
        assertRefused(tester.post("api/orders/" + unknown + "/expire", ""), 404, "notFound");
    }

    @Test
    void anOrderThatHasEndedCannotBeActedOn() {
        String orderRef = rp.auth().get("orderRef").asString();
        tester.post("api/orders/" + orderRef + "/cancel", "");

        assertRefused(tester.approve(orderRef, "199001012385"), 409, "orderNotPending");
    }

    @Test
    void refusesAnUnknownFailureHintCodeOrFaultCode() {
        String orderRef = rp.auth().get("orderRef").asString();

        assertRefused(tester.post("api/orders/" + orderRef + "/fail", "{\"hintCode\":\"userSign\"}"), 400,
                "invalidParameters");
        assertRefused(tester.post("api/faults", "{\"errorCode\":\"teapot\"}"), 400, "invalidParameters");
    }

    private static void assertRefused(TesterTestClient.Response response, int status, String errorCode) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("errorCode").asString()).isEqualTo(errorCode);
        assertThat(response.json().get("details").asString()).isNotBlank();
    }
}
