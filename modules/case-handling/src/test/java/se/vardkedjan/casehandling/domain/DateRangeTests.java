package se.vardkedjan.casehandling.domain;

import org.junit.jupiter.api.Test;
import se.vardkedjan.sharedkernel.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateRangeTests {

    @Test
    void aDateFrom1900To2199PassesAndNoDateIsNoDate() {
        assertThat(DateRange.check("casehandling.intake.received-on", LocalDate.of(1900, 1, 1)))
                .isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(DateRange.check("casehandling.intake.received-on", LocalDate.of(2199, 12, 31)))
                .isEqualTo(LocalDate.of(2199, 12, 31));
        assertThat(DateRange.check("casehandling.intake.received-on", (LocalDate) null)).isNull();
    }

    @Test
    void aDateBeforeAnyRegisterOrBeyondTheDatabasesCalendarIsRefusedWithTheFieldNamed() {
        for (var date : new LocalDate[]{LocalDate.of(1899, 12, 31), LocalDate.of(2200, 1, 1), LocalDate.of(1, 1, 1),
                LocalDate.of(9_999_999, 12, 31)}) {
            assertThatThrownBy(() -> DateRange.check("casehandling.intake.received-on", date))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("casehandling.error.date-out-of-range");
                        assertThat(e.arguments()).containsExactly("casehandling.intake.received-on", "1900-01-01",
                                "2199-12-31");
                    });
        }
        assertThatThrownBy(() -> DateRange.check("casehandling.access-log.to", Instant.parse("+294276-01-01T00:00:00Z")))
                .isInstanceOf(RuleViolation.class);
    }
}
