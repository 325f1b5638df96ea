package se.vardkedjan.platform.devstack;

/**
 * The app's database on the dev stack's server and its two roles (ADR 0014): the owner, which owns the database and
 * everything the changelog creates and which Liquibase runs as, and the app role, which the running app uses and which
 * owns nothing (the changelog grants it its rights).
 */
public record AppDatabase(String jdbcUrl, String ownerUsername, String ownerPassword, String appUsername,
                          String appPassword) {

    @Override
    public String toString() {
        return "AppDatabase[" + jdbcUrl + ", owner " + ownerUsername + ", app role " + appUsername + "]";
    }
}
