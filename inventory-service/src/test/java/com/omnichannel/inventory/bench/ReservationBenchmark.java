package com.omnichannel.inventory.bench;

import com.omnichannel.support.testing.DevTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Reservations per second and latency on one hot SKU and on 1,000 SKUs, against a running inventory-service, and in
 * the same run the raw commit rate of single-row updates on one row of the same database: the ceiling a design that
 * writes one row per reservation would hit; and, as yardsticks for the HTTP side, the rate of the cheapest request
 * the service answers (liveness: no token, no database) and of the cheapest authenticated API request (a stock level
 * read), beyond which nothing served over HTTP goes on the machine. Run through infra/bench.sh, which starts the
 * service for it.
 *
 * <p>Arguments: base URI, JDBC URL, user, password, seconds per phase, client threads, and optionally the service's
 * process id: then each phase also reports the CPU time the service spent per operation (Linux clock ticks of 10 ms),
 * a figure less shaken than throughput by other work on a shared machine.
 */
public final class ReservationBenchmark {

    private static final int WARM_UP_SECONDS = 30;

    private record Result(String name, long operations, double seconds, Histogram latency, long errors,
                          double serviceCpuMs) {
        double perSecond() {
            return operations / seconds;
        }

        String row() {
            return String.format("| %s | %d | %.0f | %.1f | %.1f | %.1f | %d | %s |", name, operations, perSecond(),
                    latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
                    latency.getMaxValue() / 1000.0, errors,
                    serviceCpuMs < 0 ? "" : String.format("%.2f", serviceCpuMs / Math.max(1, operations)));
        }
    }

    /** The service's process id, to measure the CPU it spends per operation (less sensitive to load than time). */
    private static long servicePid = -1;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        String user = args[2];
        String password = args[3];
        int seconds = Integer.parseInt(args[4]);
        int threads = Integer.parseInt(args[5]);
        servicePid = args.length > 6 ? Long.parseLong(args[6]) : -1;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String store = "BENCH-" + run;

        send(http, "PUT", base + "/v1/locations/" + store, "{\"name\":\"Bench\",\"type\":\"STORE\",\"latitude\":10.7,"
                + "\"longitude\":106.7,\"capabilities\":[\"PICKUP\"]}");
        String hot = "HOT-" + run;
        product(http, base, hot);
        receive(http, base, store, hot, 1_000_000);
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            skus.add("SKU-" + run + "-" + i);
            product(http, base, skus.get(i));
            receive(http, base, store, skus.get(i), 10_000);
        }
        // warm up the JIT (on two cores it compiles for about a minute), the connection pools and the caches
        load("warm-up", WARM_UP_SECONDS, threads, i -> () -> i % 2 == 0 ? reserve(http, base, store, hot)
                : reserve(http, base, store, skus.get(ThreadLocalRandom.current().nextInt(skus.size()))));

        List<Result> results = new ArrayList<>();
        results.add(rawCommits(jdbcUrl, user, password, seconds, 1));
        results.add(rawCommits(jdbcUrl, user, password, seconds, threads));
        results.add(load("HTTP floor: GET /actuator/health/liveness (no token, no database), " + threads
                + " clients", seconds, threads, i -> () -> send(http, "GET", base + "/actuator/health/liveness", "")
                == 200));
        results.add(load("HTTP ceiling: GET the hot SKU's stock level, " + threads + " clients", seconds, threads,
                i -> () -> send(http, "GET", base + "/v1/stock/" + store + "/" + hot, "") == 200));
        results.add(load("reservations, one hot SKU, 1 client", seconds, 1, i -> () -> reserve(http, base, store, hot)));
        results.add(load("reservations, one hot SKU, " + threads + " clients", seconds, threads,
                i -> () -> reserve(http, base, store, hot)));
        results.add(load("reservations, 1,000 SKUs, " + threads + " clients", seconds, threads,
                i -> () -> reserve(http, base, store, skus.get(ThreadLocalRandom.current().nextInt(skus.size())))));

        System.out.println();
        System.out.println("| phase | operations | per second | p50 ms | p99 ms | max ms | errors | service CPU ms/op |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        results.forEach(r -> System.out.println(r.row()));
        System.out.printf("%nhot SKU (%d clients) / raw one-row commits (%d clients): %.2f%n", threads, threads,
                results.get(5).perSecond() / results.get(1).perSecond());
        System.out.printf("hot SKU (%d clients) / HTTP ceiling (%d clients): %.2f%n", threads, threads,
                results.get(5).perSecond() / results.get(3).perSecond());
        System.out.printf("HTTP floor (%d clients) / raw one-row commits (%d clients): %.2f%n", threads, threads,
                results.get(2).perSecond() / results.get(1).perSecond());
    }

    interface Operation {
        boolean run() throws Exception;
    }

    private static Result load(String name, int seconds, int threads, IntFunction<Operation> operations)
            throws Exception {
        ConcurrentHistogram latency = new ConcurrentHistogram(3);
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        double cpuBefore = serviceCpuMs();
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                Operation op = operations.apply(thread);
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    boolean ok = op.run();
                    latency.recordValue((System.nanoTime() - t0) / 1000);
                    (ok ? done : errors).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;
        double cpu = cpuBefore < 0 ? -1 : serviceCpuMs() - cpuBefore;
        System.err.printf("%s: %d ops in %.1f s, load %s%n", name, done.get(), elapsed,
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        return new Result(name, done.get(), elapsed, latency, errors.get(), cpu);
    }

    /** User and system CPU time of the service process so far (Linux), or -1. */
    private static double serviceCpuMs() {
        try {
            String[] stat = Files.readString(Path.of("/proc/" + servicePid + "/stat")).split("\\) ")[1].split(" ");
            return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 10.0;
        } catch (Exception e) {
            return -1;
        }
    }

    private static Result rawCommits(String jdbcUrl, String user, String password, int seconds, int threads)
            throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_counter (id int primary key, n bigint not null)");
            s.execute("insert ignore into bench_counter values (1, 0)");
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            connections.add(DriverManager.getConnection(jdbcUrl, user, password));
        }
        try {
            return load("raw single-row update commits, " + threads + " client" + (threads > 1 ? "s" : ""), seconds,
                    threads, i -> {
                        try {
                            PreparedStatement update = connections.get(i)
                                    .prepareStatement("update bench_counter set n = n + 1 where id = 1");
                            return () -> update.executeUpdate() == 1;
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private static boolean reserve(HttpClient http, String base, String store, String sku) throws Exception {
        return send(http, "POST", base + "/v1/stock/" + store + "/" + sku + "/reservations",
                "{\"quantity\":1,\"reference\":\"bench\",\"channel\":\"WEB\",\"expiresInSeconds\":0}") == 201;
    }

    private static void product(HttpClient http, String base, String sku) throws Exception {
        send(http, "PUT", base + "/v1/products/" + sku, "{\"name\":\"Bench\",\"gtin\":\"8934563123457\","
                + "\"price\":{\"amount\":100000}}");
    }

    private static void receive(HttpClient http, String base, String store, String sku, int quantity)
            throws Exception {
        int status = send(http, "POST", base + "/v1/stock/" + store + "/" + sku + "/receipts",
                "{\"quantity\":" + Math.min(quantity, 10_000) + ",\"reference\":\"bench\"}");
        if (status != 200) {
            throw new IllegalStateException("receipt answered " + status);
        }
        for (int left = quantity - 10_000; left > 0; left -= 10_000) {
            send(http, "POST", base + "/v1/stock/" + store + "/" + sku + "/receipts",
                    "{\"quantity\":" + Math.min(left, 10_000) + ",\"reference\":\"bench\"}");
        }
    }

    private static int send(HttpClient http, String method, String uri, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + DevTokens.operations())
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
