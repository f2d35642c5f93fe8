#!/usr/bin/env bash
# Benchmark (run on demand, not a test): messages per second from a loaded IMAP mailbox to committed tickets, on
# PostgreSQL, printed next to the rate of parsing the same messages alone. Dovecot (Debian's dovecot-imapd,
# installed when missing) serves a Maildir holding MESSAGES messages (5000 by default: plain text, HTML only, text
# with a PDF); the help desk reads it as a department's mailbox and the count of committed messages is watched
# until all are in. The server sends no mail here (HELPDESK_MAIL_DISPATCH=false). Needs PostgreSQL at
# 127.0.0.1:5432 (user postgres) and root (to install and run Dovecot).
#   tools/benchmark-inbound-mail.sh          # MESSAGES=5000 TICKETS=10000 BENCH_DB=helpdesk_bench_mail by default
set -euo pipefail
BENCH_DB="${BENCH_DB:-helpdesk_bench_mail}"
TICKETS="${TICKETS:-10000}"
MESSAGES="${MESSAGES:-5000}"
IMAP_PORT=3343
source "$(dirname "$0")/bench-env.sh"

command -v dovecot >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd

bench_build
bench_data
DEPARTMENT=$(psql_db -c "SELECT min(id) FROM department")
CATEGORY=$(psql_db -c "SELECT min(id) FROM category WHERE department_id = $DEPARTMENT")
# A fresh run: earlier runs' mail records and mailboxes go (the tickets they made stay).
psql_db -c "DELETE FROM inbound_message" -c "DELETE FROM inbound_mailbox"

echo "== Dovecot on 127.0.0.1:$IMAP_PORT"
MAIL="$ROOT/tools/target/bench-dovecot"
MAILBOX_USER="support-$(date +%s)@benchmark.test"
rm -rf "$MAIL" && mkdir -p "$MAIL/run" "$MAIL/home/$MAILBOX_USER/Maildir/"{new,cur,tmp}
chown -R mail:mail "$MAIL/home"
echo "$MAILBOX_USER:{PLAIN}benchmark-imap" > "$MAIL/users"
cat > "$MAIL/dovecot.conf" <<CONF
base_dir = $MAIL/run
log_path = $MAIL/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = $MAIL/users
}
userdb {
  driver = static
  args = uid=mail gid=mail home=$MAIL/home/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  inet_listener imap {
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
CONF
dovecot -c "$MAIL/dovecot.conf"
trap 'dovecot -c "$MAIL/dovecot.conf" stop 2>/dev/null || true' EXIT

bench_server_start HELPDESK_MAIL_DISPATCH=false
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; dovecot -c "$MAIL/dovecot.conf" stop 2>/dev/null || true' EXIT
echo "== Inbound mail: $MESSAGES messages"
java -cp "$ROOT/tools/target/classes:$(cat "$ROOT/tools/target/classpath.txt")" dev.helpdesk.tools.InboundMailBenchmark \
    --api "$BENCH_URL" --token hd_benchmark-admin --db "jdbc:postgresql://127.0.0.1:5432/$DB" \
    --department "$DEPARTMENT" --category "$CATEGORY" --maildir "$MAIL/home/$MAILBOX_USER/Maildir" \
    --user "$MAILBOX_USER" --password benchmark-imap --imap-port "$IMAP_PORT" --messages "$MESSAGES"
