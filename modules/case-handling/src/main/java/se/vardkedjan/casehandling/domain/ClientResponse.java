package se.vardkedjan.casehandling.domain;

import se.vardkedjan.casehandling.AgreementChannel;
import se.vardkedjan.sharedkernel.FreeText;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.LocalDate;
import java.util.Objects;

import static se.vardkedjan.casehandling.domain.CaseFreeText.FREE_TEXT;

/**
 * The client's recorded view of a care plan: agreement on a date and how it was given, or disagreement stated in the
 * client's own words.
 */
public record ClientResponse(LocalDate on, AgreementChannel channel, boolean agrees, String clientsWords,
                             String recordedBy) {

    public ClientResponse {
        if (on == null) {
            throw new RuleViolation("casehandling.error.date-required", "casehandling.plan.response.on");
        }
        if (channel == null) {
            throw RuleViolation.forField("casehandling.plan.response.channel",
                    "casehandling.plan.error.channel-required");
        }
        clientsWords = agrees
                ? FREE_TEXT.optional("casehandling.plan.response.clients-words", clientsWords, FreeText.MEDIUM)
                : FREE_TEXT.required("casehandling.plan.response.clients-words", clientsWords, FreeText.MEDIUM);
        Objects.requireNonNull(recordedBy, "recorded by");
    }
}
