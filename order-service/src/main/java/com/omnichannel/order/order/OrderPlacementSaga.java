package com.omnichannel.order.order;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.omnichannel.order.sourcing.DailyCapacity;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives an order from PLACED to its outcome (the order itself asks for every group's stock at its first candidate
 * location when it is placed, so that the first reservation does not wait for the saga): moves a ship group to the
 * next candidate when a location cannot serve it (taking a slot of that location's daily capacity first, and
 * skipping candidates that have none left), rejects the order when no candidate is left or
 * inventory-service does not answer in time (a durable deadline), and ends when the order is confirmed, rejected or
 * cancelled. Reservations are released by the {@link Order} itself when it is rejected, cancelled or re-sourced.
 * The time from placement to the outcome is the timer {@value #PLACEMENT_TIMER} (tag {@code outcome}).
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class OrderPlacementSaga {

    static final String TIMEOUT = "placement-timeout";
    static final String PLACEMENT_TIMER = "omnichannel.orders.placement";

    private String orderId;
    private Instant placedAt;
    private Map<String, Integer> candidates = new HashMap<>();
    /** Per ship group, its candidate locations (a slot of their daily capacity is taken before asking one). */
    private Map<String, List<String>> shipCandidates = new HashMap<>();
    private String timeoutId;

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DailyCapacity capacity;
    @Autowired
    private transient MeterRegistry meters;
    @Autowired
    private transient PlacementTimeout placementTimeout;

    @StartSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderPlacedEvent event, DeadlineManager deadlines) {
        orderId = event.orderId();
        placedAt = event.placedAt();
        for (GroupPlan group : event.groups()) {
            candidates.put(group.groupId(), group.candidates().size());
            if ("SHIP".equals(group.type())) {
                shipCandidates.put(group.groupId(), group.candidates());
            }
        }
        timeoutId = deadlines.schedule(placementTimeout == null ? Duration.ofMinutes(5) : placementTimeout.duration(),
                TIMEOUT);
        // the order asked every group's first candidate itself, unless a group has none
        for (GroupPlan group : event.groups()) {
            if (group.candidates().isEmpty()) {
                commands.send(new RejectOrderCommand(orderId, "no location can serve group " + group.groupId()));
                return;
            }
        }
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(GroupReservationFailedEvent event) {
        int next = event.attempt() + 1;
        List<String> locations = shipCandidates.getOrDefault(event.groupId(), List.of());
        List<String> full = DailyCapacity.passedOver(locations.subList(Math.min(next, locations.size()),
                locations.size()), location -> capacity.take(orderId, event.groupId(), location, Instant.now()));
        next += full.size();
        if (next < candidates.getOrDefault(event.groupId(), 0)) {
            commands.send(new RequestGroupReservationCommand(orderId, event.groupId(), next, full));
        } else if (!full.isEmpty()) {
            commands.send(new RequestGroupReservationCommand(orderId, event.groupId(), next, full));
            commands.send(new RejectOrderCommand(orderId, "no location has the stock and the capacity for group "
                    + event.groupId() + " (" + String.join(", ", full) + ": no capacity left today)"));
        } else {
            commands.send(new RejectOrderCommand(orderId, "no location has the stock for group " + event.groupId()
                    + " (" + event.sku() + " at " + event.locationId() + ": " + event.available() + " available)"));
        }
    }

    @DeadlineHandler(deadlineName = TIMEOUT)
    void timedOut() {
        commands.send(new RejectOrderCommand(orderId, "inventory did not answer in time"));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderConfirmedEvent event, @Timestamp Instant at, DeadlineManager deadlines) {
        ended("CONFIRMED", at, deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderRejectedEvent event, @Timestamp Instant at, DeadlineManager deadlines) {
        ended("REJECTED", at, deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderCancelledEvent event, @Timestamp Instant at, DeadlineManager deadlines) {
        ended("CANCELLED", at, deadlines);
    }

    private void ended(String outcome, Instant at, DeadlineManager deadlines) {
        deadlines.cancelSchedule(TIMEOUT, timeoutId);
        if (placedAt != null) {   // sagas started before the timer was recorded have none
            Timer.builder(PLACEMENT_TIMER).description("From an order's placement to its outcome")
                    .tag("outcome", outcome).publishPercentileHistogram().register(meters)
                    .record(Duration.between(placedAt, at));
        }
    }
}
