#!/usr/bin/env bash
# Load run (docs/benchmarks.md, "Several nodes"): intake cases/s and the queue's p95 while intake runs,
# with one node and then with two, on one database of its own on the shared MariaDB (127.0.0.1:3306).
# Not a timed test: it prints figures.
#
#   ear/src/test/scripts/load-run.sh [SECONDS] [CLIENTS]      (after mvn package; defaults 60, 6)
set -uo pipefail
repo="$(cd "$(dirname "$0")/../../../.." && pwd)"
seconds="${1:-60}"
clients="${2:-6}"
db="${LOAD_DB:-ingang_t_cluster_load}"
offsets=(${LOAD_OFFSETS:-600 700})
work="$repo/ear/target/load-run"
rm -rf "$work"; mkdir -p "$work"
pids=()
cleanup() { for pid in "${pids[@]}"; do pkill -9 -P "$pid" 2>/dev/null; kill -9 "$pid" 2>/dev/null; done; }
trap cleanup EXIT
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

start_node() {  # NAME OFFSET
    INGANG_NODES_DIR="$work" "$repo/ear/src/main/scripts/node.sh" "$1" "$2" \
        -Dingang.db.url="jdbc:mariadb://127.0.0.1:3306/$db" -Dingang.demo=true -Dingang.password-iterations=1000 \
        -Dingang.smtp.port=1 > "$work/$1.console" 2>&1 &
    pids+=($!)
    until curl -sf "http://127.0.0.1:$((9990 + $2))/health/ready" >/dev/null && curl -sf "http://127.0.0.1:$((8080 + $2))/login" >/dev/null; do sleep 2; done
}

run() {  # LABEL URL...
    local label="$1"; shift
    local urls=("$@")
    rm -f "$work/stop" "$work"/intake-* "$work"/queue-*
    for c in $(seq 1 "$clients"); do
        ( n=0; while [[ ! -f "$work/stop" ]]; do n=$((n + 1)); url="${urls[$(( (c + n) % ${#urls[@]} ))]}"
            curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -m 60 -u admin:admin-demo-1 -H 'X-Requested-By: load' \
              -H 'Content-Type: application/json' -H "Idempotency-Key: $label-$c-$n" \
              -d "{\"channel\":\"PHONE\",\"subject\":\"load $label $c $n\",\"message\":\"x\",\"customer\":{\"email\":\"$label-$c-$n@example.se\"},\"topic\":\"it-account\"}" \
              "$url/api/cases" >> "$work/intake-$c"; done ) & pids+=($!)
    done
    ( n=0; while [[ ! -f "$work/stop" ]]; do n=$((n + 1)); url="${urls[$(( n % ${#urls[@]} ))]}"
        curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -m 60 -u admin:admin-demo-1 \
          "$url/api/cases?queue=fo-registry&status=NEW&sort=NEWEST&size=20" >> "$work/queue-1"; done ) & pids+=($!)
    sleep "$seconds"; touch "$work/stop"; sleep 5
    local ok; ok=$(cat "$work"/intake-* | awk '$1 == 201' | wc -l)
    local failed; failed=$(cat "$work"/intake-* | awk '$1 != 201' | wc -l)
    local p95; p95=$(awk '$1 == 200 {print $2}' "$work/queue-1" | sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95+0.999); if (i<1) i=1; print a[i]}')
    local intake_p95; intake_p95=$(cat "$work"/intake-* | awk '$1 == 201 {print $2}' | sort -n | awk '{a[NR]=$1} END {i=int(NR*0.95+0.999); if (i<1) i=1; print a[i]}')
    echo "$label: $ok cases in ${seconds}s = $(echo "scale=2; $ok / $seconds" | bc) cases/s ($failed failed), intake p95 ${intake_p95}s, queue p95 ${p95}s ($(wc -l < "$work/queue-1") queue reads), load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$work/figures.txt"
}

start_node load-a "${offsets[0]}"
run one-node "http://127.0.0.1:$((8080 + ${offsets[0]}))"
start_node load-b "${offsets[1]}"
run two-nodes "http://127.0.0.1:$((8080 + ${offsets[0]}))" "http://127.0.0.1:$((8080 + ${offsets[1]}))"
echo "figures: $work/figures.txt"
