#!/usr/bin/env bash
# End-to-end benchmark (issue 6): AFAS simulator with EMPLOYEES employees → pull → conversion + validation → ledger →
# SFTP push to a real sshd, on {SQLite + in-memory bus} and {PostgreSQL 15 + RabbitMQ}, for the initial load and for a
# month of simulated days (one pull per day). Prints messages per second from the first pull to the last delivery,
# peak RSS, and the RabbitMQ/in-memory ratio. What each phase does: bench/e2e/e2e.py.
# Usage: bench/e2e/run.sh [EMPLOYEES] [DAYS] [CONFIGURATIONS]   (DAYS=0: the initial load only)
#        (defaults: 100000 employees, 30 days, "sqlite-inmemory postgres-rabbitmq")
# Needs root (sshd with a chroot, PostgreSQL as the postgres user) and the Debian packages ./test.sh installs.
# Environment: GATEWAY=<path> uses an already built gateway; else it is built into GATEWAY_ARTIFACTS (default ./artifacts).
#              KEEP_WORK=1 keeps the work folder (databases, logs) under /var/tmp.
#              SFTP_SESSIONS=N: the account's Delivery:Sftp:Sessions (default 4; a gateway before it ignores the key).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
EMPLOYEES=${1:-100000}
DAYS=${2:-30}
CONFIGURATIONS=${3:-sqlite-inmemory postgres-rabbitmq}
[ "$(id -u)" = 0 ] || { echo "run.sh: needs root (it starts a chrooted sshd and PostgreSQL as the postgres user)"; exit 2; }
[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time is required (apt-get install time)"; exit 2; }
WORK=$(mktemp -d /tmp/bench-e2e.XXXXXX)
if [ -z "${GATEWAY:-}" ]; then
  ARTIFACTS=${GATEWAY_ARTIFACTS:-$ROOT/artifacts}
  GATEWAY_ARTIFACTS="$ARTIFACTS" dotnet build "$ROOT/Gateway.Host/Gateway.Host.csproj" -c Release -nologo -v q >"$WORK/build.log" 2>&1 \
    || { tail -20 "$WORK/build.log"; exit 2; }
  GATEWAY="$ARTIFACTS/bin/Gateway.Host/release/gateway"
fi
"$ROOT/tests/infra/sshd/start-sshd.sh" "$WORK/sshd" >/dev/null
trap '"$ROOT/tests/infra/sshd/stop-sshd.sh" "$WORK/sshd" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
python3 "$ROOT/bench/e2e/e2e.py" "$GATEWAY" "$EMPLOYEES" "$DAYS" "$CONFIGURATIONS" "$WORK/sshd/state.env"
