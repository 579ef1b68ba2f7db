#!/usr/bin/env bash
# Backs up Ingång: everything lives in its one MariaDB database — cases, timelines, customers,
# mail with its attachments, web-form attachments, and the process engine's state (running
# processes, pending timers). One consistent snapshot (--single-transaction, all tables are
# InnoDB), taken while the servers run; nothing is locked.
#
#   INGANG_DB_URL=jdbc:mariadb://db:3306/ingang INGANG_DB_MIGRATION_USER=… INGANG_DB_MIGRATION_PASSWORD=… backup.sh [FILE]
#
# Writes FILE (default ingang-<UTC time>.sql.gz, mode 0600) only when the dump completed. Root is not
# needed: any user that can write FILE and reach the database.
# Restore with restore.sh (README "Backup and restore").
set -euo pipefail
source "$(dirname "$0")/db-settings.sh"
# The dump holds personal data: readable by its owner only.
umask 077
file="${1:-ingang-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT
# JGROUPSPING: the cluster nodes' addresses at this moment (cluster.cli), not data.
mariadb-dump "${client_options[@]}" --single-transaction --routines --triggers --hex-blob \
    --ignore-table="$database.JGROUPSPING" "$database" | gzip > "$partial"
mv "$partial" "$file"
echo "Backed up database $database ($host:$port) to $file"
