#!/usr/bin/env bash
# Builds and starts inventory-service (8081) and order-service (8082) against MySQL/MariaDB and RabbitMQ,
# made ready by infra/lib.sh. Where neither can be had (or with --embedded) it runs on embedded stand-ins
# instead: H2 in MySQL mode on files under var/, and an in-process AMQP broker (Qpid Broker-J).
# Logs go to var/log/. Ctrl-C stops both services.
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/lib.sh

embedded=false
skip_build=false
for arg in "$@"; do
  case "$arg" in
    --embedded) embedded=true ;;
    --no-build) skip_build=true ;;
    -h|--help) sed -n '2,6p' "$0"; echo "usage: infra/run.sh [--embedded] [--no-build]"; exit 0 ;;
    *) say "unknown option $arg"; exit 2 ;;
  esac
done

if ! $embedded; then
  if ! ensure_database || ! ensure_broker; then
    say "no MySQL/RabbitMQ to be had: running on the embedded H2 database and AMQP broker instead"
    embedded=true
  fi
fi

mkdir -p var/log
if ! $skip_build; then
  say "building (mvn package, tests skipped; infra/test.sh runs them)"
  mvn -B -q -DskipTests package
fi

pids=()
stop_all() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    say "stopping"
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

if $embedded; then
  export RABBITMQ_HOST=127.0.0.1 RABBITMQ_PORT=${EMBEDDED_AMQP_PORT:-5673} RABBITMQ_USER=guest RABBITMQ_PASSWORD=guest \
         RABBITMQ_VHOST=default AMQP_DEAD_LETTER_QUEUES=false DB_USER=sa DB_PASSWORD= DB_PRODUCT=H2 DB_MAJOR_VERSION=2 DB_MINOR_VERSION=3
  if port_open 127.0.0.1 "$RABBITMQ_PORT"; then
    say "port $RABBITMQ_PORT is taken: set EMBEDDED_AMQP_PORT"; exit 1
  fi
  java -jar infra/embedded-broker/target/embedded-broker-*-exec.jar "$RABBITMQ_PORT" var/qpid \
    > var/log/embedded-broker.log 2>&1 &
  pids+=($!)
  wait_port 127.0.0.1 "$RABBITMQ_PORT" 60 || { say "the embedded broker did not start: see var/log/embedded-broker.log"; exit 1; }
  h2() { echo "jdbc:h2:file:$PWD/var/h2/$1;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE"; }
  inventory_db=$(h2 omni_inventory) order_db=$(h2 omni_order)
  say "embedded mode: H2 files under var/h2, AMQP broker on port $RABBITMQ_PORT"
else
  inventory_db=${INVENTORY_DB_URL:-} order_db=${ORDER_DB_URL:-}
fi

start() { # name port db-url
  local jar
  jar=$(ls "$1"/target/"$1"-*-exec.jar)
  env SERVER_PORT="$2" ${3:+DB_URL=$3} java ${JAVA_OPTS:-} -jar "$jar" > "var/log/$1.log" 2>&1 &
  pids+=($!)
}
start inventory-service "${INVENTORY_PORT:-8081}" "$inventory_db"
start order-service "${ORDER_PORT:-8082}" "$order_db"

for svc in "inventory-service ${INVENTORY_PORT:-8081}" "order-service ${ORDER_PORT:-8082}"; do
  set -- $svc
  for ((i = 0; i < 180; i++)); do
    if curl -fs "http://127.0.0.1:$2/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then break; fi
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null || { say "a process exited: see var/log/"; exit 1; }; done
    sleep 1
  done
  curl -fs "http://127.0.0.1:$2/actuator/health" >/dev/null 2>&1 || { say "$1 is not healthy after 180 s: see var/log/$1.log"; exit 1; }
  echo "$1 is up:  http://localhost:$2/swagger-ui.html   health http://localhost:$2/actuator/health   log var/log/$1.log"
done
echo "Every /v1 call needs a bearer token: infra/token.sh --role operations (README, Security). Ctrl-C stops both."
wait -n "${pids[@]}" || true
say "a process exited: see var/log/"
exit 1
