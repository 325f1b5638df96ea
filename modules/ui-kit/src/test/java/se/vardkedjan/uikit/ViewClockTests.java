package se.vardkedjan.uikit;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The views' "today" is the facades' clock's date, in the municipality's zone, whatever the server's zone. */
class ViewClockTests {

    /** 23:30 UTC on New Year's Eve is already New Year's Day in Stockholm. */
    private static final Instant NEW_YEARS_NIGHT = Instant.parse("2026-12-31T23:30:00Z");

    @Test
    void todayIsTheDateInTheClocksZoneNotTheServers() {
        var clock = new ViewClock(Clock.fixed(NEW_YEARS_NIGHT, SwedishTime.ZONE));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(clock.now()).isEqualTo(NEW_YEARS_NIGHT);
    }

    @Test
    void timesAreWrittenTheSwedishWayInTheMunicipalitysZone() {
        assertThat(SwedishTime.dateTime(NEW_YEARS_NIGHT)).isEqualTo("2027-01-01 00:30");
        assertThat(SwedishTime.DATE_TIME_SECONDS.format(NEW_YEARS_NIGHT)).isEqualTo("2027-01-01 00:30:00");
        assertThat(SwedishTime.TIME.format(NEW_YEARS_NIGHT)).isEqualTo("00:30");
        assertThat(SwedishTime.dateTime(null)).isEmpty();
    }

    @Test
    void onlyStringsWithTheNameOfAModuleThatShipsTextsAreTextKeys() {
        assertThat(TextKeys.isKey("uikit.error.concurrent-change")).isTrue();
        assertThat(TextKeys.isKey("www.example.se")).isFalse();
        assertThat(TextKeys.isKey("uikit.")).isFalse();
        assertThat(TextKeys.isKey("uikit.a b")).isFalse();
    }
}
