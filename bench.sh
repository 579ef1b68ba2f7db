#!/usr/bin/env bash
# Benchmark data and benchmarks (README "Benchmark data and benchmarks", docs/benchmarks.md).
#   ./bench.sh generate --cases 1000000 --db ingang_bench --recreate
#   ./bench.sh run --db ingang_bench [--offset 300] [--clients 8] [--intake 2000]
# Extra Maven flags (e.g. -o for offline) go in MVN_FLAGS.
set -euo pipefail
cd "$(dirname "$0")"
command="${1:-help}"
shift || true

bench() {
    mvn -B -q -ntp ${MVN_FLAGS:-} -f bench/pom.xml compile exec:exec -Dbench.args="$*"
}

case "$command" in
    generate|help)
        bench "$command" "$@"
        ;;
    run)
        # Options for the server; the rest goes to the measuring client.
        db=ingang_bench offset=300 args=()
        while [[ $# -gt 0 ]]; do
            case "$1" in
                --db) db="$2"; shift 2 ;;
                --offset) offset="$2"; shift 2 ;;
                *) args+=("$1"); shift ;;
            esac
        done
        server_dir=ear/target/wildfly-39.0.1.Final
        if [[ ! -f "$server_dir/standalone/deployments/ingang.ear" ]]; then
            echo "Building Ingång and its server (mvn package, no tests)…"
            mvn -B -q -ntp ${MVN_FLAGS:-} -pl ear -am package -DskipTests -DskipITs
        fi
        http=$((8080 + offset)) mgmt=$((9990 + offset))
        log="bench/target/server.log"
        mkdir -p bench/target
        echo "Starting WildFly on $db (http $http, management $mgmt); log in $log"
        JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true" "$server_dir/bin/standalone.sh" \
            -Djboss.socket.binding.port-offset="$offset" -Dingang.db.url="jdbc:mariadb://127.0.0.1:3306/$db" \
            -Djboss.as.management.blocking.timeout=1800 -Dingang.demo=false -Dingang.smtp.port="${BENCH_SMTP_PORT:-2525}" -Dingang.log.level=WARN \
            -b 127.0.0.1 > "$log" 2>&1 &
        server=$!
        stop() {
            local pids
            pids="$server $(pgrep -P "$server" java || true)"
            kill "$server" 2>/dev/null || true
            # WildFly stops on TERM; under heavy load (or out of memory) that can hang, so it gets a minute.
            for _ in $(seq 1 60); do
                local alive=""
                for p in $pids; do kill -0 "$p" 2>/dev/null && alive=yes; done
                [[ -z "$alive" ]] && break
                sleep 1
            done
            kill -KILL $pids 2>/dev/null || true
            wait "$server" 2>/dev/null || true
        }
        trap stop EXIT
        trap 'exit 143' INT TERM
        for _ in $(seq 1 900); do
            if curl -sf "http://127.0.0.1:$mgmt/health/ready" > /dev/null 2>&1; then break; fi
            if ! kill -0 "$server" 2>/dev/null; then echo "WildFly stopped; see $log"; exit 1; fi
            sleep 1
        done
        curl -sf "http://127.0.0.1:$mgmt/health/ready" > /dev/null || { echo "WildFly not ready after 15 minutes"; exit 1; }
        echo "Ready. Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, load:$(uptime | sed 's/.*load average://')"
        bench run --base "http://127.0.0.1:$http" "${args[@]}"
        java_pid=$(pgrep -P "$server" java || pgrep -f "jboss.socket.binding.port-offset=$offset" | head -1)
        if [[ -n "$java_pid" ]] && command -v jcmd > /dev/null; then
            jcmd "$java_pid" GC.run > /dev/null
            heap=$(jcmd "$java_pid" GC.heap_info | head -3)
            echo "[bench] server heap after the run and a full GC:"
            echo "$heap"
            echo "server heap after the run (full GC): $(echo "$heap" | tr -s ' \n' ' ')" >> bench/target/benchmark.txt
        fi
        echo "Load after the run:$(uptime | sed 's/.*load average://')"
        ;;
    *)
        echo "usage: ./bench.sh generate|run [--option value …] (./bench.sh help)"; exit 2 ;;
esac
