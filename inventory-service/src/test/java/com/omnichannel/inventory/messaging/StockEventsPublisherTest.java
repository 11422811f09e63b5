package com.omnichannel.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import com.omnichannel.events.StockLevelChanged;
import com.omnichannel.events.StockLevelsChanged;
import com.omnichannel.inventory.stock.StockEvent;
import com.omnichannel.inventory.stock.StockLevels;
import com.omnichannel.inventory.stock.StockReservationsAcceptedEvent;
import com.omnichannel.support.messaging.IntegrationEventSender;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class StockEventsPublisherTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

    private final IntegrationEventSender sender = mock(IntegrationEventSender.class);
    private final StockEventsPublisher publisher = new StockEventsPublisher(sender);

    private static EventMessage<?> reserved(String sku, long reserved) {
        return GenericEventMessage.asEventMessage(new StockReservationsAcceptedEvent("S1/" + sku, "S1", sku,
                List.of(new StockReservationsAcceptedEvent.Accepted("R-" + sku + reserved, 1, "O1/G1", "APP", null)),
                new StockLevels(10, reserved, 0)));
    }

    @Test
    void theLevelsOfOneBatchOfEventsLeaveAsOneMessage_theNewestOfEachItem() {
        List<EventMessage<?>> events = List.of(reserved("SHIRT", 1), reserved("CAP", 1), reserved("SHIRT", 2));
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        batch.executeWithResult(() -> {
            EventMessage<?> event = batch.getMessage();
            publisher.on((StockEvent) event.getPayload(), event.getIdentifier(), 1L, AT);
            return null;
        });

        ArgumentCaptor<String> id = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<Object> payload = ArgumentCaptor.forClass(Object.class);
        verify(sender).sendAndAwait(eq(StockEventsPublisher.STOCK_LEVEL_CHANGED), id.capture(),
                eq("StockLevelsChanged"), payload.capture());
        verifyNoMoreInteractions(sender);
        StockLevelsChanged message = (StockLevelsChanged) payload.getValue();
        assertThat(id.getValue()).isEqualTo(message.getEventId().toString());
        assertThat(message.getLevels()).extracting(StockLevelChanged::getSku).containsExactly("CAP", "SHIRT");
        assertThat(message.getLevels()).extracting(StockLevelChanged::getReserved).containsExactly(1L, 2L);
        assertThat(message.getLevels()).extracting(l -> l.getEventId().toString())
                .containsExactly(events.get(1).getIdentifier(), events.get(2).getIdentifier());
    }
}
