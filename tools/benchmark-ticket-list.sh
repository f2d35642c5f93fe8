#!/usr/bin/env bash
# Benchmark (run on demand, not a test): the agent's ticket list on PostgreSQL with a million generated tickets.
# Prints the server's time for the first page, a deep page, each filter and each order of the list, each next to
# EXPLAIN ANALYZE of the same SQL run by psql; the figure to watch is each case against the first page (within
# 2×). Needs PostgreSQL at 127.0.0.1:5432 (user postgres).
#   tools/benchmark-ticket-list.sh            # TICKETS=1000000 BENCH_DB=helpdesk_bench by default
set -euo pipefail
source "$(dirname "$0")/bench-env.sh"
RUNS="${RUNS:-15}"

bench_build
bench_data
bench_server_start

API="$BENCH_URL/tickets"
AGENT=$(psql_db -c "SELECT agent_id FROM api_token WHERE token_hash = encode(sha256('hd_benchmark-agent'), 'hex')")
# The scope of an agent of the default permission group (linked departments), as TicketScope writes it.
SCOPE="(t.department_id IN (SELECT ad.department_id FROM agent_department ad WHERE ad.agent_id = $AGENT)
    OR t.assigned_agent_id = $AGENT OR t.requester_agent_id = $AGENT)"
OLDEST=$(psql_db -c "SELECT min(protocol) FROM ticket t WHERE $SCOPE")
DEEP=$(psql_db -c "SELECT protocol FROM ticket t WHERE $SCOPE ORDER BY protocol OFFSET 2000 LIMIT 1")
SELECT_PAGE="SELECT t.protocol, t.type, t.subject, coalesce(c.name, rq.name), coalesce(c.email, rq.email), o.name,
    d.id, d.name, cat.name, st.name, ag.name, t.situation, t.priority, t.created_at, t.updated_at
    FROM ticket t LEFT JOIN customer c ON c.id = t.customer_id LEFT JOIN agent rq ON rq.id = t.requester_agent_id
    JOIN department d ON d.id = t.department_id JOIN category cat ON cat.id = t.category_id
    LEFT JOIN organization o ON o.id = c.organization_id LEFT JOIN ticket_status st ON st.id = t.status_id
    LEFT JOIN agent ag ON ag.id = t.assigned_agent_id WHERE $SCOPE"
TEXT="'%certificado%'"

AGENT_DEPARTMENT=$(psql_db -c "SELECT department_id FROM agent_department WHERE agent_id = $AGENT ORDER BY 1 LIMIT 1")
AGENT_CATEGORY=$(psql_db -c "SELECT id FROM category WHERE department_id = $AGENT_DEPARTMENT ORDER BY id LIMIT 1")
MONTH_AGO=$(psql_db -c "SELECT to_char(now() - interval '30 days', 'YYYY-MM-DD')")
WEEK_AGO=$(psql_db -c "SELECT to_char(now() - interval '7 days', 'YYYY-MM-DD')")
CLOSED_DAY=$(psql_db -c "SELECT to_char(now() - interval '80 days', 'YYYY-MM-DD')")
RUNNING="dl.due_at IS NOT NULL AND dl.stopped_at IS NULL"

# name | API query | the same condition in SQL | the same order in SQL (default: newest first)
CASES=(
    "first page|limit=50||"
    "deep page (2,000 from the oldest, protocol $OLDEST..)|limit=50&before=$DEEP|AND t.protocol < $DEEP|"
    "filtered: open, urgent|limit=50&state=OPEN&priority=URGENT|AND t.situation NOT IN (4, 5) AND t.priority = 4|"
    "search: certificado|limit=50&q=certificado|AND (lower(t.subject) LIKE $TEXT OR lower(t.message) LIKE $TEXT OR t.customer_id IN (SELECT m.id FROM customer m WHERE lower(m.name) LIKE $TEXT OR m.email LIKE $TEXT OR m.organization_id IN (SELECT o2.id FROM organization o2 WHERE lower(o2.name) LIKE $TEXT)))|"
    "situations 0 and 3|limit=50&situation=0,3|AND t.situation IN (0, 3)|"
    "queue, open|limit=50&view=QUEUE&state=OPEN|AND t.assigned_agent_id IS NULL AND t.situation NOT IN (4, 5)|"
    "department and category|limit=50&departmentId=$AGENT_DEPARTMENT&categoryId=$AGENT_CATEGORY|AND t.department_id = $AGENT_DEPARTMENT AND t.category_id = $AGENT_CATEGORY|"
    "assigned to the agent|limit=50&agentId=$AGENT|AND t.assigned_agent_id = $AGENT|"
    "opened in the last 30 days|limit=50&createdFrom=$MONTH_AGO|AND t.created_at >= '$MONTH_AGO'|"
    "finished or cancelled on a day 80 days ago|limit=50&closedFrom=$CLOSED_DAY&closedTo=$CLOSED_DAY|AND t.closed_at >= '$CLOSED_DAY' AND t.closed_at < date '$CLOSED_DAY' + 1|"
    "SLA breached|limit=50&sla=BREACHED|AND EXISTS (SELECT 1 FROM sla_clock k WHERE k.ticket_protocol = t.protocol AND k.stopped_at IS NULL AND k.due_at <= now())|"
    "sorted: last updated first|limit=50&sort=updated&order=desc||ORDER BY t.updated_at DESC, t.protocol DESC"
    "sorted: oldest opened first|limit=50&sort=created&order=asc||ORDER BY t.created_at ASC, t.protocol ASC"
    "sorted: most urgent first|limit=50&sort=priority&order=desc||ORDER BY t.priority DESC, t.protocol DESC"
    "sorted: deadline soonest first|limit=50&sort=deadline&order=asc|AND $RUNNING|ORDER BY dl.due_at ASC, t.protocol ASC"
    "sorted: updated, open, last 7 days|limit=50&sort=updated&state=OPEN&createdFrom=$WEEK_AGO|AND t.situation NOT IN (4, 5) AND t.created_at >= '$WEEK_AGO'|ORDER BY t.updated_at DESC, t.protocol DESC"
)
DEADLINE_JOIN="LEFT JOIN sla_clock dl ON dl.ticket_protocol = t.protocol AND dl.kind = 'DEADLINE'"

median_ms() {
    local query="$1" times=()
    for _ in 1 2 3; do curl -s -o /dev/null -H "Authorization: Bearer hd_benchmark-agent" "$API?$query"; done
    for _ in $(seq 1 "$RUNS"); do
        times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer hd_benchmark-agent" "$API?$query")")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] * 1000 }'
}

echo
echo "== Agent ticket list, $(psql_db -c "SELECT count(*) FROM ticket") tickets, $(psql_db -c "SELECT count(*) FROM ticket t WHERE $SCOPE") in the agent's departments"
printf '%-52s %12s %14s\n' "case" "server (ms)" "psql exec (ms)"
for case in "${CASES[@]}"; do
    IFS='|' read -r name query condition order <<< "$case"
    server=$(median_ms "$query")
    page="${SELECT_PAGE/FROM ticket t/FROM ticket t $DEADLINE_JOIN}"
    plan=$(psql_db -c "EXPLAIN (ANALYZE, BUFFERS) $page $condition ${order:-ORDER BY t.protocol DESC} LIMIT 51")
    exec=$(echo "$plan" | awk '/Execution Time/ { print $3 }')
    printf '%-52s %12s %14s\n' "$name" "$server" "$exec"
    echo "$plan" > "$BASE/plan-$(echo "$name" | tr -c 'a-z0-9' '-').txt"
done
echo
echo "Plans: $BASE/plan-*.txt (EXPLAIN ANALYZE, BUFFERS of each case)"
