package se.vardkedjan.platform.devstack.otp;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DemoOtpAccountsTest {

    /** Keycloak's realm export of users with an {@code otp} credential, with and without Base32 secrets. */
    private static final String REALM = """
            {"users": [
              {"username": "handlaggare", "firstName": "Anna", "lastName": "Lindqvist",
               "attributes": {"demo_account": ["true"]},
               "credentials": [
                 {"type": "password", "value": "demo-vardkedjan"},
                 {"type": "otp", "secretData": "{\\"value\\":\\"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\\"}",
                  "credentialData": "{\\"subType\\":\\"totp\\",\\"digits\\":6,\\"counter\\":0,\\"period\\":30,\\"algorithm\\":\\"HmacSHA1\\",\\"secretEncoding\\":\\"BASE32\\"}"}]},
              {"username": "raw", "firstName": "Raw", "lastName": "Secret",
               "attributes": {"demo_account": ["true"]},
               "credentials": [
                 {"type": "otp", "secretData": "{\\"value\\":\\"12345678901234567890\\"}",
                  "credentialData": "{\\"subType\\":\\"totp\\",\\"digits\\":8,\\"period\\":30,\\"algorithm\\":\\"HmacSHA1\\"}"}]},
              {"username": "counter", "attributes": {"demo_account": ["true"]},
               "credentials": [{"type": "otp", "secretData": "{\\"value\\":\\"x\\"}",
                  "credentialData": "{\\"subType\\":\\"hotp\\",\\"digits\\":6}"}]},
              {"username": "real.person", "attributes": {},
               "credentials": [{"type": "otp", "secretData": "{\\"value\\":\\"GEZDGNBV\\"}",
                  "credentialData": "{\\"subType\\":\\"totp\\",\\"digits\\":6,\\"period\\":30}"}]},
              {"username": "klient", "attributes": {"demo_account": ["true"]}, "credentials": []}
            ]}
            """;

    private final DemoOtpAccounts accounts = DemoOtpAccounts.fromRealm(JsonMapper.builder().build().readTree(REALM));

    @Test
    void onlyDemoAccountsWithATimeBasedCodeAreTaken() {
        assertThat(accounts.all()).extracting(DemoOtpAccount::username).containsExactly("handlaggare", "raw");
        assertThat(accounts.withUsername("handlaggare").orElseThrow().name()).isEqualTo("Anna Lindqvist");
        assertThat(accounts.withUsername("real.person")).isEmpty();
    }

    @Test
    void theKeyIsDerivedFromTheSecretAsKeycloakDoes() {
        // Base32 "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" and the raw secret are the same 20 bytes, RFC 6238's key
        var at = Instant.ofEpochSecond(59);
        assertThat(accounts.withUsername("raw").orElseThrow().code(at)).isEqualTo("94287082");
        assertThat(accounts.withUsername("handlaggare").orElseThrow().code(at)).isEqualTo("287082");
        assertThat(accounts.withUsername("handlaggare").orElseThrow().key())
                .isEqualTo("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        assertThat(accounts.withUsername("raw").orElseThrow().period()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anAccountDoesNotShowItsSecretInLogs() {
        assertThat(accounts.all().getFirst().toString()).doesNotContain("GEZDGNBV");
    }
}
