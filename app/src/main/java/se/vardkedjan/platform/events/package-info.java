/**
 * Spring Modulith's event publications on several app nodes (ADR 0033): the job that hands a publication whose node
 * died before its listener completed to the listener again, on one node.
 */
package se.vardkedjan.platform.events;
