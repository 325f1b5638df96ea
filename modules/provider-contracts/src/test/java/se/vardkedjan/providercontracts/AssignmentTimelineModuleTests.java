package se.vardkedjan.providercontracts;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vardkedjan.TestActors;
import se.vardkedjan.casehandling.CaseHandling;
import se.vardkedjan.casehandling.CasePageSection;
import se.vardkedjan.casehandling.Decisions;
import se.vardkedjan.casehandling.Investigations;
import se.vardkedjan.casehandling.PersonRegister;
import se.vardkedjan.casehandling.TestFixtures;
import se.vardkedjan.sharedkernel.Actor;
import se.vardkedjan.sharedkernel.ProviderOrganisationCode;
import se.vardkedjan.sharedkernel.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vardkedjan.casehandling.TestFixtures.NORTH;

/**
 * The Uppdrag tab's entries on the case timeline (ADR 0024) against the real PostgreSQL: an assignment's start and end
 * are dated by the day the provider or the caseworker gave, not by the day it was recorded, so that the timeline tells
 * when the care started and ended.
 */
@ProviderContractsModuleTest
class AssignmentTimelineModuleTests {

    private final Assignments assignments;
    private final PersonRegister register;
    private final CaseHandling caseHandling;
    private final Investigations investigations;
    private final Decisions decisions;
    private final JdbcClient jdbc;
    private final CasePageSection uppdrag;
    private final LocalDate today;

    AssignmentTimelineModuleTests(Assignments assignments, PersonRegister register, CaseHandling caseHandling,
                                  Investigations investigations, Decisions decisions, JdbcClient jdbc,
                                  List<CasePageSection> sections, Clock clock) {
        this.assignments = assignments;
        this.register = register;
        this.caseHandling = caseHandling;
        this.investigations = investigations;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.uppdrag = sections.stream().filter(section -> section.path().equals("uppdrag")).findFirst()
                .orElseThrow();
        this.today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    }

    @Test
    void theTimelineDatesTheStartAndTheEndByTheDaysGivenNotByTheDayTheyWereRecorded() {
        var provider = AssignmentFixtures.provider(jdbc, "FRAMEWORK_AGREEMENT", 10, today);
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        var granted = AssignmentFixtures.granted(register, caseHandling, investigations, decisions, NORTH, today,
                TestFixtures.person(TestFixtures.personalNumber(), "Tora", "Tidslinje"));
        var id = AssignmentFixtures.liveAssignment(jdbc, granted.interventionId());
        var draft = assignments.saveDraft(id, 0, AssignmentFixtures.complete(provider, today));
        var sent = assignments.send(id, draft.version());
        // As if decided three weeks ago, so that the start given (not after today) lies before the day it is reported.
        var decidedOn = today.minusDays(21);
        jdbc.sql("UPDATE providercontracts.assignments SET decided_on = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(decidedOn), id.value()).update();
        TestActors.signIn(providerStaff(provider.code()));
        var accepted = assignments.accept(id, sent.version(), decidedOn.plusDays(7));
        var running = assignments.start(id, accepted.version(), decidedOn.plusDays(9));
        TestActors.signIn(TestFixtures.caseworker(NORTH));
        assignments.end(id, running.version(), EndReason.COMPLETED, today.plusDays(40));

        var timeline = uppdrag.timeline(granted.caseId());

        assertThat(timeline).filteredOn(entry -> entry.titleKey().equals("providercontracts.timeline.started"))
                .extracting(CasePageSection.TimelineEntry::date).containsExactly(decidedOn.plusDays(9));
        assertThat(timeline).filteredOn(entry -> entry.titleKey().equals("providercontracts.timeline.ended"))
                .extracting(CasePageSection.TimelineEntry::date).containsExactly(today.plusDays(40));
        assertThat(timeline).filteredOn(entry -> entry.titleKey().equals("providercontracts.timeline.accepted"))
                .extracting(CasePageSection.TimelineEntry::date).as("the answer is dated by the day it was given")
                .containsExactly(today);
    }

    private static Actor providerStaff(String organisation) {
        return new Actor(UUID.randomUUID().toString(), "utf" + UUID.randomUUID().toString().substring(0, 6),
                "Ulla Utförare", Set.of(Roles.PROVIDER_STAFF), Set.of(),
                Set.of(new ProviderOrganisationCode(organisation)));
    }
}
