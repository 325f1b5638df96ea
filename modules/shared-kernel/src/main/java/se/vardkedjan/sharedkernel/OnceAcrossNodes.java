package se.vardkedjan.sharedkernel;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Runs a job on one of the app's nodes only (ADR 0033). Every node's scheduler fires the job; the node that takes the
 * job's PostgreSQL advisory lock ({@code pg_try_advisory_xact_lock}, on a connection of its own, held in an open
 * transaction while the job runs) runs it, and the others skip it. The lock goes with the transaction: when the job
 * ends, and when the node dies (its connection closes and PostgreSQL rolls the transaction back), so a dead node never
 * holds a job. In the same transaction the run is written to {@code sharedkernel.job_runs} with the database's time;
 * a node that gets the lock within half the job's shortest period after the last run (its clock runs behind, or the
 * job was quick) skips too, so one cron tick runs the job once. A run that fails or whose node dies is not recorded,
 * and the next tick runs the job again: every job must be idempotent in effect.
 *
 * <p>The jobs log what they did themselves; this logs a run's start and end at DEBUG (a minute's job would fill the
 * log) and a failure at WARN. Each run is an observation ({@code vardkedjan.job}, tagged with the job and its outcome,
 * or {@code FAILED}), so its log lines carry a trace id and its time is a metric.
 */
@Component
public class OnceAcrossNodes {

    /** What became of one node's firing of a job. */
    public enum Outcome {
        /** This node ran the job, and the run is recorded. */
        RAN,
        /** Another node holds the job's lock: it is running the job now. */
        RUNNING_ELSEWHERE,
        /** A node ran the job within half its period: this tick has had its run. */
        RAN_RECENTLY
    }

    private static final Logger LOG = LoggerFactory.getLogger(OnceAcrossNodes.class);
    private static final Pattern JOB = Pattern.compile("[a-z][a-z0-9.-]{0,99}");
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final DataSource dataSource;
    private final ObjectProvider<ObservationRegistry> observations;
    private final String node;

    OnceAcrossNodes(DataSource dataSource, ObjectProvider<ObservationRegistry> observations,
                    @Value("${vardkedjan.node-name:}") String nodeName) {
        this.dataSource = dataSource;
        this.observations = observations;
        this.node = nodeName.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeName;
    }

    /**
     * Runs the work on this node unless another node runs it or ran it on this tick of the cron expression (in
     * Europe/Stockholm, as the jobs' schedules are): "apart" is half the shortest time between its next firings.
     */
    public Outcome run(String job, String cron, Runnable work) {
        return run(job, apartFor(cron), work);
    }

    /** Runs the work on this node unless another node runs it now or started a run less than {@code apart} ago. */
    public Outcome run(String job, Duration apart, Runnable work) {
        if (!JOB.matcher(job).matches()) {
            throw new IllegalArgumentException("A job's name is lower-case letters, digits, dots and dashes: " + job);
        }
        Objects.requireNonNull(apart, "apart");
        Objects.requireNonNull(work, "work");
        var observation = Observation.createNotStarted("vardkedjan.job",
                        observations.getIfAvailable(() -> ObservationRegistry.NOOP))
                .contextualName("job " + job)
                .lowCardinalityKeyValue("job", job);
        return observation.observe(() -> {
            try {
                var outcome = runLocked(job, apart, work);
                observation.lowCardinalityKeyValue("outcome", outcome.name());
                return outcome;
            } catch (RuntimeException | Error e) {
                // the same tag keys on every run: Prometheus refuses one metric name with different keys
                observation.lowCardinalityKeyValue("outcome", "FAILED");
                throw e;
            }
        });
    }

    private Outcome runLocked(String job, Duration apart, Runnable work) {
        var started = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!locked(connection, job)) {
                    connection.rollback();
                    LOG.debug("Job {} is running on another node", job);
                    return Outcome.RUNNING_ELSEWHERE;
                }
                if (!claimed(connection, job, apart)) {
                    connection.rollback();
                    LOG.debug("Job {} ran on this tick already", job);
                    return Outcome.RAN_RECENTLY;
                }
                LOG.debug("Job {} runs on this node", job);
                work.run();
                finish(connection, job);
                connection.commit();
                LOG.debug("Job {} ran on this node in {} ms", job,
                        Duration.ofNanos(System.nanoTime() - started).toMillis());
                return Outcome.RAN;
            } catch (RuntimeException | SQLException | Error e) {
                LOG.warn("Job {} failed on this node; the next tick runs it again", job);
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Job " + job + ": the lock's connection failed", e);
        }
    }

    private static boolean locked(Connection connection, String job) throws SQLException {
        try (var statement = connection.prepareStatement(
                "SELECT pg_try_advisory_xact_lock(hashtextextended('vardkedjan.job:' || ?, 0))")) {
            statement.setString(1, job);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** Writes this run's start, unless a run started less than {@code apart} ago (by the database's clock). */
    private boolean claimed(Connection connection, String job, Duration apart) throws SQLException {
        try (var statement = connection.prepareStatement("""
                INSERT INTO sharedkernel.job_runs AS run (job, started_at, node) VALUES (?, clock_timestamp(), ?)
                ON CONFLICT (job) DO UPDATE SET started_at = EXCLUDED.started_at, finished_at = NULL,
                    node = EXCLUDED.node
                WHERE run.started_at <= EXCLUDED.started_at - make_interval(secs => ?)""")) {
            statement.setString(1, job);
            statement.setString(2, node);
            statement.setDouble(3, apart.toMillis() / 1000.0);
            return statement.executeUpdate() == 1;
        }
    }

    private static void finish(Connection connection, String job) throws SQLException {
        try (var statement = connection.prepareStatement(
                "UPDATE sharedkernel.job_runs SET finished_at = clock_timestamp() WHERE job = ?")) {
            statement.setString(1, job);
            statement.executeUpdate();
        }
    }

    /** Half the shortest time between the next few firings of the cron expression. */
    static Duration apartFor(String cron) {
        var expression = CronExpression.parse(cron);
        var next = expression.next(ZonedDateTime.now(SWEDEN));
        Duration shortest = null;
        for (var i = 0; i < 8 && next != null; i++) {
            var after = expression.next(next);
            if (after == null) {
                break;
            }
            var between = Duration.between(next, after);
            shortest = shortest == null || between.compareTo(shortest) < 0 ? between : shortest;
            next = after;
        }
        if (shortest == null) {
            throw new IllegalArgumentException("The cron expression fires at most once: " + cron);
        }
        return shortest.dividedBy(2);
    }
}
