package com.omnichannel.order.order;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Limit;

/**
 * Rejects the orders inventory-service has not answered in time ({@code omnichannel.orders.placement-timeout}): a
 * db-scheduler task, run by one instance at a time every {@code omnichannel.orders.placement-sweep-interval}, finds
 * the orders still PLACED that were placed longer ago than that and rejects each, which releases whatever they
 * hold. One sweep instead of a deadline per order: almost every order is answered in well under a second, and a
 * deadline would be written and deleted for each. An order is rejected between the timeout and the timeout plus one
 * interval after its placement; an answer that arrives first wins, as the order ignores a rejection once it has an
 * outcome.
 */
@Configuration
class PlacementTimeouts {

    static final String REASON = "inventory did not answer in time";
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(PlacementTimeouts.class);

    @Bean
    RecurringTask<Void> placementTimeoutSweep(OrderViewRepository views, CommandGateway commands,
            @Value("${omnichannel.orders.placement-timeout:PT5M}") Duration timeout,
            @Value("${omnichannel.orders.placement-sweep-interval:PT15S}") Duration interval) {
        return Tasks.recurring("placement-timeouts", FixedDelay.of(interval))
                .execute((instance, context) -> rejectOverdue(views, commands, timeout));
    }

    private static void rejectOverdue(OrderViewRepository views, CommandGateway commands, Duration timeout) {
        int rejected = 0;
        List<String> overdue = List.of();
        List<String> before;
        do {   // until fewer than a batch are left, or a batch comes back unchanged (then the next run tries again)
            before = overdue;
            overdue = views.findPlacedBefore(Instant.now().minus(timeout), Limit.of(BATCH));
            for (String orderId : overdue) {
                commands.sendAndWait(new RejectOrderCommand(orderId, REASON));
                rejected++;
            }
        } while (overdue.size() == BATCH && !overdue.equals(before));
        if (rejected > 0) {
            log.warn("Rejected {} orders that inventory-service had not answered within {}", rejected, timeout);
        }
    }
}
