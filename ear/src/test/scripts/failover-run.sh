#!/usr/bin/env bash
# Failover through the load balancer (docs/cluster-runs.md, "Failover through haproxy"): two nodes on one
# database of their own on the shared MariaDB (127.0.0.1:3306), ear/src/main/scripts/load-balancer.sh in front;
# a staff member logs in through the balancer with the login form (a cookie session) and opens a case in the
# workspace; the node that served them is killed (kill -9); then, through the balancer, with the same cookies:
# the API as the session (GET /api/me, PUT /api/me/presence), the note form of the case view the dead node
# rendered (posted to the survivor), and an API client with HTTP Basic. Prints each answer with its time.
# Not a timed test.
#
#   ear/src/test/scripts/failover-run.sh      (after mvn package)
#
# FAILOVER_DB (ingang_t_cluster_lb; dropped and made again), FAILOVER_OFFSETS ("600 700"), FAILOVER_LB_PORT (8000),
# FAILOVER_PAUSE (0): seconds between the case view's answer and the kill. haproxy logs each request
# (INGANG_LB_LOG=true) to ear/target/failover-run/haproxy.log.
set -uo pipefail
repo="$(cd "$(dirname "$0")/../../../.." && pwd)"
db="${FAILOVER_DB:-ingang_t_cluster_lb}"
offsets=(${FAILOVER_OFFSETS:-600 700})
lb_port="${FAILOVER_LB_PORT:-8000}"
pause="${FAILOVER_PAUSE:-0}"
lb="http://127.0.0.1:$lb_port"
user=anna password=agent-demo-1
work="$repo/ear/target/failover-run"
rm -rf "$work"; mkdir -p "$work"
pids=()
cleanup() { for pid in "${pids[@]}"; do pkill -9 -P "$pid" 2>/dev/null; kill -9 "$pid" 2>/dev/null; done; }
trap cleanup EXIT
say() { echo "$(date -u +%H:%M:%S.%3N) $*" | tee -a "$work/run.txt"; }
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" || exit 1
source "$repo/ear/src/test/scripts/test-db-users.sh"

declare -A java_of
start_node() {  # NAME OFFSET
    INGANG_BEHIND_PROXY=true INGANG_NODES_DIR="$work" "$repo/ear/src/main/scripts/node.sh" "$1" "$2" \
        -Dingang.db.url="jdbc:mariadb://127.0.0.1:3306/$db" -Dingang.demo=true -Dingang.password-iterations=1000 \
        -Dingang.smtp.port=1 > "$work/$1.console" 2>&1 &
    local pid=$!
    pids+=($pid)
    until curl -sf "http://127.0.0.1:$((9990 + $2))/health/ready" >/dev/null && curl -sf "http://127.0.0.1:$((8080 + $2))/login" >/dev/null; do
        kill -0 "$pid" 2>/dev/null || { say "node $1 exited; see $work/$1.console"; exit 1; }
        sleep 2
    done
    java_of[$1]=$(pgrep -P "$pid" java)
    say "node $1 up (offset $2, JVM ${java_of[$1]}), load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# curl through the balancer with the cookie jar; prints "status seconds" and keeps the body and headers
jar="$work/cookies"
web() {  # LABEL curl-args...
    local label="$1"; shift
    local out; out=$(curl -s -b "$jar" -c "$jar" -D "$work/$label.headers" -o "$work/$label.body" -w '%{http_code} %{time_total}' -m 120 "$@")
    say "$label: $out (node cookie $(awk '$6 == "INGANG_NODE" {print $7}' "$jar"), session $(awk '$6 == "JSESSIONID" {print $7}' "$jar"))"
}

start_node node-a "${offsets[0]}"
start_node node-b "${offsets[1]}"
grep -h "ISPN100010" "$work"/node-a/log/server.log "$work"/node-b/log/server.log | tail -1 | cut -c1-300 | tee -a "$work/run.txt"
INGANG_LB_LOG=true "$repo/ear/src/main/scripts/load-balancer.sh" "$lb_port" "127.0.0.1:$((8080 + offsets[0])):$((9990 + offsets[0]))" \
    "127.0.0.1:$((8080 + offsets[1])):$((9990 + offsets[1]))" > "$work/haproxy.log" 2>&1 &
pids+=($!)
sleep 8   # two passed health checks (rise 2, inter 2s) per node
cat "$work/haproxy.log"

# A case to work on (API client, HTTP Basic), then the staff member logs in with the form
number=$(curl -s -u admin:admin-demo-1 -H 'X-Requested-By: failover' -H 'Content-Type: application/json' \
    -d '{"channel":"PHONE","subject":"failover","message":"x","customer":{"email":"failover@example.se"},"topic":"it-account"}' \
    "$lb/api/cases" | sed -n 's/.*"number":"\([^"]*\)".*/\1/p')
say "case $number registered through the balancer"
web login-page "$lb/staff/queue.xhtml"
web login -L -d "j_username=$user" -d "j_password=$password" "$lb/j_security_check"
grep -q j_password "$work/login.body" && say "still the login form: login failed"
web me-before "$lb/api/me"; cat "$work/me-before.body"; echo
web case-view "$lb/staff/case.xhtml?number=$number"
action=$(grep -o '<form id="note"[^>]*action="[^"]*"' "$work/case-view.body" | sed 's/.*action="\([^"]*\)"/\1/; s/&amp;/\&/g')
view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$work/case-view.body" | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
say "note form: action $action, view state ${view_state:0:20}..."

served=$(awk '$6 == "INGANG_NODE" {print $7}' "$jar")
route=$(awk '$6 == "JSESSIONID" {print $7}' "$jar" | sed 's/.*\.//')
victim=node-a; [[ "$served" == node2 ]] && victim=node-b
sleep "$pause"
say "the session is on $victim (balancer cookie $served, session route $route); kill -9 its JVM ${java_of[$victim]}"
kill -9 "${java_of[$victim]}"
say "killed"
web me-after "$lb/api/me"; cat "$work/me-after.body"; echo
web presence-after -X PUT -H 'X-Requested-By: failover' -H 'Content-Type: application/json' -d '{"present":true}' "$lb/api/me/presence"
cat "$work/presence-after.body"; echo
web note-after -d note=note --data-urlencode "note:text=Noted after $victim died" -d note:save=note:save \
    --data-urlencode "jakarta.faces.ViewState=$view_state" "$lb$action"
grep -q "viewId:'/staff/expired.xhtml'" "$work/note-after.body" && say "the note post got the expired-view page"
grep -q 'j_password' "$work/note-after.body" && say "the note post got the login form"
curl -s -u admin:admin-demo-1 "$lb/api/cases/$number" | grep -o "Noted after $victim died" | head -1 | sed 's/^/in the case: /' | tee -a "$work/run.txt"
web queue-after "$lb/staff/queue.xhtml"
grep -q j_password "$work/queue-after.body" && say "the workspace asks to log in again: the session was lost"
say "basic: $(curl -s -o /dev/null -w '%{http_code} %{time_total}' -u admin:admin-demo-1 "$lb/api/cases?size=1")"
sleep 6
cat "$work/haproxy.log"
echo "run log: $work/run.txt"
