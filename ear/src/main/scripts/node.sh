#!/usr/bin/env bash
# Starts one node of an Ingång cluster from the built server (README "Running several nodes"):
#
#   node.sh NAME OFFSET [-Dkey=value ...]
#
# The node runs standalone-ha.xml (INGANG_SERVER_CONFIG=standalone.xml: a single server) under its own copy of standalone/ ($INGANG_NODES_DIR/NAME,
# default <server>/nodes/NAME: configuration and the EAR are refreshed at each start, data and
# logs stay), named NAME (JGroups, sticky sessions, mailbox leases, the job log), with HTTP on
# 8080+OFFSET and management (health) on 9990+OFFSET. Database, mail etc. come from the usual
# settings (README "Configuration"), in the environment or as -D options.
# The server is $JBOSS_HOME, else the one the build made (ear/target/wildfly-*).
set -euo pipefail
name="${1:?usage: node.sh NAME OFFSET [-Dkey=value ...]}"
offset="${2:?usage: node.sh NAME OFFSET [-Dkey=value ...]}"
shift 2
script_dir="$(cd "$(dirname "$0")" && pwd)"
if [[ -z "${JBOSS_HOME:-}" ]]; then
    JBOSS_HOME="$(ls -d "$script_dir"/../../../target/wildfly-* 2>/dev/null | head -1)"
fi
[[ -x "$JBOSS_HOME/bin/standalone.sh" ]] || { echo "no built server (JBOSS_HOME=$JBOSS_HOME): run mvn package first" >&2; exit 1; }
export JBOSS_HOME
base="${INGANG_NODES_DIR:-$JBOSS_HOME/nodes}/$name"
mkdir -p "$base"
rm -rf "$base/configuration" "$base/deployments"
cp -r "$JBOSS_HOME/standalone/configuration" "$JBOSS_HOME/standalone/deployments" "$base/"
# Camunda needs more than WildFly's default 512 MB heap.
export JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true -Djboss.modules.system.pkgs=org.jboss.byteman}"
exec "$JBOSS_HOME/bin/standalone.sh" -c "${INGANG_SERVER_CONFIG:-standalone-ha.xml}" \
    -Djboss.server.base.dir="$base" \
    -Djboss.node.name="$name" \
    -Djboss.tx.node.id="$name" \
    -Djboss.socket.binding.port-offset="$offset" \
    "$@"
