#!/usr/bin/env bash
# Benchmark (run on demand, not a test): each dashboard widget's figures through the API on PostgreSQL with a million
# generated tickets, for an administrator (every ticket) and for an agent of the default permission group (linked
# departments, or assigned to or requested by them), over the longest period (90 days). Open tickets get running
# SLA deadline clocks due from 12 hours ago to 12 hours ahead, and some of the agent's tickets a start today, so the
# SLA and schedule widgets have rows to count. The summary rows of tickets generated before they existed are written
# by the dashboard-figures job first (its time is printed). Needs PostgreSQL at 127.0.0.1:5432 (user postgres).
#   tools/benchmark-dashboard.sh             # TICKETS=1000000 BENCH_DB=helpdesk_bench_dashboard by default
set -euo pipefail
BENCH_DB="${BENCH_DB:-helpdesk_bench_dashboard}"
source "$(dirname "$0")/bench-env.sh"
RUNS="${RUNS:-40}"
ADMIN="Authorization: Bearer hd_benchmark-admin"
AGENT_TOKEN="Authorization: Bearer hd_benchmark-agent"
WIDGETS=(open_by_situation open_by_department open_by_agent unassigned sla_at_risk sla_breached
    created_vs_finished response_times scheduled_today hours_contracts)

bench_build
# The generator draws the same tickets from the same seed, so it cannot add to a smaller run's: start afresh.
HAVE=$(psql_db -c "SELECT count(*) FROM ticket" 2>/dev/null || echo 0)
if [ "$HAVE" -gt 0 ] && [ "$HAVE" -lt "$TICKETS" ]; then
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE $DB"
fi
bench_data

AGENT=$(psql_db -c "SELECT agent_id FROM api_token WHERE token_hash = encode(sha256('hd_benchmark-agent'), 'hex')")
echo "== SLA deadline clocks for the open tickets, schedules of today for the agent"
psql_db <<SQL
DELETE FROM sla_alert;
DELETE FROM sla_clock_period;
DELETE FROM sla_clock;
INSERT INTO sla_clock (ticket_protocol, kind, shift_id, pause_on_reply, target_seconds, due_at, version)
    SELECT t.protocol, 'DEADLINE', (SELECT id FROM work_shift WHERE default_shift), FALSE, 28800,
        now() + (random() * 24 - 12) * INTERVAL '1 hour', 0
    FROM ticket t WHERE t.situation NOT IN (4, 5);
INSERT INTO sla_clock_period (clock_id, started_at) SELECT id, due_at - INTERVAL '8 hours' FROM sla_clock;
UPDATE ticket SET scheduled_start = date_trunc('day', now()) + (protocol % 24) * INTERVAL '1 hour',
    scheduled_agent_id = $AGENT
    WHERE protocol % 500 = 0 AND situation NOT IN (4, 5)
    AND department_id IN (SELECT department_id FROM agent_department WHERE agent_id = $AGENT);
VACUUM ANALYZE;
SQL

# The summary rows' own job is scheduled hourly; the benchmark runs it once by hand, while no timer fires.
bench_server_start
curl -sf -o /dev/null -X PUT -H "$ADMIN" -H "Content-Type: application/json" \
    -d '{"everyMinutes": 60, "enabled": false}' "$BENCH_URL/jobs/dashboard-figures/schedule"

TICKETS_NOW=$(psql_db -c "SELECT count(*) FROM ticket")
ROWS=$(psql_db -c "SELECT count(*) FROM dashboard_ticket")
if [ "$ROWS" -lt "$TICKETS_NOW" ]; then
    echo "== dashboard-figures job: $ROWS summary rows for $TICKETS_NOW tickets"
    run=$(curl -sf -X POST -H "$ADMIN" -H "Content-Type: application/json" -d '{}' "$BENCH_URL/jobs/dashboard-figures/runs")
    id=$(echo "$run" | python3 -c 'import json, sys; print(json.load(sys.stdin)["executionId"])')
    status=STARTING
    while [ "$status" = STARTING ] || [ "$status" = STARTED ]; do
        sleep 2
        run=$(curl -sf -H "$ADMIN" "$BENCH_URL/jobs/runs/$id")
        status=$(echo "$run" | python3 -c 'import json, sys; print(json.load(sys.stdin)["status"])')
    done
    echo "$run" | python3 -c '
import datetime, json, sys
run = json.load(sys.stdin)
took = datetime.datetime.fromisoformat(run["endedAt"].replace("Z", "+00:00")) \
    - datetime.datetime.fromisoformat(run["startedAt"].replace("Z", "+00:00"))
print("   %s in %.1f s, %d tickets read" % (run["status"], took.total_seconds(), run["processed"]))'
    psql_db -c "VACUUM ANALYZE dashboard_ticket"
fi

# Prints "median p95" in milliseconds of $RUNS calls, after three to warm up.
timings() {
    local auth="$1" widget="$2" times=()
    for _ in 1 2 3; do curl -sf -o /dev/null -H "$auth" "$BENCH_URL/dashboard/widgets/$widget?periodDays=90"; done
    for _ in $(seq 1 "$RUNS"); do
        times+=("$(curl -sf -o /dev/null -w '%{time_total}' -H "$auth" "$BENCH_URL/dashboard/widgets/$widget?periodDays=90")")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END {
        p95 = int(NR * 0.95 + 0.999); if (p95 > NR) p95 = NR;
        printf "%.1f %.1f", a[int((NR + 1) / 2)] * 1000, a[p95] * 1000 }'
}

SCOPE="(t.department_id IN (SELECT ad.department_id FROM agent_department ad WHERE ad.agent_id = $AGENT)
    OR t.assigned_agent_id = $AGENT OR t.requester_agent_id = $AGENT)"
echo
echo "== Dashboard widgets, $TICKETS_NOW tickets ($(psql_db -c "SELECT count(*) FROM ticket WHERE situation NOT IN (4, 5)") open), $(psql_db -c "SELECT count(*) FROM ticket t WHERE $SCOPE") in the agent's scope; 90 days; $RUNS calls each"
printf '%-22s %18s %18s %18s %18s\n' "widget" "admin median (ms)" "admin p95 (ms)" "agent median (ms)" "agent p95 (ms)"
for widget in "${WIDGETS[@]}"; do
    read -r admin_median admin_p95 <<< "$(timings "$ADMIN" "$widget")"
    if [ "$widget" = hours_contracts ]; then
        agent_median="-"; agent_p95="(no reports)"
    else
        read -r agent_median agent_p95 <<< "$(timings "$AGENT_TOKEN" "$widget")"
    fi
    printf '%-22s %18s %18s %18s %18s\n' "$widget" "$admin_median" "$admin_p95" "$agent_median" "$agent_p95"
done
echo
echo "The agent's figures, for a look: $(curl -sf -H "$AGENT_TOKEN" "$BENCH_URL/dashboard/widgets/open_by_situation" | head -c 300)"
