#!/usr/bin/env bash
# Prepares docker/compose.yaml's secrets and pins once, before the first `docker compose up` (run it again at any time:
# what exists is kept, so keys and pins stay stable across recreates). Needs ssh-keygen and openssl.
#   secrets/            admin API key, PostgreSQL password and connection string, RabbitMQ password, the gateway's
#                       SFTP client key (0600; read by the containers as compose secrets, never as environment)
#   sftp-host-keys/     the partner SFTP server's host key, mounted into it so it survives recreating the container
#   .env                the values compose substitutes: the host-key pin and the RabbitMQ password
set -euo pipefail
cd "$(dirname "$0")"
umask 077
mkdir -p secrets sftp-host-keys

# values without a trailing newline: each file is one configuration value
random() { printf '%s' "$(openssl rand -hex 24)"; }
keep() { [ -s "$1" ] || { "${@:2}" > "$1"; echo "setup: wrote $1"; }; }

keep secrets/admin-api-key random
keep secrets/postgres-password random
keep secrets/rabbitmq-password random
keep secrets/database-connection-string \
  printf 'Host=postgres;Username=gateway;Password=%s;Database=gateway' "$(cat secrets/postgres-password)"
if [ ! -s secrets/arbo-client-key ]; then
  ssh-keygen -q -t ed25519 -N '' -C gateway@compose -f secrets/arbo-client-key
  echo "setup: wrote secrets/arbo-client-key(.pub)"
fi
if [ ! -s sftp-host-keys/ssh_host_ed25519_key ]; then
  ssh-keygen -q -t ed25519 -N '' -C arbodienst-sftp -f sftp-host-keys/ssh_host_ed25519_key
  echo "setup: wrote sftp-host-keys/ssh_host_ed25519_key(.pub)"
fi
# compose mounts secret files with their host modes and the gateway runs as uid 10001: the files are readable, the
# folder holding them is not (0700). The SFTP host key stays 0600: sshd (root in its container) refuses an open one.
chmod 0700 secrets sftp-host-keys
chmod 0644 secrets/* sftp-host-keys/ssh_host_ed25519_key.pub
chmod 0600 sftp-host-keys/ssh_host_ed25519_key

pin=$(ssh-keygen -l -E sha256 -f sftp-host-keys/ssh_host_ed25519_key.pub | awk '{print $2}')
cat > .env <<ENV
# written by setup.sh; the pin is the SHA256 fingerprint of sftp-host-keys/ssh_host_ed25519_key
ARBO_SFTP_HOSTKEY=$pin
RABBITMQ_PASSWORD=$(cat secrets/rabbitmq-password)
ENV
echo "setup: .env pins the partner SFTP host key $pin"
echo "setup: the admin API key (user 'admin') is in docker/secrets/admin-api-key"
