#!/usr/bin/env bash
# A load balancer in front of the nodes: Debian's haproxy (installed with apt when missing),
# in the foreground (README "Running several nodes"):
#
#   load-balancer.sh PORT NODE [NODE ...]      NODE = host:http-port:management-port
#   load-balancer.sh 8000 127.0.0.1:8680:10590 127.0.0.1:8780:10690
#
# Sticky sessions (a staff member stays on one node while it is up; sessions are replicated,
# so another node carries on when it goes), a node is taken out when its /health/ready fails
# and back in when it passes, requests that could not reach a node go to another one (GET and
# HEAD also when the node closed the connection without an answer, as a node does when it dies
# under the request; other methods then get 502 and the client retries, POST /api/cases with
# its Idempotency-Key), and nodes see the client's address in X-Forwarded-For (start them with
# INGANG_BEHIND_PROXY=true). Binds 127.0.0.1 unless INGANG_LB_BIND says otherwise; terminate TLS
# here or in front of it. INGANG_LB_LOG=true logs every request to stderr (haproxy's httplog).
#
# Root is not needed: as any user it serves a port from 1024 up. Started as root (to bind a port
# below 1024, or to install haproxy), haproxy drops to the user haproxy (Debian's package makes it)
# once the port is bound.
set -euo pipefail
port="${1:?usage: load-balancer.sh PORT host:http-port:management-port ...}"
shift
[[ $# -gt 0 ]] || { echo "name at least one node" >&2; exit 1; }
if ! command -v haproxy >/dev/null 2>&1; then
    if [[ "$(id -u)" != 0 ]]; then
        echo "haproxy is not installed: install it (as root: apt-get install haproxy) or run this once as root" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
fi
run_as=""
if [[ "$(id -u)" == 0 ]] && id haproxy >/dev/null 2>&1; then
    run_as=$'    user haproxy\n    group haproxy'
elif (( port < 1024 )); then
    echo "port $port is below 1024: only root may bind it (use a port from 1024 up, or start this as root)" >&2
fi
config="$(mktemp --suffix=.cfg)"
trap 'rm -f "$config"' EXIT
log_global="" log_defaults=""
if [[ "${INGANG_LB_LOG:-false}" == true ]]; then
    log_global="    log stderr format raw local0"
    log_defaults=$'    log global\n    option httplog'
fi
cat > "$config" <<CONFIG
global
    maxconn 4000
$run_as
$log_global
defaults
    mode http
$log_defaults
    option forwardfor
    # retry on another node at once (not the same one after a second's pause)
    option redispatch 1
    retries 2
    retry-on conn-failure empty-response
    timeout connect 5s
    timeout client 120s
    timeout server 120s
frontend ingang
    bind ${INGANG_LB_BIND:-127.0.0.1}:$port
    default_backend nodes
backend nodes
    balance roundrobin
    cookie INGANG_NODE insert indirect nocache httponly
    option httpchk GET /health/ready
    http-check expect status 200
    # a request that reached a node and got no answer is sent again only when that is harmless
    http-request disable-l7-retry unless METH_GET || METH_HEAD
CONFIG
i=0
for node in "$@"; do
    IFS=: read -r host http management <<< "$node"
    i=$((i + 1))
    echo "    server node$i $host:$http check port $management inter 2s fall 2 rise 2 cookie node$i" >> "$config"
done
echo "haproxy on ${INGANG_LB_BIND:-127.0.0.1}:$port in front of: $*"
haproxy -c -q -f "$config"
haproxy -db -f "$config"
