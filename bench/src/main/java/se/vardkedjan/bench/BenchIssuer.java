package se.vardkedjan.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The token issuer of the REST API benchmark, in place of Keycloak: an RSA key the bench makes at start, and on
 * loopback the two documents the app's resource server reads from an issuer (the OpenID discovery document and the
 * JWKS with the public key), so that the app's real API chain ({@code ProviderApiSecurity}: signature, issuer, expiry,
 * token type, the realm's claims) accepts the bench's tokens unchanged. Keycloak's issuing of a token is outside the
 * measurement on purpose: a provider system fetches a token once and calls the API with it until it expires (five
 * minutes in the realm), so the API's cost per call is the decoding and checking of the token, which is measured;
 * Keycloak would add a second server on the same two cores and say nothing about the app.
 */
final class BenchIssuer implements AutoCloseable {

    static final String REALM_PATH = "/realms/bench";

    private final RSAKey key;
    private final HttpServer server;
    private final String issuer;

    private BenchIssuer(RSAKey key, HttpServer server, String issuer) {
        this.key = key;
        this.server = server;
        this.issuer = issuer;
    }

    /** Makes the key and starts serving its documents on 127.0.0.1 at any free port. */
    static BenchIssuer start() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyID(UUID.randomUUID().toString())
                    .build();
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
            var discovery = """
                    {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",\
                    "authorization_endpoint":"%1$s/protocol/openid-connect/auth",\
                    "token_endpoint":"%1$s/protocol/openid-connect/token",\
                    "response_types_supported":["code"],"subject_types_supported":["public"],\
                    "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer);
            var jwks = new JWKSet(key.toPublicJWK()).toString();
            server.createContext(REALM_PATH + "/.well-known/openid-configuration", exchange -> send(exchange,
                    discovery));
            server.createContext(REALM_PATH + "/protocol/openid-connect/certs", exchange -> send(exchange, jwks));
            server.start();
            return new BenchIssuer(key, server, issuer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        var body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The issuer URI, as the app's {@code vardkedjan.identity.issuer-uri}. */
    String issuer() {
        return issuer;
    }

    /**
     * An access token as the realm gives a provider's system for client credentials: issued to the client
     * {@code provider-<organisation>} ({@code azp}), its service account's name, the realm role {@code provider_system}
     * and the one provider organisation it is bound to, Keycloak's token type {@code Bearer}, valid for the given time.
     */
    String providerSystemToken(String organisation, Duration validFor) {
        return sign(key, issuer, organisation, validFor);
    }

    /** The same token signed by another key with the trusted key's id, which the app must refuse. */
    String providerSystemTokenSignedByAnotherKey(String organisation) {
        try {
            return sign(new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate(), issuer, organisation,
                    Duration.ofMinutes(5));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(RSAKey key, String issuer, String organisation, Duration validFor) {
        var now = Instant.now();
        var client = "provider-" + organisation;
        var claims = new JWTClaimsSet.Builder().issuer(issuer).subject(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(validFor))).jwtID(UUID.randomUUID()
                        .toString())
                .claim("typ", "Bearer").claim("azp", client).claim("preferred_username", "service-account-" + client)
                .claim("scope", "profile email").claim("roles", List.of("provider_system"))
                .claim("provider_organisations", List.of(organisation)).build();
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
