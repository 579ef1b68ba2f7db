#!/usr/bin/env bash
# Restores a backup made by backup.sh into an empty database (made when missing), then start
# the servers on it: cases, attachments, running processes and their pending timers are as
# they were at the backup (timers that fell due meanwhile fire at start).
#
#   INGANG_DB_URL=jdbc:mariadb://db:3306/ingang INGANG_DB_MIGRATION_USER=… INGANG_DB_MIGRATION_PASSWORD=… restore.sh FILE
#
# Refuses a database that has tables: drop it first (or restore next to it under another
# name and point INGANG_DB_URL there). Stop every server of the old database before.
set -euo pipefail
source "$(dirname "$0")/db-settings.sh"
file="${1:?usage: restore.sh FILE (a backup.sh file; database from INGANG_DB_URL)}"
[[ -r "$file" ]] || { echo "cannot read $file" >&2; exit 1; }
mariadb "${client_options[@]}" -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
tables=$(mariadb "${client_options[@]}" -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database'")
if [[ "$tables" != 0 ]]; then
    echo "database $database on $host:$port has $tables tables: restore only into an empty database" >&2
    exit 1
fi
gunzip -c "$file" | mariadb "${client_options[@]}" "$database"
cases=$(mariadb "${client_options[@]}" -N -e "SELECT COUNT(*) FROM \`$database\`.service_case")
echo "Restored $file into database $database ($host:$port): $cases cases"
