# Sourced by backup.sh, restore.sh and db-users.sh: the database the server uses, from the same
# settings (INGANG_DB_URL; README "Configuration"). Backup and restore connect as the user that
# owns the schema, the migration user (INGANG_DB_MIGRATION_USER, INGANG_DB_MIGRATION_PASSWORD;
# README "Database user"): the application's user may not create tables or read triggers. Without
# a migration user set, INGANG_DB_USER and INGANG_DB_PASSWORD (an administrator, say).
url="${INGANG_DB_URL:-jdbc:mariadb://127.0.0.1:3306/ingang}"
# jdbc:mariadb://host:port/db, or with several hosts (jdbc:mariadb:sequential://h1:3306,h2:3306/db): the first one.
rest="${url#jdbc:mariadb:}"
rest="${rest#*//}"
hostport="${rest%%/*}"
hostport="${hostport%%,*}"
database="${rest#*/}"
database="${database%%\?*}"
host="${hostport%%:*}"
port=3306
if [[ "$hostport" == *:* ]]; then
    port="${hostport##*:}"
fi
if [[ -n "${INGANG_DB_MIGRATION_USER:-}" ]]; then
    user="$INGANG_DB_MIGRATION_USER"
    password="${INGANG_DB_MIGRATION_PASSWORD:-}"
else
    user="${INGANG_DB_USER:-ingang_migration}"
    password="${INGANG_DB_PASSWORD:-}"
fi
# The clients read the password from the environment, so it never shows in the process list.
export MYSQL_PWD="$password"
client_options=(--host="$host" --port="$port" --user="$user" --default-character-set=utf8mb4)
