package com.omnichannel.inventory.stock;

import com.omnichannel.support.axon.Writes;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reservations of one stock item that arrive together are decided together: while one batch is being stored, the
 * requests that arrive queue up, and the next batch takes them all (up to {@code omnichannel.stock.max-batch}) in
 * one command and one transaction. A hot SKU then costs one commit per batch instead of one per reservation, and
 * each request still gets its own answer. The invariant is the aggregate's, exactly as for a single reservation.
 * An item's queue lives only while it has requests: the items a service ever reserved are too many to keep one each.
 */
@Component
public class ReservationBatcher {

    private final CommandGateway commands;
    private final Writes writes;
    private final int maxBatch;
    private final ExecutorService drainers;
    private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();

    private record Pending(ReserveStockCommand command, CompletableFuture<ReservationResult> result) {
    }

    private static final class Lane {
        final String stockItemId;
        final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean scheduled = new AtomicBoolean();

        Lane(String stockItemId) {
            this.stockItemId = stockItemId;
        }
    }

    public ReservationBatcher(CommandGateway commands, Writes writes,
                              @Value("${omnichannel.stock.max-batch:200}") int maxBatch,
                              @Value("${omnichannel.stock.batch-threads:8}") int threads) {
        this.commands = commands;
        this.writes = writes;
        this.maxBatch = maxBatch;
        AtomicInteger n = new AtomicInteger();
        this.drainers = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "reservation-batch-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Decides one reservation, batched with the others of its stock item; waits for the answer. */
    public ReservationResult reserve(ReserveStockCommand command) {
        Lane lane = lanes.computeIfAbsent(command.stockItemId(), Lane::new);
        Pending pending = new Pending(command, new CompletableFuture<>());
        lane.queue.add(pending);
        schedule(lane);
        try {
            return pending.result().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void schedule(Lane lane) {
        if (!lane.queue.isEmpty() && lane.scheduled.compareAndSet(false, true)) {
            drainers.execute(() -> drain(lane));
        }
    }

    private void drain(Lane lane) {
        List<Pending> batch = new ArrayList<>();
        for (Pending p = lane.queue.poll(); p != null; p = batch.size() < maxBatch ? lane.queue.poll() : null) {
            batch.add(p);
        }
        try {
            if (!batch.isEmpty()) {
                List<ReserveStockCommand> requests = batch.stream().map(Pending::command).toList();
                List<ReservationResult> results = writes.run(() ->
                        commands.sendAndWait(new ReserveStockBatchCommand(lane.stockItemId, requests)));
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).result().complete(results.get(i));
                }
            }
        } catch (Throwable failure) {
            batch.forEach(p -> p.result().completeExceptionally(failure));
        } finally {
            lane.scheduled.set(false);
            if (lane.queue.isEmpty()) {
                // a request that took this lane just before still gets drained (schedule below, or its own call);
                // one that comes after starts a new lane, and the aggregate's lock orders the two
                lanes.remove(lane.stockItemId, lane);
            }
            schedule(lane);
        }
    }

    /** Stock items with requests queued or being decided. */
    int busyItems() {
        return lanes.size();
    }

    @PreDestroy
    void stop() {
        drainers.shutdown();
    }
}
