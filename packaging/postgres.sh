# A throwaway PostgreSQL for the tests: a cluster in a temporary folder, listening only on a Unix
# socket there, stopped and deleted when the calling shell exits. Sourced by bootstrap.sh test.
# Sets REVIEWDESK_TEST_POSTGRES_URL for the tests that run on PostgreSQL as well as SQLite.

start_test_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ]; then
    echo "bootstrap: PostgreSQL is not installed; its tests will fail" >&2
    return 1
  fi
  PG_DIR=$(mktemp -d /tmp/reviewdesk-pg.XXXXXX)
  local as=()
  if [ "$(id -u)" = 0 ]; then  # initdb refuses to run as root
    chown postgres "$PG_DIR"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust --no-sync >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-c listen_addresses='' -c unix_socket_directories=$PG_DIR -c fsync=off" start >/dev/null
  trap stop_test_postgres EXIT
  export REVIEWDESK_TEST_POSTGRES_URL="postgresql+psycopg://postgres@/postgres?host=$PG_DIR"
  PG_BIN=$bin
  PG_AS=("${as[@]}")
}

stop_test_postgres() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
