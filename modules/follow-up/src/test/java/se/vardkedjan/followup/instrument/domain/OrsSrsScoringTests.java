package se.vardkedjan.followup.instrument.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vardkedjan.casehandling.Sex;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OrsSrsScoringTests {

    private static final InstrumentDefinition ORS = Shipped.definition("ors-1.yaml");
    private static final InstrumentDefinition SRS = Shipped.definition("srs-1.yaml");
    private static final LocalDate ON = LocalDate.of(2026, 3, 1);
    private static final LocalDate ADULT = LocalDate.of(1980, 5, 5);

    /** Four ratings summing to {@code total}, as even as may be. */
    private static Map<String, String> totalling(List<String> items, int total) {
        var answers = new LinkedHashMap<String, String>();
        for (int i = 0; i < 4; i++) {
            answers.put(items.get(i), String.valueOf(total / 4 + (i < total % 4 ? 1 : 0)));
        }
        return answers;
    }

    private static Map<String, String> ors(int total) {
        return totalling(List.of("INDIVIDUAL", "INTERPERSONAL", "SOCIAL", "OVERALL"), total);
    }

    private static Map<String, String> srs(int total) {
        return totalling(List.of("RELATIONSHIP", "GOALS_AND_TOPICS", "APPROACH", "OVERALL"), total);
    }

    @Test
    void bothNeedALicenceAndTotalFourRatingsOfNoughtToTen() {
        assertThat(ORS.licenceRequired()).isTrue();
        assertThat(SRS.licenceRequired()).isTrue();
        assertThat(ORS.highestTotal()).isEqualTo(40);
        assertThat(SRS.highestTotal()).isEqualTo(40);
        assertThat(ORS.score(Map.of("INDIVIDUAL", "3", "INTERPERSONAL", "7", "SOCIAL", "10", "OVERALL", "0"),
                Sex.MALE, ADULT, ON).total()).isEqualTo(20);
    }

    @ParameterizedTest(name = "ORS {0}: in the clinical range {1}")
    @CsvSource({"24, true, CLINICAL", "25, false, NON_CLINICAL", "26, false, NON_CLINICAL"})
    void anAdultsOrsBelow25IsInTheClinicalRange(int total, boolean flagged, String band) {
        var score = ORS.score(ors(total), Sex.FEMALE, ADULT, ON);

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.overCutOff()).isEqualTo(flagged);
        assertThat(score.band()).isEqualTo(band);
        assertThat(score.cutOffUsed().value()).isEqualTo(25);
    }

    @Test
    void theOrsAdultCutOffIsNotAppliedToAMinor() {
        assertThat(ORS.score(ors(20), Sex.MALE, LocalDate.of(2010, 1, 1), ON).overCutOff()).isNull();
    }

    @ParameterizedTest(name = "SRS {0}: alliance flagged {1}")
    @CsvSource({"35, true", "36, true", "37, false"})
    void anSrsOf36OrLessFlagsTheAlliance(int total, boolean flagged) {
        var score = SRS.score(srs(total), Sex.MALE, ADULT, ON);

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.overCutOff()).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "ORS {0} → {1}: reliable {2}, {3}")
    @CsvSource({"20, 24, false, BETTER", "20, 25, true, BETTER", "20, 26, true, BETTER", "30, 26, false, WORSE",
            "30, 25, true, WORSE", "30, 30, false, UNCHANGED"})
    void aChangeOfFiveOrMoreInTheOrsIsReliable(int from, int to, boolean reliable, Change.Way way) {
        var change = ORS.change(from, to);

        assertThat(change.difference()).isEqualTo(to - from);
        assertThat(change.reliable()).isEqualTo(reliable);
        assertThat(change.way()).isEqualTo(way);
    }

    @Test
    void anInstrumentWithoutAPublishedThresholdNeverCallsAChangeReliable() {
        var audit = Shipped.definition("audit-1.yaml");

        assertThat(audit.change(30, 2).reliable()).isFalse();
        assertThat(audit.change(30, 2).way()).isEqualTo(Change.Way.BETTER);
        assertThat(audit.change(2, 30).way()).isEqualTo(Change.Way.WORSE);
    }
}
