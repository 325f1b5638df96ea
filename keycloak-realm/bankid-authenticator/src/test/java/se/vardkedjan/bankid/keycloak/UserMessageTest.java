package se.vardkedjan.bankid.keycloak;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.vardkedjan.bankid.keycloak.rp.BankIdException.ErrorCode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class UserMessageTest {

    @ParameterizedTest
    @CsvSource({"outstandingTransaction,RFA1", "noClient,RFA1", "started,RFA15", "userMrtd,RFA23", "userSign,RFA9",
            "userCallConfirm,RFA21", "somethingNew,RFA21"})
    void pendingHintCodes(String hintCode, UserMessage expected) {
        assertThat(UserMessage.forPending(hintCode)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"expiredTransaction,RFA8", "certificateErr,RFA16", "userCancel,RFA6", "cancelled,RFA3",
            "startFailed,RFA17", "userDeclinedCall,RFA6", "notSupportedByUserApp,RFA3",
            "transactionRiskBlocked,RFA22", "somethingNew,RFA22"})
    void failedHintCodes(String hintCode, UserMessage expected) {
        assertThat(UserMessage.forFailed(hintCode)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ALREADY_IN_PROGRESS,RFA4", "INTERNAL_ERROR,RFA5", "MAINTENANCE,RFA5", "REQUEST_TIMEOUT,RFA5",
            "COMMUNICATION_FAILURE,RFA5", "INVALID_PARAMETERS,RFA22", "UNAUTHORIZED,RFA22", "NOT_FOUND,RFA22",
            "METHOD_NOT_ALLOWED,RFA22", "UNSUPPORTED_MEDIA_TYPE,RFA22", "UNKNOWN,RFA22"})
    void errors(ErrorCode errorCode, UserMessage expected) {
        assertThat(UserMessage.forError(errorCode)).isEqualTo(expected);
    }

    @Test
    void missingHintCodesStillGetAMessage() {
        assertThat(UserMessage.forPending(null)).isEqualTo(UserMessage.RFA21);
        assertThat(UserMessage.forFailed(null)).isEqualTo(UserMessage.RFA22);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void everyMessageHasATextInSwedishAndEnglish(String language) throws IOException {
        var bundle = new Properties();
        try (var in = getClass().getResourceAsStream("/theme-resources/messages/messages_" + language + ".properties")) {
            assertThat(in).isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (var message : UserMessage.values()) {
            assertThat(bundle.getProperty(message.messageKey())).as(message.messageKey()).isNotBlank();
        }
        assertThat(UserMessage.RFA1.messageKey()).isEqualTo("bankidRfa1");
        assertThat(UserMessage.INVALID_PERSONAL_NUMBER.messageKey()).isEqualTo("bankidInvalidPersonalNumber");
        assertThat(bundle.getProperty("bankidRfa6")).isEqualTo(language.equals("sv") ? "Åtgärden avbruten." : "Action cancelled.");
    }
}
