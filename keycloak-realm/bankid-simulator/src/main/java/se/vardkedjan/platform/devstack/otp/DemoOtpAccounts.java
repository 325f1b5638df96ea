package se.vardkedjan.platform.devstack.otp;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo accounts' authenticators, read from the realm file: every user marked {@code demo_account} with an
 * {@code otp} credential of subtype {@code totp}. The realm file is the only place the demo secrets are written down.
 */
public final class DemoOtpAccounts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<DemoOtpAccount> accounts;

    private DemoOtpAccounts(List<DemoOtpAccount> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    public static DemoOtpAccounts of(List<DemoOtpAccount> accounts) {
        return new DemoOtpAccounts(accounts);
    }

    /** Reads a realm file as Keycloak imports it ({@code users[].credentials[]}). */
    public static DemoOtpAccounts fromRealmFile(Path realmFile) {
        try {
            return fromRealm(JSON.readTree(Files.readString(realmFile)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the realm file " + realmFile, e);
        }
    }

    static DemoOtpAccounts fromRealm(JsonNode realm) {
        var found = new ArrayList<DemoOtpAccount>();
        for (var user : realm.path("users").values()) {
            if (!"true".equals(user.path("attributes").path("demo_account").path(0).asString(""))) {
                continue;
            }
            for (var credential : user.path("credentials").values()) {
                if (!"otp".equals(credential.path("type").asString(""))) {
                    continue;
                }
                var secret = JSON.readTree(credential.path("secretData").asString("{}"));
                var data = JSON.readTree(credential.path("credentialData").asString("{}"));
                if (!"totp".equals(data.path("subType").asString(""))) {
                    continue;
                }
                found.add(new DemoOtpAccount(user.path("username").asString(),
                        (user.path("firstName").asString("") + " " + user.path("lastName").asString("")).strip(),
                        secret.path("value").asString(),
                        "BASE32".equalsIgnoreCase(data.path("secretEncoding").asString("")),
                        data.path("algorithm").asString("HmacSHA1"),
                        data.path("digits").asInt(6),
                        Duration.ofSeconds(data.path("period").asInt(30))));
            }
        }
        return new DemoOtpAccounts(found);
    }

    /** In the realm file's order. */
    public List<DemoOtpAccount> all() {
        return accounts;
    }

    public Optional<DemoOtpAccount> withUsername(String username) {
        return accounts.stream().filter(account -> account.username().equals(username)).findFirst();
    }

    public boolean isEmpty() {
        return accounts.isEmpty();
    }
}
