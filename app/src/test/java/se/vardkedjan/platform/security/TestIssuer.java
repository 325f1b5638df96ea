package se.vardkedjan.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in for the realm's token side, for fast tests of the API's door: an HTTP server on a free port that answers
 * the realm's OIDC discovery document and its JWKS with a test key, and mints access tokens shaped as Keycloak's
 * (signed with that key, or another). One per test JVM.
 */
final class TestIssuer {

    private static TestIssuer instance;

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;

    private TestIssuer() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/vardkedjan";
        var discovery = """
                {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",
                 "authorization_endpoint":"%1$s/protocol/openid-connect/auth",
                 "token_endpoint":"%1$s/protocol/openid-connect/token",
                 "subject_types_supported":["public"],"response_types_supported":["code"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer);
        var jwks = new JWKSet(key.toPublicJWK()).toString();
        answer("/realms/vardkedjan/.well-known/openid-configuration", discovery);
        answer("/realms/vardkedjan/protocol/openid-connect/certs", jwks);
        server.start();
    }

    static synchronized TestIssuer get() {
        if (instance == null) {
            try {
                instance = new TestIssuer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    String issuer() {
        return issuer;
    }

    /** The claims of a provider system's access token as the realm issues it, with a fresh subject. */
    Map<String, Object> providerSystem(String organisation) {
        var claims = new HashMap<String, Object>();
        claims.put("iss", issuer);
        claims.put("sub", UUID.randomUUID().toString());
        claims.put("typ", "Bearer");
        claims.put("azp", "provider-" + organisation);
        claims.put("preferred_username", "service-account-provider-" + organisation);
        claims.put("scope", "profile email");
        claims.put("roles", List.of("provider_system"));
        claims.put("provider_organisations", List.of(organisation));
        claims.put("iat", Instant.now().getEpochSecond());
        claims.put("exp", Instant.now().plusSeconds(300).getEpochSecond());
        return claims;
    }

    /** The claims of a staff member's access token from the staff login, with a fresh subject. */
    Map<String, Object> staffMember(List<String> roles, List<String> units) {
        var claims = new HashMap<String, Object>();
        claims.put("iss", issuer);
        claims.put("sub", UUID.randomUUID().toString());
        claims.put("typ", "Bearer");
        claims.put("azp", "vardkedjan-staff");
        claims.put("preferred_username", "u-" + UUID.randomUUID().toString().substring(0, 8));
        claims.put("name", "Test Testsson");
        claims.put("scope", "openid profile email");
        claims.put("roles", roles);
        claims.put("units", units);
        claims.put("iat", Instant.now().getEpochSecond());
        claims.put("exp", Instant.now().plusSeconds(300).getEpochSecond());
        return claims;
    }

    /** The claims signed with the realm's (test) key. */
    String sign(Map<String, Object> claims) {
        return sign(claims, key);
    }

    /** The claims signed with a key the realm does not publish. */
    String signWithAnotherKey(Map<String, Object> claims) {
        try {
            return sign(claims, new RSAKeyGenerator(2048).keyID("test-key").generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(Map<String, Object> claims, RSAKey signingKey) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                    JWTClaimsSet.parse(claims));
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(String path, String json) {
        server.createContext(path, exchange -> {
            var body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }
}
