#!/usr/bin/env bash
# Backing services for CI: PostgreSQL (5432), Redis (6379), RabbitMQ (5672) and our own PgBouncer (6432).
#
# Sourced by .ci/run (which calls ci_ensure_services), or run on its own to prepare the services only:
#   sudo .ci/services.sh
# Must run as root (it may apt-get install packages and it starts daemons as their service users).
# Idempotent: a service that already answers is left alone; only a missing one is installed/started.
#
# Knobs (environment): CI_STATE_DIR (default ${TMPDIR:-/tmp}/order-service-ci) holds our PgBouncer's
# config, auth file, pid file and log, and the Redis/RabbitMQ start logs.

CI_STATE_DIR="${CI_STATE_DIR:-${TMPDIR:-/tmp}/order-service-ci}"
CI_PGBOUNCER_DIR="$CI_STATE_DIR/pgbouncer"
_ci_apt_updated=0

ci_not() { ! "$@"; }
ci_log() { printf '==> %s\n' "$*"; }
ci_warn() { printf 'ci: warning: %s\n' "$*" >&2; }
ci_die() { printf '\nci: ERROR: %s\n' "$*" >&2; exit 1; }

# Print the last lines of a log file (if it exists) to stderr, for failure diagnostics.
ci_tail() {
  local file="$1"
  if [[ -r "$file" ]]; then
    printf -- '--- last lines of %s ---\n' "$file" >&2
    tail -n 30 "$file" >&2 || true
    printf -- '---\n' >&2
  fi
}

# ci_apt_install PACKAGE... : apt-get update (once per run) then install.
ci_apt_install() {
  command -v apt-get >/dev/null || ci_die "apt-get not found; cannot install: $*"
  export DEBIAN_FRONTEND=noninteractive
  if [[ $_ci_apt_updated -eq 0 ]]; then
    ci_log "apt-get update"
    apt-get -o DPkg::Lock::Timeout=120 update -qq </dev/null || ci_die "apt-get update failed"
    _ci_apt_updated=1
  fi
  ci_log "apt-get install -y $*"
  apt-get -o DPkg::Lock::Timeout=120 install -y -qq --no-install-recommends "$@" </dev/null \
    || ci_die "apt-get install $* failed"
}

# ci_port_listening PORT : true if some socket is in LISTEN state on PORT (any local address).
# Reads /proc/net/tcp{,6} rather than connecting (a connect probe can hang on a wedged listener).
ci_port_listening() {
  local hex
  hex="$(printf '%04X' "$1")"
  awk -v port=":$hex" '$4 == "0A" && substr($2, length($2) - 4) == port { found = 1 } END { exit !found }' \
    /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

# ci_wait_until SECONDS CMD... : poll CMD every second until it succeeds or SECONDS have passed.
ci_wait_until() {
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    ((SECONDS < deadline)) || return 1
    sleep 1
  done
}

# Run a command with its stdio detached from ours (daemons must not keep CI's stdout pipe open).
ci_detached() {
  local logfile="$1"; shift
  "$@" </dev/null >>"$logfile" 2>&1
}

# ---------------------------------------------------------------- PostgreSQL (127.0.0.1:5432)

ci_pg_ready() { pg_isready -q -h 127.0.0.1 -p 5432 -t 2 >/dev/null 2>&1; }

ci_ensure_postgres() {
  local installed=0
  if ! command -v pg_ctlcluster >/dev/null || ! command -v pg_isready >/dev/null || ! command -v psql >/dev/null \
     || [[ -z "$(ls /etc/postgresql 2>/dev/null)" ]]; then
    ci_apt_install postgresql postgresql-client
    installed=1
  fi

  local version
  version="$(ls /etc/postgresql 2>/dev/null | head -1)" || true
  [[ -n "$version" ]] || ci_die "PostgreSQL failed to start: no cluster under /etc/postgresql"
  local pg_log="/var/log/postgresql/postgresql-$version-main.log"

  if ci_pg_ready; then
    ci_log "PostgreSQL: already running on 127.0.0.1:5432"
  else
    local rc=0
    pg_isready -q -h 127.0.0.1 -p 5432 -t 2 >/dev/null 2>&1 || rc=$?
    if [[ $rc -eq 1 ]]; then
      ci_log "PostgreSQL: server is starting up (pg_isready: rejecting connections); waiting"
    else
      ci_log "PostgreSQL: starting cluster $version/main"
      mkdir -p "$CI_STATE_DIR"
      if ! ci_detached "$CI_STATE_DIR/postgres-start.log" \
          pg_ctlcluster --skip-systemctl-redirect "$version" main start; then
        # e.g. "already running" on another address; the wait below decides.
        ci_warn "pg_ctlcluster $version main start failed:"
        ci_tail "$CI_STATE_DIR/postgres-start.log"
      fi
    fi
    if ! ci_wait_until 60 ci_pg_ready; then
      ci_tail "$pg_log"
      ci_die "PostgreSQL failed to start: pg_isready -h 127.0.0.1 -p 5432 still failing after 60 s"
    fi
    ci_log "PostgreSQL: ready"
  fi

  if [[ $installed -eq 1 ]]; then
    # A freshly installed Debian cluster uses scram for TCP; CI expects trust on loopback.
    local hba="/etc/postgresql/$version/main/pg_hba.conf"
    if ! grep -Eq '^host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$hba"; then
      ci_log "PostgreSQL: enabling trust auth for 127.0.0.1 in $hba"
      sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
      pg_ctlcluster --skip-systemctl-redirect "$version" main reload </dev/null >/dev/null 2>&1 \
        || ci_die "PostgreSQL: reload after pg_hba.conf change failed"
    fi
  fi

  local psql=(psql -X -w -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres -d postgres)
  local exists
  exists="$(PGCONNECT_TIMEOUT=10 "${psql[@]}" -tAc "select 1 from pg_database where datname='test'" </dev/null)" \
    || ci_die "PostgreSQL is up but 'psql -h 127.0.0.1 -U postgres' failed (trust auth for 127.0.0.1 expected)"
  if [[ "$exists" == "1" ]]; then
    ci_log "PostgreSQL: database 'test' exists"
  else
    ci_log "PostgreSQL: creating database 'test'"
    PGCONNECT_TIMEOUT=10 "${psql[@]}" -qc 'create database test' </dev/null \
      || ci_die "PostgreSQL: could not create database 'test'"
  fi
  ci_ensure_database_roles "${psql[@]}"
}

# The roles of docs/deploy.md: the service logs in as order_service (no superuser, no BYPASSRLS, owns nothing),
# a member of order_service_app (tenant transactions) and order_service_system (the system path). Migrations
# create the two NOLOGIN roles too; they are made here first so that the membership can be granted before them.
# Roles belong to the cluster, not to a database: recreating 'test' keeps them.
ci_ensure_database_roles() {
  ci_log "PostgreSQL: roles order_service (login), order_service_app, order_service_system"
  PGCONNECT_TIMEOUT=10 "$@" -q <<'SQL' >/dev/null || ci_die "PostgreSQL: could not create the service's roles"
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'order_service_app') THEN CREATE ROLE order_service_app NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'order_service_system') THEN CREATE ROLE order_service_system NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'order_service') THEN CREATE ROLE order_service LOGIN; END IF;
END
$$;
ALTER ROLE order_service LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
GRANT order_service_app, order_service_system TO order_service;
SQL
}

# ---------------------------------------------------------------- Redis (127.0.0.1:6379)

ci_redis_ready() { [[ "$(timeout 5 redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" == "PONG" ]]; }

ci_ensure_redis() {
  if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
    ci_apt_install redis-server redis-tools
  fi
  if ci_redis_ready; then
    ci_log "Redis: already running on 127.0.0.1:6379"
    return 0
  fi
  if ci_port_listening 6379; then
    ci_log "Redis: port 6379 open but no PONG yet (loading?); waiting"
  else
    ci_log "Redis: starting redis-server on 127.0.0.1:6379"
    mkdir -p "$CI_STATE_DIR"
    ci_detached "$CI_STATE_DIR/redis-start.log" \
      redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
        --dir "$CI_STATE_DIR" --logfile "$CI_STATE_DIR/redis.log" \
      || { ci_tail "$CI_STATE_DIR/redis-start.log"; ci_die "Redis failed to start: redis-server exited with an error"; }
  fi
  if ! ci_wait_until 30 ci_redis_ready; then
    ci_tail "$CI_STATE_DIR/redis.log"
    ci_die "Redis failed to start: 'redis-cli -h 127.0.0.1 ping' did not answer PONG within 30 s"
  fi
  ci_log "Redis: ready"
}

# ---------------------------------------------------------------- RabbitMQ (127.0.0.1:5672)

# Ready = the AMQP listener answers the 0-9-1 protocol header with a method frame (connection.start).
ci_rabbit_ready() {
  timeout 5 bash -c '
    exec 3<>/dev/tcp/127.0.0.1/5672 || exit 1
    printf "AMQP\x00\x00\x09\x01" >&3
    IFS= read -r -N 1 -t 4 b <&3 || exit 1
    [[ "$b" == $'"'"'\x01'"'"' ]]' 2>/dev/null
}

ci_ensure_rabbitmq() {
  if ! command -v rabbitmq-server >/dev/null || ! command -v rabbitmq-diagnostics >/dev/null; then
    ci_apt_install rabbitmq-server
  fi
  if ci_rabbit_ready; then
    ci_log "RabbitMQ: already running on 127.0.0.1:5672"
    return 0
  fi
  if ci_port_listening 5672 || timeout 30 rabbitmq-diagnostics -q ping </dev/null >/dev/null 2>&1; then
    ci_log "RabbitMQ: node is up but AMQP listener not ready yet; waiting"
  else
    ci_log "RabbitMQ: starting rabbitmq-server -detached"
    mkdir -p "$CI_STATE_DIR"
    ci_detached "$CI_STATE_DIR/rabbitmq-start.log" rabbitmq-server -detached \
      || { ci_tail "$CI_STATE_DIR/rabbitmq-start.log"; ci_die "RabbitMQ failed to start: rabbitmq-server -detached exited with an error"; }
  fi
  if ! ci_wait_until 120 ci_rabbit_ready; then
    ci_tail "$CI_STATE_DIR/rabbitmq-start.log"
    ci_tail /var/log/rabbitmq/startup_err
    ci_die "RabbitMQ failed to start: no AMQP answer on 127.0.0.1:5672 within 120 s"
  fi
  ci_log "RabbitMQ: ready"
}

# ---------------------------------------------------------------- PgBouncer (127.0.0.1:6432)

ci_pgbouncer_ready() {
  PGCONNECT_TIMEOUT=5 timeout 10 psql -X -w -q -h 127.0.0.1 -p 6432 -U postgres test -c 'select 1' \
    </dev/null >/dev/null 2>&1
}

ci_pgbouncer_write_config() {
  local dir="$CI_PGBOUNCER_DIR"
  printf '"postgres" ""\n"order_service" ""\n' >"$dir/userlist.txt.new"
  cat >"$dir/pgbouncer.ini.new" <<EOF
; Generated by .ci/services.sh for CI; rewritten on every run.
[databases]
test = host=127.0.0.1 port=5432 dbname=test

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = 6432
unix_socket_dir = $dir
pool_mode = transaction
auth_type = trust
auth_file = $dir/userlist.txt
admin_users = postgres
max_client_conn = 500
default_pool_size = 40
ignore_startup_parameters = extra_float_digits,options
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
EOF
  mv -f "$dir/userlist.txt.new" "$dir/userlist.txt"
  mv -f "$dir/pgbouncer.ini.new" "$dir/pgbouncer.ini"
  chown postgres: "$dir/userlist.txt" "$dir/pgbouncer.ini"
  chmod 0644 "$dir/userlist.txt" "$dir/pgbouncer.ini"
}

# PID of the PgBouncer we started earlier (from our pidfile), if it is still alive.
ci_pgbouncer_own_pid() {
  local pid
  pid="$(cat "$CI_PGBOUNCER_DIR/pgbouncer.pid" 2>/dev/null)" || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  ci_pid_is_pgbouncer "$pid" && echo "$pid"
}

# True if PID is a live (not zombie) pgbouncer process; guards against a recycled pid.
ci_pid_is_pgbouncer() {
  local comm state
  comm="$(cat "/proc/$1/comm" 2>/dev/null)" || return 1
  state="$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" || return 1
  [[ "$comm" == pgbouncer && "$state" != Z ]]
}

# Stop Debian's own pgbouncer service (the package may start it on install; it also uses 6432).
ci_stop_system_pgbouncer() {
  if [[ -d /run/systemd/system ]] && systemctl is-active --quiet pgbouncer 2>/dev/null; then
    ci_log "PgBouncer: stopping the system pgbouncer service (it holds port 6432)"
    systemctl stop pgbouncer || true
  elif [[ -x /etc/init.d/pgbouncer ]] && [[ -s /run/postgresql/pgbouncer.pid ]]; then
    ci_log "PgBouncer: stopping the system pgbouncer service (it holds port 6432)"
    /etc/init.d/pgbouncer stop </dev/null >/dev/null 2>&1 || true
  fi
}

ci_ensure_pgbouncer() {
  if ! command -v pgbouncer >/dev/null; then
    ci_apt_install pgbouncer
  fi
  command -v psql >/dev/null || ci_apt_install postgresql-client
  id postgres >/dev/null 2>&1 || ci_die "PgBouncer failed to start: no 'postgres' user to run it as"
  ci_log "PgBouncer: $(pgbouncer --version 2>/dev/null | head -1)"

  if [[ -L "$CI_STATE_DIR" || -L "$CI_PGBOUNCER_DIR" ]]; then
    ci_die "PgBouncer: refusing to use $CI_STATE_DIR (symlink)"
  fi
  mkdir -p "$CI_STATE_DIR"
  chmod 0755 "$CI_STATE_DIR"
  install -d -m 0755 -o postgres -g postgres "$CI_PGBOUNCER_DIR"

  local own_pid
  if ci_pgbouncer_ready; then
    if own_pid="$(ci_pgbouncer_own_pid)"; then
      # Our instance from an earlier run: refresh its config (SIGHUP = online reload).
      ci_pgbouncer_write_config
      kill -HUP "$own_pid" 2>/dev/null || true
      ci_log "PgBouncer: reusing our instance (pid $own_pid) on 127.0.0.1:6432, config reloaded"
    else
      ci_log "PgBouncer: something on 127.0.0.1:6432 already serves database 'test'; reusing it"
    fi
    return 0
  fi

  if own_pid="$(ci_pgbouncer_own_pid)"; then
    ci_log "PgBouncer: our earlier instance (pid $own_pid) does not answer; restarting it"
    kill "$own_pid" 2>/dev/null || true
    ci_wait_until 10 ci_not ci_pid_is_pgbouncer "$own_pid" || kill -KILL "$own_pid" 2>/dev/null || true
  fi
  if ci_port_listening 6432; then
    ci_stop_system_pgbouncer
    if ! ci_wait_until 10 ci_not ci_port_listening 6432; then
      ss -ltnp 'sport = :6432' >&2 2>/dev/null || true
      ci_die "PgBouncer failed to start: port 6432 is taken by something that does not serve database 'test'"
    fi
  fi

  ci_pgbouncer_write_config
  rm -f "$CI_PGBOUNCER_DIR/pgbouncer.pid" # stale (its process is gone, checked above)
  ci_log "PgBouncer: starting our instance on 127.0.0.1:6432 (config $CI_PGBOUNCER_DIR/pgbouncer.ini)"
  # PgBouncer refuses to run as root.
  if ! ci_detached "$CI_STATE_DIR/pgbouncer-start.log" \
      runuser -u postgres -- pgbouncer -d "$CI_PGBOUNCER_DIR/pgbouncer.ini"; then
    ci_tail "$CI_STATE_DIR/pgbouncer-start.log"
    ci_tail "$CI_PGBOUNCER_DIR/pgbouncer.log"
    ci_die "PgBouncer failed to start: pgbouncer -d exited with an error"
  fi
  if ! ci_wait_until 30 ci_pgbouncer_ready; then
    ci_tail "$CI_PGBOUNCER_DIR/pgbouncer.log"
    own_pid="$(ci_pgbouncer_own_pid)" && { kill "$own_pid" 2>/dev/null || true; } # no half-working instance left behind
    ci_die "PgBouncer failed to start: 'psql -h 127.0.0.1 -p 6432 -U postgres test' still failing after 30 s"
  fi
  ci_log "PgBouncer: ready"
}

# ---------------------------------------------------------------- Chromium (browser tests of the admin console)

# The browser tests drive Debian's Chromium with playwright-core; under CI=true they fail without it.
ci_ensure_chromium() {
  if [[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]]; then
    ci_log "Chromium: $("${CHROMIUM_PATH:-/usr/bin/chromium}" --version 2>/dev/null | head -1)"
    return 0
  fi
  ci_apt_install chromium
  [[ -x /usr/bin/chromium ]] || ci_die "Chromium: apt-get install chromium left no /usr/bin/chromium"
  ci_log "Chromium: installed ($(/usr/bin/chromium --version 2>/dev/null | head -1))"
}

# ---------------------------------------------------------------- all of them

ci_ensure_services() {
  [[ $(id -u) -eq 0 ]] || ci_die "service preparation must run as root (it installs packages and starts daemons)"
  ci_ensure_postgres
  ci_ensure_redis
  ci_ensure_rabbitmq
  ci_ensure_pgbouncer # after PostgreSQL: its readiness check goes through to database 'test'
}

# Executed directly (not sourced): prepare the services only.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  ci_ensure_services
  ci_log "services ready: postgres 5432, redis 6379, rabbitmq 5672, pgbouncer 6432"
fi
