package com.omnichannel.inventory.stock;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps {@code reservation} in step, in the same transaction as the events (see {@link StockLevelProjection}). */
@Component
@ProcessingGroup(StockLevelProjection.GROUP)
public class ReservationProjection {

    private final ReservationRepository repository;

    public ReservationProjection(ReservationRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(StockReservedEvent event, @Timestamp Instant at) {
        repository.save(new ReservationView(event, at));
    }

    @EventHandler
    void on(StockReservationsAcceptedEvent event, @Timestamp Instant at) {
        repository.saveAll(event.each().stream().map(reserved -> new ReservationView(reserved, at)).toList());
    }

    @EventHandler
    void on(ReservationReleasedEvent event, @Timestamp Instant at) {
        close(event, ReservationView.Status.RELEASED, at);
    }

    @EventHandler
    void on(ReservationExpiredEvent event, @Timestamp Instant at) {
        close(event, ReservationView.Status.EXPIRED, at);
    }

    @EventHandler
    void on(ReservationFulfilledEvent event, @Timestamp Instant at) {
        close(event, ReservationView.Status.FULFILLED, at);
    }

    @EventHandler
    void on(ReservationShortedEvent event, @Timestamp Instant at) {
        close(event, ReservationView.Status.SHORTED, at);
    }

    private void close(ReservationEvent event, ReservationView.Status status, Instant at) {
        repository.findById(event.reservationId()).ifPresent(view -> {
            view.close(status, at);
            repository.save(view);
        });
    }
}
