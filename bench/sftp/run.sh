#!/usr/bin/env bash
# Benchmarks the gateway's SFTP delivery (libssh binding; the delivery target the service uses: TransferFolderTarget over FileDelivery, one stat, upload, rename per file) against OpenSSH's sftp client in batch mode,
# both uploading the same 1,000 files to the same throw-away sshd on loopback, each file under a temporary name and
# then renamed to its final name, all over ONE session per run.
#
#   bench/sftp/run.sh [COUNT] [RUNS]      (defaults: 1000 files, 5 runs per tool and data set; needs root)
#
# Data sets (bench/out/sftp, deterministic): "4k" = COUNT files of exactly 4,096 bytes; "2-20k" = COUNT files of
# 2,048 to 20,480 bytes (uniform). Timed per run, wall clock:
#   ours: SftpBench (bench/sftp/SftpBench) — its own in-process time (connect + 1,000 x (upload .name.part, rename) +
#         disconnect) and the wall time of the whole process including .NET start-up; "warm" is the same in-process
#         measure after the process delivered 100 files over another session first (a long-running gateway: no JIT);
#   sftp: sftp -q -b BATCH ... with BATCH = "-mkdir DIR" + 1,000 x ("put FILE DIR/.name.part", "rename DIR/.name.part DIR/name");
#   floor (when cc and libssh-dev are present): libssh_floor.c, the same deliveries written directly in C against
#         libssh's synchronous sftp_* API (connect included): what the round trips alone cost with libssh 0.10.
# Every run goes into a fresh remote folder; both results are checked (1,000 files, sizes equal to the sources).
# The server's upload folder is a tmpfs, so that what is measured is the protocol and the clients rather than the
# disk (which other jobs on the machine share; their writes throttle sshd's); BENCH_ON_DISK=1 keeps it on disk.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
COUNT=${1:-1000}
RUNS=${2:-5}
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
  mount -t tmpfs -o "size=1g,mode=0755,uid=$(id -u "$SFTP_USER"),gid=$(id -g "$SFTP_USER")" gateway-bench "$SFTP_CHROOT$SFTP_UPLOAD_DIR" \
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
}
median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.0f", m}'; }
minimum() { sort -n | head -1; }

RESULTS=$(mktemp)
for set_name in 4k 2-20k; do
  SRC="$OUT/$set_name"
  BYTES=$(cat "$SRC"/*.xml | wc -c)
  echo "== data set $set_name: $COUNT files, $BYTES bytes; $RUNS runs each, alternating (medians below)"
  for run in $(seq 1 "$RUNS"); do
    dir="$SFTP_UPLOAD_DIR/ours-$set_name-$run"
    start=$(now_ms)
    line=$("$BENCH" 127.0.0.1 "$SSHD_PORT" "$SFTP_USER" "$SFTP_KEY_ED25519" "$HOST_FINGERPRINT_ED25519" "$SRC" "$dir")
    end=$(now_ms)
    check "$dir" "$SRC"
    inproc=${line#elapsed_ms=}; inproc=${inproc%% *}
    echo "ours $set_name $run ${inproc%.*} $((end - start))" >>"$RESULTS"

    dir="$SFTP_UPLOAD_DIR/warm-$set_name-$run"
    line=$("$BENCH" 127.0.0.1 "$SSHD_PORT" "$SFTP_USER" "$SFTP_KEY_ED25519" "$HOST_FINGERPRINT_ED25519" "$SRC" "$dir" warm)
    check "$dir" "$SRC"
    warm=${line#elapsed_ms=}; warm=${warm%% *}
    echo "warm $set_name $run ${warm%.*} ${warm%.*}" >>"$RESULTS"

    dir="$SFTP_UPLOAD_DIR/sftp-$set_name-$run"
    batch=$(mktemp)
    { echo "-mkdir $dir"
      for f in "$SRC"/*.xml; do n=${f##*/}; echo "put $f $dir/.$n.part"; echo "rename $dir/.$n.part $dir/$n"; done
    } >"$batch"
    start=$(now_ms)
    sftp -q -b "$batch" "${SSH_OPTS[@]}" "$SFTP_USER@127.0.0.1" >/dev/null
    end=$(now_ms)
    rm -f "$batch"
    check "$dir" "$SRC"
    echo "sftp $set_name $run $((end - start)) $((end - start))" >>"$RESULTS"
    floor_ms=-
    if [ -n "$FLOOR" ]; then
      dir="$SFTP_UPLOAD_DIR/floor-$set_name-$run"
      line=$("$FLOOR" "$SSHD_PORT" "$SFTP_USER" "$SFTP_KEY_ED25519" "$SRC" "$dir")
      check "$dir" "$SRC"
      floor_ms=${line#elapsed_ms=}; floor_ms=${floor_ms%% *}; floor_ms=${floor_ms%.*}
      echo "floor $set_name $run $floor_ms $floor_ms" >>"$RESULTS"
    fi
    printf '   run %s: ours %s ms in-process (%s ms process, %s ms warm), sftp -b %s ms, libssh floor %s ms\n' "$run" \
      "$(grep "^ours $set_name $run " "$RESULTS" | cut -d' ' -f4)" "$(grep "^ours $set_name $run " "$RESULTS" | cut -d' ' -f5)" \
      "${warm%.*}" "$((end - start))" "$floor_ms"
  done
done

report() { # title, statistic function
  echo
  echo "$1"
  echo
  echo "| data set | ours in-process | ours whole process | ours warm | sftp -b | libssh floor | ratio in-process | ratio whole process | ratio warm | ratio floor |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for set_name in 4k 2-20k; do
    ours=$(awk -v s="$set_name" '$1=="ours" && $2==s {print $4}' "$RESULTS" | $2)
    ours_proc=$(awk -v s="$set_name" '$1=="ours" && $2==s {print $5}' "$RESULTS" | $2)
    ours_warm=$(awk -v s="$set_name" '$1=="warm" && $2==s {print $4}' "$RESULTS" | $2)
    theirs=$(awk -v s="$set_name" '$1=="sftp" && $2==s {print $4}' "$RESULTS" | $2)
    floor=$(awk -v s="$set_name" '$1=="floor" && $2==s {print $4}' "$RESULTS" | $2)
    floor_ratio=-
    if [ -n "$floor" ] && [ "$floor" != 0 ]; then floor_ratio=$(printf '%.2f' "$(echo "$floor / $theirs" | bc -l)"); else floor=; fi
    printf '| %s | %s ms | %s ms | %s ms | %s ms | %s ms | %.2f | %.2f | %.2f | %s |\n' "$set_name" "$ours" "$ours_proc" "$ours_warm" "$theirs" \
      "${floor:--}" "$(echo "$ours / $theirs" | bc -l)" "$(echo "$ours_proc / $theirs" | bc -l)" "$(echo "$ours_warm / $theirs" | bc -l)" "$floor_ratio"
  done
}
report "Median of $RUNS runs:" median
report "Best of $RUNS runs (each tool's least disturbed run):" minimum
rm -f "$RESULTS"
