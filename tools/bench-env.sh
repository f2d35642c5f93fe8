# Shared by the benchmarks (source it): the database of generated tickets and a help desk server on it.
# PostgreSQL at 127.0.0.1:5432 (user postgres); TICKETS=1000000 and BENCH_DB=helpdesk_bench by default.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TICKETS="${TICKETS:-1000000}"
DB="${BENCH_DB:-helpdesk_bench}"
export PGPASSWORD="${PGPASSWORD:-postgres}"
BASE="$ROOT/tools/target/bench-server"
BENCH_URL="http://127.0.0.1:8380/helpdesk/api/v1"

psql_db() { psql -h 127.0.0.1 -U postgres -d "$DB" -tAq "$@"; }

bench_build() {
    echo "== Build"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests install)
}

# Generates tickets until the database holds $TICKETS of them (GenerateData migrates the schema first); arguments
# go to GenerateData.
bench_data() {
    echo "== Data: $TICKETS tickets in database $DB"
    if ! psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
        psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB"
    fi
    local have
    have=$(psql_db -c "SELECT count(*) FROM ticket" 2>/dev/null || echo 0)
    if [ "$have" -lt "$TICKETS" ]; then
        java -cp "$ROOT/tools/target/classes:$(cat "$ROOT/tools/target/classpath.txt")" dev.helpdesk.tools.GenerateData \
            --url "jdbc:postgresql://127.0.0.1:5432/$DB?reWriteBatchedInserts=true" --tickets $((TICKETS - have)) "$@"
    fi
    psql_db -c "VACUUM ANALYZE"
}

# Starts the help desk on the benchmark database (ports +300; GenerateData left the API tokens hd_benchmark-admin
# and hd_benchmark-agent) and waits for it, with one server key for every run (the data directory starts afresh
# each time, the database stays);
# extra environment variables may be given as NAME=value arguments. Stopped when the script exits.
bench_server_start() {
    echo "== Server"
    rm -rf "$BASE" && mkdir -p "$BASE/deployments"
    cp -r "$ROOT/server-config/target/wildfly/standalone/configuration" "$BASE/"
    cp "$ROOT/helpdesk-ear/target/helpdesk.ear" "$BASE/deployments/"
    env "$@" HELPDESK_DB_DRIVER=postgresql HELPDESK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB${DB_URL_OPTIONS:-}" \
        HELPDESK_DB_USER=postgres HELPDESK_DB_PASSWORD="$PGPASSWORD" HELPDESK_DATA_DIR="$BASE/data" \
        HELPDESK_SECRET_KEY="YmVuY2htYXJrLXNlcnZlci1rZXktMzItYnl0ZXMtb2s=" \
        LAUNCH_JBOSS_IN_BACKGROUND=1 \
        "$ROOT/server-config/target/wildfly/bin/standalone.sh" \
        -Djboss.server.base.dir="$BASE" -Djboss.socket.binding.port-offset=300 > "$BASE/console.log" 2>&1 &
    SERVER=$!
    trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
    for _ in $(seq 1 180); do
        [ -f "$BASE/deployments/helpdesk.ear.deployed" ] && return 0
        [ -f "$BASE/deployments/helpdesk.ear.failed" ] && { echo "deployment failed, see $BASE/console.log"; exit 1; }
        sleep 1
    done
    echo "the server did not come up, see $BASE/console.log"
    exit 1
}
