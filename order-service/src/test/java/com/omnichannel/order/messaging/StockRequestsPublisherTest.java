package com.omnichannel.order.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.omnichannel.events.ReservationRequested;
import com.omnichannel.events.ReservationsRequested;
import com.omnichannel.order.order.GroupReservationRequestedEvent;
import com.omnichannel.order.order.LineReservation;
import com.omnichannel.order.order.ReservationReleaseRequestedEvent;
import com.omnichannel.support.messaging.IntegrationEventSender;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class StockRequestsPublisherTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    private final IntegrationEventSender sender = mock(IntegrationEventSender.class);
    private final StockRequestsPublisher publisher = new StockRequestsPublisher(sender);

    private static GroupReservationRequestedEvent requested(String orderId, LineReservation... lines) {
        return new GroupReservationRequestedEvent(orderId, "G1", 0, "S1", List.of(lines), "APP");
    }

    /** The outbox's batch of events: the two orders' events handled in one unit of work. */
    private void batch() {
        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            publisher.on(requested("O1", new LineReservation("O1-G1-0-0", "SHIRT", 2),
                    new LineReservation("O1-G1-0-1", "CAP", 1)), "7c9e6679-7425-40de-944b-e07fc1f90ae7", AT);
            publisher.on(requested("O2", new LineReservation("O2-G1-0-0", "SHIRT", 1)),
                    "16fd2706-8baf-433b-82eb-8c7fada847da", AT);
        });
    }

    @Test
    void theRequestsOfOneBatchOfEventsLeaveAsOneMessage_withTheSameIdsWhenTheBatchIsSentAgain() {
        batch();
        batch();   // the outbox sends a batch again when its token did not advance

        ArgumentCaptor<String> ids = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<Object> payloads = ArgumentCaptor.forClass(Object.class);
        verify(sender, times(2)).sendAndAwait(eq(StockRequestsPublisher.BINDING), ids.capture(),
                eq("ReservationsRequested"), payloads.capture());
        ReservationsRequested first = (ReservationsRequested) payloads.getAllValues().get(0);
        ReservationsRequested again = (ReservationsRequested) payloads.getAllValues().get(1);
        assertThat(first.getRequests()).extracting(ReservationRequested::getReservationId)
                .containsExactly("O1-G1-0-0", "O1-G1-0-1", "O2-G1-0-0");
        assertThat(first.getRequests()).extracting(ReservationRequested::getEventId).doesNotHaveDuplicates();
        assertThat(again.getRequests()).extracting(ReservationRequested::getEventId)
                .containsExactlyElementsOf(first.getRequests().stream().map(ReservationRequested::getEventId).toList());
        assertThat(ids.getAllValues().get(1)).isEqualTo(ids.getAllValues().get(0))
                .isEqualTo(first.getEventId().toString());
        assertThat(first.getAggregateId()).isEqualTo("O1");
    }

    @Test
    void aReleaseDoesNotOvertakeTheReservationRequestsBeforeIt() {
        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            publisher.on(requested("O1", new LineReservation("O1-G1-0-0", "SHIRT", 2)),
                    "7c9e6679-7425-40de-944b-e07fc1f90ae7", AT);
            publisher.on(new ReservationReleaseRequestedEvent("O1", "O1-G1-0-0", "S1", "SHIRT"),
                    "16fd2706-8baf-433b-82eb-8c7fada847da", AT);
        });

        InOrder broker = inOrder(sender);
        broker.verify(sender).sendAndAwait(eq(StockRequestsPublisher.BINDING), anyString(),
                eq("ReservationsRequested"), any());
        broker.verify(sender).send(eq(StockRequestsPublisher.BINDING), anyString(),
                eq("ReservationReleaseRequested"), any());
        broker.verifyNoMoreInteractions();
    }
}
