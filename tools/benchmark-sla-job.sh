#!/usr/bin/env bash
# Benchmark (run on demand, not a test): the SLA evaluation job over a million open tickets on PostgreSQL, next to
# one set-based SQL statement doing the same marking (levels, alerts, outbox mails), run in a transaction that is
# rolled back so that both start from the same state. Each ticket gets a resolution clock of 8 hours on a 24x7
# shift (there wall time is working time, so plain SQL computes the same levels) started up to 12 hours ago: about a
# third on time, a third critical or urgent, a third breached. Prints the first run (marking) and a second run
# (nothing new to alert, the steady state) of each. Needs PostgreSQL at 127.0.0.1:5432 (user postgres).
#   tools/benchmark-sla-job.sh               # TICKETS=1000000 BENCH_DB=helpdesk_bench_sla by default
set -euo pipefail
BENCH_DB="${BENCH_DB:-helpdesk_bench_sla}"
source "$(dirname "$0")/bench-env.sh"
ADMIN="Authorization: Bearer hd_benchmark-admin"

bench_build
bench_data --finished-share 0

echo "== SLA clocks for every open ticket"
psql_db <<'SQL'
DELETE FROM outbound_mail WHERE dedup_key LIKE 'sla-alert:%';
DELETE FROM sla_alert;
DELETE FROM sla_clock;
INSERT INTO work_shift (name, default_shift, version)
    SELECT '24x7 (benchmark)', FALSE, 0 WHERE NOT EXISTS (SELECT 1 FROM work_shift WHERE name = '24x7 (benchmark)');
DELETE FROM work_shift_hours WHERE shift_id = (SELECT id FROM work_shift WHERE name = '24x7 (benchmark)');
INSERT INTO work_shift_hours (shift_id, weekday, starts_at, ends_at)
    SELECT s.id, d.weekday, TIME '00:00', TIME '00:00' FROM work_shift s,
        (VALUES ('MONDAY'), ('TUESDAY'), ('WEDNESDAY'), ('THURSDAY'), ('FRIDAY'), ('SATURDAY'), ('SUNDAY')) d (weekday)
    WHERE s.name = '24x7 (benchmark)';
INSERT INTO sla_clock (ticket_protocol, kind, shift_id, pause_on_reply, target_seconds, due_at, version)
    SELECT t.protocol, 'DEADLINE', s.id, FALSE, 28800, now(), 0
    FROM ticket t, work_shift s WHERE s.name = '24x7 (benchmark)' AND t.situation NOT IN (4, 5);
INSERT INTO sla_clock_period (clock_id, started_at)
    SELECT id, now() - random() * INTERVAL '12 hours' FROM sla_clock;
UPDATE sla_clock c SET due_at = p.started_at + INTERVAL '8 hours' FROM sla_clock_period p WHERE p.clock_id = c.id;
VACUUM ANALYZE;
SQL
CLOCKS=$(psql_db -c "SELECT count(*) FROM sla_clock WHERE stopped_at IS NULL")

# The job's marking as one statement: the level each running clock reached, raised where it is new, an alert per
# recipient (assignee and the department's managers), and its mail in the outbox.
MARKING="WITH levels AS (
    SELECT c.id, c.ticket_protocol, c.kind, c.notified_level, t.assigned_agent_id, t.department_id, t.subject,
        CASE WHEN extract(epoch FROM now() - p.started_at) > c.target_seconds THEN 'BREACHED'
             WHEN extract(epoch FROM now() - p.started_at) * 10 >= c.target_seconds * 7 THEN 'URGENT'
             WHEN extract(epoch FROM now() - p.started_at) * 2 >= c.target_seconds THEN 'CRITICAL' END AS level
    FROM sla_clock c JOIN sla_clock_period p ON p.clock_id = c.id AND p.ended_at IS NULL
    JOIN ticket t ON t.protocol = c.ticket_protocol
    WHERE c.stopped_at IS NULL AND c.due_at IS NOT NULL),
raised AS (
    UPDATE sla_clock c SET notified_level = l.level, version = c.version + 1 FROM levels l
    WHERE c.id = l.id AND l.level IS NOT NULL AND (l.notified_level IS NULL
        OR position(l.notified_level IN 'CRITICAL URGENT BREACHED') < position(l.level IN 'CRITICAL URGENT BREACHED'))
    RETURNING l.ticket_protocol, l.kind, l.level, l.assigned_agent_id, l.department_id, l.subject),
recipients AS (
    SELECT r.*, a.id AS agent_id, a.email, a.name AS agent_name FROM raised r JOIN agent a ON a.active
        AND (a.id = r.assigned_agent_id OR (a.role = 'MANAGER' AND a.id IN (
            SELECT ad.agent_id FROM agent_department ad WHERE ad.department_id = r.department_id)))),
alerts AS (
    INSERT INTO sla_alert (ticket_protocol, clock_kind, level, agent_id, created_at)
    SELECT ticket_protocol, kind, level, agent_id, now() FROM recipients)
INSERT INTO outbound_mail (dedup_key, recipient, subject, body, message_id, ticket_protocol, state, attempts,
        next_attempt_at, created_at, version)
    SELECT 'sla-alert:' || ticket_protocol || ':' || kind || ':' || level || ':' || agent_id, email,
        'SLA do chamado #' || ticket_protocol || ': ' || level,
        'Olá, ' || agent_name || '. O chamado #' || ticket_protocol || ' (' || subject || ') chegou a ' || level,
        '<' || gen_random_uuid() || '@helpdesk>', ticket_protocol, 'PENDING', 0, now(), now(), 0 FROM recipients
    ON CONFLICT (dedup_key) DO NOTHING"

sql_seconds() {
    psql_db -c "BEGIN" -c "EXPLAIN (ANALYZE, COSTS OFF) $MARKING" -c "ROLLBACK" \
        | awk '/Execution Time/ { printf "%.1f", $3 / 1000 }'
}

# The server sends no mail here (HELPDESK_MAIL_DISPATCH=false): the benchmark measures the job, not SMTP.
bench_server_start HELPDESK_MAIL_DISPATCH=false
curl -sf -o /dev/null -X PUT -H "$ADMIN" -H "Content-Type: application/json" \
    -d '{"everyMinutes": 5, "enabled": false}' "$BENCH_URL/jobs/sla-evaluation/schedule"

job_run() {
    local run id status
    run=$(curl -sf -X POST -H "$ADMIN" -H "Content-Type: application/json" -d '{}' "$BENCH_URL/jobs/sla-evaluation/runs")
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
print("%s %.1f %d" % (run["status"], took.total_seconds(), run["processed"]))'
}

echo "== Set-based SQL, first run (rolled back)"
SQL_FIRST=$(sql_seconds)
echo "== Job, first run"
read -r JOB_STATUS JOB_FIRST JOB_CLOCKS <<< "$(job_run)"
ALERTS=$(psql_db -c "SELECT count(*) FROM sla_alert")
MAILS=$(psql_db -c "SELECT count(*) FROM outbound_mail WHERE dedup_key LIKE 'sla-alert:%'")
echo "== Job, second run"
read -r _ JOB_SECOND _ <<< "$(job_run)"
echo "== Set-based SQL, second run (rolled back)"
SQL_SECOND=$(sql_seconds)

echo
echo "== SLA evaluation over $CLOCKS running clocks of $(psql_db -c "SELECT count(*) FROM ticket WHERE situation NOT IN (4, 5)") open tickets"
echo "   first run: $ALERTS alerts and $MAILS mails written by the job ($JOB_STATUS, $JOB_CLOCKS clocks read)"
printf '%-36s %14s %14s\n' "" "job (s)" "one SQL (s)"
printf '%-36s %14s %14s\n' "first run (marks every level)" "$JOB_FIRST" "$SQL_FIRST"
printf '%-36s %14s %14s\n' "second run (nothing new)" "$JOB_SECOND" "$SQL_SECOND"
