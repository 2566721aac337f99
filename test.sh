#!/usr/bin/env bash
# Runs every test of the gateway. Installs what the tests need (apt) when run as root;
# otherwise says what is missing. Last line: "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

need_pkgs=(strace systemd libxml2-utils openssh-server openssh-client libssh-4 rabbitmq-server postgresql chromium chromium-driver)
missing=()
for p in "${need_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test.sh: installing ${missing[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/tmp/gateway-apt.log 2>&1 \
      || echo "test.sh: apt-get failed (see /tmp/gateway-apt.log); tests that need ${missing[*]} will report and skip"
  else
    echo "test.sh: not root; missing Debian packages: ${missing[*]} (tests needing them report and skip)"
  fi
fi

if ! command -v dotnet >/dev/null; then
  echo "test.sh: the .NET 10 SDK (dotnet) is required"; echo "tests: 0 passed, 1 failed, 0 skipped"; exit 1
fi

results="$ROOT/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
build_log="$results/build.log"
if ! dotnet build Gateway.sln -c Release -nologo -v q >"$build_log" 2>&1; then
  grep -E 'error|Error' "$build_log" | head -50
  echo "test.sh: build failed"; echo "tests: 0 passed, 1 failed, 0 skipped"; exit 1
fi

dotnet test Gateway.sln -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" "$@" 2>&1 | tee "$results/test.log" \
  | grep -E '^(Passed|Failed|Skipped)!|^\s+Failed |^\s+Error Message|^\s+Skipped ' || true

status=0
python3 - "$results" <<'PY' || status=$?
import sys, glob, xml.etree.ElementTree as ET
ns = {'t': 'http://microsoft.com/schemas/VisualStudio/TeamTest/2010'}
p = f = s = 0
files = glob.glob(sys.argv[1] + '/*.trx')
for trx in files:
    root = ET.parse(trx).getroot()
    # the datatype suite (gateway vs libxml2) states its case count in its output
    for out in root.iterfind('.//t:UnitTestResult/t:Output/t:StdOut', ns):
        for line in (out.text or '').splitlines():
            if 'datatype cases' in line:
                print('datatype suite: ' + line.strip())
    # a skipped test is a result with outcome NotExecuted (the summary's notExecuted counter stays 0 with xunit)
    skipped = [r for r in root.iterfind('.//t:UnitTestResult', ns) if r.get('outcome') == 'NotExecuted']
    for r in skipped:
        if '.DatatypeDifferentialTests.' in r.get('testName', ''):
            reason = r.find('t:Output/t:ErrorInfo/t:Message', ns)
            print('datatype suite: skipped: ' + (reason.text if reason is not None and reason.text else 'no reason given'))
    summary = root.find('t:ResultSummary', ns)
    c = summary.find('t:Counters', ns)
    failed = int(c.get('failed')) + int(c.get('error', 0)) + int(c.get('timeout', 0)) + int(c.get('aborted', 0))
    if summary.get('outcome') not in ('Completed', 'Passed') and failed == 0:
        # the test host crashed or the run was aborted: the tests after that point never ran, so the run failed
        failed = 1
        reason = summary.find('t:RunInfos/t:RunInfo/t:Text', ns)
        storage = root.find('.//t:TestDefinitions/t:UnitTest', ns)
        print(f"test run aborted ({storage.get('storage') if storage is not None else trx}): "
              + ((reason.text or '').strip().splitlines() or ['no reason given'])[0])
    p += int(c.get('passed')); f += failed
    s += max(int(c.get('notExecuted', 0)), len(skipped))
if not files: f = 1
print(f"tests: {p} passed, {f} failed, {s} skipped")
sys.exit(1 if f else 0)
PY
# 1: some tests failed (the summary line is printed); anything else: the summary could not be read
if [ "$status" -gt 1 ]; then echo "tests: 0 passed, 1 failed, 0 skipped"; fi
exit "$status"
