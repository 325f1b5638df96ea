package se.vardkedjan.sharedkernel;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two app nodes on one database, as two {@link OnceAcrossNodes} with connections of their own (node A the app's pool,
 * node B plain connections as the same app role), fire the same job (ADR 0033): it runs on one of them; the node that
 * dies holding it (its connection closed by PostgreSQL) leaves it to the other at its next firing; a quick run is not
 * repeated by the node whose firing comes a moment later.
 */
@SpringBootTest
class OnceAcrossNodesTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    private final String job = "test.job-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger runs = new AtomicInteger();

    private OnceAcrossNodes nodeA;
    private OnceAcrossNodes nodeB;

    @BeforeEach
    void twoNodes() {
        var observations = context.getBeanProvider(ObservationRegistry.class);
        var pool = (HikariDataSource) dataSource;
        nodeA = new OnceAcrossNodes(dataSource, observations, "node-a");
        nodeB = new OnceAcrossNodes(new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword()), observations, "node-b");
    }

    @AfterEach
    void forget() {
        jdbc.sql("DELETE FROM sharedkernel.job_runs WHERE job = ?").param(job).update();
    }

    @Test
    void twoNodesFiringTheSameJobAtOnceRunItOnce() throws Exception {
        var start = new CountDownLatch(1);
        Runnable work = () -> {
            runs.incrementAndGet();
            pause(Duration.ofMillis(700));
        };
        var a = CompletableFuture.supplyAsync(() -> fire(start, nodeA, work));
        var b = CompletableFuture.supplyAsync(() -> fire(start, nodeB, work));
        start.countDown();

        var outcomes = List.of(a.get(20, TimeUnit.SECONDS), b.get(20, TimeUnit.SECONDS));
        assertThat(outcomes).containsOnlyOnce(OnceAcrossNodes.Outcome.RAN);
        assertThat(outcomes).containsAnyOf(OnceAcrossNodes.Outcome.RUNNING_ELSEWHERE,
                OnceAcrossNodes.Outcome.RAN_RECENTLY);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aQuickRunIsNotRepeatedByTheNodeWhoseClockIsBehindButTheNextTickRunsAgain() {
        assertThat(nodeA.run(job, Duration.ofMinutes(7), runs::incrementAndGet)).isEqualTo(OnceAcrossNodes.Outcome.RAN);
        // node B's scheduler fires the same quarter-hour tick a few seconds later by its own clock
        assertThat(nodeB.run(job, Duration.ofMinutes(7), runs::incrementAndGet))
                .isEqualTo(OnceAcrossNodes.Outcome.RAN_RECENTLY);
        assertThat(runs).hasValue(1);
        assertThat(lastRunBy()).isEqualTo("node-a");

        // the next tick: the last run is older than half the period
        assertThat(nodeB.run(job, Duration.ZERO, runs::incrementAndGet)).isEqualTo(OnceAcrossNodes.Outcome.RAN);
        assertThat(runs).hasValue(2);
        assertThat(lastRunBy()).isEqualTo("node-b");
    }

    @Test
    void whenTheNodeRunningTheJobDiesTheOtherNodeRunsItAtItsNextFiring() throws Exception {
        var running = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var a = CompletableFuture.supplyAsync(() -> nodeA.run(job, Duration.ofMinutes(30), () -> {
            runs.incrementAndGet();
            running.countDown();
            await(release);
        }));
        assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(nodeB.run(job, Duration.ofMinutes(30), runs::incrementAndGet))
                .isEqualTo(OnceAcrossNodes.Outcome.RUNNING_ELSEWHERE);

        // node A dies: PostgreSQL closes its connection, which rolls back the lock's transaction
        var ended = jdbc.sql("""
                        SELECT pg_terminate_backend(l.pid)
                        FROM pg_locks l, (SELECT hashtextextended('vardkedjan.job:' || ?, 0) AS key) k
                        WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.granted
                          AND l.classid::bigint = (k.key >> 32) & 4294967295
                          AND l.objid::bigint = k.key & 4294967295""")
                .param(job).query(Boolean.class).list();
        assertThat(ended).containsExactly(true);

        // the run node A started was never recorded: node B's next firing runs the job, even within half the period
        assertThat(nodeB.run(job, Duration.ofMinutes(30), runs::incrementAndGet)).isEqualTo(OnceAcrossNodes.Outcome.RAN);
        assertThat(lastRunBy()).isEqualTo("node-b");

        release.countDown();
        assertThatThrownBy(() -> a.get(20, TimeUnit.SECONDS)).as("the dead node's run ends in its lost connection")
                .hasCauseInstanceOf(RuntimeException.class);
        assertThat(runs).hasValue(2);
        assertThat(lastRunBy()).isEqualTo("node-b");
    }

    @Test
    void aRunThatFailsIsNotRecordedSoTheOtherNodeRunsTheJobAgain() {
        assertThatThrownBy(() -> nodeA.run(job, Duration.ofHours(1), () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("the job failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(nodeB.run(job, Duration.ofHours(1), runs::incrementAndGet)).isEqualTo(OnceAcrossNodes.Outcome.RAN);
        assertThat(runs).hasValue(2);
    }

    @Test
    void halfTheShortestPeriodOfTheCronExpressionKeepsTwoFiringsOfOneTickApart() {
        assertThat(OnceAcrossNodes.apartFor("0 */15 * * * *")).isEqualTo(Duration.ofMinutes(7).plusSeconds(30));
        assertThat(OnceAcrossNodes.apartFor("0 20 * * * *")).isEqualTo(Duration.ofMinutes(30));
        assertThat(OnceAcrossNodes.apartFor("30 * * * * *")).isEqualTo(Duration.ofSeconds(30));
        assertThat(OnceAcrossNodes.apartFor("0 0 8,17 * * *")).isEqualTo(Duration.ofMinutes(270));
    }

    @Test
    void aJobNameThatIsNoPlainNameIsRefused() {
        assertThatThrownBy(() -> nodeA.run("x'; DROP TABLE sharedkernel.job_runs; --", Duration.ZERO, () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String lastRunBy() {
        return jdbc.sql("SELECT node FROM sharedkernel.job_runs WHERE job = ? AND finished_at IS NOT NULL")
                .param(job).query(String.class).single();
    }

    private OnceAcrossNodes.Outcome fire(CountDownLatch start, OnceAcrossNodes node, Runnable work) {
        await(start);
        return node.run(job, Duration.ofMinutes(7), work);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
