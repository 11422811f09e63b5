# Shared by run.sh and test.sh: make MySQL/MariaDB and RabbitMQ ready on a plain Debian/Ubuntu machine.
# Source it; every function prints one clear line when it cannot do its part and returns non-zero.

DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_USER=${DB_USER:-omni}
DB_PASSWORD=${DB_PASSWORD:-omni}
RABBITMQ_HOST=${RABBITMQ_HOST:-127.0.0.1}
RABBITMQ_PORT=${RABBITMQ_PORT:-5672}
RABBITMQ_USER=${RABBITMQ_USER:-omni}
RABBITMQ_PASSWORD=${RABBITMQ_PASSWORD:-omni}
RABBITMQ_VHOST=${RABBITMQ_VHOST:-omnichannel}
export DB_HOST DB_PORT DB_USER DB_PASSWORD RABBITMQ_HOST RABBITMQ_PORT RABBITMQ_USER RABBITMQ_PASSWORD RABBITMQ_VHOST

say() { printf '[infra] %s\n' "$*" >&2; }

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

is_local() { case "$1" in 127.*|localhost|::1) return 0 ;; *) return 1 ;; esac; }

wait_port() { # host port seconds
  local i
  for ((i = 0; i < $3; i++)); do port_open "$1" "$2" && return 0; sleep 1; done
  return 1
}

apt_install() {
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 1
  say "installing $* with apt-get"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"; } >/dev/null 2>&1
}

sql_root() { # runs SQL as the database administrator (local socket as root, or DB_ROOT_USER/DB_ROOT_PASSWORD)
  local client
  client=$(command -v mariadb || command -v mysql) || return 1
  if [ -n "${DB_ROOT_PASSWORD:-}" ]; then
    MYSQL_PWD=$DB_ROOT_PASSWORD "$client" -h "$DB_HOST" -P "$DB_PORT" -u "${DB_ROOT_USER:-root}" -e "$1"
  elif is_local "$DB_HOST" && [ "$(id -u)" = 0 ]; then
    "$client" -u root -e "$1" 2>/dev/null || "$client" -h "$DB_HOST" -P "$DB_PORT" -u root -e "$1"
  else
    "$client" -h "$DB_HOST" -P "$DB_PORT" -u "${DB_ROOT_USER:-root}" -e "$1"
  fi
}

ensure_database() {
  if ! port_open "$DB_HOST" "$DB_PORT"; then
    is_local "$DB_HOST" || { say "no database answers at $DB_HOST:$DB_PORT"; return 1; }
    if ! command -v mariadbd >/dev/null && ! [ -x /usr/sbin/mariadbd ] && ! [ -x /usr/sbin/mysqld ]; then
      apt_install mariadb-server mariadb-client \
        || { say "MySQL/MariaDB is not installed: install it (sudo apt-get install mariadb-server) or set DB_HOST"; return 1; }
    fi
    say "starting MariaDB/MySQL"
    if command -v service >/dev/null && service mariadb start >/dev/null 2>&1; then :
    elif [ -x /usr/sbin/mariadbd ]; then start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    else start-stop-daemon --start --oknodo --background --exec /usr/sbin/mysqld; fi
    wait_port "$DB_HOST" "$DB_PORT" 30 || { say "MariaDB/MySQL did not start; see its log (journalctl or /var/log/mysql)"; return 1; }
  fi
  # The services' user may create and use every schema named omni_*: each service's own, and the test ones.
  if ! MYSQL_PWD=$DB_PASSWORD "$(command -v mariadb || command -v mysql || echo false)" -h "$DB_HOST" -P "$DB_PORT" \
      -u "$DB_USER" -e 'select 1' >/dev/null 2>&1; then
    sql_root "CREATE USER IF NOT EXISTS '$DB_USER'@'%' IDENTIFIED BY '$DB_PASSWORD';
              CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
              GRANT ALL PRIVILEGES ON \`omni\\_%\`.* TO '$DB_USER'@'%';
              GRANT ALL PRIVILEGES ON \`omni\\_%\`.* TO '$DB_USER'@'localhost';" \
      || { say "cannot create database user $DB_USER: set DB_ROOT_USER/DB_ROOT_PASSWORD, or DB_USER/DB_PASSWORD of an existing user"; return 1; }
  fi
}

# Drops and recreates schemas (used by the tests for a clean start).
reset_schemas() {
  local s sql=""
  for s in "$@"; do sql="$sql DROP DATABASE IF EXISTS \`$s\`; CREATE DATABASE \`$s\`;"; done
  MYSQL_PWD=$DB_PASSWORD "$(command -v mariadb || command -v mysql)" -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" -e "$sql"
}

rabbitmqctl_ok() { command -v rabbitmqctl >/dev/null && [ "$(id -u)" = 0 ]; }

ensure_broker() {
  if ! port_open "$RABBITMQ_HOST" "$RABBITMQ_PORT"; then
    is_local "$RABBITMQ_HOST" || { say "no broker answers at $RABBITMQ_HOST:$RABBITMQ_PORT"; return 1; }
    if ! command -v rabbitmq-server >/dev/null; then
      apt_install rabbitmq-server \
        || { say "RabbitMQ is not installed: install it (sudo apt-get install rabbitmq-server) or set RABBITMQ_HOST"; return 1; }
    fi
    say "starting RabbitMQ"
    if command -v service >/dev/null && service rabbitmq-server start >/dev/null 2>&1; then :
    else rabbitmq-server -detached >/dev/null 2>&1; fi
    wait_port "$RABBITMQ_HOST" "$RABBITMQ_PORT" 60 || { say "RabbitMQ did not start; see /var/log/rabbitmq"; return 1; }
  fi
  ensure_vhost "$RABBITMQ_VHOST"
}

ensure_vhost() { # vhost: creates it and the services' user when rabbitmqctl can (local root); else trusts the config
  rabbitmqctl_ok && is_local "$RABBITMQ_HOST" || return 0
  rabbitmqctl await_startup >/dev/null 2>&1
  rabbitmqctl list_users -q 2>/dev/null | cut -f1 | grep -qx "$RABBITMQ_USER" \
    || rabbitmqctl add_user "$RABBITMQ_USER" "$RABBITMQ_PASSWORD" >/dev/null
  rabbitmqctl add_vhost "$1" >/dev/null 2>&1 || true
  rabbitmqctl set_permissions -p "$1" "$RABBITMQ_USER" '.*' '.*' '.*' >/dev/null
}

reset_vhost() { # vhost: an empty vhost for a clean test run
  rabbitmqctl_ok && is_local "$RABBITMQ_HOST" || return 0
  rabbitmqctl delete_vhost "$1" >/dev/null 2>&1 || true
  ensure_vhost "$1"
}
