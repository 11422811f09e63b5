package com.omnichannel.inventory.config;

import com.omnichannel.inventory.messaging.ProductEventsPublisher;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ProductOutboxConfig {

    /** A failed publish of a product change must stop the outbox and retry it, never skip the event. */
    @Autowired
    void productOutboxRetriesInsteadOfSkipping(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(ProductEventsPublisher.GROUP,
                c -> PropagatingErrorHandler.instance());
    }
}
