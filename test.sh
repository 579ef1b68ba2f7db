#!/usr/bin/env bash
# Runs every test: unit and process-model tests, then the Arquillian tests in the WildFly
# the build makes, against a real MariaDB. The test database is emptied at every run.
#   INGANG_TEST_DB_URL       default jdbc:mariadb://127.0.0.1:3306/ingang_test (no parameters)
#   INGANG_TEST_DB_USER      default root
#   INGANG_TEST_DB_PASSWORD  default empty
set -euo pipefail
cd "$(dirname "$0")"
url="${INGANG_TEST_DB_URL:-jdbc:mariadb://127.0.0.1:3306/ingang_test}"
exec mvn -B -ntp verify \
    -Dit.db.url="$url" -Dit.db.name="${url##*/}" \
    -Dit.db.user="${INGANG_TEST_DB_USER:-root}" -Dit.db.password="${INGANG_TEST_DB_PASSWORD:-}" \
    "$@"
