#!/usr/bin/env bash
# Database restart under load (docs/cluster-runs.md): a throwaway MariaDB of its own (never the shared
# one on 3306), one Ingång server on it, clients registering cases with idempotency keys; the database
# is stopped (kill -9, or a clean shutdown with MODE=clean) for OUTAGE seconds and started again.
# Reports the answers during the outage (status codes, whether any body carries a stack trace), how
# soon requests succeed again, and checks that nothing is half-written: every accepted key is one case,
# every case has its timeline and its running lifecycle process.
#
#   ear/src/test/scripts/database-restart.sh [DB_PORT] [OFFSET]     (after mvn package; defaults 3399, 900)
set -uo pipefail
repo="$(cd "$(dirname "$0")/../../../.." && pwd)"
db_port="${1:-3399}"
offset="${2:-900}"
outage="${OUTAGE:-20}"
mode="${MODE:-kill}"
work="$repo/ear/target/db-restart"
http="http://127.0.0.1:$((8080 + offset))"
mgmt="http://127.0.0.1:$((9990 + offset))"
rm -rf "$work"; mkdir -p "$work/data" "$work/results"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        pkill -9 -P "$pid" 2>/dev/null
        kill -9 "$pid" 2>/dev/null
    done
    [[ -n "${db_pid:-}" ]] && kill -9 "$db_pid" 2>/dev/null
}
trap cleanup EXIT

start_db() {
    mariadbd --no-defaults --datadir="$work/data" --port="$db_port" --bind-address=127.0.0.1 \
        --socket="$work/mariadb.sock" --pid-file="$work/mariadb.pid" --user=root --skip-grant-tables \
        --transaction-isolation=READ-COMMITTED > "$work/mariadb.log" 2>&1 &
    db_pid=$!
    until mariadb-admin --no-defaults --host=127.0.0.1 --port="$db_port" --user=root ping >/dev/null 2>&1; do sleep 0.5; done
}
sql() { mariadb --no-defaults --host=127.0.0.1 --port="$db_port" --user=root -N ingang -e "$1"; }

echo "== MariaDB of its own on port $db_port"
mariadb-install-db --no-defaults --datadir="$work/data" --user=root --auth-root-authentication-method=normal >/dev/null
start_db

echo "== Ingång on $http (demo data for a login)"
INGANG_NODES_DIR="$work" INGANG_SERVER_CONFIG=standalone.xml "$repo/ear/src/main/scripts/node.sh" dbtest "$offset" \
    -Dingang.db.url="jdbc:mariadb://127.0.0.1:$db_port/ingang" -Dingang.demo=true -Dingang.password-iterations=1000 \
    -Dingang.smtp.port=1 > "$work/server-console.log" 2>&1 &
pids+=($!)
until curl -sf "$mgmt/health/ready" >/dev/null && curl -sf "$http/login" >/dev/null; do sleep 2; done
echo "   up"

client() {  # one client: registers cases until told to stop, retrying each key until accepted
    local n=0
    while [[ ! -f "$work/stop" ]]; do
        n=$((n + 1))
        local key="c$1-$n"
        while :; do
            local started; started=$(date +%s.%N)
            local status
            status=$(curl -s -o "$work/results/$key.body" -w '%{http_code}' -m 30 -u admin:admin-demo-1 \
                -H 'X-Requested-By: load' -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
                -d "{\"channel\":\"PHONE\",\"subject\":\"dbrestart-$key\",\"message\":\"x\",\"customer\":{\"email\":\"$key@example.se\"},\"topic\":\"it-account\"}" \
                "$http/api/cases")
            echo "$started $(date +%s.%N) $key $status" >> "$work/results/log-$1"
            if grep -q 'Exception\|\tat ' "$work/results/$key.body" 2>/dev/null; then cp "$work/results/$key.body" "$work/results/trace-$key"; fi
            [[ "$status" == 201 ]] && { echo "$key" >> "$work/results/accepted-$1"; break; }
            [[ -f "$work/stop" ]] && break
            sleep 0.5
        done
    done
}
echo "== Load: 4 clients"
for c in 1 2 3 4; do client "$c" & pids+=($!); done
sleep 20
down_at=$(date +%s.%N)
echo "== Database down ($mode) for ${outage}s"
if [[ "$mode" == clean ]]; then mariadb-admin --no-defaults --host=127.0.0.1 --port="$db_port" --user=root shutdown; else kill -9 "$db_pid"; fi
wait "$db_pid" 2>/dev/null
sleep "$outage"
echo "== Database up again"
start_db
up_at=$(date +%s.%N)
sleep 40
touch "$work/stop"; wait "${pids[@]:1}" 2>/dev/null

cat "$work"/results/log-* | sort -n > "$work/results/all"
echo "== Answers while the database was down (sent between down and up)"
awk -v d="$down_at" -v u="$up_at" '$1 >= d && $1 < u {print $4}' "$work/results/all" | sort | uniq -c
echo "== Answers after it came back"
awk -v u="$up_at" '$1 >= u {print $4}' "$work/results/all" | sort | uniq -c
first_ok=$(awk -v u="$up_at" '$1 >= u && $4 == 201 {print $2; exit}' "$work/results/all")
echo "First success after the restart: $(echo "$first_ok - $up_at" | bc) s after the database answered again"
echo "Bodies with a stack trace: $(ls "$work"/results/trace-* 2>/dev/null | wc -l)"
echo "Problem types seen: $(cat "$work"/results/*.body 2>/dev/null | grep -o '"type":"[^"]*"' | sort | uniq -c | tr '\n' ' ')"

accepted=$(cat "$work"/results/accepted-* | sort -u | wc -l)
stored=$(sql "SELECT COUNT(*) FROM service_case WHERE subject LIKE 'dbrestart-%'")
doubled=$(sql "SELECT COUNT(*) FROM (SELECT subject FROM service_case WHERE subject LIKE 'dbrestart-%' GROUP BY subject HAVING COUNT(*) > 1) d")
no_timeline=$(sql "SELECT COUNT(*) FROM service_case c WHERE c.subject LIKE 'dbrestart-%' AND NOT EXISTS (SELECT 1 FROM timeline_entry t WHERE t.case_id = c.id)")
no_process=$(sql "SELECT COUNT(*) FROM service_case c WHERE c.subject LIKE 'dbrestart-%' AND NOT EXISTS (SELECT 1 FROM ACT_RU_EXECUTION e WHERE e.BUSINESS_KEY_ = c.case_number)")
not_accepted=$(comm -13 <(cat "$work"/results/accepted-* | sort -u) <(sql "SELECT SUBSTRING(subject, 11) FROM service_case WHERE subject LIKE 'dbrestart-%'" | sort -u) | wc -l)
echo "== Stored: accepted keys $accepted, cases $stored, keys with more than one case $doubled, cases of keys never accepted $not_accepted"
echo "   cases without timeline $no_timeline, without a running lifecycle process $no_process"
grep -c "ERROR" "$work/dbtest/log/server.log" | sed 's/^/   server log ERROR lines: /'
[[ "$accepted" == "$stored" && "$doubled" == 0 && "$no_timeline" == 0 && "$no_process" == 0 && "$not_accepted" == 0 ]] && echo "RESULT: consistent" || { echo "RESULT: INCONSISTENT"; exit 1; }
