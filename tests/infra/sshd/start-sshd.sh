#!/usr/bin/env bash
# Starts a throw-away OpenSSH sshd on a free loopback port for the SFTP tests and the benchmark.
#
#   start-sshd.sh STATE_DIR
#
# Needs root (it creates a per-run system user and a root-owned chroot) and /usr/sbin/sshd.
# Everything of the run lives under /srv/gateway-test-sftp/run-<port>/ (sshd refuses a chroot or an
# authorized_keys path below a group/world-writable directory such as /tmp); STATE_DIR only receives
# state.env, which tests and scripts source. stop-sshd.sh STATE_DIR undoes all of it.
#
# The run's user gwt<port> logs in with a password or any of the authorized keys (ed25519, rsa,
# ecdsa, and an ed25519 key protected by a passphrase); it is chrooted (internal-sftp) to
# /srv/gateway-test-sftp/run-<port>/chroot/gwt<port>, where /upload is its writable folder.
set -euo pipefail

SSHD=/usr/sbin/sshd
BASE=/srv/gateway-test-sftp
STATE_DIR=${1:?usage: start-sshd.sh STATE_DIR}

fail() { echo "start-sshd: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "must run as root (creates a system user and a root-owned chroot)"
[ -x "$SSHD" ] || fail "$SSHD not found (apt-get install openssh-server)"
for tool in ssh-keygen useradd userdel chpasswd ss flock; do
  command -v "$tool" >/dev/null || fail "$tool not found"
done

here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$STATE_DIR" "$BASE" /run/sshd
chmod 755 "$BASE"
STATE_DIR=$(cd "$STATE_DIR" && pwd)

# Runs that died without stop-sshd.sh leave a user and a directory behind: clear those first.
exec 9>"$BASE/.lock"
flock 9
for run in "$BASE"/run-*; do
  [ -d "$run" ] || continue
  pid=$(cat "$run/sshd.pid" 2>/dev/null || true)
  if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
    "$here/stop-sshd.sh" --run-dir "$run" >/dev/null 2>&1 || true
  fi
done

port_in_use() { ss -Htln "sport = :$1" | grep -q .; }

start_on_port() {
  local port=$1
  RUN="$BASE/run-$port"
  USER_NAME="gwt$port"
  local etc="$RUN/etc" keys="$RUN/client" auth="$RUN/authorized_keys" chroot="$RUN/chroot/$USER_NAME"

  rm -rf "$RUN"
  mkdir -p "$etc" "$keys" "$auth" "$chroot/upload"
  chmod 755 "$RUN" "$RUN/chroot" "$chroot" "$auth"
  chmod 700 "$etc" "$keys"

  if id "$USER_NAME" >/dev/null 2>&1; then userdel "$USER_NAME" >/dev/null 2>&1 || true; fi
  useradd --system --no-create-home --home-dir / --shell /usr/sbin/nologin "$USER_NAME"
  PASSWORD="pw-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  echo "$USER_NAME:$PASSWORD" | chpasswd
  chown "$USER_NAME:" "$chroot/upload"
  chmod 755 "$chroot/upload"

  ssh-keygen -q -t ed25519 -N '' -C "gateway-test-host" -f "$etc/ssh_host_ed25519_key"
  ssh-keygen -q -t rsa -b 3072 -N '' -C "gateway-test-host" -f "$etc/ssh_host_rsa_key"
  ssh-keygen -q -t ed25519 -N '' -C "client-ed25519" -f "$keys/id_ed25519"
  ssh-keygen -q -t rsa -b 3072 -N '' -C "client-rsa" -f "$keys/id_rsa"
  ssh-keygen -q -t ecdsa -b 256 -N '' -C "client-ecdsa" -f "$keys/id_ecdsa"
  PASSPHRASE="pp-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  ssh-keygen -q -t ed25519 -N "$PASSPHRASE" -C "client-ed25519-passphrase" -f "$keys/id_ed25519_passphrase"
  ssh-keygen -q -t ed25519 -N '' -C "client-not-authorized" -f "$keys/id_unauthorized"
  cat "$keys"/id_ed25519.pub "$keys"/id_rsa.pub "$keys"/id_ecdsa.pub "$keys"/id_ed25519_passphrase.pub \
    >"$auth/$USER_NAME"
  chmod 644 "$auth/$USER_NAME"

  cat >"$etc/sshd_config" <<CFG
Port $port
ListenAddress 127.0.0.1
HostKey $etc/ssh_host_ed25519_key
HostKey $etc/ssh_host_rsa_key
PidFile $RUN/sshd.pid
AuthorizedKeysFile $auth/%u
AllowUsers $USER_NAME
PermitRootLogin no
PubkeyAuthentication yes
PasswordAuthentication yes
KbdInteractiveAuthentication no
UsePAM no
StrictModes yes
MaxAuthTries 10
MaxStartups 50:30:100
LoginGraceTime 30
AllowTcpForwarding no
AllowAgentForwarding no
X11Forwarding no
PermitTTY no
LogLevel VERBOSE
Subsystem sftp internal-sftp
ChrootDirectory $RUN/chroot/%u
ForceCommand internal-sftp
CFG
  "$SSHD" -t -f "$etc/sshd_config" || return 1

  # sshd daemonises, binds, and only then writes its pid file: wait for the pid file (or a failure).
  "$SSHD" -f "$etc/sshd_config" -E "$RUN/sshd.log" </dev/null >/dev/null 2>&1 9>&- || return 1
  for _ in $(seq 1 100); do
    if [ -s "$RUN/sshd.pid" ] && port_in_use "$port"; then return 0; fi
    sleep 0.05
  done
  return 1
}

started=
for _ in 1 2 3 4 5 6 7 8; do
  port=$((20000 + RANDOM % 40000))
  port_in_use "$port" && continue
  if start_on_port "$port"; then started=1; break; fi
  echo "start-sshd: sshd did not come up on port $port; trying another ($(tail -n 2 "$RUN/sshd.log" 2>/dev/null | tr '\n' ' '))" >&2
  "$here/stop-sshd.sh" --run-dir "$RUN" >/dev/null 2>&1 || true
done
[ -n "$started" ] || fail "could not start sshd"

fingerprint() { ssh-keygen -l -E sha256 -f "$1" | awk '{print $2}'; }
keyline() { awk '{print $1" "$2}' "$1"; }

state="$STATE_DIR/state.env"
umask 077
cat >"$state" <<STATE
SSHD_PORT=$port
SSHD_PID=$(cat "$RUN/sshd.pid")
SSHD_RUN_DIR=$RUN
SSHD_LOG=$RUN/sshd.log
SFTP_HOST=127.0.0.1
SFTP_USER=$USER_NAME
SFTP_PASSWORD=$PASSWORD
SFTP_KEY_ED25519=$RUN/client/id_ed25519
SFTP_KEY_RSA=$RUN/client/id_rsa
SFTP_KEY_ECDSA=$RUN/client/id_ecdsa
SFTP_KEY_ED25519_PASSPHRASE=$RUN/client/id_ed25519_passphrase
SFTP_KEY_PASSPHRASE=$PASSPHRASE
SFTP_KEY_UNAUTHORIZED=$RUN/client/id_unauthorized
SFTP_CHROOT=$RUN/chroot/$USER_NAME
SFTP_UPLOAD_DIR=/upload
HOST_FINGERPRINT_ED25519=$(fingerprint "$RUN/etc/ssh_host_ed25519_key.pub")
HOST_FINGERPRINT_RSA=$(fingerprint "$RUN/etc/ssh_host_rsa_key.pub")
HOST_KEY_ED25519="$(keyline "$RUN/etc/ssh_host_ed25519_key.pub")"
HOST_KEY_RSA="$(keyline "$RUN/etc/ssh_host_rsa_key.pub")"
STATE
{
  echo "[127.0.0.1]:$port $(keyline "$RUN/etc/ssh_host_ed25519_key.pub")"
  echo "[127.0.0.1]:$port $(keyline "$RUN/etc/ssh_host_rsa_key.pub")"
} >"$RUN/known_hosts"
echo "SSHD_KNOWN_HOSTS=$RUN/known_hosts" >>"$state"
echo "$state"
