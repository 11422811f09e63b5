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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * Reservations per second and latency on one hot SKU and on 1,000 SKUs, against a running inventory-service, and in
 * the same run the raw commit rate of single-row updates on one row of the same database: the ceiling a design that
 * writes one row per reservation would hit; and, as yardsticks for the HTTP side, the rate of the cheapest request
 * the service answers (liveness: no token, no database) and of the cheapest authenticated API request (a stock level
 * read), beyond which nothing served over HTTP goes on the machine. Run through infra/bench.sh, which starts the
 * service for it.
 *
 * <p>The HTTP phases are sent by wrk ({@code infra/bench/wrk.lua}): a Java client beside the service on two cores
 * spent more CPU than the service and was the limit of every HTTP phase. The raw commits are a JDBC loop here.
 *
 * <p>Arguments: base URI, JDBC URL, user, password, seconds per phase, client connections, wrk's script, and
 * optionally the service's process id: then each phase also reports the CPU time the service spent per operation
 * (Linux clock ticks of 10 ms), a figure less shaken than throughput by other work on a shared machine.
 */
public final class ReservationBenchmark {

    private static final int WARM_UP_SECONDS = 180;

    private record Result(String name, long operations, double seconds, double p50, double p99, double max,
                          long errors, double serviceCpuMs) {
        double perSecond() {
            return operations / seconds;
        }

        String row() {
            return String.format("| %s | %d | %.0f | %.1f | %.1f | %.1f | %d | %s |", name, operations, perSecond(),
                    p50, p99, max, errors,
                    serviceCpuMs < 0 ? "" : String.format("%.2f", serviceCpuMs / Math.max(1, operations)));
        }
    }

    /** The service's process id, to measure the CPU it spends per operation (less sensitive to load than time). */
    private static long servicePid = -1;
    private static String wrkScript;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        String user = args[2];
        String password = args[3];
        int seconds = Integer.parseInt(args[4]);
        int clients = Integer.parseInt(args[5]);
        wrkScript = args[6];
        servicePid = args.length > 7 ? Long.parseLong(args[7]) : -1;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String store = "BENCH-" + run;

        send(http, "PUT", base + "/v1/locations/" + store, "{\"name\":\"Bench\",\"type\":\"STORE\",\"latitude\":10.7,"
                + "\"longitude\":106.7,\"capabilities\":[\"PICKUP\"]}");
        String hot = "HOT-" + run;
        product(http, base, hot);
        receive(http, base, store, hot, 1_000_000);
        for (int i = 0; i < 1000; i++) {
            product(http, base, "SKU-" + run + "-" + i);
            receive(http, base, store, "SKU-" + run + "-" + i, 10_000);
        }
        String hotPath = "/v1/stock/" + store + "/" + hot;
        String manyPath = "/v1/stock/" + store + "/SKU-" + run + "-%d/reservations";
        String token = DevTokens.operations();
        // warm up the JIT on every kind of request: on two cores C2 compiles for minutes, and under 32 connections it
        // gets too little of the CPU to finish; with 8 it does
        int warming = Math.min(8, clients);
        wrk("warm-up, liveness", WARM_UP_SECONDS / 4, warming, base, "GET", "-", "/actuator/health/liveness");
        wrk("warm-up, stock level", WARM_UP_SECONDS / 4, warming, base, "GET", token, hotPath);
        wrk("warm-up, hot SKU", WARM_UP_SECONDS / 4, warming, base, "POST", token, hotPath + "/reservations");
        wrk("warm-up, 1,000 SKUs", WARM_UP_SECONDS / 4, warming, base, "POST", token, manyPath, "1000");

        List<Result> results = new ArrayList<>();
        results.add(rawCommits(jdbcUrl, user, password, seconds, 1));
        results.add(rawCommits(jdbcUrl, user, password, seconds, clients));
        results.add(wrk("HTTP floor: GET /actuator/health/liveness (no token, no database), " + clients
                + " connections", seconds, clients, base, "GET", "-", "/actuator/health/liveness"));
        results.add(wrk("HTTP ceiling: GET the hot SKU's stock level, " + clients + " connections", seconds, clients,
                base, "GET", token, hotPath));
        results.add(wrk("reservations, one hot SKU, 1 connection", seconds, 1, base, "POST", token,
                hotPath + "/reservations"));
        results.add(wrk("reservations, one hot SKU, " + clients + " connections", seconds, clients, base, "POST",
                token, hotPath + "/reservations"));
        results.add(wrk("reservations, 1,000 SKUs, " + clients + " connections", seconds, clients, base, "POST",
                token, manyPath, "1000"));

        System.out.println();
        System.out.println("| phase | operations | per second | p50 ms | p99 ms | max ms | errors "
                + "| service CPU ms/op |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        results.forEach(r -> System.out.println(r.row()));
        System.out.printf("%nhot SKU (%d connections) / raw one-row commits (%d clients): %.2f%n", clients, clients,
                results.get(5).perSecond() / results.get(1).perSecond());
        System.out.printf("hot SKU (%d connections) / HTTP ceiling (%d connections): %.2f%n", clients, clients,
                results.get(5).perSecond() / results.get(3).perSecond());
        System.out.printf("HTTP floor (%d connections) / raw one-row commits (%d clients): %.2f%n", clients, clients,
                results.get(2).perSecond() / results.get(1).perSecond());
    }

    private static final Pattern WRK_TOTAL = Pattern.compile("(\\d+) requests in ([\\d.]+)(m?s)");
    private static final Pattern WRK_PERCENTILE = Pattern.compile("^\\s+(50|99)%\\s+([\\d.]+)(us|ms|s)$");
    private static final Pattern WRK_MAX = Pattern.compile("^\\s+Latency\\s+\\S+\\s+\\S+\\s+([\\d.]+)(us|ms|s)");
    private static final Pattern WRK_ERRORS = Pattern.compile("(?:Non-2xx or 3xx responses: |timeout )(\\d+)");

    /** One phase sent by wrk (two threads, or one for a single connection), read back from its report. */
    private static Result wrk(String name, int seconds, int connections, String base, String... scriptArgs)
            throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + Math.min(2, connections), "-c" + connections,
                "-d" + seconds + "s", "--latency", "-s", wrkScript, base, "--"));
        command.addAll(List.of(scriptArgs));
        double cpuBefore = settledCpuMs();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> report = new String(process.getInputStream().readAllBytes()).lines().toList();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + String.join("\n", report));
        }
        long sent = System.nanoTime();
        double cpu = cpuBefore < 0 ? -1 : settledCpuMs() - cpuBefore;
        double settled = (System.nanoTime() - sent) / 1e9;
        long operations = 0;
        double elapsed = seconds;
        double p50 = 0;
        double p99 = 0;
        double max = 0;
        long errors = 0;
        for (String line : report) {
            Matcher m;
            if ((m = WRK_TOTAL.matcher(line)).find()) {
                operations = Long.parseLong(m.group(1));
                elapsed = Double.parseDouble(m.group(2)) * (m.group(3).equals("ms") ? 0.001 : 1);
            } else if ((m = WRK_PERCENTILE.matcher(line)).find()) {
                double ms = millis(m.group(2), m.group(3));
                if (m.group(1).equals("50")) {
                    p50 = ms;
                } else {
                    p99 = ms;
                }
            } else if ((m = WRK_MAX.matcher(line)).find()) {
                max = millis(m.group(1), m.group(2));
            }
            for (m = WRK_ERRORS.matcher(line); m.find(); ) {
                errors += Long.parseLong(m.group(1));
            }
        }
        System.err.printf("%s: %d requests in %.1f s, the service idle %.1f s later, load %s%n", name, operations,
                elapsed, settled, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        return new Result(name, operations - errors, elapsed, p50, p99, max, errors, cpu);
    }

    private static double millis(String value, String unit) {
        return Double.parseDouble(value) * switch (unit) {
            case "us" -> 0.001;
            case "s" -> 1000;
            default -> 1;
        };
    }

    interface Operation {
        boolean run() throws Exception;
    }

    private static Result load(String name, int seconds, int threads, IntFunction<Operation> operations)
            throws Exception {
        ConcurrentHistogram latency = new ConcurrentHistogram(3);
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        double cpuBefore = settledCpuMs();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
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
        double cpu = cpuBefore < 0 ? -1 : settledCpuMs() - cpuBefore;
        System.err.printf("%s: %d ops in %.1f s, load %s%n", name, done.get(), elapsed,
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        return new Result(name, done.get(), elapsed, latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0, errors.get(), cpu);
    }

    /**
     * The service's CPU time once it has gone idle (under a tenth of a core over half a second, at most two minutes):
     * what a phase caused after its last answer, the outbox catching up, counts as its own.
     */
    private static double settledCpuMs() throws InterruptedException {
        double cpu = serviceCpuMs();
        for (long end = System.nanoTime() + Duration.ofMinutes(2).toNanos(); cpu >= 0 && System.nanoTime() < end; ) {
            Thread.sleep(500);
            double now = serviceCpuMs();
            if (now - cpu < 50) {
                return now;
            }
            cpu = now;
        }
        return cpu;
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
