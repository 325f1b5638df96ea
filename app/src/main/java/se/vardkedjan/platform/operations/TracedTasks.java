package se.vardkedjan.platform.operations;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * Every task of the app's executor and scheduler runs in an observation of its own ({@code vardkedjan.task}), so the
 * log lines of an asynchronous event listener and of a scheduled job carry a trace id (ADR 0032, ADR 0033). A task
 * handed over while another observation is current (an event published in a request, a publication resubmitted by the
 * job) continues that trace: the listener's lines carry the trace id of the request or job that led to them. Spring
 * Boot gives the one {@link TaskDecorator} bean to the executor that runs {@code @Async} and
 * {@code @ApplicationModuleListener} methods and to the scheduler that runs {@code @Scheduled} ones.
 */
@Component
class TracedTasks implements TaskDecorator {

    private final ObjectProvider<ObservationRegistry> observations;

    TracedTasks(ObjectProvider<ObservationRegistry> observations) {
        this.observations = observations;
    }

    @Override
    public Runnable decorate(Runnable task) {
        var registry = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        var parent = registry.getCurrentObservation();
        return () -> Observation.createNotStarted("vardkedjan.task", registry)
                .parentObservation(parent)
                .observe(task);
    }
}
