#!/usr/bin/env bash
# Benchmarks the SFTP delivery writer the service uses (SftpPushTargets -> TransferFolderTarget over the account's
# ITransferFileSystem) with both SSH clients (libssh, the default, and SSH.NET) against OpenSSH's sftp client in batch
# mode, all uploading the same files to the same throw-away sshd on loopback, each file under a temporary name and
# then renamed to its final name.
#
#   bench/sftp/run.sh [COUNT] [RUNS] [SETS]   (defaults: 1000 files, 5 rounds, data sets "4k 2-20k"; needs root)
#
# Data sets (bench/out/sftp, deterministic): "4k" = COUNT files of exactly 4,096 bytes; "2-20k" = COUNT files of
# 2,048 to 20,480 bytes (uniform). Each round runs every row once, in the order below (alternating), each into a fresh
# remote folder; every result is checked (COUNT files with the sources' names and sizes, no .part left). The tables
# (bench/sftp/report.py) give per row the median and best time with its ratio to the peer, and the median of the
# per-round ratios, which cancels most of a shared machine's load swings. Timed, wall clock:
#   libssh / ssh.net: SftpBench (bench/sftp/SftpBench) CLIENT SESSIONS IN_FLIGHT — its own in-process time (connect,
#         host key check, authentication, the deliveries, disconnect); "process" adds .NET start-up; "warm" is the
#         in-process time after the process delivered 100 files over another session first (no JIT in the timed part);
#   sftp -b: sftp -q -b BATCH with BATCH = "-mkdir DIR" + per file "put FILE DIR/.name.part", "rename ... DIR/name";
#         "sftp -b xN" runs N such processes side by side, each with every N-th file (the peer of N sessions);
#   floor (when cc and libssh-dev are present): libssh_floor.c, the same open/write/close + rename per file written
#         directly in C against libssh's synchronous sftp_* API: what the round trips alone cost with libssh 0.10.
# SSHNET_IN_FLIGHT (default 64) is how many deliveries share one SSH.NET connection at once in the "in flight" row.
# BENCH_BEFORE=PATH adds a row "libssh before": a SftpBench binary built against an earlier commit's writer (same
# arguments), so before and after are measured alternately in one run (see docs/benchmarks.md for how it was built).
# The server's upload folder is a tmpfs (BENCH_ON_DISK=1 keeps it on disk, where other jobs' writes dominate).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
COUNT=${1:-1000}
RUNS=${2:-5}
SETS=${3:-4k 2-20k}
IN_FLIGHT=${SSHNET_IN_FLIGHT:-64}
OUT="$ROOT/bench/out/sftp"
ARTIFACTS=${GATEWAY_ARTIFACTS:-$ROOT/artifacts}
for tool in dotnet python3 sftp; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is required (sftp: apt-get install openssh-client)"; exit 2; }
done

echo "== build SftpBench (Release, output in $ARTIFACTS)"
GATEWAY_ARTIFACTS="$ARTIFACTS" dotnet build "$ROOT/bench/sftp/SftpBench/SftpBench.csproj" -c Release -nologo -v q >/tmp/bench-sftp-build.log 2>&1 \
  || { tail -20 /tmp/bench-sftp-build.log; exit 2; }
BENCH=
for candidate in "$ARTIFACTS"/bin/SftpBench/release/SftpBench "$ROOT"/bench/sftp/SftpBench/bin/Release/net10.0/SftpBench; do
  if [ -x "$candidate" ]; then BENCH=$candidate; break; fi
done
[ -n "$BENCH" ] || { echo "run.sh: built SftpBench not found under $ARTIFACTS"; exit 2; }

FLOOR=
if command -v cc >/dev/null && [ -f /usr/include/libssh/sftp.h ]; then
  FLOOR="$ARTIFACTS/bench-sftp/libssh_floor"
  mkdir -p "$(dirname "$FLOOR")"
  cc -O2 "$ROOT/bench/sftp/libssh_floor.c" -o "$FLOOR" -lssh || FLOOR=
fi
[ -n "$FLOOR" ] || echo "   (no cc or libssh-dev: the libssh floor row is left out)"

echo "== generate data sets into $OUT"
for spec in "4k 4096 4096" "2-20k 2048 20480"; do
  set -- $spec
  if [ "$(find "$OUT/$1" -name '*.xml' 2>/dev/null | wc -l)" != "$COUNT" ]; then
    rm -rf "${OUT:?}/$1"
    python3 "$ROOT/bench/sftp/generate.py" "$OUT/$1" "$COUNT" "$2" "$3"
  fi
done

echo "== start sshd"
STATE=$(mktemp -d)
trap 'bash "$ROOT/tests/infra/sshd/stop-sshd.sh" "$STATE" >/dev/null 2>&1; rm -rf "$STATE"' EXIT
bash "$ROOT/tests/infra/sshd/start-sshd.sh" "$STATE" >/dev/null
# shellcheck disable=SC1091
source "$STATE/state.env"
if [ "${BENCH_ON_DISK:-0}" != 1 ]; then
  mount -t tmpfs -o "size=2g,mode=0755,uid=$(id -u "$SFTP_USER"),gid=$(id -g "$SFTP_USER")" gateway-bench "$SFTP_CHROOT$SFTP_UPLOAD_DIR" \
    && echo "   upload folder on tmpfs" || echo "   (tmpfs mount failed: measuring on disk)"
fi
SSH_OPTS=(-i "$SFTP_KEY_ED25519" -o "UserKnownHostsFile=$SSHD_KNOWN_HOSTS" -o StrictHostKeyChecking=yes -o BatchMode=yes
          -o IdentitiesOnly=yes -F /dev/null -P "$SSHD_PORT")

now_ms() { date +%s%3N; }
check() { # remote dir, source dir
  local dir="$SFTP_CHROOT$1"
  [ "$(find "$dir" -maxdepth 1 -name 'VZ_*.xml' | wc -l)" = "$COUNT" ] || { echo "run.sh: $1 does not hold $COUNT files"; exit 1; }
  [ "$(find "$dir" -maxdepth 1 -name '.*.part' | wc -l)" = 0 ] || { echo "run.sh: $1 has left-over .part files"; exit 1; }
  cmp <(cd "$2" && stat -c '%n %s' VZ_*.xml | sort) <(cd "$dir" && stat -c '%n %s' VZ_*.xml | sort) >/dev/null \
    || { echo "run.sh: $1 differs from $2 in names or sizes"; exit 1; }
  rm -rf "${dir:?}" "${dir:?}-warmup" # keep the tmpfs small
}

RESULTS=$(mktemp)
LOADS=$(mktemp)
record() { echo "$1 $2 $3 $4" >>"$RESULTS"; } # row, set, run, ms

ours() { # row, set, run, client, sessions, in-flight, [warm]
  local row=$1 set_name=$2 run=$3 dir="$SFTP_UPLOAD_DIR/$1-$2-$3" start end line
  dir=${dir// /_}
  start=$(now_ms)
  line=$("$BENCH" "$4" "$5" "$6" 127.0.0.1 "$SSHD_PORT" "$SFTP_USER" "$SFTP_KEY_ED25519" "$HOST_FINGERPRINT_ED25519" "$OUT/$set_name" "$dir" ${7:-})
  end=$(now_ms)
  check "$dir" "$OUT/$set_name"
  line=${line#elapsed_ms=}; line=${line%% *}
  record "$row" "$set_name" "$run" "${line%.*}"
  [ -n "${7:-}" ] || record "$row (process)" "$set_name" "$run" "$((end - start))"
}

sftp_batch() { # set, run, processes
  local set_name=$1 run=$2 n=$3 dir="$SFTP_UPLOAD_DIR/sftp$3-$1-$2" start end i batches=()
  for i in $(seq 0 $((n - 1))); do
    batches[i]=$(mktemp)
    { echo "-mkdir $dir"
      find "$OUT/$set_name" -name '*.xml' | sort | awk -v n="$n" -v i="$i" '(NR - 1) % n == i' | while read -r f; do
        name=${f##*/}; echo "put $f $dir/.$name.part"; echo "rename $dir/.$name.part $dir/$name"; done
    } >"${batches[i]}"
  done
  start=$(now_ms)
  # side by side, each batch starts with "-mkdir DIR": all but one of them say it failed (the folder exists), ignored
  for i in $(seq 0 $((n - 1))); do sftp -q -b "${batches[i]}" "${SSH_OPTS[@]}" "$SFTP_USER@127.0.0.1" >/dev/null 2> >(grep -v '^remote mkdir' >&2) & done
  wait
  end=$(now_ms)
  rm -f "${batches[@]}"
  check "$dir" "$OUT/$set_name"
  if [ "$n" = 1 ]; then record "sftp -b" "$set_name" "$run" "$((end - start))"; else record "sftp -b x$n" "$set_name" "$run" "$((end - start))"; fi
}

floor() { # set, run
  [ -n "$FLOOR" ] || return 0
  local dir="$SFTP_UPLOAD_DIR/floor-$1-$2" line
  line=$("$FLOOR" "$SSHD_PORT" "$SFTP_USER" "$SFTP_KEY_ED25519" "$OUT/$1" "$dir")
  check "$dir" "$OUT/$1"
  line=${line#elapsed_ms=}; line=${line%% *}
  record "libssh floor (C)" "$1" "$2" "${line%.*}"
}

for set_name in $SETS; do
  echo "== data set $set_name: $COUNT files, $(cat "$OUT/$set_name"/*.xml | wc -c) bytes; $RUNS rounds, rows alternating"
  for run in $(seq 1 "$RUNS"); do
    cut -d' ' -f1 /proc/loadavg >>"$LOADS"
    ours "libssh" "$set_name" "$run" LibSsh 1 1
    if [ -n "${BENCH_BEFORE:-}" ]; then BENCH="$BENCH_BEFORE" ours "libssh before" "$set_name" "$run" LibSsh 1 1; fi
    sftp_batch "$set_name" "$run" 1
    ours "ssh.net" "$set_name" "$run" SshNet 1 1
    ours "ssh.net $IN_FLIGHT in flight" "$set_name" "$run" SshNet 1 "$IN_FLIGHT"
    floor "$set_name" "$run"
    ours "libssh warm" "$set_name" "$run" LibSsh 1 1 warm
    ours "ssh.net $IN_FLIGHT in flight warm" "$set_name" "$run" SshNet 1 "$IN_FLIGHT" warm
    ours "libssh x2 sessions" "$set_name" "$run" LibSsh 2 1
    sftp_batch "$set_name" "$run" 2
    ours "libssh x4 sessions" "$set_name" "$run" LibSsh 4 1
    sftp_batch "$set_name" "$run" 4
    echo "   round $run: $(awk -v s="$set_name" -v r="$run" '$(NF-2)==s && $(NF-1)==r {ms=$NF; $NF=""; $(NF)=""; $(NF-1)=""; sub(/ +$/,""); printf "%s %s ms; ", $0, ms}' "$RESULTS")"
  done
done

echo
echo "load average (1 min) at the start of each round: $(sort -n "$LOADS" | head -1)–$(sort -n "$LOADS" | tail -1)"
python3 "$ROOT/bench/sftp/report.py" "$RESULTS"
KEPT="$OUT/results-$(date +%Y%m%d-%H%M%S).txt"
cp "$RESULTS" "$KEPT" && echo && echo "(raw results kept in $KEPT: python3 bench/sftp/report.py FILE)"
rm -f "$RESULTS" "$LOADS"
