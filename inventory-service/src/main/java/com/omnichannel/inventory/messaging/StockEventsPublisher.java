package com.omnichannel.inventory.messaging;

import com.omnichannel.events.StockLevelChanged;
import com.omnichannel.events.StockLevelsChanged;
import com.omnichannel.inventory.stock.StockEvent;
import com.omnichannel.support.messaging.IntegrationEventSender;
import com.omnichannel.support.messaging.SentTogether;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The outbox: a tracking processor reads stock events from the event store and publishes them as integration
 * events. Its token advances only after the broker confirmed, so a crash between commit and send loses nothing;
 * an event may be sent twice, with the same event id, and consumers skip the repeat. A StockLevelChanged carries
 * the item's whole figures and consumers keep the latest, so of the events of one item in one batch only the last
 * is published: a hot item costs one level per batch, not one per reservation. The levels of one batch leave
 * together, as one StockLevelsChanged, when the batch is about to commit.
 */
@Component
@ProcessingGroup(StockEventsPublisher.GROUP)
public class StockEventsPublisher {

    public static final String GROUP = "stock-events-outbox";
    static final String STOCK_LEVEL_CHANGED = "stockLevelChanged-out-0";
    private static final String LAST_OF_ITEM = StockEventsPublisher.class.getName() + ".lastOfItem";

    private final IntegrationEventSender sender;
    private final SentTogether<StockLevelChanged> levels;

    public StockEventsPublisher(IntegrationEventSender sender) {
        this.sender = sender;
        this.levels = new SentTogether<>("stockLevels", this::sendTogether);
    }

    @EventHandler
    void on(StockEvent event, @MessageIdentifier String eventId, @SequenceNumber Long sequence,
            @Timestamp Instant at) {
        if (laterInBatch(event, eventId)) {
            return;
        }
        StockLevelChanged message = new StockLevelChanged()
                .eventId(UUID.fromString(eventId))
                .schemaVersion(1)
                .aggregateId(event.stockItemId())
                .occurredAt(at.atOffset(ZoneOffset.UTC))
                .sequence(sequence)
                .locationId(event.locationId())
                .sku(event.sku())
                .onHand(event.levels().onHand())
                .reserved(event.levels().reserved())
                .safetyStock(event.levels().safetyStock())
                .available(event.levels().available());
        levels.add(List.of(message));
    }

    /** The envelope's id is derived from its entries', its aggregate and time are its first entry's. */
    private void sendTogether(List<StockLevelChanged> entries) {
        UUID id = SentTogether.envelopeId("StockLevelsChanged/",
                entries.stream().map(StockLevelChanged::getEventId).toList());
        StockLevelChanged first = entries.get(0);
        sender.sendAndAwait(STOCK_LEVEL_CHANGED, id.toString(), "StockLevelsChanged", new StockLevelsChanged()
                .eventId(id).schemaVersion(1).aggregateId(first.getAggregateId()).occurredAt(first.getOccurredAt())
                .levels(entries));
    }

    /** Whether the batch being processed holds a later event of the same stock item. */
    private static boolean laterInBatch(StockEvent event, String eventId) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)) {
            return false;
        }
        Map<String, String> lastOfItem = batch.getOrComputeResource(LAST_OF_ITEM, key -> {
            Map<String, String> last = new HashMap<>();
            for (Message<?> message : batch.getMessages()) {
                if (StockEvent.class.isAssignableFrom(message.getPayloadType())) {
                    last.put(((StockEvent) message.getPayload()).stockItemId(), message.getIdentifier());
                }
            }
            return last;
        });
        return !eventId.equals(lastOfItem.getOrDefault(event.stockItemId(), eventId));
    }
}
