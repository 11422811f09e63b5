package com.omnichannel.support.messaging;

import com.omnichannel.support.axon.Writes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
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

    /** One event of a batch: its id, the aggregate its effect changes, and the effect (a command). */
    public record Delivery(String eventId, String aggregateId, Runnable effect) {
    }

    private final ProcessedEvents processed;
    private final TransactionTemplate transactions;
    private final TransactionManager unitsOfWork;
    private final Writes writes;

    /**
     * The deliveries of a batch as the binder hands it over (each message's payload, read by its {@code eventType}
     * header). A message that cannot be read (not JSON, a required field missing) becomes one delivery, keyed by its
     * {@code eventId} header, that fails with the reason: {@link #applyAll} still applies the rest of the batch, and
     * only that message keeps failing until the broker parks it on the dead-letter queue.
     */
    public static List<Delivery> read(Message<List<byte[]>> batch, BiFunction<String, byte[], List<Delivery>> reader) {
        List<byte[]> payloads = batch.getPayload();
        List<Delivery> deliveries = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            String type = IntegrationMessages.eventType(batch, i);
            try {
                deliveries.addAll(reader.apply(type, payloads.get(i)));
            } catch (RuntimeException unreadable) {
                String eventId = IntegrationMessages.header(batch, i, "eventId");
                log.warn("Message {} ({}) cannot be read: {}", eventId, type, unreadable.toString());
                deliveries.add(new Delivery(eventId, "", () -> {
                    throw new IllegalArgumentException("Message " + eventId + " (" + type + ") cannot be read",
                            unreadable);
                }));
            }
        }
        return deliveries;
    }

    public OncePerEvent(ProcessedEvents processed, TransactionTemplate transactions, TransactionManager unitsOfWork,
                        Writes writes) {
        this.processed = processed;
        this.transactions = transactions;
        this.unitsOfWork = unitsOfWork;
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

    /**
     * Applies a batch of events as {@link #apply} applies one, but together: one unit of work and one transaction
     * for all of them, so a batch costs one commit and each aggregate's read models change once. The commands run
     * as nested units of work of the batch's: the aggregates they change stay locked until the batch commits (no
     * other command sees a change that may still roll back), and a rollback evicts every cached aggregate the batch
     * touched. They run in the order of their aggregates, so two consumers taking batches at once lock them in the
     * same order. When anything fails, even a harmless refusal (it marks the shared transaction rollback-only), the
     * batch is rolled back and applied again event by event: one event's failure costs only that event, and the
     * first such failure is thrown once every other event of the batch is applied (the broker redelivers the batch,
     * whose applied events are then skipped).
     */
    public void applyAll(List<Delivery> deliveries, Set<Class<? extends RuntimeException>> harmless) {
        if (deliveries.isEmpty()) {
            return;
        }
        if (deliveries.size() == 1) {
            apply(deliveries.get(0).eventId(), deliveries.get(0).effect(), harmless);
            return;
        }
        List<Delivery> ordered = deliveries.stream().sorted(Comparator.comparing(Delivery::aggregateId)).toList();
        try {
            writes.run(() -> {
                UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(
                        new GenericMessage<>(ordered.stream().map(Delivery::eventId).toList()));
                batch.attachTransaction(unitsOfWork);
                batch.execute(() -> ordered.forEach(d -> {
                    if (processed.firstDelivery(d.eventId())) {
                        d.effect().run();
                    }
                }));
                return null;
            });
        } catch (RuntimeException e) {
            log.debug("A batch of {} events is applied event by event: {}", ordered.size(), e.toString());
            RuntimeException failed = null;
            for (Delivery d : ordered) {
                try {
                    apply(d.eventId(), d.effect(), harmless);
                } catch (RuntimeException failure) {
                    failed = failed == null ? failure : failed;   // the others are still applied
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
    }
}
