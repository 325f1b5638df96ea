package se.vardkedjan.followup;

import java.time.Instant;

/**
 * A questionnaire of a case as the case staff see it on the Uppföljning tab: the instrument, the goal (goal
 * attainment), who sent it and when, where it stands and how many of its questions the client has answered so far.
 *
 * @param sentBy         the sender's username (case staff or a provider's staff member)
 * @param sentByProvider the provider's name when a provider's staff sent it from their assignment page, else null
 */
public record SentQuestionnaire(QuestionnaireId id, String instrumentCode, int instrumentVersion, LocalText name,
                                String goalTitle, String sentBy, String sentByProvider, Instant sentAt, QuestionnaireStatus status,
                                int answered, int questions, Instant answeredAt) {
}
