package se.vardkedjan.platform.devstack.bankid;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class OrderLifecycleTest extends SimulatorTest {

    @Test
    void anAuthOrderStartsWithFourUuids() {
        JsonNode started = rp.auth();

        assertThat(started.propertyNames()).containsExactly("orderRef", "autoStartToken", "qrStartToken",
                "qrStartSecret");
        started.values().forEach(value ->
                assertThat(value.asString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    @Test
    void anAuthOrderCompletesWhenTheUserScansAndApproves() {
        JsonNode started = rp.auth();
        String orderRef = started.get("orderRef").asString();

        var pending = rp.collect(orderRef);
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.body().toString()).isEqualTo(
                "{\"orderRef\":\"" + orderRef + "\",\"status\":\"pending\",\"hintCode\":\"outstandingTransaction\"}");

        clock.advance(Duration.ofSeconds(4));
        assertThat(tester.scan(orderRef, currentQrData(started, Duration.ofSeconds(4))).status()).isEqualTo(204);
        var signing = rp.collect(orderRef);
        assertThat(signing.text("status")).isEqualTo("pending");
        assertThat(signing.text("hintCode")).isEqualTo("userSign");

        assertThat(tester.approve(orderRef, "199001012385").status()).isEqualTo(204);
        var complete = rp.collect(orderRef);
        assertThat(complete.status()).isEqualTo(200);
        assertThat(complete.text("status")).isEqualTo("complete");
        assertThat(complete.body().has("hintCode")).isFalse();
        JsonNode data = complete.body().get("completionData");
        assertThat(data.propertyNames()).containsExactly("user", "device", "bankIdIssueDate", "signature",
                "ocspResponse");
        assertThat(data.get("user").toString()).isEqualTo("{\"personalNumber\":\"199001012385\","
                + "\"name\":\"Anna Andersson\",\"givenName\":\"Anna\",\"surname\":\"Andersson\"}");
        assertThat(data.get("device").get("ipAddress").asString()).isEqualTo("192.0.2.10");
        assertThat(data.get("device").get("uhi").asString()).matches("[A-Za-z0-9+/]{27}=");
        assertThat(data.get("bankIdIssueDate").asString()).isEqualTo("2021-03-14");
        String signature = new String(Base64.getDecoder().decode(data.get("signature").asString()),
                StandardCharsets.UTF_8);
        assertThat(signature).startsWith("<?xml").contains("<bankIdSignedData", "<funcId>Identification</funcId>",
                "Id=\"bidKeyInfo\"");
        assertThat(Base64.getDecoder().decode(data.get("ocspResponse").asString())).isNotEmpty();

        var again = rp.collect(orderRef);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text("errorCode")).isEqualTo("invalidParameters");
        assertThat(again.text("details")).isEqualTo("No such order");
    }

    @Test
    void aSignOrderCarriesTheVisibleTextIntoTheSignature() {
        String text = Base64.getEncoder().encodeToString("Jag godkänner min vårdplan".getBytes(StandardCharsets.UTF_8));
        var started = rp.post("sign", "{\"endUserIp\":\"2001:db8::1\",\"userVisibleData\":\"" + text
                + "\",\"userVisibleDataFormat\":\"simpleMarkdownV1\"}");
        assertThat(started.status()).isEqualTo(200);
        String orderRef = started.text("orderRef");

        assertThat(tester.approve(orderRef, "198506154577").status()).isEqualTo(204);

        JsonNode data = rp.collect(orderRef).body().get("completionData");
        String signature = new String(Base64.getDecoder().decode(data.get("signature").asString()),
                StandardCharsets.UTF_8);
        assertThat(signature).contains("<usrVisibleData charset=\"UTF-8\" visible=\"wysiwys\">" + text,
                "<funcId>Signing</funcId>");
        assertThat(data.get("device").get("ipAddress").asString()).isEqualTo("2001:db8::1");
    }

    @Test
    void stepUpAndRiskAreGivenWhenTheOrderAskedForThem() {
        var started = rp.post("auth", "{\"endUserIp\":\"192.0.2.10\",\"returnRisk\":true,"
                + "\"requirement\":{\"mrtd\":true,\"pinCode\":true}}");
        String orderRef = started.text("orderRef");
        tester.approve(orderRef, "199203722468");

        JsonNode data = rp.collect(orderRef).body().get("completionData");

        assertThat(data.get("stepUp").toString()).isEqualTo("{\"mrtd\":true}");
        assertThat(data.get("risk").asString()).isEqualTo("low");
        assertThat(data.get("user").get("personalNumber").asString()).isEqualTo("199203722468");
    }

    @Test
    void anOrderTheUserCancelsFailsWithUserCancelAndIsThenGone() {
        String orderRef = rp.auth().get("orderRef").asString();

        assertThat(tester.post("api/orders/" + orderRef + "/cancel", "").status()).isEqualTo(204);

        var failed = rp.collect(orderRef);
        assertThat(failed.body().toString())
                .isEqualTo("{\"orderRef\":\"" + orderRef + "\",\"status\":\"failed\",\"hintCode\":\"userCancel\"}");
        assertThat(rp.collect(orderRef).text("errorCode")).isEqualTo("invalidParameters");
    }

    @Test
    void anOrderNobodyScansFailsWithStartFailedAfterThirtySeconds() {
        String orderRef = rp.auth().get("orderRef").asString();

        clock.advance(Duration.ofSeconds(29));
        assertThat(rp.collect(orderRef).text("status")).isEqualTo("pending");
        clock.advance(Duration.ofSeconds(1));

        var failed = rp.collect(orderRef);
        assertThat(failed.text("status")).isEqualTo("failed");
        assertThat(failed.text("hintCode")).isEqualTo("startFailed");
    }

    @Test
    void aScannedOrderTheUserDoesNotApproveExpires() {
        JsonNode started = rp.auth();
        String orderRef = started.get("orderRef").asString();
        clock.advance(Duration.ofSeconds(20));
        tester.scan(orderRef, currentQrData(started, Duration.ofSeconds(20)));

        clock.advance(Duration.ofSeconds(179));
        assertThat(rp.collect(orderRef).text("hintCode")).isEqualTo("userSign");
        clock.advance(Duration.ofSeconds(1));

        var failed = rp.collect(orderRef);
        assertThat(failed.text("status")).isEqualTo("failed");
        assertThat(failed.text("hintCode")).isEqualTo("expiredTransaction");
    }

    @Test
    void aTesterCanExpireAnOrderOrFailItWithAnyFailureHintCode() {
        String expiring = rp.auth().get("orderRef").asString();
        String failing = rp.auth().get("orderRef").asString();

        assertThat(tester.post("api/orders/" + expiring + "/expire", "").status()).isEqualTo(204);
        assertThat(tester.post("api/orders/" + failing + "/fail", "{\"hintCode\":\"certificateErr\"}").status())
                .isEqualTo(204);

        assertThat(rp.collect(expiring).text("hintCode")).isEqualTo("expiredTransaction");
        assertThat(rp.collect(failing).text("hintCode")).isEqualTo("certificateErr");
    }

    @Test
    void anAuthForAPersonWithAnOrderInProgressIsRefusedAndTheOrderInProgressCancelled() {
        String body = "{\"endUserIp\":\"192.0.2.10\",\"requirement\":{\"personalNumber\":\"198506154577\"}}";
        String first = rp.post("auth", body).text("orderRef");

        var second = rp.post("auth", body);

        assertThat(second.status()).isEqualTo(400);
        assertThat(second.text("errorCode")).isEqualTo("alreadyInProgress");
        assertThat(rp.collect(first).text("hintCode")).isEqualTo("cancelled");
        assertThat(rp.post("auth", body).status()).as("no order left in progress").isEqualTo(200);
    }

    @Test
    void anOrderRequiringAPersonalNumberCannotBeApprovedByAnotherPerson() {
        String orderRef = rp.post("auth",
                "{\"endUserIp\":\"192.0.2.10\",\"requirement\":{\"personalNumber\":\"198506154577\"}}")
                .text("orderRef");

        var refused = tester.approve(orderRef, "199001012385");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("errorCode").asString()).isEqualTo("personalNumberMismatch");
        assertThat(rp.collect(orderRef).text("status")).isEqualTo("pending");
    }

    @Test
    void whenAPersonApprovesANewOrderTheirOlderOrderIsCancelled() {
        String older = rp.auth().get("orderRef").asString();
        String newer = rp.auth().get("orderRef").asString();
        tester.post("api/orders/" + older + "/scan", "{\"personalNumber\":\"200109093229\"}");

        tester.approve(newer, "200109093229");

        assertThat(rp.collect(older).text("hintCode")).isEqualTo("cancelled");
        assertThat(rp.collect(newer).text("status")).isEqualTo("complete");
    }

    @Test
    void anOrderTheRelyingPartyCancelsIsForgotten() {
        String orderRef = rp.auth().get("orderRef").asString();

        var cancelled = rp.cancel(orderRef);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().toString()).isEqualTo("{}");
        var collected = rp.collect(orderRef);
        assertThat(collected.status()).isEqualTo(400);
        assertThat(collected.text("errorCode")).isEqualTo("invalidParameters");
        assertThat(rp.cancel(orderRef).text("errorCode")).as("cancelled twice").isEqualTo("invalidParameters");
    }

    @Test
    void anOutcomeNobodyCollectsIsForgottenAfterAWhile() {
        String completed = rp.auth().get("orderRef").asString();
        String failed = rp.auth().get("orderRef").asString();
        tester.approve(completed, "199001012385");
        tester.post("api/orders/" + failed + "/cancel", "");

        clock.advance(Orders.COMPLETED_RETENTION);
        assertThat(rp.collect(completed).text("errorCode")).isEqualTo("invalidParameters");
        assertThat(rp.collect(failed).text("hintCode")).isEqualTo("userCancel");
    }
}
