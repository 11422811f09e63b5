#!/usr/bin/env bash
# Makes MySQL/MariaDB and RabbitMQ ready (as run.sh does), gives the tests an empty schema per service and an
# empty broker vhost, then runs every test: unit tests (surefire) and integration tests (*IT, failsafe).
# Extra arguments go to Maven, e.g. infra/test.sh -pl inventory-service -Dit.test=StockPipelineIT
set -euo pipefail
cd "$(dirname "$0")/.."
. infra/lib.sh

ensure_database || exit 1
ensure_broker || exit 1

export TEST_DB_INVENTORY=${TEST_DB_INVENTORY:-omni_inventory_test}
export TEST_DB_ORDER=${TEST_DB_ORDER:-omni_order_test}
export TEST_RABBITMQ_VHOST=${TEST_RABBITMQ_VHOST:-omnichannel-test}
reset_schemas "$TEST_DB_INVENTORY" "$TEST_DB_ORDER"
reset_vhost "$TEST_RABBITMQ_VHOST"

exec mvn -B ${MAVEN_ARGS:-} verify "$@"
