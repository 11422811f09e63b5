package com.omnichannel.order.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.omnichannel.order.api.model.Order;
import com.omnichannel.order.api.model.OrderStatus;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PlacementTimerTest {

    private static final Instant PLACED_AT = Instant.parse("2026-11-25T10:00:00Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final PlacementTimer timer = new PlacementTimer(meters);

    private static Order order(OrderStatus status) {
        return new Order().orderId("O1").status(status).placedAt(PLACED_AT.atOffset(ZoneOffset.UTC));
    }

    private Timer recorded(String outcome) {
        return meters.get(PlacementTimer.NAME).tag("outcome", outcome).timer();
    }

    @Test
    void aPlacedOrderConfirmedTwoSecondsLaterIsRecordedAsTwoSecondsToConfirmed() {
        timer.reached(order(OrderStatus.PLACED), OrderStatus.CONFIRMED, PLACED_AT.plusSeconds(2));

        assertThat(recorded("CONFIRMED").count()).isEqualTo(1);
        assertThat(recorded("CONFIRMED").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(2000);
        assertThat(recorded("REJECTED").count()).isZero();
    }

    @Test
    void aConfirmedOrderCancelledLaterIsNotAPlacementOutcome() {
        timer.reached(order(OrderStatus.CONFIRMED), OrderStatus.CANCELLED, PLACED_AT.plusSeconds(60));

        assertThat(recorded("CANCELLED").count()).isZero();
    }
}
