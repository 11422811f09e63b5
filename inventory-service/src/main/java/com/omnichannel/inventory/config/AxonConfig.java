package com.omnichannel.inventory.config;

import com.omnichannel.inventory.messaging.StockEventsPublisher;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AxonConfig {

    /** A failed publish must stop the outbox and retry it, never skip the event. */
    @Autowired
    void outboxRetriesInsteadOfSkipping(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(StockEventsPublisher.GROUP,
                c -> PropagatingErrorHandler.instance());
    }

    /** A busy stock item is loaded from its latest snapshot plus at most this many events. */
    @Bean
    SnapshotTriggerDefinition stockItemSnapshotTrigger(Snapshotter snapshotter,
                                                       @Value("${omnichannel.stock.snapshot-every:50}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }
}
