package se.vardkedjan.keycloak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Keycloak's account REST API ({@code /realms/<realm>/account}), which the account console uses, with a user's token. */
record AccountApi(URI account, String accessToken) {

    static AccountApi of(String issuerUri, String accessToken) {
        return new AccountApi(URI.create(issuerUri + "/account"), accessToken);
    }

    HttpResponse<String> profile() throws Exception {
        return send("GET", "", null);
    }

    /** The profile with the user profile's metadata: which attributes the user may see and change. */
    HttpResponse<String> profileWithMetadata() throws Exception {
        return send("GET", "?userProfileMetadata=true", null);
    }

    HttpResponse<String> update(String profileJson) throws Exception {
        return send("POST", "", profileJson);
    }

    private HttpResponse<String> send(String method, String query, String json) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            var request = HttpRequest.newBuilder(URI.create(account + query))
                    .header("Authorization", "Bearer " + accessToken)
                    .header("Accept", "application/json");
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
