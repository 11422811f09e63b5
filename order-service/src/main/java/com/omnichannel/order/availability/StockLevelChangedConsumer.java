package com.omnichannel.order.availability;

import com.omnichannel.events.StockLevelChanged;
import com.omnichannel.support.messaging.ProcessedEvents;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies inventory-service's stock level changes to the availability replica, once per event id: the id is
 * recorded in the same transaction as the change, so a redelivered event changes nothing.
 */
@Component("stockLevelChanged")
public class StockLevelChangedConsumer implements Consumer<StockLevelChanged> {

    private final AvailabilityReplicaRepository replicas;
    private final ProcessedEvents processed;

    public StockLevelChangedConsumer(AvailabilityReplicaRepository replicas, ProcessedEvents processed) {
        this.replicas = replicas;
        this.processed = processed;
    }

    @Override
    @Transactional
    public void accept(StockLevelChanged event) {
        if (!processed.firstDelivery(event.getEventId().toString())) {
            return;
        }
        AvailabilityReplica replica = replicas
                .findById(new AvailabilityReplica.Key(event.getLocationId(), event.getSku()))
                .orElseGet(() -> new AvailabilityReplica(event.getLocationId(), event.getSku()));
        if (replica.update(event.getSequence(), event.getOnHand(), event.getAvailable(),
                event.getOccurredAt().toInstant())) {
            replicas.save(replica);
        }
    }
}
