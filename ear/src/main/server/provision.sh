#!/usr/bin/env bash
# Configures the WildFly that the build unpacked (target/wildfly) with configure.cli,
# once: a marker file makes repeated builds skip it. Called by the ear module's build.
# standalone.xml is the single server; standalone-ha.xml gets the same configuration plus
# cluster.cli (several nodes, README "Running several nodes").
set -euo pipefail
server_dir="$1"
cli_script="$2"
script_dir="$(dirname "$cli_script")"
config_dir="$server_dir/standalone/configuration"
marker="$server_dir/.ingang-configured"
if [[ -f "$marker" && "$marker" -nt "$cli_script" && "$marker" -nt "$script_dir/cluster.cli" ]]; then
    echo "WildFly in $server_dir already configured"
    exit 0
fi
for config in standalone.xml standalone-ha.xml; do
    if [[ -f "$config_dir/$config.pristine" ]]; then
        cp "$config_dir/$config.pristine" "$config_dir/$config"
    else
        cp "$config_dir/$config" "$config_dir/$config.pristine"
    fi
done
chmod +x "$server_dir"/bin/*.sh
cli() {
    JBOSS_HOME="$server_dir" "$server_dir/bin/jboss-cli.sh" --file="$1"
}
# The same script for both configurations: only the file it embeds differs.
ha_copy() {
    local copy="$server_dir/$(basename "$1" .cli)-ha.cli"
    sed 's/--server-config=standalone.xml/--server-config=standalone-ha.xml/' "$1" > "$copy"
    echo "$copy"
}
cli "$cli_script"
cli "$(ha_copy "$cli_script")"
cli "$script_dir/cluster.cli"
# Optional single sign-on (oidc.cli says what it changes); only when asked for at build time.
if [[ -n "${INGANG_OIDC_PROVIDER_URL:-}" ]]; then
    echo "INGANG_OIDC_PROVIDER_URL is set: applying oidc.cli (OpenID Connect login)"
    cli "$script_dir/oidc.cli"
    cli "$(ha_copy "$script_dir/oidc.cli")"
fi
rm -rf "$config_dir/standalone_xml_history"
touch "$marker"
echo "WildFly in $server_dir configured"
