#!/usr/bin/env bash
# Reservation benchmark: reservations per second and p50/p99 latency on one hot SKU and on 1,000 SKUs, and in the
# same run the raw commit rate of single-row updates on one row of the same database (the baseline).
# Starts one inventory-service on port 18081 against a fresh schema omni_inventory_bench and broker vhost
# omnichannel-bench (BENCH_PORT, BENCH_DB and BENCH_VHOST choose others, so that two runs do not collide).
# BENCH_JAR runs another build of the service (say, a copy of the last commit's) against this one's client.
# JAVA_OPTS are given to the service's JVM (a JFR recording, another garbage collector).
# The HTTP phases are sent by wrk (installed from Debian's packages if missing), the raw commits by a JDBC loop.
#   infra/bench.sh [seconds-per-phase=20] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/lib.sh
ensure_database || exit 1
ensure_broker || exit 1
phase_seconds=${1:-20}
threads=${2:-32}
schema=${BENCH_DB:-omni_inventory_bench}
port=${BENCH_PORT:-18081}
export RABBITMQ_VHOST=${BENCH_VHOST:-omnichannel-bench}
reset_schemas "$schema"
reset_vhost "$RABBITMQ_VHOST"

command -v wrk >/dev/null || { say "installing wrk (Debian's package) to send the HTTP phases"; \
  apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }; }

say "building"
mvn -B -q -DskipTests -pl inventory-service -am package dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test > /dev/null

mkdir -p var/log
DB_NAME=$schema SERVER_PORT=$port java ${JAVA_OPTS:-} \
  -jar ${BENCH_JAR:-inventory-service/target/inventory-service-*-exec.jar} > var/log/inventory-bench.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for ((i = 0; i < 120; i++)); do
  curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { say "inventory-service exited: see var/log/inventory-bench.log"; exit 1; }
  sleep 1
done

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)," \
     "$(mariadb --version 2>/dev/null | sed 's/.*Distrib \([^,]*\).*/MariaDB \1/' || echo database)," \
     "load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: infra/bench.sh $phase_seconds $threads, service ${BENCH_JAR:-built from $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- inventory-service service-support || echo +changes)}"
java -cp "inventory-service/target/test-classes:$(cat inventory-service/target/bench.classpath)" \
  com.omnichannel.inventory.bench.ReservationBenchmark "http://127.0.0.1:$port" \
  "jdbc:mysql://$DB_HOST:$DB_PORT/$schema" "$DB_USER" "$DB_PASSWORD" "$phase_seconds" "$threads" infra/bench/wrk.lua "$pid"
