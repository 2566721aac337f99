#!/usr/bin/env bash
# Benchmarks AFAS pull + change detection at scale (issue 3): the simulator serves EMPLOYEES employees; the gateway
# (one process per run, measured with /usr/bin/time -v: wall time and peak RSS) does
#   (1) a full sync of all six connectors into an empty SQLite database (everything new), then, after the simulator
#   has advanced DAYS days (hires, leavers, moves, address changes, absences), (2) the same sync again, where only the
#   changed part becomes mutations. Prints both wall times, peak RSS, the changed share and the ratio (2)/(1).
# While each sync runs, bench/afas-sync/lockprobe.py reports how long other writers were locked out of the database.
# Usage: bench/afas-sync/run.sh [EMPLOYEES] [DAYS]      (defaults: 100000 employees, 3 days ≈ 1% of rows changed)
# Environment: GATEWAY_ARTIFACTS (build output, default ./artifacts); GATEWAY=<path> uses an already built gateway.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
EMPLOYEES=${1:-100000}
DAYS=${2:-3}
ARTIFACTS=${GATEWAY_ARTIFACTS:-$ROOT/artifacts}
WORK=$(mktemp -d /tmp/bench-afas-sync.XXXXXX)
[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time is required (apt-get install time)"; exit 2; }

if [ -z "${GATEWAY:-}" ]; then
  echo "== build (Release, output in $ARTIFACTS)"
  GATEWAY_ARTIFACTS="$ARTIFACTS" dotnet build "$ROOT/Gateway.Host/Gateway.Host.csproj" -c Release -nologo -v q >"$WORK/build.log" 2>&1 \
    || { tail -20 "$WORK/build.log"; exit 2; }
  GATEWAY="$ARTIFACTS/bin/Gateway.Host/release/gateway"
  [ -x "$GATEWAY" ] || GATEWAY="$ROOT/Gateway.Host/bin/Release/net10.0/gateway"
fi

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# the simulated calendar ends on today after the advance, so the gateway's date filters agree with its data
START=$(date -d "-$DAYS days" +%F)
"$GATEWAY" afas-sim --employees "$EMPLOYEES" --port "$PORT" --token bench-token --start-date "$START" >"$WORK/sim.log" 2>&1 &
SIM=$!
trap 'kill $SIM 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do grep -q "AFAS simulator" "$WORK/sim.log" && break; sleep 0.2; done

cat >"$WORK/gateway.json" <<JSON
{ "Gateway": { "Database": { "ConnectionString": "Data Source=$WORK/gateway.db" }, "SecretKeyFile": "$WORK/secret.key",
  "Integrations": { "bench": { "Afas": { "BaseUrl": "http://127.0.0.1:$PORT/", "Token": "bench-token", "PageSize": 5000 } } } } }
JSON
cd "$WORK"
"$GATEWAY" sync --integration bench --once --connector Newdays_Connect_Werkgevers_v1 --config gateway.json >/dev/null
for code in $("$GATEWAY" employers list --json --config gateway.json | python3 -c 'import json,sys; [print(json.loads(l)["code"]) for l in sys.stdin]'); do
  "$GATEWAY" employers activate --integration bench --code "$code" --config gateway.json >/dev/null
done

measure() { # label
  rm -f "$WORK/probe.stop"
  python3 "$ROOT/bench/afas-sync/lockprobe.py" "$WORK/gateway.db" "$WORK/probe.stop" >"$WORK/$1.probe" &
  local probe=$!
  /usr/bin/time -v -o "$WORK/$1.time" "$GATEWAY" sync --integration bench --once --config gateway.json >"$WORK/$1.out"
  touch "$WORK/probe.stop"; wait $probe
  cat "$WORK/$1.out" "$WORK/$1.probe"
  wall=$(grep "Elapsed (wall clock)" "$WORK/$1.time" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$WORK/$1.time" | awk '{print $NF}')
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$WORK/$1.time")
  echo "$1: wall $wall, gateway CPU ${cpu}s, peak RSS $((rss / 1024)) MB"
  eval "${1}_wall=\$(python3 -c 'import sys; p=sys.argv[1].split(\":\"); print(sum(float(x)*60**i for i,x in enumerate(reversed(p))))' $wall)"
}
echo "== full sync of $EMPLOYEES employees (all new)"
measure full
curl -s -X POST "http://127.0.0.1:$PORT/_sim/advance?days=$DAYS" >/dev/null
echo "== sync after $DAYS simulated days"
measure delta
python3 - "$WORK/full.out" "$WORK/delta.out" "$full_wall" "$delta_wall" <<'PY'
import sys
def rows(path):
    out = {}
    for line in open(path):
        p = line.split()
        if p and p[0].startswith("Newdays_"): out[p[0]] = [int(x) for x in p[2:8]]
    return out
full, delta = rows(sys.argv[1]), rows(sys.argv[2])
total = sum(v[0] for v in delta.values())
changed = sum(v[1] + v[2] + v[3] for v in delta.values())
print(f"changed share: {changed} of {total} rows = {100*changed/total:.2f}%")
print(f"ratio delta/full wall time: {float(sys.argv[4])/float(sys.argv[3]):.2f}")
PY
