package com.omnichannel.order.config;

import com.omnichannel.order.messaging.StockRequestsPublisher;
import com.omnichannel.order.sourcing.CapacityRelease;
import com.omnichannel.support.axon.BoundedCache;
import com.omnichannel.support.axon.EvictCachedAggregateOnRollback;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
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

    /**
     * Orders stay in memory between commands (placement, the reservation answers, fulfilment), so an order is not
     * read back from the event store for each. Safe with several instances: a stale copy appends with a sequence
     * number another instance already used, the unique key refuses it, the copy is evicted and the command runs
     * again on fresh state (the broker redelivers the answer; the saga's batch is retried).
     */
    @Bean
    static Cache orderCache(@Value("${omnichannel.orders.cached-orders:10000}") int cachedOrders) {
        return new BoundedCache(cachedOrders);
    }

    @Autowired
    void evictOrdersOnRollback(CommandBus commandBus, @Qualifier("orderCache") Cache orderCache) {
        commandBus.registerHandlerInterceptor(new EvictCachedAggregateOnRollback(orderCache));
    }
}
