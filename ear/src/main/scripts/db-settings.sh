# Sourced by backup.sh and restore.sh: the database the server uses, from the same settings
# (INGANG_DB_URL, INGANG_DB_USER, INGANG_DB_PASSWORD; README "Configuration").
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
user="${INGANG_DB_USER:-root}"
# The clients read the password from the environment, so it never shows in the process list.
export MYSQL_PWD="${INGANG_DB_PASSWORD:-}"
client_options=(--host="$host" --port="$port" --user="$user" --default-character-set=utf8mb4)
