package se.vardkedjan.followup;

import java.time.Instant;

/**
 * A questionnaire of a case as the case staff see it on the Uppföljning tab: the instrument, the goal (goal
 * attainment), who sent it and when, where it stands and how many of its questions the client has answered so far.
 */
public record SentQuestionnaire(QuestionnaireId id, String instrumentCode, int instrumentVersion, LocalText name,
                                String goalTitle, String sentBy, Instant sentAt, QuestionnaireStatus status,
                                int answered, int questions, Instant answeredAt) {
}
