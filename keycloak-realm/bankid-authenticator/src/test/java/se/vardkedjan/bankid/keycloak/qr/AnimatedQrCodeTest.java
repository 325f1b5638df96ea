package se.vardkedjan.bankid.keycloak.qr;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnimatedQrCodeTest {

    // BankID's published example (developers.bankid.com, "QR codes"): token, secret and the codes for 0, 1 and 2 s.
    private static final String TOKEN = "67df3917-fa0d-44e5-b327-edcc928297f8";
    private static final String SECRET = "d28db9a7-4cde-429e-a983-359be676944c";

    @Test
    void matchesBankIdsPublishedTestVector() {
        assertThat(AnimatedQrCode.data(TOKEN, SECRET, 0)).isEqualTo(
                "bankid.67df3917-fa0d-44e5-b327-edcc928297f8.0.dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8");
        assertThat(AnimatedQrCode.data(TOKEN, SECRET, 1)).isEqualTo(
                "bankid.67df3917-fa0d-44e5-b327-edcc928297f8.1.949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2");
        assertThat(AnimatedQrCode.data(TOKEN, SECRET, 2)).isEqualTo(
                "bankid.67df3917-fa0d-44e5-b327-edcc928297f8.2.a9e5ec59cb4eee4ef4117150abc58fad7a85439a6a96ccbecc3668b41795b3f3");
    }

    @Test
    void countsWholeSecondsSinceTheOrderStarted() {
        var started = Instant.parse("2026-11-23T10:00:00.700Z");
        var code = new AnimatedQrCode(TOKEN, SECRET, started);

        assertThat(code.dataAt(started.plusMillis(999))).isEqualTo(AnimatedQrCode.data(TOKEN, SECRET, 0));
        assertThat(code.dataAt(started.plusMillis(2300))).isEqualTo(AnimatedQrCode.data(TOKEN, SECRET, 2));
        assertThat(code.dataAt(started.minusSeconds(5))).as("clock skew never gives a negative time")
                .isEqualTo(AnimatedQrCode.data(TOKEN, SECRET, 0));
    }

    @Test
    void theSecretIsNeverPartOfTheTextNorOfToString() {
        var code = new AnimatedQrCode(TOKEN, SECRET, Instant.now());
        assertThat(code.dataAt(Instant.now())).doesNotContain(SECRET);
        assertThat(code.toString()).doesNotContain(SECRET);
        assertThatThrownBy(() -> AnimatedQrCode.data(TOKEN, SECRET, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawsTheCodeAsAnSvgImageWithAQuietZone() {
        var svg = QrCodeImage.svg(AnimatedQrCode.data(TOKEN, SECRET, 0));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .contains("<path d=\"M4,4h1v1h-1z").endsWith("</svg>");
        assertThat(QrCodeImage.svgDataUri("x")).startsWith("data:image/svg+xml;base64,");
    }
}
