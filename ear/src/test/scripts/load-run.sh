#!/usr/bin/env bash
# Load run (docs/benchmarks.md, "Several nodes"): intake cases/s and the queue's p95 while intake runs,
# with one node and then with two, on one database of its own on the shared MariaDB (127.0.0.1:3306).
# Not a timed test: it prints figures.
#
#   ear/src/test/scripts/load-run.sh [SECONDS] [CLIENTS]      (after mvn package; defaults 60, 6)
#
# LOAD_DB (ingang_t_cluster_load) names the database (dropped and made again), LOAD_OFFSETS ("600 700") the
# nodes' port offsets, LOAD_PHASES ("one two") the phases in order ("one two one" measures one node again
# after the two-node phase, the second node idle), LOAD_WARMUP (0) seconds of unmeasured intake before each
# phase (a node that has just started runs its code interpreted at first). Per phase it prints the intake's and the
# queue read's p50/p95, the load average at the start and the end, and where the machine's CPU time went
# (each node's JVM, mariadbd as a whole, the curl clients, everything else). Figures, curl answers, the
# nodes' consoles and logs, and a few thread dumps of each node taken mid-phase stay in ear/target/load-run.
set -uo pipefail
repo="$(cd "$(dirname "$0")/../../../.." && pwd)"
seconds="${1:-60}"
clients="${2:-6}"
db="${LOAD_DB:-ingang_t_cluster_load}"
offsets=(${LOAD_OFFSETS:-600 700})
phases=(${LOAD_PHASES:-one two})
warmup="${LOAD_WARMUP:-0}"
work="$repo/ear/target/load-run"
rm -rf "$work"; mkdir -p "$work"
pids=()
cleanup() { for pid in "${pids[@]}"; do pkill -9 -P "$pid" 2>/dev/null; kill -9 "$pid" 2>/dev/null; done; }
trap cleanup EXIT
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" || exit 1
source "$repo/ear/src/test/scripts/test-db-users.sh"
hz=$(getconf CLK_TCK)

node_java=()   # the JVM of each started node
start_node() {  # NAME OFFSET
    INGANG_NODES_DIR="$work" "$repo/ear/src/main/scripts/node.sh" "$1" "$2" \
        -Dingang.db.url="jdbc:mariadb://127.0.0.1:3306/$db" -Dingang.demo=true -Dingang.password-iterations=1000 \
        -Dingang.smtp.port=1 > "$work/$1.console" 2>&1 &
    local pid=$!
    pids+=($pid)
    local started=$SECONDS
    until curl -sf "http://127.0.0.1:$((9990 + $2))/health/ready" >/dev/null && curl -sf "http://127.0.0.1:$((8080 + $2))/login" >/dev/null; do
        kill -0 "$pid" 2>/dev/null || { echo "node $1 exited; see $work/$1.console" >&2; exit 1; }
        sleep 2
    done
    node_java+=("$(pgrep -P "$pid" java)")
    echo "node $1 (offset $2, JVM ${node_java[-1]}) up after $((SECONDS - started)) s, load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$work/figures.txt"
}

ticks() { for p in "$@"; do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done | awk '{s += $1} END {print s + 0}'; }
child_ticks() { for p in "$@"; do awk '{print $16 + $17}' "/proc/$p/stat" 2>/dev/null; done | awk '{s += $1} END {print s + 0}'; }
machine() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }  # busy total
pct() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}'; }
quantile() { sort -n | awk -v q="$1" '{a[NR] = $1} END {if (NR == 0) {print "-"; exit} i = int(NR * q + 0.999); if (i < 1) i = 1; print a[i]}'; }

run() {  # LABEL URL...
    local label="$1"; shift
    if (( warmup > 0 )); then measure "warmup-$label" "$warmup" "$@" > /dev/null; fi
    measure "$label" "$seconds" "$@" | tee -a "$work/figures.txt"
}

measure() {  # LABEL SECONDS URL...
    local label="$1" seconds="$2"; shift 2
    local urls=("$@") clients_pids=()
    rm -f "$work/stop"
    local load_start; load_start=$(cut -d' ' -f1-3 /proc/loadavg)
    local db_pid; db_pid=$(pgrep -x mariadbd | head -1)
    local -a node_t0 m0; local db_t0
    for p in "${node_java[@]}"; do node_t0+=("$(ticks "$p")"); done
    db_t0=$(ticks "$db_pid"); read -r -a m0 <<< "$(machine)"
    for c in $(seq 1 "$clients"); do
        ( n=0; while [[ ! -f "$work/stop" ]]; do n=$((n + 1)); url="${urls[$(( (c + n) % ${#urls[@]} ))]}"
            curl -s -o /dev/null -w "%{http_code} %{time_total} $url\n" -m 60 -u admin:admin-demo-1 -H 'X-Requested-By: load' \
              -H 'Content-Type: application/json' -H "Idempotency-Key: $label-$c-$n" \
              -d "{\"channel\":\"PHONE\",\"subject\":\"load $label $c $n\",\"message\":\"x\",\"customer\":{\"email\":\"$label-$c-$n@example.se\"},\"topic\":\"it-account\"}" \
              "$url/api/cases" >> "$work/$label-intake-$c"; done ) & clients_pids+=($!)
    done
    ( n=0; while [[ ! -f "$work/stop" ]]; do n=$((n + 1)); url="${urls[$(( n % ${#urls[@]} ))]}"
        curl -s -o /dev/null -w "%{http_code} %{time_total} $url\n" -m 60 -u admin:admin-demo-1 \
          "$url/api/cases?queue=fo-registry&status=NEW&sort=NEWEST&size=20" >> "$work/$label-queue"; done ) & clients_pids+=($!)
    pids+=("${clients_pids[@]}")
    # thread dumps of each node at a third and two thirds of the phase
    ( for k in 1 2; do sleep $(( seconds / 3 )); for p in "${node_java[@]}"; do
        jcmd "$p" Thread.print > "$work/$label-threads-$p-$k.txt" 2>&1; done; done ) &
    local dumper=$!
    sleep "$seconds"
    local curl_t; curl_t=$(child_ticks "${clients_pids[@]}")
    local -a node_t1 m1; local db_t1
    for p in "${node_java[@]}"; do node_t1+=("$(ticks "$p")"); done
    db_t1=$(ticks "$db_pid"); read -r -a m1 <<< "$(machine)"
    touch "$work/stop"
    local load_end; load_end=$(cut -d' ' -f1-3 /proc/loadavg)
    wait "${clients_pids[@]}" "$dumper" 2>/dev/null   # requests under way when the phase ended finish (and are not counted)
    # count only answers that arrived within the phase: each client's last line may be late; drop it when it is
    local answers="$work/$label-answers"; : > "$answers"
    for c in $(seq 1 "$clients"); do head -n -1 "$work/$label-intake-$c" >> "$answers"; done
    local ok failed i50 i95 q50 q95 reads
    ok=$(awk '$1 == 201' "$answers" | wc -l)
    failed=$(awk '$1 != 201 {print $1}' "$answers" | sort | uniq -c | tr -s ' ' | tr '\n' ',')
    i50=$(awk '$1 == 201 {print $2}' "$answers" | quantile 0.50); i95=$(awk '$1 == 201 {print $2}' "$answers" | quantile 0.95)
    head -n -1 "$work/$label-queue" > "$work/$label-queue-answers"
    q50=$(awk '$1 == 200 {print $2}' "$work/$label-queue-answers" | quantile 0.50); q95=$(awk '$1 == 200 {print $2}' "$work/$label-queue-answers" | quantile 0.95)
    reads=$(awk '$1 == 200' "$work/$label-queue-answers" | wc -l)
    local per_url; per_url=$(awk '$1 == 201 {n[$3]++} END {for (u in n) printf "%s %d; ", u, n[u]}' "$answers")
    local busy=$(( m1[0] - m0[0] )) total=$(( m1[1] - m0[1] )) nodes_t=0 node_cpu=""
    for i in "${!node_java[@]}"; do
        local d=$(( node_t1[i] - node_t0[i] )); nodes_t=$((nodes_t + d))
        node_cpu+="node $((i + 1)) $(pct "$d" "$(( hz * seconds ))") cores, "
    done
    local db_d=$(( db_t1 - db_t0 ))
    {
        echo "$label: $ok cases in ${seconds}s = $(echo "scale=2; $ok / $seconds" | bc) cases/s (not 201: ${failed:-none}); intake p50 ${i50}s p95 ${i95}s; queue p50 ${q50}s p95 ${q95}s ($reads queue reads); load average at start $load_start, at end $load_end"
        echo "  cases per node: $per_url"
        echo "  CPU over the phase (cores of $(nproc)): machine busy $(pct "$busy" "$(( total / $(nproc) ))"), ${node_cpu}mariadbd $(pct "$db_d" "$(( hz * seconds ))") (all its databases), curl clients ~$(pct "$curl_t" "$(( hz * seconds ))"), rest $(pct "$(( busy - nodes_t - db_d - curl_t ))" "$(( hz * seconds ))"); node CPU per case $(awk -v t="$nodes_t" -v h="$hz" -v n="$ok" 'BEGIN {printf "%.0f", (n > 0 ? 1000 * t / h / n : 0)}') ms"
    }
}

start_node load-a "${offsets[0]}"
declare -A seen
for phase in "${phases[@]}"; do
    label="$phase-node"; [[ "$phase" == two ]] && label=two-nodes
    [[ -n "${seen[$label]:-}" ]] && label="$label-again"
    seen[$label]=1
    case "$phase" in
        one) run "$label" "http://127.0.0.1:$((8080 + ${offsets[0]}))" ;;
        two) if (( ${#node_java[@]} < 2 )); then
                 start_node load-b "${offsets[1]}"
                 grep -h "ISPN100010" "$work"/load-b/log/server.log | tail -1 | cut -c1-250 | tee -a "$work/figures.txt"
             fi
             run "$label" "http://127.0.0.1:$((8080 + ${offsets[0]}))" "http://127.0.0.1:$((8080 + ${offsets[1]}))" ;;
        *) echo "unknown phase $phase (one, two)" >&2; exit 1 ;;
    esac
done
echo "figures: $work/figures.txt"
