package se.vardkedjan.platform.devstack.bankid;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TesterPageTest extends SimulatorTest {

    @Test
    void showsThePendingOrdersInSwedish() {
        String orderRef = rp.auth().get("orderRef").asString();

        var page = tester.get("");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.body()).contains("<html lang=\"sv\">", "BankID-simulator — endast för test",
                "Pågående ordrar (1)", orderRef.substring(0, 8), "Skanna QR-kod", "Godkänn", "Avbryt",
                "Anna Andersson (19900101-2385)", "samordningsnummer");
    }

    @Test
    void approvingWithThePlainFormRedirectsBackWithAMessage() {
        String orderRef = rp.auth().get("orderRef").asString();

        var response = tester.postForm("orders/" + orderRef + "/approve", "person=198506154577&personalNumber=");

        assertThat(response.status()).isEqualTo(303);
        assertThat(decoded(response.location())).startsWith("/?typ=ok&meddelande=Erik Johansson har godkänt");
        assertThat(rp.collect(orderRef).body().get("completionData").get("user").get("personalNumber").asString())
                .isEqualTo("198506154577");
    }

    @Test
    void warnsWhenATypedPersonalNumberIsInvalid() {
        String orderRef = rp.auth().get("orderRef").asString();

        var response = tester.postForm("orders/" + orderRef + "/approve",
                "person=199001012385&personalNumber=19900101-2384&givenName=Fel&surname=Nummer");

        assertThat(response.status()).isEqualTo(303);
        assertThat(decoded(response.location())).startsWith("/?typ=varning&").contains("ogiltigt");
        assertThat(tester.get(response.location().substring(1)).body()).contains("Varning:");
    }

    @Test
    void aRefusedActionIsShownAsAnError() {
        String orderRef = rp.auth().get("orderRef").asString();

        var response = tester.postForm("scan", "qrData=bankid.x.1.y&person=199001012385");

        assertThat(response.status()).isEqualTo(303);
        assertThat(decoded(response.location())).startsWith("/?typ=fel&").contains("fel format");
        assertThat(rp.collect(orderRef).text("hintCode")).isEqualTo("outstandingTransaction");
    }

    @Test
    void cancellingWithThePlainFormFailsTheOrder() {
        String orderRef = rp.auth().get("orderRef").asString();

        tester.postForm("orders/" + orderRef + "/cancel", "person=199001012385");

        assertThat(rp.collect(orderRef).text("hintCode")).isEqualTo("userCancel");
    }

    private static String decoded(String location) {
        return URLDecoder.decode(location, StandardCharsets.UTF_8);
    }
}
