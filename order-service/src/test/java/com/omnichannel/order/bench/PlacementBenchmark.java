package com.omnichannel.order.bench;

import com.omnichannel.support.testing.DevTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * orders per second sustained, latency from request to 201 (measured here) and from placement to CONFIRMED
 * (order-service's placement timer, read from its Prometheus endpoint before and after), against running
 * inventory-service and order-service. Run through infra/bench-orders.sh.
 *
 * <p>Arguments: inventory base URI, order base URI, arrivals per second, seconds, and warm-up seconds (at half the
 * rate; on two cores the JIT compilers of both services keep a core busy for the first minutes of load).
 */
public final class PlacementBenchmark {

    private static final Pattern BUCKET = Pattern.compile(
            "^omnichannel_orders_placement_seconds_bucket\\{([^}]*)} (\\S+)", Pattern.MULTILINE);
    private static final Pattern OUTCOME = Pattern.compile("outcome=\"([^\"]+)\"");
    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");
    private static final int SKUS = 50;

    public static void main(String[] args) throws Exception {
        String inventory = args[0];
        String orders = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 360;
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
        measure(http, orders, store, skus, Math.max(1, rate / 2), warmUp);
        System.err.println("measuring");
        measure(http, orders, store, skus, rate, seconds).forEach(System.out::println);
    }

    private static List<String> measure(HttpClient http, String orders, String store, List<String> skus, int rate,
                                        int seconds) throws Exception {
        Histogram toCreated = new ConcurrentHistogram(3);
        AtomicLong created = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Map<String, Map<Double, Long>> before = outcomes(http, orders);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
        List<CompletableFuture<?>> all = new ArrayList<>();
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        long interval = 1_000_000_000L / rate;
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            CompletableFuture<Void> done = new CompletableFuture<>();
            all.add(done);
            scheduler.schedule(() -> place(http, orders, store, skus, toCreated, created, failed, done),
                    due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(seconds + 60L, TimeUnit.SECONDS);
        scheduler.shutdownNow();
        // every order ends CONFIRMED or REJECTED; wait (up to a minute after the last 201) until all have
        Map<String, Map<Double, Long>> after = outcomes(http, orders);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (ended(before, after) < created.get() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            after = outcomes(http, orders);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<Double, Long> confirmed = difference(before.get("CONFIRMED"), after.get("CONFIRMED"));
        long confirmedCount = confirmed.getOrDefault(Double.POSITIVE_INFINITY, 0L);
        return List.of(
                String.format("| offered | %d orders/s for %d s |", rate, seconds),
                String.format("| answered 201 | %d (%.0f/s) |", created.get(), created.get() / (double) seconds),
                String.format("| refused or failed | %d |", failed.get()),
                String.format("| CONFIRMED | %d (%.0f/s over %.0f s until the last) |", confirmedCount,
                        confirmedCount / elapsed, elapsed),
                String.format("| REJECTED | %d |", difference(before.get("REJECTED"), after.get("REJECTED"))
                        .getOrDefault(Double.POSITIVE_INFINITY, 0L)),
                String.format("| request to 201, p50 / p99 / max ms | %.1f / %.1f / %.1f |",
                        toCreated.getValueAtPercentile(50) / 1000.0, toCreated.getValueAtPercentile(99) / 1000.0,
                        toCreated.getMaxValue() / 1000.0),
                String.format("| placement to CONFIRMED, p50 / p99 ms (at most) | %.0f / %.0f |",
                        percentile(confirmed, 0.50) * 1000, percentile(confirmed, 0.99) * 1000));
    }

    private static void place(HttpClient http, String orders, String store, List<String> skus, Histogram toCreated,
                              AtomicLong created, AtomicLong failed, CompletableFuture<Void> done) {
        long t0 = System.nanoTime();
        String sku = skus.get(ThreadLocalRandom.current().nextInt(skus.size()));
        String body = "{\"customerId\":\"bench-" + UUID.randomUUID() + "\",\"channel\":\"APP\",\"lines\":[{\"sku\":\""
                + sku + "\",\"quantity\":1,\"fulfilment\":{\"type\":\"PICKUP\",\"storeId\":\"" + store + "\"}}],"
                + "\"payment\":{\"provider\":\"simulated-pay\",\"reference\":\"bench\","
                + "\"amount\":{\"amount\":100000,\"currency\":\"VND\"}}}";
        http.sendAsync(request(orders + "/v1/orders").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error != null || response.statusCode() != 201) {
                failed.incrementAndGet();
            } else {
                toCreated.recordValue((System.nanoTime() - t0) / 1000);
                created.incrementAndGet();
            }
            done.complete(null);
        });
    }

    /**
     * The placement timer's histogram per outcome (cumulative count per upper bound in seconds), from
     * order-service's Prometheus endpoint: it times each order from placement to CONFIRMED or REJECTED, so the
     * client need not poll every order (which, at these rates, loads the service more than the orders do).
     */
    private static Map<String, Map<Double, Long>> outcomes(HttpClient http, String orders) throws Exception {
        String text = http.send(request(orders + "/actuator/prometheus").GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Map<Double, Long>> result = new HashMap<>();
        Matcher m = BUCKET.matcher(text);
        while (m.find()) {
            Matcher outcome = OUTCOME.matcher(m.group(1));
            Matcher le = LE.matcher(m.group(1));
            if (outcome.find() && le.find()) {
                double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                result.computeIfAbsent(outcome.group(1), k -> new TreeMap<>())
                        .put(bound, (long) Double.parseDouble(m.group(2)));
            }
        }
        return result;
    }

    private static long ended(Map<String, Map<Double, Long>> before, Map<String, Map<Double, Long>> after) {
        long n = 0;
        for (String outcome : List.of("CONFIRMED", "REJECTED")) {
            n += difference(before.get(outcome), after.get(outcome)).getOrDefault(Double.POSITIVE_INFINITY, 0L);
        }
        return n;
    }

    private static Map<Double, Long> difference(Map<Double, Long> before, Map<Double, Long> after) {
        Map<Double, Long> result = new TreeMap<>();
        if (after != null) {
            after.forEach((le, n) -> result.put(le, n - (before == null ? 0 : before.getOrDefault(le, 0L))));
        }
        return result;
    }

    /** The upper bound of the histogram bucket that holds the quantile q: at most that many seconds. */
    private static double percentile(Map<Double, Long> cumulative, double q) {
        long total = cumulative.getOrDefault(Double.POSITIVE_INFINITY, 0L);
        for (Map.Entry<Double, Long> bucket : cumulative.entrySet()) {
            if (total > 0 && bucket.getValue() >= Math.ceil(q * total)) {
                return bucket.getKey();
            }
        }
        return Double.NaN;
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
