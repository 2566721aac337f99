#!/usr/bin/env bash
# Benchmarks the receiving role (issue 7): COUNT Verzuimmeldingen 2024 files (one new absence case each, OntvngstbevJN J)
# wait in a partner's folder on a throw-away OpenSSH sshd (tests/infra/sshd/start-sshd.sh, needs root); one
# `gateway receive --once` process takes them over SFTP (size-stable, staged, journaled, removed at the partner),
# validates, authorises and applies each to the register, and writes a Retourmelding1 back for each.
# Measured with /usr/bin/time -v: wall time, files per second, peak RSS.
# Usage: bench/receive/run.sh [COUNT]      (default 10000)
# Environment: GATEWAY=<path> uses an already built gateway; else it is built into GATEWAY_ARTIFACTS (default ./artifacts).
# PROFILE=1 passes --profile (a gateway that has it prints where the run spent its time).
# SESSIONS=N sets the account's Transport:Sessions (default 2: what a run always used; a gateway before issue 20's
# receiving sessions ignores the key).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
COUNT=${1:-10000}
WORK=$(mktemp -d /tmp/bench-receive.XXXXXX)
[ "$(id -u)" = 0 ] || { echo "run.sh: needs root (it starts a chrooted sshd)"; exit 2; }
if [ -z "${GATEWAY:-}" ]; then
  ARTIFACTS=${GATEWAY_ARTIFACTS:-$ROOT/artifacts}
  GATEWAY_ARTIFACTS="$ARTIFACTS" dotnet build "$ROOT/Gateway.Host/Gateway.Host.csproj" -c Release -nologo -v q >"$WORK/build.log" 2>&1 \
    || { tail -20 "$WORK/build.log"; exit 2; }
  GATEWAY="$ARTIFACTS/bin/Gateway.Host/release/gateway"
fi
"$ROOT/tests/infra/sshd/start-sshd.sh" "$WORK/sshd" >/dev/null
trap '"$ROOT/tests/infra/sshd/stop-sshd.sh" "$WORK/sshd" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
set -a; . "$WORK/sshd/state.env"; set +a
FOLDER="$SFTP_CHROOT$SFTP_UPLOAD_DIR"

"$GATEWAY" demo --samples "$WORK/samples" >/dev/null
python3 - "$WORK/samples/2024" "$FOLDER" "$COUNT" <<'PY'
import glob, re, sys, os
template = open(glob.glob(sys.argv[1] + "/VZ_*.xml")[0], encoding="utf-8").read()
template = re.sub(r"<OntvngstbevJN>.</OntvngstbevJN>", "<OntvngstbevJN>J</OntvngstbevJN>", template)
for i in range(int(sys.argv[3])):
    doc = re.sub(r"<Berrefnr>[^<]*</Berrefnr>", f"<Berrefnr>BENCH{i:08d}</Berrefnr>", template, count=1)
    doc = re.sub(r"<VrzmgvlId>[^<]*</VrzmgvlId>", f"<VrzmgvlId>CASE-{i:08d}</VrzmgvlId>", doc)
    with open(os.path.join(sys.argv[2], f"VZ_{i:08d}.xml"), "w", encoding="utf-8") as f:
        f.write(doc)
PY
chmod 644 "$FOLDER"/VZ_*.xml
cat >"$WORK/gateway.json" <<JSON
{ "Gateway": { "Database": { "ConnectionString": "Data Source=$WORK/gateway.db" }, "SecretKeyFile": "$WORK/secret.key",
  "Host": { "StateDirectory": "$WORK/state" },
  "Receiving": { "OwnIdentification": "ARBODIENST-BENCH" },
  "ReceivingAccounts": { "bench": { "Kind": "ExternalSftp", "ProcessingBlocked": false, "AuthorisedEmployers": [ "WG-0001" ],
    "Transport": { "Host": "127.0.0.1", "Port": $SSHD_PORT, "UserName": "$SFTP_USER", "PasswordSecret": "$SFTP_PASSWORD",
                   "HostKeyFingerprint": "$HOST_FINGERPRINT_ED25519\n$HOST_FINGERPRINT_RSA", "RetourmeldingFolder": "$SFTP_UPLOAD_DIR/retour",
                   "Sessions": ${SESSIONS:-2} },
    "ImportConfigurations": [ { "MessageType": "Verzuimmeldingen", "Release": "2024", "Folder": "$SFTP_UPLOAD_DIR", "FileFilter": "VZ*.xml", "Schedule": "* * * * *" } ] } } } }
JSON
PROFILE_ARG=(); [ "${PROFILE:-0}" = 1 ] && PROFILE_ARG=(--profile)
/usr/bin/time -v -o "$WORK/time" "$GATEWAY" receive --once --config "$WORK/gateway.json" "${PROFILE_ARG[@]}" | tee "$WORK/out"
wall=$(grep "Elapsed (wall clock)" "$WORK/time" | awk '{print $NF}')
rss=$(grep "Maximum resident set size" "$WORK/time" | awk '{print $NF}')
user=$(grep "User time" "$WORK/time" | awk '{print $NF}')
sys=$(grep "System time" "$WORK/time" | awk '{print $NF}')
left=$(find "$FOLDER" -maxdepth 1 -name 'VZ_*.xml' | wc -l)
answers=$(find "$FOLDER/retour" -name 'RM_*.xml' | wc -l)
python3 - "$COUNT" "$wall" "$rss" "$left" "$answers" "$user" "$sys" <<'PY'
import sys
n = int(sys.argv[1]); p = sys.argv[2].split(":"); s = sum(float(x) * 60 ** i for i, x in enumerate(reversed(p)))
print(f"{n} files in {s:.1f} s = {n / s:.0f} files/s, peak RSS {int(sys.argv[3]) // 1024} MB, CPU {float(sys.argv[6]):.1f} s user + {float(sys.argv[7]):.1f} s sys; "
      f"left at the partner: {sys.argv[4]}; Retourmeldingen written: {sys.argv[5]}")
PY
