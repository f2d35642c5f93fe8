#!/usr/bin/env bash
# Benchmark (run on demand, not a test): messages per second from a loaded IMAP mailbox to committed tickets, on
# PostgreSQL, printed next to the rate of parsing the same messages alone. A GreenMail IMAP server holds MESSAGES
# messages (5000 by default: plain text, HTML only, text with a PDF); the help desk reads it as a department's
# mailbox and the count of committed messages is watched until all are in. The server sends no mail here
# (HELPDESK_MAIL_DISPATCH=false). Needs PostgreSQL at 127.0.0.1:5432 (user postgres).
#   tools/benchmark-inbound-mail.sh          # MESSAGES=5000 TICKETS=10000 BENCH_DB=helpdesk_bench_mail by default
set -euo pipefail
BENCH_DB="${BENCH_DB:-helpdesk_bench_mail}"
TICKETS="${TICKETS:-10000}"
MESSAGES="${MESSAGES:-5000}"
source "$(dirname "$0")/bench-env.sh"

bench_build
bench_data
DEPARTMENT=$(psql_db -c "SELECT min(id) FROM department")
CATEGORY=$(psql_db -c "SELECT min(id) FROM category WHERE department_id = $DEPARTMENT")

bench_server_start HELPDESK_MAIL_DISPATCH=false
echo "== Inbound mail: $MESSAGES messages"
java -cp "$ROOT/tools/target/classes:$(cat "$ROOT/tools/target/classpath.txt")" dev.helpdesk.tools.InboundMailBenchmark \
    --api "$BENCH_URL" --token hd_benchmark-admin --db "jdbc:postgresql://127.0.0.1:5432/$DB" \
    --department "$DEPARTMENT" --category "$CATEGORY" --messages "$MESSAGES"
