#!/usr/bin/env bash
# Configures the WildFly that the build unpacked (target/wildfly) with configure.cli,
# once: a marker file makes repeated builds skip it. Called by the ear module's build.
set -euo pipefail
server_dir="$1"
cli_script="$2"
marker="$server_dir/.ingang-configured"
if [[ -f "$marker" && "$marker" -nt "$cli_script" ]]; then
    echo "WildFly in $server_dir already configured"
    exit 0
fi
if [[ -f "$marker" ]]; then
    echo "configure.cli changed: restoring the pristine configuration first"
    cp "$server_dir/standalone/configuration/standalone.xml.pristine" "$server_dir/standalone/configuration/standalone.xml"
else
    cp "$server_dir/standalone/configuration/standalone.xml" "$server_dir/standalone/configuration/standalone.xml.pristine"
fi
chmod +x "$server_dir"/bin/*.sh
JBOSS_HOME="$server_dir" "$server_dir/bin/jboss-cli.sh" --file="$cli_script"
# Optional single sign-on (oidc.cli says what it changes); only when asked for at build time.
if [[ -n "${INGANG_OIDC_PROVIDER_URL:-}" ]]; then
    echo "INGANG_OIDC_PROVIDER_URL is set: applying oidc.cli (OpenID Connect login)"
    JBOSS_HOME="$server_dir" "$server_dir/bin/jboss-cli.sh" --file="$(dirname "$cli_script")/oidc.cli"
fi
rm -rf "$server_dir/standalone/configuration/standalone_xml_history"
touch "$marker"
echo "WildFly in $server_dir configured"
