package se.vardkedjan.keycloak;

/** One of the realm's OIDC clients, as the app registers it. */
record RealmClient(String clientId, String secret, String redirectUri) {

    static RealmClient staff(String appUrl) {
        return new RealmClient("vardkedjan-staff", "vardkedjan-staff-dev-secret", appUrl + "/login/oauth2/code/staff");
    }

    static RealmClient portal(String appUrl) {
        return new RealmClient("vardkedjan-portal", "vardkedjan-portal-dev-secret", appUrl + "/login/oauth2/code/portal");
    }
}
