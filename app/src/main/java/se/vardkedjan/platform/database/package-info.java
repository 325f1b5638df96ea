/**
 * The app's two database roles as the app sees them (ADR 0014): it refuses to start without their passwords, with one
 * role for both, or connected as a role that owns what the changelog creates.
 */
package se.vardkedjan.platform.database;
