package se.vardkedjan.platform.events;

import org.junit.jupiter.api.AfterEach;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;
import se.vardkedjan.casehandling.CoordinatedPlanId;
import se.vardkedjan.casehandling.DecisionId;
import se.vardkedjan.casehandling.InterventionId;
import se.vardkedjan.casehandling.InterventionType;
import se.vardkedjan.casehandling.events.CoordinatedPlanFollowUpSet;
import se.vardkedjan.casehandling.events.InterventionGranted;
import se.vardkedjan.sharedkernel.CaseId;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that dies after its transaction published {@link InterventionGranted} and before the listeners completed
 * leaves the publications incomplete (ADR 0033). The job on another node hands them to the listeners again, and the
 * chain's effect is there once: one assignment draft and one scheduled follow-up, also when the listeners had already
 * committed (the node died before marking them completed) and when the job resubmits them twice. A publication a
 * living node may still be processing (younger than {@code vardkedjan.events.abandoned-after}) is left alone. A
 * publication that has had its last attempt ({@code vardkedjan.events.max-attempts}) is given up: not resubmitted,
 * logged once without its payload, and counted by a metric.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class AbandonedPublicationsTests {

    private static final String GRANTED = InterventionGranted.class.getName();

    @Autowired
    AbandonedPublications abandoned;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventSerializer serializer;
    @Autowired
    Clock clock;
    @Autowired
    MeterRegistry meters;

    private final List<UUID> inserted = new ArrayList<>();

    @AfterEach
    void removeWhatWasLeftIncomplete() {
        for (var id : inserted) {
            jdbc.sql("DELETE FROM platform.given_up_publications WHERE publication_id = ?").param(id).update();
            jdbc.sql("DELETE FROM platform.event_publication WHERE id = ? AND completion_date IS NULL").param(id)
                    .update();
        }
    }

    @Test
    void aPublicationLeftByADeadNodeIsCompletedOnceAndResubmittingItAgainChangesNothing() {
        var listeners = listenersOfInterventionGranted();
        var granted = granted();
        leftIncompleteByADeadNode(granted, listeners, clock.instant().minus(Duration.ofMinutes(10)));

        abandoned.resubmit();
        awaitCompleted(granted);

        assertThat(assignmentsOf(granted)).isEqualTo(1);
        assertThat(followUpsOf(granted)).isEqualTo(1);

        abandoned.resubmit();
        pause();
        assertThat(assignmentsOf(granted)).isEqualTo(1);
        assertThat(followUpsOf(granted)).isEqualTo(1);
    }

    @Test
    void aPublicationWhoseListenersCommittedBeforeTheNodeDiedIsHandedOverAgainWithoutASecondEffect() {
        var granted = granted();
        // delivered and completed as on a living node
        transactions.executeWithoutResult(status -> events.publishEvent(granted));
        awaitCompleted(granted);
        assertThat(assignmentsOf(granted)).isEqualTo(1);
        assertThat(followUpsOf(granted)).isEqualTo(1);
        // ... but the node died after the listeners' commits, before it marked the publications completed
        jdbc.sql("""
                        UPDATE platform.event_publication SET completion_date = NULL, status = 'PROCESSING',
                            publication_date = ?, last_resubmission_date = ?
                        WHERE event_type = ? AND serialized_event LIKE ?""")
                .params(old(), old(), GRANTED, "%" + granted.interventionId().value() + "%").update();

        abandoned.resubmit();
        awaitCompleted(granted);
        abandoned.resubmit();
        pause();

        assertThat(assignmentsOf(granted)).isEqualTo(1);
        assertThat(followUpsOf(granted)).isEqualTo(1);
    }

    @Test
    void aPublicationALivingNodeMayStillBeProcessingIsLeftAlone() {
        var listeners = listenersOfInterventionGranted();
        var young = granted();
        leftIncompleteByADeadNode(young, listeners, clock.instant().minus(Duration.ofMinutes(1)));
        var resubmittedLately = granted();
        leftIncompleteByADeadNode(resubmittedLately, listeners, clock.instant().minus(Duration.ofHours(1)));
        jdbc.sql("""
                        UPDATE platform.event_publication SET status = 'PROCESSING', last_resubmission_date = ?
                        WHERE serialized_event LIKE ?""")
                .params(Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))),
                        "%" + resubmittedLately.interventionId().value() + "%").update();

        abandoned.resubmit();
        pause();

        for (var granted : List.of(young, resubmittedLately)) {
            assertThat(incompleteOf(granted)).isEqualTo(listeners.size());
            assertThat(assignmentsOf(granted)).isZero();
            assertThat(followUpsOf(granted)).isZero();
        }
    }

    @Test
    void aResubmissionWhoseNodeDiedBeforeTheListenerStartedIsTakenAgain() {
        var listeners = listenersOfInterventionGranted();
        var granted = granted();
        leftIncompleteByADeadNode(granted, listeners, clock.instant().minus(Duration.ofHours(1)));
        // claimed for resubmission by a node that died at once: Spring Modulith never claims it again by itself
        jdbc.sql("""
                        UPDATE platform.event_publication SET status = 'RESUBMITTED', last_resubmission_date = ?
                        WHERE serialized_event LIKE ?""")
                .params(old(), "%" + granted.interventionId().value() + "%").update();

        abandoned.resubmit();
        awaitCompleted(granted);

        assertThat(assignmentsOf(granted)).isEqualTo(1);
        assertThat(followUpsOf(granted)).isEqualTo(1);
    }

    /**
     * A publication whose listener failed at every delivery, and has had the last one allowed: it is not handed over
     * again, one line names it (id, listener; no payload), the metric counts it, and the next runs change nothing.
     */
    @Test
    void aPublicationThatFailedAtItsLastAttemptIsGivenUpLoggedOnceAndCounted(CapturedOutput output) {
        var listeners = listenersOfInterventionGranted();
        var granted = granted();
        leftIncompleteByADeadNode(granted, listeners, clock.instant().minus(Duration.ofHours(2)));
        failedAfter(granted, abandoned.maxAttempts());
        var givenUpBefore = givenUpMetric();

        abandoned.resubmit();
        pause();
        abandoned.resubmit();
        pause();

        assertThat(incompleteOf(granted)).as("still incomplete, not resubmitted").isEqualTo(listeners.size());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform.event_publication
                        WHERE serialized_event LIKE ? AND status = 'FAILED' AND completion_attempts = ?""")
                .params("%" + granted.interventionId().value() + "%", abandoned.maxAttempts())
                .query(Long.class).single()).as("no further attempt").isEqualTo(listeners.size());
        assertThat(assignmentsOf(granted)).isZero();
        assertThat(followUpsOf(granted)).isZero();
        assertThat(givenUpMetric()).isEqualTo(givenUpBefore + listeners.size());
        var ids = ofGranted(granted);
        for (var id : ids) {
            var lines = output.getAll().lines().filter(line -> line.contains("Gave up event publication " + id))
                    .toList();
            assertThat(lines).as("one line for " + id).hasSize(1);
            assertThat(lines.getFirst()).contains("listener se.vardkedjan.")
                    .doesNotContain(granted.interventionId().value().toString())
                    .doesNotContain(granted.caseId().value().toString());
        }
    }

    /** One attempt short of the bound, it is handed over once more, and completes. */
    @Test
    void aPublicationWithAnAttemptLeftIsHandedOverAgain() {
        var listeners = listenersOfInterventionGranted();
        var granted = granted();
        leftIncompleteByADeadNode(granted, listeners, clock.instant().minus(Duration.ofHours(2)));
        failedAfter(granted, abandoned.maxAttempts() - 1);

        abandoned.resubmit();
        awaitCompleted(granted);

        assertThat(assignmentsOf(granted)).isEqualTo(1);
        assertThat(followUpsOf(granted)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.given_up_publications WHERE publication_id = ANY(?)")
                .param(ofGranted(granted).toArray(UUID[]::new)).query(Long.class).single()).isZero();
    }

    /**
     * A publication stored before the events carried their order (its JSON has no {@code version}) still reads, with
     * no order, and its listener applies it when nothing newer was applied (ADR 0033).
     */
    @Test
    void aPublicationStoredBeforeTheEventCarriedItsOrderIsReadAndApplied() {
        var caseId = new CaseId(UUID.randomUUID());
        var probe = new CoordinatedPlanFollowUpSet(caseId, new CoordinatedPlanId(UUID.randomUUID()), 1L,
                LocalDate.of(2026, 6, 1));
        transactions.executeWithoutResult(status -> events.publishEvent(probe));
        var listener = jdbc.sql("SELECT listener_id FROM platform.event_publication WHERE serialized_event LIKE ?")
                .param("%" + probe.coordinatedPlanId().value() + "%").query(String.class).single();
        var sip = new CoordinatedPlanId(UUID.randomUUID());
        var stored = serializer.serialize(new CoordinatedPlanFollowUpSet(caseId, sip, 7L, LocalDate.of(2026, 9, 1)))
                .toString();
        var legacy = stored.replace("\"version\":7,", "");
        assertThat(legacy).as("as stored before the field").doesNotContain("version");
        assertThat(serializer.deserialize(legacy, CoordinatedPlanFollowUpSet.class).version()).isNull();
        var id = UUID.randomUUID();
        inserted.add(id);
        jdbc.sql("""
                        INSERT INTO platform.event_publication (id, listener_id, event_type, serialized_event,
                            publication_date, status, completion_attempts, last_resubmission_date)
                        VALUES (?, ?, ?, ?, ?, 'PUBLISHED', 1, ?)""")
                .params(id, listener, CoordinatedPlanFollowUpSet.class.getName(), legacy, old(), old()).update();

        abandoned.resubmit();
        for (var i = 0; i < 200 && jdbc.sql("SELECT completion_date IS NULL FROM platform.event_publication "
                + "WHERE id = ?").param(id).query(Boolean.class).single(); i++) {
            pause(50);
        }

        assertThat(jdbc.sql("""
                        SELECT due_on FROM followup.scheduled_follow_ups WHERE source_kind = 'SIP' AND source_id = ?""")
                .param(sip.value()).query(LocalDate.class).optional()).contains(LocalDate.of(2026, 9, 1));
    }

    /** As a listener that failed at its {@code attempts}th delivery leaves its publications. */
    private void failedAfter(InterventionGranted granted, int attempts) {
        jdbc.sql("""
                        UPDATE platform.event_publication SET status = 'FAILED', completion_attempts = ?,
                            last_resubmission_date = ?
                        WHERE serialized_event LIKE ?""")
                .params(attempts, old(), "%" + granted.interventionId().value() + "%").update();
    }

    private List<UUID> ofGranted(InterventionGranted granted) {
        return jdbc.sql("SELECT id FROM platform.event_publication WHERE serialized_event LIKE ?")
                .param("%" + granted.interventionId().value() + "%").query(UUID.class).list();
    }

    private double givenUpMetric() {
        return meters.get(AbandonedPublications.GIVEN_UP_METRIC).gauge().value();
    }

    /** The listeners' ids, as a publication of the event on a living node stores them. */
    private List<String> listenersOfInterventionGranted() {
        var granted = granted();
        transactions.executeWithoutResult(status -> events.publishEvent(granted));
        awaitCompleted(granted);
        var listeners = jdbc.sql("SELECT listener_id FROM platform.event_publication WHERE serialized_event LIKE ?")
                .param("%" + granted.interventionId().value() + "%").query(String.class).list();
        assertThat(listeners).as("provider contracts' draft and follow-up's schedule listen").hasSizeGreaterThanOrEqualTo(2);
        return listeners;
    }

    /** What a node leaves when it dies after its commit and before any listener ran: stored, never processed. */
    private void leftIncompleteByADeadNode(InterventionGranted granted, List<String> listeners, Instant publishedAt) {
        var serialized = serializer.serialize(granted).toString();
        for (var listener : listeners) {
            var id = UUID.randomUUID();
            inserted.add(id);
            jdbc.sql("""
                            INSERT INTO platform.event_publication (id, listener_id, event_type, serialized_event,
                                publication_date, status, completion_attempts, last_resubmission_date)
                            VALUES (?, ?, ?, ?, ?, 'PUBLISHED', 1, ?)""")
                    .params(id, listener, GRANTED, serialized, Timestamp.from(publishedAt),
                            Timestamp.from(publishedAt)).update();
        }
    }

    /** A granted intervention of a case nobody reads here: ids only, as the event carries. */
    private InterventionGranted granted() {
        return new InterventionGranted(new CaseId(UUID.randomUUID()), new DecisionId(UUID.randomUUID()),
                new InterventionId(UUID.randomUUID()), InterventionType.OUTPATIENT, LocalDate.of(2026, 3, 2));
    }

    private void awaitCompleted(InterventionGranted granted) {
        for (var i = 0; i < 200 && incompleteOf(granted) > 0; i++) {
            pause(50);
        }
        assertThat(incompleteOf(granted)).as("incomplete publications").isZero();
    }

    private long incompleteOf(InterventionGranted granted) {
        return jdbc.sql("""
                        SELECT count(*) FROM platform.event_publication
                        WHERE serialized_event LIKE ? AND completion_date IS NULL""")
                .param("%" + granted.interventionId().value() + "%").query(Long.class).single();
    }

    private long assignmentsOf(InterventionGranted granted) {
        return jdbc.sql("SELECT count(*) FROM providercontracts.assignments WHERE intervention_id = ?")
                .param(granted.interventionId().value()).query(Long.class).single();
    }

    private long followUpsOf(InterventionGranted granted) {
        return jdbc.sql("""
                        SELECT count(*) FROM followup.scheduled_follow_ups
                        WHERE source_kind = 'INTERVENTION' AND source_id = ?""")
                .param(granted.interventionId().value()).query(Long.class).single();
    }

    private Timestamp old() {
        return Timestamp.from(clock.instant().minus(Duration.ofHours(1)));
    }

    private static void pause() {
        pause(1000);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
