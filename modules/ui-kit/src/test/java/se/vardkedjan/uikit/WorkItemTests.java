package se.vardkedjan.uikit;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which start-page group an item falls in: late before today, this week up to Sunday, coming after that. */
class WorkItemTests {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);

    private static WorkItem due(LocalDate due) {
        return new WorkItem("kind", "Anna Andersson", null, null, null, "date", due, due, "arenden/1/beslut", 0);
    }

    @Test
    void anItemDueYesterdayIsLateAndOneDueTodayIsThisWeeks() {
        assertThat(due(THURSDAY.minusDays(1)).group(THURSDAY)).isEqualTo(WorkItem.Group.OVERDUE);
        assertThat(due(THURSDAY).group(THURSDAY)).isEqualTo(WorkItem.Group.THIS_WEEK);
    }

    @Test
    void theWeekEndsOnSundayWhateverDayItIs() {
        assertThat(due(SUNDAY).group(THURSDAY)).isEqualTo(WorkItem.Group.THIS_WEEK);
        assertThat(due(SUNDAY.plusDays(1)).group(THURSDAY)).isEqualTo(WorkItem.Group.COMING);
        // On Sunday itself, Monday is already next week; on Monday, the coming Sunday is still this week.
        assertThat(due(SUNDAY.plusDays(1)).group(SUNDAY)).isEqualTo(WorkItem.Group.COMING);
        assertThat(due(SUNDAY.plusDays(7)).group(SUNDAY.plusDays(1))).isEqualTo(WorkItem.Group.THIS_WEEK);
    }

    @Test
    void anItemWithoutADeadlineWaitsThisWeek() {
        assertThat(new WorkItem("kind", null, null, null, null, "date", THURSDAY, null, "arenden/1", 0)
                .group(THURSDAY)).isEqualTo(WorkItem.Group.THIS_WEEK);
    }

    @Test
    void aPathIsARouteNotAnAddressFromTheRoot() {
        assertThatThrownBy(() -> new WorkItem("kind", null, null, null, null, "date", THURSDAY, null, "/arenden/1", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
