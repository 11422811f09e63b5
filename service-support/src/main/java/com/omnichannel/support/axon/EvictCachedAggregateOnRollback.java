package com.omnichannel.support.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps an aggregate cache true to the database. Axon evicts a cached aggregate when its unit of work rolls back,
 * but a command may run inside a wider transaction (an idempotency key stored with its effect) that rolls back
 * after the unit of work committed; this evicts the aggregate when that transaction rolls back too.
 */
public class EvictCachedAggregateOnRollback implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final Cache cache;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    public EvictCachedAggregateOnRollback(Cache cache) {
        this.cache = cache;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            String aggregateId = targets.resolveTarget(unitOfWork.getMessage()).getIdentifier();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        cache.remove(aggregateId);
                    }
                }
            });
        }
        return chain.proceed();
    }
}
