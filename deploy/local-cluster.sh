#!/usr/bin/env bash
# Scale-out proof on one machine: two lokerbot processes sharing one Redis and one PostgreSQL,
# a mixed load of simulated conversations spread over both, and the figures that matter:
# per-node counts, duplicate replies (must be 0), lost messages (must be 0).
#
#   deploy/local-cluster.sh                          # 50 people x 20 messages, 10% delivered twice
#   PEOPLE=10 MESSAGES=10 deploy/local-cluster.sh    # smaller
#   STORE=memory deploy/local-cluster.sh             # what goes wrong without a shared store
#   OWN_SERVERS=1 deploy/local-cluster.sh            # ignore the machine's Redis and PostgreSQL
#
# Servers, in this order:
#   Redis:      REDIS_URL if set; else the machine's own on 127.0.0.1:6379 if it answers PING;
#               else a redis-server started here on a free port (no persistence, removed after).
#   PostgreSQL: DB_URL (+ DB_USER, DB_PASSWORD) if set; else the machine's own on 127.0.0.1:5432
#               (user postgres) if reachable, with a scratch database created and dropped here;
#               else initdb + pg_ctl into a temporary directory on a free port, if the binaries exist.
# The jar is built if missing (mvn -DskipTests package). Everything listens on 127.0.0.1 only;
# everything started here is stopped at the end, by process id. Exit code 0 when the load driver
# found no duplicate reply, no lost message and no reply that differs from a single node's.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/target/lokerbot.jar"
PEOPLE="${PEOPLE:-50}"
MESSAGES="${MESSAGES:-20}"
DUPLICATES="${DUPLICATES:-0.10}"
STORE="${STORE:-redis}"
SEED="${SEED:-$RANDOM}"
START_TIMEOUT="${START_TIMEOUT:-240}"

WORK="$(mktemp -d /tmp/lokerbot-cluster.XXXXXX)"
PIDS=()            # application nodes
REDIS_PID=""       # redis-server started here
PG_DATA=""         # PostgreSQL cluster started here
PG_CTL=""
PG_USER_RUN=()     # runs PostgreSQL binaries as a non-root user when we are root
DROP_DB=""         # scratch database created on the machine's PostgreSQL
LOAD_RAN=""        # set once the load driver ran: its own report says what went wrong

log() { printf '[local-cluster] %s\n' "$*" >&2; }

cleanup() {
  local code=$?
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [[ -n "$REDIS_PID" ]]; then kill "$REDIS_PID" 2>/dev/null || true; fi
  if [[ -n "$PG_DATA" ]]; then "${PG_USER_RUN[@]}" "$PG_CTL" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true; fi
  if [[ -n "$DROP_DB" ]]; then dropdb -h 127.0.0.1 -U postgres --if-exists "$DROP_DB" 2>/dev/null || true; fi
  if [[ $code -ne 0 && -z "$LOAD_RAN" && ${#PIDS[@]} -gt 0 ]]; then
    for n in 1 2; do
      [[ -f "$WORK/node$n/out.log" ]] && { log "last lines of node $n:"; tail -n 15 "$WORK/node$n/out.log" >&2; }
    done
  fi
  rm -rf "$WORK"
  exit $code
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 40000))
    port_open "$p" || { echo "$p"; return; }
  done
  log "no free port found"; return 1
}

http_status() {  # status code of a GET on loopback, using bash only
  local port=$1 path=$2 line
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3
  read -r line <&3 || true
  exec 3<&- 3>&-
  echo "$line" | cut -d' ' -f2
}

# ---------- the jar ----------
if [[ ! -f "$JAR" ]]; then
  log "building $JAR (mvn -DskipTests package)"
  (cd "$ROOT" && mvn -B -ntp -q -DskipTests package)
fi

# ---------- Redis ----------
if [[ "$STORE" == "redis" ]]; then
  if [[ -n "${REDIS_URL:-}" ]]; then
    log "Redis: $REDIS_URL (REDIS_URL)"
  elif [[ -z "${OWN_SERVERS:-}" ]] && port_open 6379 && [[ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" == "PONG" ]]; then
    REDIS_URL="redis://127.0.0.1:6379"
    log "Redis: the machine's own on 127.0.0.1:6379 (keys of this run are unique to it)"
  elif command -v redis-server >/dev/null; then
    port=$(free_port)
    redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no --dir "$WORK" \
      --logfile "$WORK/redis.log" &
    REDIS_PID=$!
    for _ in $(seq 1 50); do port_open "$port" && break; sleep 0.2; done
    REDIS_URL="redis://127.0.0.1:$port"
    log "Redis: started redis-server on 127.0.0.1:$port (pid $REDIS_PID)"
  else
    log "no Redis: set REDIS_URL, run one on 127.0.0.1:6379, or install redis-server"; exit 2
  fi
fi

# ---------- PostgreSQL ----------
if [[ -n "${DB_URL:-}" ]]; then
  log "PostgreSQL: $DB_URL (DB_URL)"
elif [[ -z "${OWN_SERVERS:-}" ]] && port_open 5432 && command -v psql >/dev/null \
    && psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; then
  DROP_DB="lokerbot_cluster_$$"
  createdb -h 127.0.0.1 -U postgres "$DROP_DB"
  DB_URL="jdbc:postgresql://127.0.0.1:5432/$DROP_DB"; DB_USER=postgres; DB_PASSWORD=""
  log "PostgreSQL: the machine's own on 127.0.0.1:5432, scratch database $DROP_DB (dropped after)"
else
  INITDB="$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -z "$INITDB" ]]; then
    log "no PostgreSQL: set DB_URL/DB_USER/DB_PASSWORD, run one on 127.0.0.1:5432, or install postgresql"; exit 2
  fi
  PG_CTL="$(dirname "$INITDB")/pg_ctl"
  PG_DATA="$WORK/pg"
  mkdir -p "$PG_DATA"
  if [[ $EUID -eq 0 ]]; then   # initdb refuses to run as root
    chown postgres "$WORK" "$PG_DATA" 2>/dev/null && PG_USER_RUN=(runuser -u postgres --) \
      || { log "running as root and no postgres user for initdb"; PG_DATA=""; exit 2; }
  fi
  port=$(free_port)
  "${PG_USER_RUN[@]}" "$INITDB" -D "$PG_DATA" -U lokerbot --auth=trust -E UTF8 >/dev/null
  "${PG_USER_RUN[@]}" "$PG_CTL" -D "$PG_DATA" -l "$PG_DATA/server.log" -w \
    -o "-p $port -k $PG_DATA -c listen_addresses=127.0.0.1" start >/dev/null
  DB_URL="jdbc:postgresql://127.0.0.1:$port/postgres"; DB_USER=lokerbot; DB_PASSWORD=""
  log "PostgreSQL: started $(dirname "$INITDB") into $PG_DATA on 127.0.0.1:$port"
fi
chmod 755 "$WORK"

# ---------- two nodes ----------
start_node() {
  local n=$1 port=$2 dir="$WORK/node$1"
  mkdir -p "$dir"
  (
    cd "$dir"   # ./data (the Lucene index) is per node
    SERVER_PORT="$port" SERVER_ADDRESS=127.0.0.1 \
    LOKERBOT_STORE="$STORE" SPRING_DATA_REDIS_URL="${REDIS_URL:-}" \
    SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME="${DB_USER:-}" \
    SPRING_DATASOURCE_PASSWORD="${DB_PASSWORD:-}" \
    LOKERBOT_CONTENT_DIR="$ROOT/content" LOKERBOT_CONTENT_WATCH=false \
    LOKERBOT_SIMULATOR_ENABLED=true MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED=true \
    LOKERBOT_TELEGRAM_MODE=off \
      exec java -Xmx384m -XX:+UseSerialGC -jar "$JAR" >"$dir/out.log" 2>&1
  ) &
  PIDS+=($!)
  log "node $n: starting on 127.0.0.1:$port (pid $!, store $STORE)"
  local deadline=$((SECONDS + START_TIMEOUT))
  until [[ "$(http_status "$port" /actuator/health/readiness 2>/dev/null)" == "200" ]]; do
    if ! kill -0 "${PIDS[-1]}" 2>/dev/null; then log "node $n exited"; exit 1; fi
    if (( SECONDS > deadline )); then log "node $n not ready after ${START_TIMEOUT}s"; exit 1; fi
    sleep 1
  done
  log "node $n: ready"
}

PORT1=$(free_port)
start_node 1 "$PORT1"   # one after the other: Flyway migrates once, sample data loads once
PORT2=$(free_port)
while [[ "$PORT2" == "$PORT1" ]]; do PORT2=$(free_port); done
start_node 2 "$PORT2"

# ---------- load ----------
LOAD_RAN=1
log "load: $PEOPLE people x $MESSAGES messages, ${DUPLICATES} delivered twice, seed $SEED"
java "$ROOT/deploy/LoadDriver.java" \
  --nodes "http://127.0.0.1:$PORT1,http://127.0.0.1:$PORT2" \
  --people "$PEOPLE" --messages "$MESSAGES" --duplicates "$DUPLICATES" --seed "$SEED" --timeout 600
