package com.omnichannel.inventory.config;

import com.omnichannel.inventory.messaging.StockEventsPublisher;
import com.omnichannel.inventory.stock.StockItemSnapshotTriggerDefinition;
import com.omnichannel.support.axon.BoundedCache;
import com.omnichannel.support.axon.EvictCachedAggregateOnRollback;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
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
        processing.registerListenerInvocationErrorHandler(StockEventsPublisher.GROUP,
                c -> PropagatingErrorHandler.instance());
    }

    /**
     * Stock items stay in memory between commands, so a busy item is not read back from the event store each time.
     * Safe with several instances: a stale copy appends with a sequence number another instance already used, the
     * unique key refuses it, the copy is evicted and the command retried on fresh state.
     */
    @Bean
    static Cache stockItemCache(@Value("${omnichannel.stock.cached-items:10000}") int cachedItems) {
        return new BoundedCache(cachedItems);
    }

    @Autowired
    void evictStockItemsOnRollback(CommandBus commandBus, @Qualifier("stockItemCache") Cache stockItemCache) {
        commandBus.registerHandlerInterceptor(new EvictCachedAggregateOnRollback(stockItemCache));
    }

    /**
     * Axon's default snapshotter takes a snapshot in the thread of the command that triggered it, after its commit:
     * the reservations queued behind that command wait for it. Here snapshots are taken on a thread of their own.
     */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                    HandlerDefinition handlerDefinition,
                                                    ParameterResolverFactory parameterResolverFactory,
                                                    EventStore eventStore, TransactionManager transactionManager,
                                                    SnapshotterSpanFactory spanFactory) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(Executors.newSingleThreadExecutor(r -> {
                    Thread thread = new Thread(r, "snapshotter");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    /** A stock item not in memory is loaded from its latest snapshot and the events since (see the definition). */
    @Bean
    SnapshotTriggerDefinition stockItemSnapshotTrigger(Snapshotter snapshotter,
                                                       @Value("${omnichannel.stock.snapshot-every:2000}") int every) {
        return new StockItemSnapshotTriggerDefinition(snapshotter, every);
    }
}
