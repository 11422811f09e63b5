package com.omnichannel.support.messaging;

import com.omnichannel.support.axon.Writes;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the effect of an integration event at most once: the event id is recorded in the same transaction as
 * the effect (a command's events), so a redelivered event changes nothing. An effect that fails for a reason that
 * will not go away on retry (given as {@code harmless}: the aggregate does not exist, the state moved on) is
 * recorded as applied and skipped; any other failure rolls back and the broker delivers the event again.
 */
@Component
public class OncePerEvent {

    private static final Logger log = LoggerFactory.getLogger(OncePerEvent.class);

    private final ProcessedEvents processed;
    private final TransactionTemplate transactions;
    private final Writes writes;

    public OncePerEvent(ProcessedEvents processed, TransactionTemplate transactions, Writes writes) {
        this.processed = processed;
        this.transactions = transactions;
        this.writes = writes;
    }

    public void apply(String eventId, Runnable effect, Set<Class<? extends RuntimeException>> harmless) {
        try {
            writes.run(() -> transactions.execute(tx -> {
                if (processed.firstDelivery(eventId)) {
                    effect.run();
                }
                return null;
            }));
        } catch (RuntimeException e) {
            if (harmless.stream().noneMatch(type -> type.isInstance(e))) {
                throw e;
            }
            transactions.executeWithoutResult(tx -> processed.firstDelivery(eventId));
            log.info("Event {} changes nothing: {}", eventId, e.getMessage());
        }
    }
}
