package se.vardkedjan.casehandling;

import java.time.LocalDate;

/**
 * A goal as written with the client.
 *
 * @param text       the goal in the client's own words
 * @param measuredBy how attainment will be measured or noticed
 * @param followUpOn when the goal is followed up; after the plan's date
 */
public record GoalInput(String text, String measuredBy, LocalDate followUpOn) {
}
