package se.vardkedjan.followup;

import org.springframework.stereotype.Component;
import se.vardkedjan.accesslog.AccessLogParts;

import java.util.Map;

/** The parts of the file follow-up's questionnaires name in their access-log rows, each with its text (ADR 0021). */
@Component
class QuestionnaireAccessLogParts implements AccessLogParts {

    @Override
    public Map<String, String> textKeys() {
        return Map.of(
                Questionnaires.WHAT_QUESTIONNAIRES, "followup.questionnaire.access-log.what.QUESTIONNAIRES",
                Questionnaires.WHAT_QUESTIONNAIRE, "followup.questionnaire.access-log.what.QUESTIONNAIRE",
                OwnQuestionnaires.WHAT_OWN, "followup.questionnaire.access-log.what.OWN_QUESTIONNAIRES",
                OwnQuestionnaires.WHAT_OWN_ONE, "followup.questionnaire.access-log.what.OWN_QUESTIONNAIRE");
    }
}
