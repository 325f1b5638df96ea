package se.vardkedjan.platform.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.TaskScheduler;
import se.vardkedjan.sharedkernel.OnceAcrossNodes;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log lines of work done outside any request carry a trace id (ADR 0032, ADR 0033): a job's run, a task of the
 * executor that runs the asynchronous event listeners, a task of the scheduler. A task handed over inside a job
 * continues the job's trace, so a listener's lines can be found from the job (or request) that led to them.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class TracedTasksTests {

    private static final Logger LOG = LoggerFactory.getLogger(TracedTasksTests.class);
    private static final Pattern TRACED = Pattern.compile("\\[,([0-9a-f]{32})\\] ");

    @Autowired
    OnceAcrossNodes once;
    @Autowired
    @Qualifier("applicationTaskExecutor")
    AsyncTaskExecutor executor;
    @Autowired
    TaskScheduler scheduler;

    @Test
    void aJobsRunLogsWithATraceId(CapturedOutput output) {
        var marker = "job-work-" + UUID.randomUUID();
        var later = "job-later-" + UUID.randomUUID();
        once.run("test.traced-" + marker.substring(9, 17), Duration.ZERO, () -> {
            LOG.info(marker);
            LOG.info(later);
        });

        assertThat(traceOf(output, marker)).isNotEmpty();
        assertThat(traceOf(output, later)).as("one run, one trace").isEqualTo(traceOf(output, marker));
    }

    @Test
    void anAsynchronousTaskLogsWithATraceIdAndATaskHandedOverInAJobContinuesItsTrace(CapturedOutput output)
            throws Exception {
        var alone = "async-alone-" + UUID.randomUUID();
        executor.submit(() -> LOG.info(alone)).get(10, TimeUnit.SECONDS);
        assertThat(traceOf(output, alone)).isNotEmpty();

        var inJob = "async-in-job-" + UUID.randomUUID();
        var jobLine = "job-line-" + UUID.randomUUID();
        once.run("test.traced-" + inJob.substring(13, 21), Duration.ZERO, () -> {
            LOG.info(jobLine);
            try {
                executor.submit(() -> LOG.info(inJob)).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(traceOf(output, inJob)).isEqualTo(traceOf(output, jobLine)).isNotEqualTo(traceOf(output, alone));
    }

    @Test
    void aScheduledTaskLogsWithATraceId(CapturedOutput output) throws Exception {
        var marker = "scheduled-" + UUID.randomUUID();
        var done = new CompletableFuture<Void>();
        scheduler.schedule(() -> {
            LOG.info(marker);
            done.complete(null);
        }, Instant.now());
        done.get(10, TimeUnit.SECONDS);

        assertThat(traceOf(output, marker)).isNotEmpty();
    }

    private static String traceOf(CapturedOutput output, String text) {
        var line = output.toString().lines().filter(l -> l.contains(text)).findFirst().orElseThrow();
        var trace = TRACED.matcher(line);
        assertThat(trace.find()).as("a trace id on: " + line).isTrue();
        return trace.group(1);
    }
}
