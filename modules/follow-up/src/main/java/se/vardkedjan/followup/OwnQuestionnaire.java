package se.vardkedjan.followup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire as the client answers it in the portal: its name and what it is about, the goal it is about (goal
 * attainment), the questions one by one with their options, the answers given so far (item code → option code) and
 * where it stands. Nothing of the score: the client is thanked, not labelled (ADR 0029, slice 2).
 */
public record OwnQuestionnaire(QuestionnaireId id, LocalText name, LocalText description, String goalTitle,
                               Instant sentAt, QuestionnaireStatus status, List<Question> questions,
                               Map<String, String> answers) {

    public OwnQuestionnaire {
        questions = List.copyOf(questions);
        answers = Map.copyOf(answers);
    }

    /** One question with the options the client chooses among (a number scale as its numbers). */
    public record Question(String code, LocalText text, List<Option> options, boolean required) {
        public Question {
            options = List.copyOf(options);
        }
    }

    /** One answer option. */
    public record Option(String code, LocalText text) {
    }

    /** How many of the questions are answered. */
    public int answeredCount() {
        return (int) questions.stream().filter(q -> answers.containsKey(q.code())).count();
    }

    /** The first question not answered yet, or the number of questions when all are (where to continue). */
    public int firstUnanswered() {
        for (int i = 0; i < questions.size(); i++) {
            if (!answers.containsKey(questions.get(i).code())) {
                return i;
            }
        }
        return questions.size();
    }
}
