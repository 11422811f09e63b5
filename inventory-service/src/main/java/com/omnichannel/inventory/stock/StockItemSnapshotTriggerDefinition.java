package com.omnichannel.inventory.stock;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.AbstractSnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

/**
 * When a stock item is snapshotted: after at least {@code every} events, and not before as many reservations were
 * handled since the last snapshot as it held (counted in the units reserved then, at least one per reservation).
 * A snapshot holds every live reservation, and the snapshotter reads the previous one back first: on a hot item
 * with a few hundred thousand live reservations, a snapshot every 2,000 events cost more than the reservations
 * themselves. This way an item that keeps growing is snapshotted at twice, four times... the size, which costs a
 * few entries per reservation handled however many are live, and loading it replays no more entries after its
 * snapshot than the snapshot held.
 */
public class StockItemSnapshotTriggerDefinition implements SnapshotTriggerDefinition {

    private final Snapshotter snapshotter;
    private final int every;

    public StockItemSnapshotTriggerDefinition(Snapshotter snapshotter, int every) {
        this.snapshotter = snapshotter;
        this.every = every;
    }

    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        return new Trigger(snapshotter, aggregateType, every);
    }

    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        if (trigger instanceof Trigger known) {
            known.setSnapshotter(snapshotter);
            return known;
        }
        return prepareTrigger(aggregateType);
    }

    private static final class Trigger extends AbstractSnapshotTrigger {

        private final int every;
        private int events;
        /** Reservations (one per entry of a batch) and other events handled since the last snapshot. */
        private long entries;
        /** Units reserved after the latest event: at least as many as there are live reservations. */
        private long reserved;
        /** Units reserved when the last snapshot was taken (or after the first event loaded): its size. */
        private long reservedAtSnapshot = -1;

        Trigger(Snapshotter snapshotter, Class<?> aggregateType, int every) {
            super(snapshotter, aggregateType);
            this.every = every;
        }

        @Override
        public void eventHandled(EventMessage<?> message) {
            Object payload = message.getPayload();
            events++;
            entries += payload instanceof StockReservationsAcceptedEvent batch ? batch.reservations().size() : 1;
            if (payload instanceof StockEvent event) {
                reserved = event.levels().reserved();
                if (reservedAtSnapshot < 0) {
                    reservedAtSnapshot = reserved;
                }
            }
            super.eventHandled(message);
        }

        @Override
        protected boolean exceedsThreshold() {
            return events >= every && entries >= reservedAtSnapshot;
        }

        @Override
        protected void reset() {
            events = 0;
            entries = 0;
            reservedAtSnapshot = reserved;
        }
    }
}
