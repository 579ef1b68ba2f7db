#!/usr/bin/env bash
# Runs every test: unit and process-model tests, then the Arquillian tests in the WildFly
# the build makes, against the MariaDB at INGANG_TEST_DB_URL (default 127.0.0.1:3306).
set -euo pipefail
cd "$(dirname "$0")"
exec mvn -B -ntp verify -Dit.db.url="${INGANG_TEST_DB_URL:-jdbc:mariadb://127.0.0.1:3306/ingang_test}" "$@"
