package se.vardkedjan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The end-to-end run's log check finds what it looks for, and only that ({@link PersonalDataInLogs}). */
class PersonalDataInLogsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private final PersonalDataInLogs check = new PersonalDataInLogs(List.of("Erik Johansson", "Karin Berg", "Ek"),
            TODAY);

    @ParameterizedTest
    @ValueSource(strings = {"198506154577", "19850615-4577", "850615-4577", "8506154577", "pnr=198506154577.",
            "199203722468", "920372-2468", "191212121212+", "121212+1212", "(19850615-4577)"})
    void findsAPersonalIdentityNumberOrSamordningsnummerInAnyOfItsForms(String text) {
        assertThat(check.inText("Opened the case of " + text)).hasSize(1).first().asString()
                .startsWith("an identity number").endsWith("****");
    }

    @ParameterizedTest
    @ValueSource(strings = {"198506154578", "19851315-4577", "20291105-1234", "1733300000000", "17333000000",
            "2026-12-04T04:01:10.063Z", "in 1234567890 ms", "e2f1c0a4-1985-0615-4577-1234567890ab",
            "19850615-4577-1234-9876-abcdefabcdef", "R19850615001"})
    void leavesAloneDigitsThatAreNoIdentityNumber(String text) {
        assertThat(check.inText("Value " + text)).isEmpty();
    }

    @Test
    void findsAFullNameAsWholeWordsWhateverTheCase() {
        assertThat(check.inText("Signed in ERIK  johansson")).containsExactly("the name erik johansson");
        assertThat(check.inText("Karin Berg, enhetschef")).containsExactly("the name karin berg");
        assertThat(check.inText("Karin Bergström")).isEmpty();
        assertThat(check.inText("Erik Johanssons plan")).isEmpty();
        // A single word would match ordinary text: only full names are looked for.
        assertThat(check.inText("Ek")).isEmpty();
    }

    @Test
    void readsEveryStringOfAJsonLineButTheAppsOwnIds() throws Exception {
        var line = JsonMapper.builder().build().readTree("""
                {"@timestamp":"2026-12-04T04:01:10.063Z","log":{"level":"ERROR","logger":"x"},
                 "process":{"pid":1,"thread":{"name":"main"}},"message":"Opening the page failed",
                 "requestId":"198506154577","traceId":"0000000000000000000000198506154577",
                 "error":{"type":"java.lang.IllegalStateException","message":"no","stack_trace":"at x(Erik Johansson)\\n\\tat y 19850615-4577"}}
                """);

        assertThat(check.inLine(line)).containsExactlyInAnyOrder("an identity number 19850615-****",
                "the name erik johansson");
    }
}
