package com.omnichannel.order.availability;

import com.omnichannel.events.StockLevelChanged;
import com.omnichannel.events.StockLevelsChanged;
import com.omnichannel.support.messaging.OncePerEvent;
import com.omnichannel.support.messaging.OncePerEvent.Delivery;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies inventory-service's stock level changes to the availability replica, once per event id: the id is
 * recorded in the same transaction as the change, so a redelivered event changes nothing. The changes the broker
 * had ready are applied together, in one transaction ({@link OncePerEvent#applyAll}); an older level that arrives
 * after a newer one changes nothing. A StockLevelsChanged is applied entry by entry, each as its own event.
 */
@Component("stockLevelChanged")
public class StockLevelChangedConsumer implements Consumer<Message<List<byte[]>>> {

    private final AvailabilityReplicaRepository replicas;
    private final OncePerEvent oncePerEvent;
    private final JsonMapper json;

    public StockLevelChangedConsumer(AvailabilityReplicaRepository replicas, OncePerEvent oncePerEvent,
                                     JsonMapper json) {
        this.replicas = replicas;
        this.oncePerEvent = oncePerEvent;
        this.json = json;
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        oncePerEvent.applyAll(OncePerEvent.read(batch, (type, payload) -> switch (type) {
            case "StockLevelsChanged" -> json.readValue(payload, StockLevelsChanged.class).getLevels().stream()
                    .map(this::delivery).toList();
            default -> List.of(delivery(json.readValue(payload, StockLevelChanged.class)));
        }), Set.of());
    }

    private Delivery delivery(StockLevelChanged e) {
        return new Delivery(e.getEventId().toString(), e.getLocationId() + "/" + e.getSku(), () -> apply(e));
    }

    private void apply(StockLevelChanged event) {
        AvailabilityReplica replica = replicas
                .findById(new AvailabilityReplica.Key(event.getLocationId(), event.getSku()))
                .orElseGet(() -> new AvailabilityReplica(event.getLocationId(), event.getSku()));
        if (replica.update(event.getSequence(), event.getOnHand(), event.getAvailable(),
                event.getOccurredAt().toInstant())) {
            replicas.save(replica);
        }
    }
}
