#!/usr/bin/env bash
# Placement benchmark: orders per second sustained at an open-model arrival rate, and p50/p99 from request to 201
# and to CONFIRMED. Starts inventory-service (18081) and order-service (18082) against fresh bench schemas
# omni_inventory_bench and omni_order_bench and broker vhost omnichannel-bench; BENCH_PORT, BENCH_ORDER_PORT, BENCH_DB,
# BENCH_ORDER_DB and BENCH_VHOST choose others, so that two runs do not collide. BENCH_JAR and BENCH_ORDER_JAR run
# other builds of the services (say, copies of the last commit's).
# JAVA_OPTS are given to both services' JVMs.
#   infra/bench-orders.sh [orders-per-second=250] [seconds=30] [warm-up-seconds=600]
# The warm-up runs at half the rate: on two cores the JIT compilers keep a core busy for the first minutes of load
# (order-service's C2 thread still took 13 s of CPU per minute five minutes in, 1.7 s ten minutes in: see
# docs/benchmarks.md), and a shorter warm-up measures the compilers more than the services.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/lib.sh
ensure_database || exit 1
ensure_broker || exit 1
rate=${1:-250}
seconds=${2:-30}
warm_up=${3:-600}
inventory_db=${BENCH_DB:-omni_inventory_bench}
order_db=${BENCH_ORDER_DB:-omni_order_bench}
inventory_port=${BENCH_PORT:-18081}
order_port=${BENCH_ORDER_PORT:-18082}
export RABBITMQ_VHOST=${BENCH_VHOST:-omnichannel-bench}
reset_schemas "$inventory_db" "$order_db"
reset_vhost "$RABBITMQ_VHOST"

say "building"
mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test > /dev/null

mkdir -p var/log
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null || true' EXIT
DB_NAME=$inventory_db SERVER_PORT=$inventory_port java ${JAVA_OPTS:-} \
  -jar ${BENCH_JAR:-inventory-service/target/inventory-service-*-exec.jar} > var/log/inventory-bench.log 2>&1 &
pids+=($!)
DB_NAME=$order_db SERVER_PORT=$order_port java ${JAVA_OPTS:-} \
  -jar ${BENCH_ORDER_JAR:-order-service/target/order-service-*-exec.jar} > var/log/order-bench.log 2>&1 &
pids+=($!)
for port in $inventory_port $order_port; do
  for ((i = 0; i < 120; i++)); do
    curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
    sleep 1
  done
done

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: infra/bench-orders.sh $rate $seconds $warm_up, services ${BENCH_JAR:-} ${BENCH_ORDER_JAR:-built from $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- inventory-service order-service service-support || echo +changes)}"
java -cp "order-service/target/test-classes:$(cat order-service/target/bench.classpath)" \
  com.omnichannel.order.bench.PlacementBenchmark "http://127.0.0.1:$inventory_port" "http://127.0.0.1:$order_port" \
  "$rate" "$seconds" "$warm_up"
