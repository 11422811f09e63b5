package com.omnichannel.order.order;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.omnichannel.order.sourcing.DailyCapacity;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Re-sources an order while it is being placed. The order asks every group's first candidate location itself when
 * it is placed and confirms itself when every line is reserved, so most orders never need this saga: it starts
 * when a location cannot serve a group, moves that group to the next candidate (taking a slot of that location's
 * daily capacity first, and skipping candidates that have none left), rejects the order when no candidate is left,
 * and ends with the order's outcome. Reservations are released by the {@link Order} itself when it is rejected,
 * cancelled or re-sourced; an order inventory-service does not answer is rejected by {@link PlacementTimeouts}.
 * A group re-routed after a short pick, once the order is confirmed, is moved on by the order, not here.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)   // sagas stored before it started late had more state
public class OrderPlacementSaga {

    private String orderId;

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DailyCapacity capacity;

    @StartSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(GroupReservationFailedEvent event) {
        if (!event.placing()) {
            SagaLifecycle.end();
            return;
        }
        orderId = event.orderId();
        int next = event.attempt() + 1;
        List<String> locations = event.candidates();
        List<String> full = DailyCapacity.passedOver(locations.subList(Math.min(next, locations.size()),
                locations.size()), location -> capacity.take(orderId, event.groupId(), location, Instant.now()));
        next += full.size();
        if (next < locations.size()) {
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

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderConfirmedEvent event) {
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderRejectedEvent event) {
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderCancelledEvent event) {
    }
}
