package com.omnichannel.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.omnichannel.support.axon.Writes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

class ReservationBatcherTest {

    private static final int ITEMS = 50;
    private static final int UNITS_PER_ITEM = 10;
    private static final int REQUESTS_PER_ITEM = 40;

    /** Stands in for the stock items: each decides the requests of a batch in order, under its own lock. */
    private final Map<String, AtomicInteger> reserved = new ConcurrentHashMap<>();

    @Test
    void everyRequestGetsItsOwnAnswerAndNoIdleItemKeepsAQueue() throws Exception {
        CommandGateway commands = mock(CommandGateway.class);
        when(commands.sendAndWait(any())).thenAnswer(call -> decide(call.getArgument(0)));
        ReservationBatcher batcher = new ReservationBatcher(commands, new Writes(12, Duration.ofSeconds(30)), 200, 8);
        ExecutorService callers = Executors.newFixedThreadPool(32);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            Map<Future<Boolean>, String> itemOf = new ConcurrentHashMap<>();
            for (int r = 0; r < REQUESTS_PER_ITEM; r++) {
                for (int i = 0; i < ITEMS; i++) {
                    String item = "S1/SKU-" + i;
                    String reservation = "res-" + i + "-" + r;
                    Future<Boolean> answer = callers.submit(() -> batcher.reserve(new ReserveStockCommand(item, "S1",
                            "SKU", reservation, 1, "cart", "WEB", null, false)).accepted());
                    answers.add(answer);
                    itemOf.put(answer, item);
                }
            }
            Map<String, Integer> acceptedPerItem = new ConcurrentHashMap<>();
            for (Future<Boolean> answer : answers) {
                if (answer.get()) {
                    acceptedPerItem.merge(itemOf.get(answer), 1, Integer::sum);
                }
            }

            assertThat(acceptedPerItem).hasSize(ITEMS).allSatisfy((item, accepted) ->
                    assertThat(accepted).as(item).isEqualTo(UNITS_PER_ITEM));
            // an answer is given before its batch's lane is let go
            await().atMost(Duration.ofSeconds(5)).until(() -> batcher.busyItems() == 0);
        } finally {
            callers.shutdownNow();
            batcher.stop();
        }
    }

    private List<ReservationResult> decide(ReserveStockBatchCommand batch) {
        AtomicInteger item = reserved.computeIfAbsent(batch.stockItemId(), id -> new AtomicInteger());
        synchronized (item) {
            List<ReservationResult> results = new ArrayList<>();
            for (ReserveStockCommand request : batch.requests()) {
                boolean accepted = item.get() + request.quantity() <= UNITS_PER_ITEM;
                if (accepted) {
                    item.addAndGet(request.quantity());
                }
                results.add(new ReservationResult(accepted, new StockLevels(UNITS_PER_ITEM, item.get(), 0)));
            }
            return results;
        }
    }
}
