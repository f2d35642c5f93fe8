#!/usr/bin/env bash
# Runs the help desk on embedded defaults: builds it, prepares WildFly, starts the demo LDAP directory and mail
# server, deploys the EAR with demo data, prints the addresses and logins, and serves until Ctrl-C.
# The H2 database lives in ./data, so tickets stay across restarts (delete ./data to start afresh).
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$PWD"

echo "Building (this takes a minute the first time)..."
./mvnw -B -q -DskipTests install

SERVER="$ROOT/server-config/target/wildfly"
BASE="$ROOT/data/server"
mkdir -p "$BASE/deployments" "$BASE/configuration"
cp -r "$SERVER/standalone/configuration/." "$BASE/configuration/"
cp helpdesk-ear/target/helpdesk.ear "$BASE/deployments/helpdesk.ear"
# the markers of an earlier start would read as this one's outcome
rm -f "$BASE/deployments/helpdesk.ear.deployed" "$BASE/deployments/helpdesk.ear.failed"

export HELPDESK_DATA_DIR="${HELPDESK_DATA_DIR:-$ROOT/data}"
export HELPDESK_DEMO="${HELPDESK_DEMO:-true}"
# the demo mail server runs on this machine: its mailbox is the one internal host the demo may reach
export HELPDESK_INTERNAL_HOSTS="${HELPDESK_INTERNAL_HOSTS:-localhost}"
export HELPDESK_ADMIN_EMAIL="${HELPDESK_ADMIN_EMAIL:-admin@helpdesk.local}"
export HELPDESK_ADMIN_PASSWORD="${HELPDESK_ADMIN_PASSWORD:-demo12345}"

pids=()
stop() {
    trap - INT TERM EXIT
    echo "Stopping..."
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap stop INT TERM EXIT

java -cp "demo-services/target/classes:$(cat demo-services/target/classpath.txt)" dev.helpdesk.demo.DemoServices &
pids+=($!)

LAUNCH_JBOSS_IN_BACKGROUND=1 "$SERVER/bin/standalone.sh" -Djboss.server.base.dir="$BASE" > "$ROOT/data/server.log" 2>&1 &
pids+=($!)

echo "Starting WildFly (log: data/server.log)..."
for _ in $(seq 1 180); do
    if [ -f "$BASE/deployments/helpdesk.ear.deployed" ]; then break; fi
    if [ -f "$BASE/deployments/helpdesk.ear.failed" ]; then
        echo "Deployment failed; see data/server.log"; exit 1
    fi
    sleep 1
done
if [ ! -f "$BASE/deployments/helpdesk.ear.deployed" ]; then
    echo "The help desk did not deploy within 3 minutes; see data/server.log"; exit 1
fi

cat <<INFO

  Help desk is running.

  Agent panel     http://localhost:8080/helpdesk/agent/tickets.xhtml
  Customer panel  http://localhost:8080/helpdesk/customer/tickets.xhtml
  REST API        http://localhost:8080/helpdesk/api/v1/tickets  (Authorization: Bearer <token>)

  Logins (password demo12345 unless noted)
    administrator              $HELPDESK_ADMIN_EMAIL
    agent, Suporte Técnico     agente@helpdesk.local
    agent, Financeiro          financeiro@helpdesk.local
    manager, Suporte Técnico   gerente@helpdesk.local
    customer, local password   cliente@helpdesk.local
    customer, LDAP directory   maria.souza@empresa.example  (password ldap12345, held by the demo LDAP;
                               also EMPRESA\\msouza or msouza@corp.empresa.example)

  Demo LDAP  ldap://127.0.0.1:10389 (dc=empresa,dc=example)   Demo mail  SMTP 127.0.0.1:3025, IMAP 127.0.0.1:3143
  E-mail channel  mail suporte@helpdesk.local through SMTP 127.0.0.1:3025 and a ticket opens in Suporte Técnico

  Press Ctrl-C to stop.
INFO
wait "${pids[1]}"
