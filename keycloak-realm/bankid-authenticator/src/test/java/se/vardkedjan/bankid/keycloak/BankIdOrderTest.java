package se.vardkedjan.bankid.keycloak;

import org.junit.jupiter.api.Test;
import org.keycloak.sessions.AuthenticationSessionModel;
import se.vardkedjan.bankid.keycloak.rp.OrderStarted;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BankIdOrderTest {

    private final Map<String, String> notes = new HashMap<>();
    private final AuthenticationSessionModel session = (AuthenticationSessionModel) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[]{AuthenticationSessionModel.class}, (proxy, method, args) ->
                    switch (method.getName()) {
                        case "getAuthNote" -> notes.get((String) args[0]);
                        case "setAuthNote" -> notes.put((String) args[0], (String) args[1]);
                        case "removeAuthNote" -> notes.remove((String) args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });

    @Test
    void anOrderLivesInTheAuthenticationSessionNotesAndComesBackTheSame() {
        var started = Instant.parse("2026-11-23T10:00:00Z");
        var order = BankIdOrder.started(new OrderStarted("ref", "auto", "qr-token", "qr-secret"), started)
                .collectedAt(started.plusSeconds(2), UserMessage.RFA9);

        order.save(session);

        assertThat(BankIdOrder.load(session)).contains(order);
        assertThat(order.qrCode().dataAt(started.plusSeconds(3))).startsWith("bankid.qr-token.3.");
        assertThat(order.toString()).doesNotContain("qr-secret");
    }

    @Test
    void aFinishedOrderForgetsItsSecretAndAClearedSessionHasNoOrder() {
        var started = Instant.parse("2026-11-23T10:00:00Z");
        var order = BankIdOrder.started(new OrderStarted("ref", "auto", "qr-token", "qr-secret"), started);
        order.save(session);

        var completed = order.completed(new BankIdOrder.Person("198112289874", "Karl", "Karlsson"), started.plusSeconds(9));
        completed.save(session);
        assertThat(notes.values()).doesNotContain("qr-secret", "qr-token", "auto");
        assertThat(BankIdOrder.load(session)).contains(completed);
        assertThat(completed.toString()).doesNotContain("198112289874");

        var failed = order.failed(UserMessage.RFA8);
        failed.save(session);
        assertThat(notes.values()).doesNotContain("qr-secret", "198112289874");
        assertThat(BankIdOrder.load(session).orElseThrow().message()).isEqualTo(UserMessage.RFA8);

        BankIdOrder.clear(session);
        assertThat(notes).isEmpty();
        assertThat(BankIdOrder.load(session)).isEmpty();
    }
}
