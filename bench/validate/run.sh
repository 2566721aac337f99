#!/usr/bin/env bash
# Benchmarks `gateway validate` as a user builds it (dotnet build -c Release, no environment variables) against
# `xmllint --noout --schema` on the same files and the same (official) schemas, on three data sets:
#   (a) 4,000 single-case messages of 2-8 KB of every message type and release (bench/validate/single_cases.py),
#   (b) one ~60 MB Verzuimmeldingen 2024 message (generate.py --large),
#   (c) COUNT Verzuimmeldingen 2024 messages of mixed sizes (generate.py; the set this benchmark always had).
# Each set is timed by bench/validate/compare.py: RUNS runs, each one gateway process over the set, then xmllint over it
# (one process per schema), alternating, with wall time, CPU time and peak RSS of both and their ratios.
# Usage: bench/validate/run.sh [RUNS] [COUNT]        (defaults: 5 runs, 1500 files in set c)
# Environment: SCHEMAS (default: ../shared/sivi/xsd when present, else the shipped xsd/), GATEWAY_ARTIFACTS (build
# output), GATEWAY (time this binary instead of building), PUBLISH=1 (time what the container runs: `dotnet publish -c
# Release --use-current-runtime`, as docker/Dockerfile does, which precompiles ReadyToRun), SETS (default "a b c").
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
RUNS=${1:-5}
COUNT=${2:-1500}
OUT="$ROOT/bench/out"
ARTIFACTS=${GATEWAY_ARTIFACTS:-$ROOT/artifacts}
if [ -z "${SCHEMAS:-}" ]; then
  if [ -f "$ROOT/../shared/sivi/xsd/2024/Verzuimmeldingen.xsd" ]; then SCHEMAS=$(cd "$ROOT/../shared/sivi/xsd" && pwd); else SCHEMAS="$ROOT/xsd"; fi
fi
for tool in dotnet python3 xmllint; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is required (xmllint: apt-get install libxml2-utils)"; exit 2; }
done

if [ -z "${GATEWAY:-}" ]; then
  if [ "${PUBLISH:-}" = 1 ]; then
    echo "== publish (Release, into $ARTIFACTS/publish/validate-bench)"
    GATEWAY_ARTIFACTS="$ARTIFACTS" dotnet publish "$ROOT/Gateway.Host/Gateway.Host.csproj" -c Release --use-current-runtime --self-contained false \
      -nologo -v q -o "$ARTIFACTS/publish/validate-bench" >/tmp/bench-validate-build.log 2>&1 || { tail -20 /tmp/bench-validate-build.log; exit 2; }
    GATEWAY="$ARTIFACTS/publish/validate-bench/gateway"
  else
    echo "== build (Release, output in $ARTIFACTS)"
    GATEWAY_ARTIFACTS="$ARTIFACTS" dotnet build "$ROOT/Gateway.Host/Gateway.Host.csproj" -c Release -nologo -v q >/tmp/bench-validate-build.log 2>&1 \
      || { tail -20 /tmp/bench-validate-build.log; exit 2; }
    for candidate in "$ARTIFACTS"/bin/Gateway.Host/release/gateway "$ROOT"/Gateway.Host/bin/Release/net10.0/gateway; do
      if [ -x "$candidate" ]; then GATEWAY=$candidate; break; fi
    done
  fi
fi
[ -x "${GATEWAY:-}" ] || { echo "run.sh: gateway binary not found"; exit 2; }

echo "== data sets in $OUT (generated once, deterministic)"
if [ "$(find "$OUT/validate-mixed" -name '*.xml' 2>/dev/null | wc -l)" != 4000 ]; then
  rm -rf "$OUT/validate-mixed"
  python3 "$ROOT/bench/validate/single_cases.py" "$SCHEMAS" "$OUT/validate-mixed" 4000 2026
fi
if [ ! -f "$OUT/validate-large/verzuim-60mb.xml" ]; then
  mkdir -p "$OUT/validate-large"
  python3 "$ROOT/bench/validate/generate.py" --large "$OUT/validate-large/verzuim-60mb.xml" 60 2024
fi
if [ "$(find "$OUT/validate" -name '*.xml' 2>/dev/null | wc -l)" != "$COUNT" ]; then
  rm -rf "$OUT/validate"
  python3 "$ROOT/bench/validate/generate.py" "$OUT/validate" "$COUNT" 2024
fi

echo "== machine: $(nproc) cores, $(xmllint --version 2>&1 | head -1), $("$GATEWAY" --version 2>/dev/null || echo gateway)"
for set in ${SETS:-a b c}; do
  case "$set" in
    a) python3 "$ROOT/bench/validate/compare.py" "$GATEWAY" "$SCHEMAS" "$OUT/validate-mixed" "$RUNS" "a: 4000 single-case messages, mixed types and releases" ;;
    b) python3 "$ROOT/bench/validate/compare.py" "$GATEWAY" "$SCHEMAS" "$OUT/validate-large/verzuim-60mb.xml" "$RUNS" "b: one 60 MB message" ;;
    c) python3 "$ROOT/bench/validate/compare.py" "$GATEWAY" "$SCHEMAS" "$OUT/validate" "$RUNS" "c: generate.py set, $COUNT files" ;;
  esac
done
