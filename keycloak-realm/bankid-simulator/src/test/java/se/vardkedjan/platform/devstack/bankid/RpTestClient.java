package se.vardkedjan.platform.devstack.bankid;

import tools.jackson.databind.JsonNode;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;

/**
 * A relying party as the Keycloak extension will be one: java.net.http with an SSLContext built from
 * {@code rp-client.p12} (client key) and {@code ca.pem} (trust anchor).
 */
final class RpTestClient {

    private final HttpClient http;
    private final String baseUrl;

    RpTestClient(SSLContext sslContext, String baseUrl) {
        this.http = HttpClient.newBuilder().sslContext(sslContext).connectTimeout(Duration.ofSeconds(5)).build();
        this.baseUrl = baseUrl;
    }

    static RpTestClient of(BankIdSimulator simulator) {
        return new RpTestClient(sslContext(simulator.rpClientKeyStore(), simulator.rpClientKeyStorePassword(),
                simulator.caCertificate()), simulator.rpBaseUrl());
    }

    /** The SSLContext a relying party builds from the files the simulator hands out. */
    static SSLContext sslContext(Path clientKeyStore, String password, Path caCertificate) {
        try {
            KeyStore keyStore = CertificateDirectory.readKeyStore(clientKeyStore);
            return sslContext(keyStore, password, caCertificate);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static SSLContext sslContext(KeyStore clientKeys, String password, Path caCertificate) {
        try {
            var keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(clientKeys, password.toCharArray());
            var context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trustManagers(caCertificate), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Trusts the simulator's CA but has no client certificate. */
    static SSLContext withoutClientCertificate(Path caCertificate) {
        try {
            var context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers(caCertificate), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static javax.net.ssl.TrustManager[] trustManagers(Path caCertificate)
            throws IOException, GeneralSecurityException {
        var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(CertificateDirectory.trustStore(CertificateDirectory.readPem(caCertificate)));
        return trustManagers.getTrustManagers();
    }

    Answer post(String endpoint, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + endpoint))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? null : Http.JSON.readTree(response.body());
            return new Answer(response.statusCode(), body, response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Starts an auth order from 192.0.2.10 and returns the response body. */
    JsonNode auth() {
        Answer answer = post("auth", "{\"endUserIp\":\"192.0.2.10\"}");
        if (answer.status() != 200) {
            throw new AssertionError("auth failed: " + answer);
        }
        return answer.body();
    }

    Answer collect(String orderRef) {
        return post("collect", "{\"orderRef\":\"" + orderRef + "\"}");
    }

    Answer cancel(String orderRef) {
        return post("cancel", "{\"orderRef\":\"" + orderRef + "\"}");
    }

    record Answer(int status, JsonNode body, String contentType) {

        String text(String field) {
            JsonNode value = body == null ? null : body.get(field);
            return value == null ? null : value.asString();
        }
    }
}
