package com.omnichannel.support.axon;

import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Health is UP only when every Axon event processor (projections, sagas, outbox publishers) is running. */
@Component("eventProcessors")
public class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, String> states = new TreeMap<>();
        boolean allUp = true;
        for (Map.Entry<String, EventProcessor> e : processing.eventProcessors().entrySet()) {
            EventProcessor processor = e.getValue();
            boolean up = processor.isRunning() && !processor.isError();
            allUp &= up;
            states.put(e.getKey(), processor.isError() ? "ERROR" : processor.isRunning() ? "RUNNING" : "STOPPED");
        }
        (allUp ? builder.up() : builder.down()).withDetails(states);
    }
}
