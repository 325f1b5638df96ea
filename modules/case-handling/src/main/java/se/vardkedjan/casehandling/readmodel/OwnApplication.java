package se.vardkedjan.casehandling.readmodel;

import java.time.Instant;

/**
 * One of the client's own applications for help from the portal, as they see it (ADR 0028).
 *
 * @param submittedAt when the application came in
 * @param text        what they wanted help with, as they wrote it
 * @param urgent      whether they said it was urgent
 * @param unitName    the unit that handles it, as the organisation register names it
 * @param taken       whether a caseworker has taken it (the case has a responsible caseworker, or has moved on)
 */
public record OwnApplication(Instant submittedAt, String text, boolean urgent, String unitName, boolean taken) {
}
