#!/usr/bin/env bash
# The server does not need root (README "Running as an unprivileged user"): starts the built server
# through node.sh as an ordinary user, the way production runs it — the server's files owned by root
# and only readable by the user's group, the node directory the one place the user may write — and
# fails if it does not come up, if its JVM runs as root, or if it wrote into the server's files.
#
#   ear/src/test/scripts/unprivileged-run.sh [OFFSET]      (after mvn package; default offset 500)
#
# Run as root it uses the system user UNPRIV_USER (ingang-check, made when missing; left for the
# next run); run as anyone else, that user. The database UNPRIV_DB (ingang_t_unpriv) on the shared
# MariaDB (127.0.0.1:3306, root) is made for the run and dropped after it. UNPRIV_SERVER_CONFIG
# (standalone.xml) names the configuration: standalone-ha.xml for a cluster node. Not part of mvn verify.
set -uo pipefail
repo="$(cd "$(dirname "$0")/../../../.." && pwd)"
offset="${1:-500}"
user="${UNPRIV_USER:-ingang-check}"
db="${UNPRIV_DB:-ingang_t_unpriv}"
config="${UNPRIV_SERVER_CONFIG:-standalone.xml}"
http="http://127.0.0.1:$((8080 + offset))"
mgmt="http://127.0.0.1:$((9990 + offset))"
timeout_s=180
fail() { echo "FAIL: $*" >&2; exit 1; }
t0=$SECONDS

built="$(ls -d "$repo"/ear/target/wildfly-* 2>/dev/null | head -1)"
[[ -x "$built/bin/standalone.sh" ]] || fail "no built server in ear/target: run mvn package first"
for port in $((8080 + offset)) $((9990 + offset)); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port is in use: pick another offset"; fi
done

if [[ "$(id -u)" == 0 ]]; then
    if ! id "$user" >/dev/null 2>&1; then
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$user" || fail "cannot make user $user"
        echo "== made system user $user"
    fi
    as_user=(runuser -u "$user" --)
else
    user="$(id -un)"
    as_user=()
fi
uid="$(id -u "$user")"; group="$(id -gn "$user")"
[[ "$uid" != 0 ]] || fail "user $user is root"

# /tmp, not ear/target: the user must reach it even when the checkout is under /root.
work="$(mktemp -d /tmp/ingang-unpriv.XXXXXX)"
chmod 755 "$work"
pgid=""
stop_server() {
    [[ -n "$pgid" ]] || return 0
    kill -TERM -- "-$pgid" 2>/dev/null
    local waited=0
    while pgrep -g "$pgid" >/dev/null && (( waited < 60 )); do sleep 1; waited=$((waited + 1)); done
    pkill -KILL -g "$pgid" 2>/dev/null
    pgid=""
    stopped_after=$waited
}
cleanup() {
    stop_server
    mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS \`$db\`" 2>/dev/null
    if [[ "${passed:-}" == 1 ]]; then rm -rf "$work"; else echo "   kept for a look: $work" >&2; fi
}
trap cleanup EXIT

echo "== server and node.sh installed as production has them: owned by $(id -un), group $group may read, others nothing"
cp -a "$built" "$work/server"
install -d "$work/bin" && cp "$repo/ear/src/main/scripts/node.sh" "$work/bin/"
[[ "$(id -u)" == 0 ]] && chown -R root:"$group" "$work/server" "$work/bin"
chmod -R u+rwX,g+rX,g-w,o= "$work/server" "$work/bin"
install -d -m 750 -o "$user" -g "$group" "$work/nodes"
touch "$work/installed"
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" \
    || fail "no MariaDB at 127.0.0.1:3306"
source "$repo/ear/src/test/scripts/test-db-users.sh"

echo "== node.sh as $user (uid $uid), $config, offset $offset: $http, management $mgmt"
started=$SECONDS
# setsid: the server is a process group of its own, stopped as one; started from /, which any user may enter.
(cd / && exec setsid "${as_user[@]}" env JBOSS_HOME="$work/server" INGANG_NODES_DIR="$work/nodes" \
    INGANG_SERVER_CONFIG="$config" "$work/bin/node.sh" unpriv "$offset" \
    -Dingang.db.url="jdbc:mariadb://127.0.0.1:3306/$db" -Dingang.smtp.port=1) > "$work/console.log" 2>&1 &
pgid=$!
ready=""
while (( SECONDS - started < timeout_s )); do
    if ! kill -0 "$pgid" 2>/dev/null; then
        tail -20 "$work/console.log" >&2
        fail "the server exited while starting (console above)"
    fi
    if curl -sf -o /dev/null "$mgmt/health/ready" && curl -sf -o /dev/null "$http/login"; then ready=1; break; fi
    sleep 2
done
[[ -n "$ready" ]] || { tail -20 "$work/console.log" >&2; fail "not ready after ${timeout_s}s"; }
up_after=$((SECONDS - started))
echo "   ready after ${up_after}s: $(curl -s "$mgmt/health/ready" | grep -o '"status":"[A-Z]*"' | head -1), /login $(curl -s -o /dev/null -w '%{http_code}' "$http/login")"

java_pid="$(pgrep -g "$pgid" -x java | head -1)"
[[ -n "$java_pid" ]] || fail "no java process in the server's process group"
read -r euid ruid <<< "$(ps -o uid=,ruid= -p "$java_pid")"
echo "   JVM $java_pid: effective uid $euid, real uid $ruid"
[[ "$euid" != 0 && "$ruid" != 0 ]] || fail "the server's JVM runs as root"
[[ "$euid" == "$uid" ]] || fail "the server's JVM runs as uid $euid, not $user ($uid)"
ports="$(ss -ltnpH 2>/dev/null | grep "pid=$java_pid," | awk '{print $4}' | sed 's/.*://' | sort -n | tr '\n' ' ')"
echo "   listening on: $ports"
for p in $ports; do (( p >= 1024 )) || fail "the server listens on port $p, below 1024"; done

changed="$(find "$work/server" -newer "$work/installed" -print | head -5)"
[[ -z "$changed" ]] || fail "the server wrote into its installation: $changed"
elsewhere="$(find /tmp /var/tmp /dev/shm -xdev -user "$user" -newer "$work/installed" ! -path "$work/*" ! -path "/tmp/hsperfdata_$user*" -print 2>/dev/null | head -5)"
[[ -z "$elsewhere" ]] || echo "   note: $user also wrote $elsewhere"
echo "   the node wrote only under $work/nodes/unpriv: $(ls "$work/nodes/unpriv" | tr '\n' ' ')"

stop_server
echo "   stopped (SIGTERM to the process group) after ${stopped_after}s"
grep -q 'WFLYSRV0050' "$work/nodes/unpriv/log/server.log" || fail "no clean stop in server.log"
passed=1
echo "PASS: the server ran as $user (uid $euid) from a read-only installation; $((SECONDS - t0))s in all"
