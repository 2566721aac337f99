#!/usr/bin/env python3
"""Times `gateway validate` against xmllint on one data set, alternating the two in one sitting.

Each run is one gateway process over the data set, then xmllint over the same files: one `xmllint --noout --schema`
process per schema with all of that schema's files (the schema is found from each file's root namespace), run one
after the other. Wall time, CPU time (user + sys, children included) and peak RSS come from wait4. Both tools must
accept every file. Prints one line per run and a summary with the mean ratios.
Usage: compare.py GATEWAY SCHEMA_DIR DATA RUNS LABEL [GATEWAY_ENV...]   (GATEWAY_ENV: NAME=VALUE for the gateway only)
"""
import glob
import os
import re
import resource
import statistics
import subprocess
import sys
import time

NAMESPACE = re.compile(rb'xmlns="([^"]+)"')


def schemas_by_namespace(schema_dir):
    found = {}
    for path in glob.glob(os.path.join(schema_dir, "*", "*.xsd")):
        with open(path, "rb") as f:
            head = f.read(4096)
        match = re.search(rb'targetNamespace="([^"]+)"', head)
        if match:
            found[match.group(1).decode()] = path
    return found


def xmllint_commands(data, schema_dir):
    files = [data] if os.path.isfile(data) else sorted(glob.glob(os.path.join(data, "**", "*.xml"), recursive=True))
    schemas = schemas_by_namespace(schema_dir)
    groups = {}
    for path in files:
        with open(path, "rb") as f:
            namespace = NAMESPACE.search(f.read(1024)).group(1).decode()
        groups.setdefault(schemas[namespace], []).append(path)
    return len(files), [["xmllint", "--noout", "--schema", schema] + paths for schema, paths in sorted(groups.items())]


def run(commands, env=None):
    """Runs the commands one after the other; wall seconds, CPU seconds, peak RSS in MB, and all output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    peak, output, status = 0, [], 0
    for command in commands:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
        out = process.stdout.read()
        _, code, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(code)
        status = status or process.returncode
        peak = max(peak, usage.ru_maxrss)
        output.append(out.decode("utf-8", "replace"))
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, peak / 1024, status, "".join(output)


def main():
    gateway, schema_dir, data, runs, label = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
    env = dict(os.environ)
    for setting in sys.argv[6:]:
        name, value = setting.split("=", 1)
        env[name] = value
    count, xmllint = xmllint_commands(data, schema_dir)
    gateway_command = [[gateway, "validate", data, "--schemas", schema_dir]]
    size = sum(os.path.getsize(p) for p in ([data] if os.path.isfile(data) else glob.glob(os.path.join(data, "**", "*.xml"), recursive=True)))
    print(f"== {label}: {count} files, {size / 1e6:.1f} MB; gateway: {' '.join(gateway_command[0])}"
          + (f" ({' '.join(sys.argv[6:])})" if len(sys.argv) > 6 else ""))
    print(f"   xmllint: {len(xmllint)} process(es), one per schema: xmllint --noout --schema <schema> <its files>")
    print(f"   load average before: {open('/proc/loadavg').read().split()[0:3]}")

    _, _, _, status, out = run(gateway_command, env)
    if status != 0:
        sys.exit(f"gateway refused files or failed (exit {status}):\n{out[-2000:]}")
    _, _, _, status, out = run(xmllint)
    if status != 0 or out.count(" validates\n") != count:
        sys.exit(f"xmllint refused files (exit {status}):\n{[l for l in out.splitlines() if not l.endswith(' validates')][:5]}")

    rows = []
    for i in range(runs):
        g = run(gateway_command, env)
        x = run(xmllint)
        rows.append((g, x))
        print(f"   run {i + 1}: gateway {g[0]:6.2f} s wall {g[1]:6.2f} s CPU {g[2]:5.0f} MB | xmllint {x[0]:6.2f} s wall {x[1]:6.2f} s CPU {x[2]:5.0f} MB"
              f" | ratio wall {g[0] / x[0]:.2f} CPU {g[1] / x[1]:.2f}")
    gw = [r[0][0] for r in rows]
    gc = [r[0][1] for r in rows]
    xw = [r[1][0] for r in rows]
    xc = [r[1][1] for r in rows]
    print(f"   mean: gateway {statistics.mean(gw):.2f} s wall, {statistics.mean(gc):.2f} s CPU, peak {max(r[0][2] for r in rows):.0f} MB;"
          f" xmllint {statistics.mean(xw):.2f} s wall, {statistics.mean(xc):.2f} s CPU, peak {max(r[1][2] for r in rows):.0f} MB")
    print(f"   RATIO {label}: wall {statistics.mean(gw) / statistics.mean(xw):.2f}, CPU {statistics.mean(gc) / statistics.mean(xc):.2f}"
          f" (median of per-run ratios: wall {statistics.median(a / b for a, b in zip(gw, xw)):.2f}, CPU {statistics.median(a / b for a, b in zip(gc, xc)):.2f})")
    print(f"   load average after: {open('/proc/loadavg').read().split()[0:3]}")


if __name__ == "__main__":
    main()
