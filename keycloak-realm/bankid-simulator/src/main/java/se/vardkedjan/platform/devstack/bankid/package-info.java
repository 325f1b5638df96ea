/**
 * A local stand-in for the BankID service, for development and tests only.
 *
 * <p>It speaks the relying-party API v6 ({@code auth}, {@code sign}, {@code collect}, {@code cancel}) over mutual TLS
 * like the real service, so that the relying party (our Keycloak extension) works against it and against BankID's
 * public test service by configuration alone. In place of the phone app, a tester (or an end-to-end test) acts on the
 * pending orders through a small Swedish page and a JSON API on a second, plain-HTTP port.
 *
 * <p>{@link se.vardkedjan.platform.devstack.bankid.BankIdSimulator} is the only public type: the run command and the tests
 * start it in-process. Everything else is package-private.
 */
package se.vardkedjan.platform.devstack.bankid;
