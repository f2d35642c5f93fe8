#!/usr/bin/env bash
# Scans the running help desk with Debian's Wapiti (apt-get install wapiti), on loopback only: as an outsider, then
# signed in as the demo agent and as the demo customer. Start the help desk first (./run.sh), then:
#   tools/wapiti-scan.sh            # about ten minutes; reports in tools/target/wapiti/<who>/
# Wapiti submits the forms it finds, so run it against demo data, never a real help desk. The README's security
# section records what it found.
set -euo pipefail
cd "$(dirname "$0")"
BASE="${BASE:-http://localhost:8080/helpdesk}"
OUT="target/wapiti"
MINUTES="${MINUTES:-3}"
command -v wapiti >/dev/null || { echo "Wapiti is missing: apt-get install wapiti" >&2; exit 1; }
curl -sf -o /dev/null "$BASE/login.xhtml" || { echo "Nothing answers at $BASE: start ./run.sh first" >&2; exit 1; }

# Signs in through the login form as a browser would and prints the session cookie.
session_of() {
    local jar page state
    jar="$(mktemp)"
    page="$(curl -s -c "$jar" -b "$jar" "$BASE/login.xhtml")"
    state="$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//;s/"$//')"
    curl -s -c "$jar" -b "$jar" -o /dev/null \
        --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:next=" \
        --data-urlencode "loginForm:email=$1" --data-urlencode "loginForm:password=$2" \
        --data-urlencode "loginForm:signIn=" --data-urlencode "jakarta.faces.ViewState=$state" \
        "$BASE/login.xhtml"
    awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$jar"
    rm -f "$jar"
}

scan() {
    local who="$1" start="$2"
    shift 2
    echo "== $who: $start"
    rm -rf "$OUT/$who"
    mkdir -p "$OUT/$who"
    # a changed view state only ever gets "page expired": the time goes to the fields instead. The sign-out form
    # may end a signed-in scan early; what was crawled until then is attacked all the same.
    wapiti -u "$start" --scope folder --max-scan-time $((MINUTES * 60)) --flush-session \
        --skip jakarta.faces.ViewState -f txt -o "$OUT/$who/report.txt" "$@" >"$OUT/$who/wapiti.log" 2>&1 || true
    # the report's summary: each kind of finding with its count
    sed -n '/^Summary/,/^$/p' "$OUT/$who/report.txt" 2>/dev/null | grep -E ":\s*[1-9]" || echo "   nothing found"
}

scan outsider "$BASE/"
agent="$(session_of agente@helpdesk.local demo12345)"
scan agent "$BASE/agent/tickets.xhtml" -H "Cookie: $agent"
customer="$(session_of cliente@helpdesk.local demo12345)"
scan customer "$BASE/customer/tickets.xhtml" -H "Cookie: $customer"
echo "Reports: tools/$OUT/*/report.txt"
