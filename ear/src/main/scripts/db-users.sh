#!/usr/bin/env bash
# Creates Ingång's database and its two database users (README "Database user"), as a MariaDB
# administrator; run once per database, and again to change a password (it sets the passwords
# from the environment each time). Safe to repeat.
#
#   INGANG_DB_PASSWORD=… INGANG_DB_MIGRATION_PASSWORD=… db-users.sh [DATABASE…]
#
#   the application (INGANG_DB_USER, default ingang): reads and writes rows, nothing else;
#   the migrations (INGANG_DB_MIGRATION_USER, default ingang_migration): owns the schema —
#     Flyway and the process engine's table updates at start, backup.sh and restore.sh.
# The database from INGANG_DB_URL, or the DATABASEs named (e.g. a restore target); users may connect from INGANG_DB_CLIENT_HOST (default 127.0.0.1:
# set it to the application servers' address or a pattern such as 10.0.2.%). The administrator:
# INGANG_DB_ADMIN_USER (default root), INGANG_DB_ADMIN_PASSWORD (default empty); the client
# program: INGANG_DB_CLIENT (default mariadb, else mysql). INGANG_DB_SECURE_NEW_SERVER=true also
# removes what a freshly installed server has and production must not: anonymous accounts
# (which would match before ours) and the open "test" database, as mariadb-secure-installation
# does; run.sh sets it for the embedded server it starts.
set -euo pipefail
source "$(dirname "$0")/db-settings.sh"

app_user="${INGANG_DB_USER:-ingang}"
migration_user="${INGANG_DB_MIGRATION_USER:-ingang_migration}"
client_host="${INGANG_DB_CLIENT_HOST:-127.0.0.1}"
: "${INGANG_DB_PASSWORD:?set INGANG_DB_PASSWORD: the application user's password}"
: "${INGANG_DB_MIGRATION_PASSWORD:?set INGANG_DB_MIGRATION_PASSWORD: the migration user's password}"
if [[ "$app_user" == "$migration_user" || "$app_user" == root || "$migration_user" == root ]]; then
    echo "The application and migration users must be two different users, neither of them root" >&2
    exit 1
fi
client="${INGANG_DB_CLIENT:-$(command -v mariadb || command -v mysql)}"

# SQL string literal: backslashes and quotes doubled, so any password works.
quote() {
    local value="${1//\\/\\\\}"
    printf "'%s'" "${value//\'/\'\'}"
}
app="$(quote "$app_user")@$(quote "$client_host")"
migration="$(quote "$migration_user")@$(quote "$client_host")"

databases=("$@")
[[ ${#databases[@]} -gt 0 ]] || databases=("$database")

export MYSQL_PWD="${INGANG_DB_ADMIN_PASSWORD:-}"
{
    cat <<SQL
CREATE USER IF NOT EXISTS $app IDENTIFIED BY $(quote "$INGANG_DB_PASSWORD");
ALTER USER $app IDENTIFIED BY $(quote "$INGANG_DB_PASSWORD");
CREATE USER IF NOT EXISTS $migration IDENTIFIED BY $(quote "$INGANG_DB_MIGRATION_PASSWORD");
ALTER USER $migration IDENTIFIED BY $(quote "$INGANG_DB_MIGRATION_PASSWORD");
SQL
    if [[ "${INGANG_DB_SECURE_NEW_SERVER:-false}" == true ]]; then
        cat <<SQL
DELETE FROM mysql.global_priv WHERE User = '';
DELETE FROM mysql.db WHERE Db = 'test' OR Db = 'test\\_%';
DROP DATABASE IF EXISTS test;
FLUSH PRIVILEGES;
SQL
    fi
    for db in "${databases[@]}"; do
        db="${db//\`/\`\`}"
        # In a database-wide GRANT, _ and % are wildcards: ingang_test must not also mean ingangXtest.
        pattern="$(printf '%s' "$db" | sed 's/[_%]/\\&/g')"
        cat <<SQL
CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- Rows only: no CREATE, ALTER, DROP, GRANT, FILE or any server-wide right. The process engine
-- needs no more at run time (its tables are updated at start by the migration user).
GRANT SELECT, INSERT, UPDATE, DELETE ON \`$pattern\`.* TO $app;
-- Cluster discovery (cluster.cli): JGroups creates its table itself, before the application
-- starts; a right on that one table, which need not exist yet.
GRANT CREATE ON \`$db\`.\`JGROUPSPING\` TO $app;
GRANT ALL PRIVILEGES ON \`$pattern\`.* TO $migration;
SQL
    done
} | "$client" --host="$host" --port="$port" --user="${INGANG_DB_ADMIN_USER:-root}" --batch
echo "Databases ${databases[*]} ($host:$port): application user $app_user and migration user $migration_user, from $client_host"
