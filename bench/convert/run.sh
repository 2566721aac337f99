#!/usr/bin/env bash
# Benchmarks conversion + validation against validation alone (issue 4): the AFAS simulator serves EMPLOYEES employees;
# their Medewerker_Gegevens (+ Werkgevers, Organigram, Accounts_Autorisaties, IBAN) and Verzuim rows are saved as JSON;
# then, each as one process,
#   (1) gateway convert  — Dienstverbanden and Verzuimmeldingen for every record, each written and validated (the gate);
#   (2) gateway validate — the same messages again, validation alone.
# Each side runs RUNS times; it reports the best wall time and the best CPU time (user + sys) of its runs, messages per
# second and the ratios (1)/(2).
# Usage: bench/convert/run.sh [EMPLOYEES] [RUNS]      (defaults: 100000 employees, 3 runs each)
# Environment: GATEWAY=<path> uses an already built gateway; else it is built into GATEWAY_ARTIFACTS (default ./artifacts).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
EMPLOYEES=${1:-100000}
RUNS=${2:-3}
WORK=$(mktemp -d /tmp/bench-convert.XXXXXX)
# the messages go to memory (tmpfs) so that both sides measure conversion and validation, not this VM's disk:
# creating 100,000 small files on its block device costs more than converting them
OUT=$( [ -d /dev/shm ] && mktemp -d /dev/shm/bench-convert-out.XXXXXX || echo "$WORK/out")
if [ -z "${GATEWAY:-}" ]; then
  ARTIFACTS=${GATEWAY_ARTIFACTS:-$ROOT/artifacts}
  GATEWAY_ARTIFACTS="$ARTIFACTS" dotnet build "$ROOT/Gateway.Host/Gateway.Host.csproj" -c Release -nologo -v q >"$WORK/build.log" 2>&1 \
    || { tail -20 "$WORK/build.log"; exit 2; }
  GATEWAY="$ARTIFACTS/bin/Gateway.Host/release/gateway"
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$GATEWAY" afas-sim --employees "$EMPLOYEES" --port "$PORT" --token bench-token --start-date "$(date +%F)" >"$WORK/sim.log" 2>&1 &
SIM=$!
trap 'kill $SIM 2>/dev/null || true; rm -rf "$WORK" "$OUT"' EXIT
for _ in $(seq 1 100); do grep -q "AFAS simulator" "$WORK/sim.log" && break; sleep 0.2; done
auth="AfasToken $(printf '<token><version>1</version><data>bench-token</data></token>' | base64 -w0)"
for c in Werkgevers Organigram Accounts_Autorisaties Medewerker_Gegevens Medewerker_IBAN Verzuim; do
  curl -sf -H "Authorization: $auth" "http://127.0.0.1:$PORT/ProfitRestServices/connectors/Newdays_Connect_${c}_v1?skip=0&take=-1" >"$WORK/$c.json"
done
python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
codes = [r["Werkgeverscode"] for r in json.load(open(f"{work}/Werkgevers.json"))["rows"]]
profile = {"Release": "2025", "IdInzndr": "BENCH", "IdOntvngr": "ARBO", "Test": True,
           "MessageTypes": ["Verzuimmeldingen", "Dienstverbanden"],
           "Employers": [{"Werkgeverscode": c, "IdWrkgvrArbdnst": "WG-" + c, "AansltnrGeguitwlngArbdnst": "A-" + c,
                          "Loonheffingennummer": "8123456" + c.zfill(2)[-2:] + "L01",
                          "Contact": {"Achternaam": "Servicedesk", "Voorletters": "S", "Geslacht": "O", "Email": "hr@example.nl"}} for c in codes]}
json.dump(profile, open(f"{work}/profile.json", "w"))
PY
with=(--with "Newdays_Connect_Werkgevers_v1=$WORK/Werkgevers.json" --with "Newdays_Connect_Organigram_v1=$WORK/Organigram.json"
      --with "Newdays_Connect_Accounts_Autorisaties_v1=$WORK/Accounts_Autorisaties.json" --with "Newdays_Connect_Medewerker_IBAN_v1=$WORK/Medewerker_IBAN.json"
      --with "Newdays_Connect_Medewerker_Gegevens_v1=$WORK/Medewerker_Gegevens.json")
conv_cmd=("$GATEWAY" convert --input "$WORK/Verzuim.json" --connector Newdays_Connect_Verzuim_v1 "${with[@]}" --profile "$WORK/profile.json" --out "$OUT")
val_cmd=("$GATEWAY" validate "$OUT")
measure() { # command... → "wall cpu" (seconds; cpu = user + sys) of one run
  /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$@" >/dev/null 2>&1 || true
  awk '{print $1, $2 + $3}' "$WORK/time"
}
best() { # command... → "wall cpu": the best of RUNS runs each; $BEFORE (untimed) runs before each
  local bw=999999 bc=999999 w c
  for _ in $(seq 1 "$RUNS"); do
    ${BEFORE:-true}
    read -r w c < <(measure "$@")
    bw=$(python3 -c "print(min($bw, $w))")
    bc=$(python3 -c "print(min($bc, $c))")
  done
  echo "$bw $bc"
}
clear_out() { rm -rf "$OUT"; }
read -r conv conv_cpu < <(BEFORE=clear_out best "${conv_cmd[@]}")
count=$(find "$OUT" -name '*.xml' | wc -l)
read -r val val_cpu < <(best "${val_cmd[@]}")
python3 - "$count" "$conv" "$val" "$conv_cpu" "$val_cpu" <<'PY'
import sys
n, c, v, cc, vc = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
print(f"messages: {n}")
print(f"convert + validate: {c:.2f} s wall ({n / c:.0f} messages/s), {cc:.2f} s CPU")
print(f"validate alone:     {v:.2f} s wall ({n / v:.0f} messages/s), {vc:.2f} s CPU")
print(f"ratio wall: {c / v:.2f}   ratio CPU: {cc / vc:.2f}")
PY
