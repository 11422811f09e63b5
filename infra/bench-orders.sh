#!/usr/bin/env bash
# Placement benchmark: orders per second sustained at an open-model arrival rate, and p50/p99 from request to 201
# and to CONFIRMED. Starts inventory-service (18081) and order-service (18082) against fresh bench schemas.
#   infra/bench-orders.sh [orders-per-second=250] [seconds=30]
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/lib.sh
ensure_database || exit 1
ensure_broker || exit 1
rate=${1:-250}
seconds=${2:-30}
reset_schemas omni_inventory_bench omni_order_bench
reset_vhost omnichannel-bench
export RABBITMQ_VHOST=omnichannel-bench

say "building"
mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test > /dev/null

mkdir -p var/log
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null || true' EXIT
DB_NAME=omni_inventory_bench SERVER_PORT=18081 java -jar inventory-service/target/inventory-service-*-exec.jar \
  > var/log/inventory-bench.log 2>&1 &
pids+=($!)
DB_NAME=omni_order_bench SERVER_PORT=18082 java -jar order-service/target/order-service-*-exec.jar \
  > var/log/order-bench.log 2>&1 &
pids+=($!)
for port in 18081 18082; do
  for ((i = 0; i < 120; i++)); do
    curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
    sleep 1
  done
done

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: infra/bench-orders.sh $rate $seconds"
java -cp "order-service/target/test-classes:$(cat order-service/target/bench.classpath)" \
  com.omnichannel.order.bench.PlacementBenchmark http://127.0.0.1:18081 http://127.0.0.1:18082 "$rate" "$seconds"
