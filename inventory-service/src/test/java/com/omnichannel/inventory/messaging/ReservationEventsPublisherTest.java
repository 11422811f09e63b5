package com.omnichannel.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import com.omnichannel.events.ReservationConfirmed;
import com.omnichannel.events.ReservationRejected;
import com.omnichannel.events.ReservationReleased;
import com.omnichannel.events.ReservationsConfirmed;
import com.omnichannel.inventory.stock.ReservationReleasedEvent;
import com.omnichannel.inventory.stock.StockLevels;
import com.omnichannel.inventory.stock.StockReservationRejectedEvent;
import com.omnichannel.inventory.stock.StockReservationsAcceptedEvent;
import com.omnichannel.inventory.stock.StockReservationsAcceptedEvent.Accepted;
import com.omnichannel.support.messaging.IntegrationEventSender;
import com.omnichannel.support.testing.EventExamples;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class ReservationEventsPublisherTest {

    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");
    private static final StockLevels LEVELS = new StockLevels(10, 3, 0);

    private final IntegrationEventSender sender = mock(IntegrationEventSender.class);
    private final ReservationEventsPublisher publisher = new ReservationEventsPublisher(sender);
    /** What reached the broker, in order: the message ids and payloads. */
    private final List<String> ids = new ArrayList<>();
    private final List<Object> sent = new ArrayList<>();

    ReservationEventsPublisherTest() {
        doAnswer(call -> record(call.getArgument(1), call.getArgument(3))).when(sender)
                .sendAndAwait(eq(ReservationEventsPublisher.BINDING), anyString(), anyString(), any());
        doAnswer(call -> record(call.getArgument(1), call.getArgument(3))).when(sender)
                .send(eq(ReservationEventsPublisher.BINDING), anyString(), anyString(), any());
    }

    private Object record(String id, Object payload) {
        ids.add(id);
        sent.add(payload);
        return null;
    }

    private static StockReservationsAcceptedEvent accepted(String sku, String... reservationIds) {
        List<Accepted> accepted = new ArrayList<>();
        for (String id : reservationIds) {
            accepted.add(new Accepted(id, 1, "O-" + id + "/G1", "APP", null));
        }
        return new StockReservationsAcceptedEvent("S1:" + sku, "S1", sku, accepted, LEVELS);
    }

    private void batch(Runnable events) {
        DefaultUnitOfWork.startAndGet(null).execute(events);
    }

    private static List<String> confirmedIn(Object message) {
        return ((ReservationsConfirmed) message).getConfirmations().stream()
                .map(ReservationConfirmed::getReservationId).toList();
    }

    @Test
    void theAcceptancesOfOneBatchOfEvents_ofSeveralStockItems_leaveAsOneMessage_withTheSameIdsWhenSentAgain() {
        Runnable events = () -> {
            publisher.on(accepted("SHIRT", "R1", "R2"), "7c9e6679-7425-40de-944b-e07fc1f90ae7", AT);
            publisher.on(accepted("CAP", "R3"), "16fd2706-8baf-433b-82eb-8c7fada847da", AT);
        };
        batch(events);
        batch(events);   // the outbox sends a batch again when its token did not advance

        assertThat(sent).hasSize(2);
        assertThat(confirmedIn(sent.get(0))).containsExactly("R1", "R2", "R3");
        ReservationsConfirmed first = (ReservationsConfirmed) sent.get(0);
        assertThat(first.getConfirmations()).extracting(ReservationConfirmed::getSku)
                .containsExactly("SHIRT", "SHIRT", "CAP");
        assertThat(first.getConfirmations()).extracting(ReservationConfirmed::getEventId).doesNotHaveDuplicates();
        assertThat(first.getSku()).isEqualTo("SHIRT");
        assertThat(((ReservationsConfirmed) sent.get(1)).getConfirmations())
                .extracting(ReservationConfirmed::getEventId)
                .containsExactlyElementsOf(first.getConfirmations().stream().map(ReservationConfirmed::getEventId)
                        .toList());
        assertThat(ids.get(1)).isEqualTo(ids.get(0)).isEqualTo(first.getEventId().toString());
    }

    @Test
    void anOutcomeOfAnotherKind_doesNotOvertakeTheAcceptancesBeforeIt() {
        batch(() -> {
            publisher.on(accepted("SHIRT", "R1"), "7c9e6679-7425-40de-944b-e07fc1f90ae7", AT);
            publisher.on(new ReservationReleasedEvent("S1:SHIRT", "S1", "SHIRT", "R1", 1, "O-R1/G1", LEVELS),
                    "16fd2706-8baf-433b-82eb-8c7fada847da", AT);
            publisher.on(accepted("CAP", "R2"), "9b2f3c1e-0d4a-4f6b-8e7c-5a1d2b3c4e5f", AT);
        });

        assertThat(sent).hasSize(3);
        assertThat(confirmedIn(sent.get(0))).containsExactly("R1");
        assertThat(((ReservationReleased) sent.get(1)).getReservationId()).isEqualTo("R1");
        assertThat(confirmedIn(sent.get(2))).containsExactly("R2");
    }

    @Test
    void outsideAnOutboxBatch_anAcceptanceLeavesAtOnce() {
        publisher.on(accepted("SHIRT", "R1"), "7c9e6679-7425-40de-944b-e07fc1f90ae7", AT);

        assertThat(sent).hasSize(1);
        assertThat(confirmedIn(sent.get(0))).containsExactly("R1");
    }

    @Test
    void aRefusal_leavesWithTheReservationIdTheRequesterProposed_andEveryFieldTheContractRequires() {
        publisher.on(new StockReservationRejectedEvent("S1:SHIRT", "S1", "SHIRT", "O-1-G1-0-0", 2, "O-1/G1", "WEB", 0,
                StockLevels.NONE), "7c9e6679-7425-40de-944b-e07fc1f90ae7", AT);

        assertThat(sent).singleElement().isInstanceOfSatisfying(ReservationRejected.class, rejected -> {
            assertThat(rejected.getReservationId()).isEqualTo("O-1-G1-0-0");
            assertThat(rejected.getReference()).isEqualTo("O-1/G1");
            assertThat(rejected.getAvailable()).isZero();
        });
        Map<String, Object> fields = JsonMapper.builder().build().convertValue(sent.get(0), new TypeReference<>() {
        });
        assertThat(EventExamples.required("inventory-events.yaml", "ReservationRejected"))
                .allSatisfy(field -> assertThat(fields.get(field)).as(field).isNotNull());
    }
}
