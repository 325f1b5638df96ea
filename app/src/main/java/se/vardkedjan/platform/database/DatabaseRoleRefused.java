package se.vardkedjan.platform.database;

/** The app's database roles are not set up as ADR 0014 requires; the app does not start. */
final class DatabaseRoleRefused extends RuntimeException {

    DatabaseRoleRefused(String message) {
        super(message);
    }
}
