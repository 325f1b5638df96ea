package se.vardkedjan.platform.devstack.bankid;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AnimatedQrCodeTest {

    // BankID's published example (RP guidelines; repeated in BankID's own sample code, BankID/SampleCode,
    // server/.../service/BankIDService.java): qrStartToken and qrStartSecret, and the QR data for time 0, 1 and 2.
    private static final String TOKEN = "67df3917-fa0d-44e5-b327-edcc928297f8";
    private static final String SECRET = "d28db9a7-4cde-429e-a983-359be676944c";

    @Test
    void generatesBankIdsPublishedQrDataForTheFirstThreeSeconds() {
        assertThat(AnimatedQrCode.generate(TOKEN, SECRET, 0).data()).isEqualTo(
                "bankid.67df3917-fa0d-44e5-b327-edcc928297f8.0."
                        + "dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8");
        assertThat(AnimatedQrCode.generate(TOKEN, SECRET, 1).data()).isEqualTo(
                "bankid.67df3917-fa0d-44e5-b327-edcc928297f8.1."
                        + "949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2");
        assertThat(AnimatedQrCode.generate(TOKEN, SECRET, 2).data()).isEqualTo(
                "bankid.67df3917-fa0d-44e5-b327-edcc928297f8.2."
                        + "a9e5ec59cb4eee4ef4117150abc58fad7a85439a6a96ccbecc3668b41795b3f3");
    }

    @Test
    void readsQrDataBackIntoItsParts() {
        var code = AnimatedQrCode.parse("bankid.67df3917-fa0d-44e5-b327-edcc928297f8.1."
                + "949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2").orElseThrow();

        assertThat(code.qrStartToken()).isEqualTo(TOKEN);
        assertThat(code.time()).isEqualTo(1);
        assertThat(code.qrAuthCode()).isEqualTo("949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2");
    }

    @Test
    void doesNotReadDataOfAnotherFormat() {
        assertThat(AnimatedQrCode.parse("")).isEmpty();
        assertThat(AnimatedQrCode.parse("bankid." + TOKEN + ".1")).isEmpty();
        assertThat(AnimatedQrCode.parse("bankid." + TOKEN + ".x." + "a".repeat(64))).isEmpty();
        assertThat(AnimatedQrCode.parse("bankid." + TOKEN + ".1." + "a".repeat(63))).isEmpty();
        assertThat(AnimatedQrCode.parse("BANKID." + TOKEN + ".1." + "a".repeat(64))).isEmpty();
        assertThat(AnimatedQrCode.parse("bankid:///?autostarttoken=" + TOKEN)).isEmpty();
    }

    @Test
    void acceptsTheCodeOfTheCurrentSecond() {
        var code = AnimatedQrCode.generate(TOKEN, SECRET, 12);

        assertThat(code.checkAgainst(TOKEN, SECRET, Duration.ofMillis(12_400))).isEmpty();
    }

    @Test
    void acceptsACodeAFewSecondsBehindTheOrdersAge() {
        var code = AnimatedQrCode.generate(TOKEN, SECRET, 10);

        assertThat(code.checkAgainst(TOKEN, SECRET, Duration.ofSeconds(10).plus(AnimatedQrCode.ALLOWED_LAG)))
                .isEmpty();
    }

    @Test
    void refusesAStaleCode() {
        var code = AnimatedQrCode.generate(TOKEN, SECRET, 0);

        assertThat(code.checkAgainst(TOKEN, SECRET, Duration.ofSeconds(20))).contains(ScanRefusal.STALE);
    }

    @Test
    void refusesACodeFromTheFuture() {
        var code = AnimatedQrCode.generate(TOKEN, SECRET, 25);

        assertThat(code.checkAgainst(TOKEN, SECRET, Duration.ofSeconds(3))).contains(ScanRefusal.STALE);
    }

    @Test
    void refusesACodeMadeWithAnotherSecret() {
        var code = AnimatedQrCode.generate(TOKEN, "00000000-0000-0000-0000-000000000000", 3);

        assertThat(code.checkAgainst(TOKEN, SECRET, Duration.ofSeconds(3))).contains(ScanRefusal.WRONG_AUTH_CODE);
    }

    @Test
    void refusesACodeOfAnotherOrder() {
        var code = AnimatedQrCode.generate("11111111-2222-3333-4444-555555555555", SECRET, 3);

        assertThat(code.checkAgainst(TOKEN, SECRET, Duration.ofSeconds(3))).contains(ScanRefusal.OTHER_ORDER);
    }
}
