#!/usr/bin/env bash
# infra/bench-orders.sh with the CPU of every thread of both services, MariaDB and RabbitMQ over the measured phase
# (less its first 3 and last 3 s), grouped by thread name (infra/bench/threads.py):
#   infra/bench/orders-threads.sh <orders-per-second> <seconds> <warm-up-seconds> <output-file>
# The placement figures go to <output-file>, the threads to <output-file>.threads.
set -euo pipefail
cd "$(dirname "$0")/../.."
rate=$1 seconds=$2 warm_up=$3 out=$4
infra/bench-orders.sh "$rate" "$seconds" "$warm_up" > "$out" 2>&1 &
bench=$!
until grep -q '^measuring' "$out" 2>/dev/null; do
  sleep 1
  kill -0 $bench 2>/dev/null || { cat "$out"; exit 1; }
done
sleep 3
pid() { pgrep -f -- "$1" | head -1 | grep . || { echo "no process matches $1" >&2; kill $bench; exit 1; }; }
order=$(pid "-jar ${BENCH_ORDER_JAR:-order-service/target/order-service-.*-exec.jar}")
inventory=$(pid "-jar ${BENCH_JAR:-inventory-service/target/inventory-service-.*-exec.jar}")
python3 infra/bench/threads.py $((seconds - 6)) "$order:order-service" "$inventory:inventory-service" \
  "$(pgrep -x mariadbd | head -1):mariadb" "$(pid beam.smp):rabbitmq" > "$out.threads"
wait $bench
cat "$out" "$out.threads"
