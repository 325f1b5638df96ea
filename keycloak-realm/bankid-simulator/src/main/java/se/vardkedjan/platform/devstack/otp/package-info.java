/**
 * The demo's authenticator app, for development and tests only: time-based one-time codes (RFC 6238) for the demo
 * staff accounts, whose TOTP secrets the realm file holds in the clear.
 *
 * <p>The run command shows each demo account's current code on the BankID simulator's tester page ("Demokoder"), so
 * that nobody needs an authenticator app to try the product; the realm's integration tests and the browser tests
 * compute the codes they type with {@link se.vardkedjan.platform.devstack.otp.FreshOtpCodes}. Nothing here belongs in
 * a production deployment, where every person enrols their own authenticator at their first login.
 */
package se.vardkedjan.platform.devstack.otp;
