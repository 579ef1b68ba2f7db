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
#
# Root is not needed, nor wanted (README "Running as an unprivileged user"): the user only has to
# read the server ($JBOSS_HOME) and own $INGANG_NODES_DIR, the one place the node writes (its
# configuration copy, data, log and tmp, also java.io.tmpdir); no port is below 1024. What the
# node writes is not for other users (umask 027): logs and data hold personal data.
set -euo pipefail
name="${1:?usage: node.sh NAME OFFSET [-Dkey=value ...]}"
offset="${2:?usage: node.sh NAME OFFSET [-Dkey=value ...]}"
shift 2
script_dir="$(cd "$(dirname "$0")" && pwd)"
if [[ -z "${JBOSS_HOME:-}" ]]; then
    JBOSS_HOME="$(ls -d "$script_dir"/../../../target/wildfly-* 2>/dev/null | head -1)"
fi
[[ -x "$JBOSS_HOME/bin/standalone.sh" ]] || { echo "no built server (JBOSS_HOME=$JBOSS_HOME): run mvn package first" >&2; exit 1; }
JBOSS_HOME="$(cd "$JBOSS_HOME" && pwd)"
export JBOSS_HOME
me="$(id -un 2>/dev/null || id -u)"
if [[ "$(id -u)" == 0 ]]; then
    echo "node.sh: running as root, which the server does not need: see README \"Running as an unprivileged user\"" >&2
fi
# The server's own files are only read. The distribution's *.properties realms are mode 0600: a
# server installed by root must be readable by the node's group (README).
unreadable="$(find "$JBOSS_HOME/standalone/configuration" "$JBOSS_HOME/standalone/deployments" \
    "$JBOSS_HOME/jboss-modules.jar" ! -readable -print 2>&1 | head -3)" || true
if [[ -n "$unreadable" ]]; then
    echo "node.sh: $me cannot read the server's files, e.g.:" >&2
    echo "$unreadable" | sed 's/^/    /' >&2
    echo "  make the server readable by this user's group, as root: chgrp -R $(id -gn) $JBOSS_HOME && chmod -R g+rX $JBOSS_HOME" >&2
    exit 1
fi
umask 027
base="${INGANG_NODES_DIR:-$JBOSS_HOME/nodes}/$name"
if ! mkdir -p "$base" 2>/dev/null; then
    echo "node.sh: $me cannot make $base: set INGANG_NODES_DIR to a directory $me owns" >&2
    exit 1
fi
# A node directory left by another user (a start as root, say) cannot be reused as it is.
foreign="$(find "$base" ! -writable -print -quit 2>&1)" || true
if [[ -n "$foreign" ]]; then
    echo "node.sh: $me cannot write $foreign (made by another user?): chown -R $me: $base" >&2
    exit 1
fi
rm -rf "$base/configuration" "$base/deployments"
cp -r "$JBOSS_HOME/standalone/configuration" "$JBOSS_HOME/standalone/deployments" "$base/"
mkdir -p "$base/tmp"
# Camunda needs more than WildFly's default 512 MB heap.
export JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true -Djboss.modules.system.pkgs=org.jboss.byteman}"
# Java's own temporary files in the node's tmp too, so that nothing outside $base is written.
[[ "$JAVA_OPTS" == *-Djava.io.tmpdir=* ]] || JAVA_OPTS+=" -Djava.io.tmpdir=$base/tmp"
exec "$JBOSS_HOME/bin/standalone.sh" -c "${INGANG_SERVER_CONFIG:-standalone-ha.xml}" \
    -Djboss.server.base.dir="$base" \
    -Djboss.node.name="$name" \
    -Djboss.tx.node.id="$name" \
    -Djboss.socket.binding.port-offset="$offset" \
    "$@"
