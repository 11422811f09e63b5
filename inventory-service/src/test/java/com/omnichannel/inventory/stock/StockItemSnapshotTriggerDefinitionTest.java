package com.omnichannel.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StockItemSnapshotTriggerDefinitionTest {

    private static final String ITEM = "S1/SKU";

    private final List<String> snapshots = new ArrayList<>();
    private SnapshotTrigger trigger;
    private long sequence;
    private long reserved;

    @BeforeEach
    void setUp() {
        trigger = new StockItemSnapshotTriggerDefinition((type, id) -> snapshots.add(id), 10)
                .prepareTrigger(StockItem.class);
        trigger.initializationFinished();
    }

    @Test
    void anItemWithFewLiveReservationsIsSnapshottedEveryTenEvents() {
        receive(1_000);
        reserve(8, 1);
        assertThat(snapshots).isEmpty();
        reserve(1, 1);
        assertThat(snapshots).containsExactly(ITEM);

        reserve(9, 1);
        assertThat(snapshots).hasSize(1);
        reserve(1, 1);
        assertThat(snapshots).hasSize(2);
    }

    @Test
    void aGrowingItemIsSnapshottedOnceAsManyReservationsWereHandledAsTheLastSnapshotHeld() {
        receive(100_000);
        reserve(9, 100);
        assertThat(snapshots).hasSize(1);                       // 900 reserved

        reserve(10, 100);
        assertThat(snapshots).hasSize(2);                       // 1,000 handled since: 1,900 reserved
        reserve(18, 100);
        assertThat(snapshots).hasSize(2);                       // 1,800 handled since
        reserve(1, 100);
        assertThat(snapshots).hasSize(3);                       // 1,900: 3,800 reserved
        reserve(37, 100);
        assertThat(snapshots).hasSize(3);
        reserve(1, 100);
        assertThat(snapshots).hasSize(4);                       // 75 batches after the first snapshot, not 7
    }

    @Test
    void releasesCountAsHandledReservations() {
        receive(100_000);
        reserve(9, 100);
        assertThat(snapshots).hasSize(1);                       // 900 reserved
        reserve(5, 100);
        IntStream.range(0, 399).forEach(i -> release());
        assertThat(snapshots).hasSize(1);                       // 899 handled since
        release();
        assertThat(snapshots).hasSize(2);
    }

    private void receive(int quantity) {
        handle(new StockReceivedEvent(ITEM, "S1", "SKU", quantity, "PO", new StockLevels(quantity, reserved, 0)));
    }

    /** {@code batches} batches of {@code count} one-unit reservations each. */
    private void reserve(int batches, int count) {
        IntStream.range(0, batches).forEach(i -> reserve(count));
    }

    private void reserve(int count) {
        List<StockReservationsAcceptedEvent.Accepted> accepted = IntStream.range(0, count)
                .mapToObj(i -> new StockReservationsAcceptedEvent.Accepted("r" + sequence + "-" + i, 1, "cart", "WEB",
                        null)).toList();
        reserved += count;
        handle(new StockReservationsAcceptedEvent(ITEM, "S1", "SKU", accepted, new StockLevels(100_000, reserved, 0)));
    }

    private void release() {
        reserved--;
        handle(new ReservationReleasedEvent(ITEM, "S1", "SKU", "r" + sequence, 1, "cart",
                new StockLevels(100_000, reserved, 0)));
    }

    private void handle(Object event) {
        trigger.eventHandled(new GenericDomainEventMessage<>("StockItem", ITEM, sequence++, event));
    }
}
