package com.omnichannel.order.order;

import com.omnichannel.order.api.model.Order;
import com.omnichannel.order.api.model.OrderStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The timer {@value #NAME}: from an order's placement to its outcome (tag {@code outcome}: CONFIRMED, REJECTED or
 * CANCELLED while still placed), recorded when the outcome has committed.
 */
@Component
class PlacementTimer {

    static final String NAME = "omnichannel.orders.placement";

    private final Map<OrderStatus, Timer> timers;

    PlacementTimer(MeterRegistry meters) {
        timers = Stream.of(OrderStatus.CONFIRMED, OrderStatus.REJECTED, OrderStatus.CANCELLED)
                .collect(Collectors.toMap(s -> s, s -> Timer.builder(NAME)
                        .description("From an order's placement to its outcome").tag("outcome", s.getValue())
                        .publishPercentileHistogram().register(meters)));
    }

    /** The order, as it was before the outcome, reached it at that instant. */
    void reached(Order order, OrderStatus outcome, Instant at) {
        if (order.getStatus() != OrderStatus.PLACED) {
            return;
        }
        Timer timer = timers.get(outcome);
        Duration took = Duration.between(order.getPlacedAt().toInstant(), at);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            timer.record(took);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                timer.record(took);
            }
        });
    }
}
