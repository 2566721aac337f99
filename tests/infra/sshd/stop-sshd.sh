#!/usr/bin/env bash
# Stops an sshd started by start-sshd.sh and removes its user and files.
#
#   stop-sshd.sh STATE_DIR          (what tests and scripts call)
#   stop-sshd.sh --run-dir RUN_DIR  (start-sshd.sh clearing a failed or abandoned run)
#
# The daemon is stopped by the PID it wrote itself; its per-connection children exit with it.
set -uo pipefail

BASE=/srv/gateway-test-sftp
if [ "${1:-}" = "--run-dir" ]; then
  run=${2:?usage: stop-sshd.sh --run-dir RUN_DIR}
else
  state="${1:?usage: stop-sshd.sh STATE_DIR}/state.env"
  [ -f "$state" ] || { echo "stop-sshd: no $state; nothing to stop" >&2; exit 0; }
  run=$(sed -n 's/^SSHD_RUN_DIR=//p' "$state")
  exec 9>"$BASE/.lock"
  flock 9
fi

case "$run" in
  "$BASE"/run-[0-9]*) ;;
  *) echo "stop-sshd: refusing to remove '$run' (not a run directory under $BASE)" >&2; exit 1 ;;
esac

port=${run##*/run-}
# sshd.pid is the run's daemon; tests that start further sshds (hosted accounts) leave their pid files beside it.
for pidfile in "$run"/*sshd.pid; do
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile" 2>/dev/null || true)
  if [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = sshd ]; then
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.05
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  fi
done

# the run's user, plus users tests created for hosted accounts (listed one per line in extra-users)
users="gwt$port"
[ -f "$run/extra-users" ] && users="$users $(grep -E '^[a-z_][a-z0-9_-]*$' "$run/extra-users" | tr '\n' ' ')"
for user in $users; do
  if id "$user" >/dev/null 2>&1; then
    # sessions of the user (sshd children) end with their connections; give them a moment.
    for _ in $(seq 1 40); do
      userdel "$user" >/dev/null 2>&1 && break
      sleep 0.05
    done
  fi
  # useradd --user-group made a group of the same name; userdel removes it unless another user joined it
  getent group "$user" >/dev/null 2>&1 && groupdel "$user" >/dev/null 2>&1
done
# anything mounted below the run (bench/sftp/run.sh puts the upload folder on a tmpfs) goes before the files do
awk -v run="$run/" 'index($2, run) == 1 {print $2}' /proc/mounts | sort -r | while read -r mountpoint; do
  umount "$mountpoint" 2>/dev/null || umount -l "$mountpoint" 2>/dev/null
done
rm -rf "$run"
[ -n "${state:-}" ] && rm -f "$state"
exit 0
