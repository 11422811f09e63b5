package com.omnichannel.order.bench;

import com.omnichannel.support.testing.DevTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Order placement at an open-model arrival rate (requests start on schedule whether or not earlier ones finished):
 * orders per second sustained, latency from request to 201 and from request to CONFIRMED (polled), against running
 * inventory-service and order-service. Run through infra/bench-orders.sh.
 *
 * <p>Arguments: inventory base URI, order base URI, arrivals per second, seconds.
 */
public final class PlacementBenchmark {

    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\":\"([^\"]+)\"");
    private static final int SKUS = 50;

    public static void main(String[] args) throws Exception {
        String inventory = args[0];
        String orders = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(16, r -> {
                    Thread thread = new Thread(r);
                    thread.setDaemon(true);   // the JVM ends when main does
                    return thread;
                })).build();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String store = "BENCH-" + run;
        send(http, "PUT", inventory + "/v1/locations/" + store, "{\"name\":\"Bench\",\"type\":\"STORE\","
                + "\"latitude\":10.7,\"longitude\":106.7,\"capabilities\":[\"PICKUP\"]}");
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < SKUS; i++) {
            String sku = "P-" + run + "-" + i;
            skus.add(sku);
            send(http, "PUT", inventory + "/v1/products/" + sku, "{\"name\":\"Bench\",\"gtin\":\"8934563123457\","
                    + "\"price\":{\"amount\":100000}}");
            for (int r = 0; r < 10; r++) {
                send(http, "POST", inventory + "/v1/stock/" + store + "/" + sku + "/receipts",
                        "{\"quantity\":10000,\"reference\":\"bench\"}");
            }
        }
        // order-service learns prices and locations from events: wait until it can price the last SKU
        String probe = "{\"quantity\":1,\"fulfilment\":{\"type\":\"PICKUP\",\"storeId\":\"" + store
                + "\"},\"channel\":\"WEB\"}";
        for (int i = 0; i < 120 && send(http, "PUT", orders + "/v1/carts/probe-" + run + "/lines/"
                + skus.get(SKUS - 1), probe) != 200; i++) {
            Thread.sleep(500);
        }
        System.err.println("warm-up");
        measure(http, orders, store, skus, Math.max(1, rate / 4), 10);
        System.err.println("measuring");
        measure(http, orders, store, skus, rate, seconds).forEach(System.out::println);
    }

    private static List<String> measure(HttpClient http, String orders, String store, List<String> skus, int rate,
                                        int seconds) throws Exception {
        Histogram toCreated = new ConcurrentHistogram(3);
        Histogram toConfirmed = new ConcurrentHistogram(3);
        AtomicLong created = new AtomicLong();
        AtomicLong confirmed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
        List<CompletableFuture<?>> all = new ArrayList<>();
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        long interval = 1_000_000_000L / rate;
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            CompletableFuture<Void> done = new CompletableFuture<>();
            all.add(done);
            scheduler.schedule(() -> place(http, orders, store, skus, scheduler, toCreated, toConfirmed, created,
                    confirmed, failed, done), due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(seconds + 120L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        scheduler.shutdownNow();
        return List.of(
                String.format("| offered | %d orders/s for %d s |", rate, seconds),
                String.format("| answered 201 | %d (%.0f/s) |", created.get(), created.get() / (double) seconds),
                String.format("| CONFIRMED | %d (%.0f/s over %.0f s until the last) |", confirmed.get(),
                        confirmed.get() / elapsed, elapsed),
                String.format("| failed or not confirmed in 60 s | %d |", failed.get()),
                String.format("| request to 201, p50 / p99 / max ms | %.1f / %.1f / %.1f |",
                        toCreated.getValueAtPercentile(50) / 1000.0, toCreated.getValueAtPercentile(99) / 1000.0,
                        toCreated.getMaxValue() / 1000.0),
                String.format("| request to CONFIRMED, p50 / p99 / max ms | %.1f / %.1f / %.1f |",
                        toConfirmed.getValueAtPercentile(50) / 1000.0, toConfirmed.getValueAtPercentile(99) / 1000.0,
                        toConfirmed.getMaxValue() / 1000.0));
    }

    private static void place(HttpClient http, String orders, String store, List<String> skus,
                              ScheduledExecutorService scheduler, Histogram toCreated, Histogram toConfirmed,
                              AtomicLong created, AtomicLong confirmed, AtomicLong failed, CompletableFuture<Void> done) {
        long t0 = System.nanoTime();
        String sku = skus.get(ThreadLocalRandom.current().nextInt(skus.size()));
        String body = "{\"customerId\":\"bench-" + UUID.randomUUID() + "\",\"channel\":\"APP\",\"lines\":[{\"sku\":\""
                + sku + "\",\"quantity\":1,\"fulfilment\":{\"type\":\"PICKUP\",\"storeId\":\"" + store + "\"}}],"
                + "\"payment\":{\"provider\":\"simulated-pay\",\"reference\":\"bench\","
                + "\"amount\":{\"amount\":100000,\"currency\":\"VND\"}}}";
        http.sendAsync(request(orders + "/v1/orders").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            if (error != null || response.statusCode() != 201) {
                failed.incrementAndGet();
                done.complete(null);
                return;
            }
            toCreated.recordValue((System.nanoTime() - t0) / 1000);
            created.incrementAndGet();
            Matcher m = ORDER_ID.matcher(response.body());
            m.find();
            poll(http, orders + "/v1/orders/" + m.group(1), scheduler, t0, toConfirmed, confirmed, failed, done);
        });
    }

    private static void poll(HttpClient http, String uri, ScheduledExecutorService scheduler, long t0,
                             Histogram toConfirmed, AtomicLong confirmed, AtomicLong failed,
                             CompletableFuture<Void> done) {
        http.sendAsync(request(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
            if (e == null && r.body().contains("\"status\":\"CONFIRMED\"")) {
                toConfirmed.recordValue((System.nanoTime() - t0) / 1000);
                confirmed.incrementAndGet();
                done.complete(null);
            } else if (System.nanoTime() - t0 > Duration.ofSeconds(60).toNanos()) {
                failed.incrementAndGet();
                done.complete(null);
            } else {
                scheduler.schedule(() -> poll(http, uri, scheduler, t0, toConfirmed, confirmed, failed, done), 20,
                        TimeUnit.MILLISECONDS);
            }
        });
    }

    private static HttpRequest.Builder request(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + DevTokens.operations())
                .timeout(Duration.ofSeconds(30));
    }

    private static int send(HttpClient http, String method, String uri, String body) throws Exception {
        return http.send(request(uri).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
