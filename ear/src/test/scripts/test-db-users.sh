# Sourced by the scripts here after they made the database $db on 127.0.0.1:3306: its two users
# (README "Database user"), with passwords of this run, exported for the server they start
# (node.sh hands the environment on). As the local MariaDB's root, like the rest of these scripts.
random_password() { tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 24; }
export INGANG_DB_URL="jdbc:mariadb://127.0.0.1:3306/$db" INGANG_DB_USER="${db}_app" INGANG_DB_MIGRATION_USER="${db}_migration"
INGANG_DB_PASSWORD="$(random_password)" INGANG_DB_MIGRATION_PASSWORD="$(random_password)"
export INGANG_DB_PASSWORD INGANG_DB_MIGRATION_PASSWORD
"$repo/ear/src/main/scripts/db-users.sh" > /dev/null || { echo "cannot make the database users of $db" >&2; exit 1; }
