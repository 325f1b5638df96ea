/**
 * Running the app in production (ADR 0032): the request id on every log line written while a request is handled.
 */
package se.vardkedjan.platform.operations;
