/**
 * Running the app in production (ADR 0032): the production settings it refuses to start without, the request id on
 * every log line, and what the management port serves the load balancer and Prometheus.
 */
package se.vardkedjan.platform.operations;
