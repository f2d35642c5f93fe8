#!/usr/bin/env bash
# The audit verify command: checks the hash chain of the audit log in the help desk's database. Exit status 0 when
# intact, 1 when an entry was changed or removed (the first one at fault is named), 2 when it cannot read the log.
#   tools/audit-verify.sh --url jdbc:postgresql://db:5432/helpdesk --user helpdesk --password secret
# Needs the tools built (./mvnw install -DskipTests). The same check runs in the server: POST /api/v1/audit/verify.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
exec java -cp "$ROOT/tools/target/classes:$(cat "$ROOT/tools/target/classpath.txt")" dev.helpdesk.tools.AuditVerify "$@"
