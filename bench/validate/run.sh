#!/usr/bin/env bash
# Benchmarks `gateway validate` against `xmllint --noout --schema` on the same files and the same schema.
# (a) builds the gateway in Release, (b) generates COUNT Verzuimmeldingen 2024 messages of mixed sizes into bench/out/,
# (c) times both tools, each as ONE process over all files, and prints both wall times and the ratio.
# Usage: bench/validate/run.sh [COUNT] [RUNS]        (defaults: 10000 files, 5 runs per tool)
# Environment: SCHEMAS (default: ../shared/sivi/xsd when present, else the shipped xsd/), GATEWAY_ARTIFACTS (build output).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
COUNT=${1:-10000}
RUNS=${2:-5}
OUT="$ROOT/bench/out/validate"
ARTIFACTS=${GATEWAY_ARTIFACTS:-$ROOT/artifacts}
if [ -z "${SCHEMAS:-}" ]; then
  if [ -f "$ROOT/../shared/sivi/xsd/2024/Verzuimmeldingen.xsd" ]; then SCHEMAS=$(cd "$ROOT/../shared/sivi/xsd" && pwd); else SCHEMAS="$ROOT/xsd"; fi
fi
XSD="$SCHEMAS/2024/Verzuimmeldingen.xsd"
for tool in dotnet python3 xmllint; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is required (xmllint: apt-get install libxml2-utils)"; exit 2; }
done

echo "== build (Release, output in $ARTIFACTS)"
GATEWAY_ARTIFACTS="$ARTIFACTS" dotnet build "$ROOT/Gateway.Host/Gateway.Host.csproj" -c Release -nologo -v q >/tmp/bench-validate-build.log 2>&1 \
  || { tail -20 /tmp/bench-validate-build.log; exit 2; }
GATEWAY=
for candidate in "$ARTIFACTS"/bin/Gateway.Host/release/gateway "$ROOT"/Gateway.Host/bin/Release/net10.0/gateway; do
  if [ -x "$candidate" ]; then GATEWAY=$candidate; break; fi
done
[ -n "$GATEWAY" ] || { echo "run.sh: built gateway not found under $ARTIFACTS"; exit 2; }

echo "== generate $COUNT files into $OUT"
if [ "$(find "$OUT" -name '*.xml' 2>/dev/null | wc -l)" != "$COUNT" ]; then
  rm -rf "$OUT"
  python3 "$ROOT/bench/validate/generate.py" "$OUT" "$COUNT" 2024
fi
LIST=$(mktemp)
find "$OUT" -name '*.xml' | sort > "$LIST"
BYTES=$(du -sb "$OUT" | cut -f1)

echo "== check: both tools accept every file"
"$GATEWAY" validate "$OUT" --schemas "$SCHEMAS" > /tmp/bench-validate-gateway.txt 2>&1 || { tail -5 /tmp/bench-validate-gateway.txt; exit 1; }
xargs -a "$LIST" xmllint --noout --schema "$XSD" > /tmp/bench-validate-xmllint.txt 2>&1 || { grep -v validates /tmp/bench-validate-xmllint.txt | head; exit 1; }

# xmllint gets every file on one command line (one process): a wrapper execs it with the list, which must fit in ARG_MAX.
ARGS_BYTES=$(wc -c < "$LIST")
[ "$ARGS_BYTES" -lt "$(( $(getconf ARG_MAX) - 65536 ))" ] || { echo "run.sh: file list too long for one xmllint process"; exit 2; }
XMLLINT_ALL="$ROOT/bench/out/xmllint-all.sh"
printf '#!/bin/sh\nset -f\nexec xmllint --noout --schema %s $(cat %s)\n' "$XSD" "$LIST" > "$XMLLINT_ALL"
XMLLINT_CMD="sh $XMLLINT_ALL"
GATEWAY_CMD="$GATEWAY validate $OUT --schemas $SCHEMAS"

echo "== peak memory (one run each, /usr/bin/time)"
/usr/bin/time -f "gateway: %e s wall, %U s user, %S s sys, peak RSS %M KiB" $GATEWAY_CMD >/dev/null 2>/tmp/bench-validate-time.txt || true
tail -1 /tmp/bench-validate-time.txt
/usr/bin/time -f "xmllint: %e s wall, %U s user, %S s sys, peak RSS %M KiB" $XMLLINT_CMD 2>&1 >/dev/null | tail -1

echo "== timing ($RUNS runs each)"
if command -v hyperfine >/dev/null; then
  # the third command shows what the runtime setting TieredPGO=false (runtimeconfig) would give the shipped binary
  hyperfine --warmup 1 --runs "$RUNS" -N --export-json /tmp/bench-validate.json \
    -n "gateway validate" "$GATEWAY_CMD" -n "xmllint --schema" "$XMLLINT_CMD" \
    -n "gateway validate, TieredPGO off" "env DOTNET_TieredPGO=0 $GATEWAY_CMD" --style basic --output null | grep -v '^ *$' | cut -c1-160
  python3 - "$COUNT" "$BYTES" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open("/tmp/bench-validate.json"))["results"]}
x = r["xmllint --schema"]
print(f"files: {sys.argv[1]}, {int(sys.argv[2]) / 1e6:.0f} MB")
for name, t in r.items():
    print(f"{name}: mean {t['mean']:.2f} s (min {t['min']:.2f}, max {t['max']:.2f}, user {t['user']:.2f} s, sys {t['system']:.2f} s)")
for name in ("gateway validate", "gateway validate, TieredPGO off"):
    print(f"ratio {name} / xmllint (mean wall): {r[name]['mean'] / x['mean']:.2f}")
PY
else
  for i in $(seq "$RUNS"); do /usr/bin/time -f "gateway %e s" $GATEWAY_CMD >/dev/null; /usr/bin/time -f "xmllint %e s" $XMLLINT_CMD >/dev/null 2>&1; done
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
rm -f "$LIST" "$XMLLINT_ALL"
