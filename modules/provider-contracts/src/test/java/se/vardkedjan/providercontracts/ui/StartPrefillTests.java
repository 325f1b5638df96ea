package se.vardkedjan.providercontracts.ui;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The day the provider's start form offers: never one the facade would refuse as after today. */
class StartPrefillTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void anAcceptedStartThatHasComeIsOffered() {
        assertThat(ProviderAssignmentView.startPrefill(TODAY.minusDays(4), TODAY)).isEqualTo(TODAY.minusDays(4));
        assertThat(ProviderAssignmentView.startPrefill(TODAY, TODAY)).isEqualTo(TODAY);
    }

    @Test
    void anAcceptedStartStillAheadGivesTodayInstead() {
        assertThat(ProviderAssignmentView.startPrefill(TODAY.plusDays(1), TODAY)).isEqualTo(TODAY);
    }

    @Test
    void withoutAnAcceptedStartTodayIsOffered() {
        assertThat(ProviderAssignmentView.startPrefill(null, TODAY)).isEqualTo(TODAY);
    }
}
