package com.omnichannel.order.config;

import com.omnichannel.order.messaging.StockRequestsPublisher;
import com.omnichannel.order.sourcing.CapacityRelease;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AxonConfig {

    /** A failed publish must stop the outbox and retry it, never skip the event. */
    @Autowired
    void outboxRetriesInsteadOfSkipping(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(StockRequestsPublisher.GROUP,
                c -> PropagatingErrorHandler.instance());
    }

    /** A slot of daily capacity that could not be given back fails the change that gave the group up. */
    @Autowired
    void capacityIsGivenBackOrNothing(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(CapacityRelease.GROUP,
                c -> PropagatingErrorHandler.instance());
    }
}
