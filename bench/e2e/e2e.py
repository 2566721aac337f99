#!/usr/bin/env python3
"""End-to-end benchmark of the gateway (issue 6): AFAS simulator -> pull -> mutations -> conversion + validation ->
ledger -> delivery over SFTP to a real sshd, on {SQLite + in-memory bus} and {PostgreSQL + RabbitMQ}.

Per configuration, with a fresh simulator and a fresh database:
  warm-up   the Werkgevers connector is pulled once and every employer activated (what an admin does first);
  initial   one pull of all six connectors (every employee new) while `gateway run` converts and delivers;
  month     DAYS simulated days: each day the simulator advances one day and all six connectors are pulled,
            while the same `gateway run` service converts and delivers.
The pulls run as `gateway sync --once` processes (the same ConnectorSync the service's scheduler calls), so the days
follow each other without waiting for a wall-clock schedule; the service runs with its schedules switched off.
Reported per phase: messages, seconds from the start of the first pull to the last delivery (both from the ledger),
messages per second, peak RSS of the service and of the largest pull, and the RabbitMQ/in-memory ratio.

Called by bench/e2e/run.sh, which builds the gateway and starts sshd; see there for usage.
"""
import base64
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, datetime, timedelta, timezone

PG_BIN = "/usr/lib/postgresql/15/bin"
RABBIT_BIN = "/usr/lib/rabbitmq/bin"
TOKEN = "bench-token"
CONNECTORS = ["Werkgevers", "Organigram", "Accounts_Autorisaties", "Medewerker_Gegevens", "Medewerker_IBAN", "Verzuim"]
SFTP_SESSIONS = int(os.environ.get("SFTP_SESSIONS", "4"))  # Delivery:Sftp:Sessions of the account
PENDING_STATES = (1, 2)  # Validated, Queued
DELIVERED_STATES = (3, 4, 5)  # Delivered, Acknowledged, Rejected


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, seconds, what, process=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{what} did not open port {port} within {seconds} s")


def parse_utc(text):
    """A timestamp as SQLite ('2026-11-29 23:59:01.1234567') or psql ('2026-11-29 23:59:01.123456[+00]') prints it."""
    m = re.match(r"(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d)(?:\.(\d+))?", text)
    if not m:
        raise ValueError(f"not a timestamp: {text!r}")
    micro = int((m.group(3) or "0")[:6].ljust(6, "0"))
    return datetime.fromisoformat(f"{m.group(1)} {m.group(2)}").replace(microsecond=micro, tzinfo=timezone.utc)


def cpu_seconds(time_file):
    """User + system CPU seconds /usr/bin/time -v reported: a measure of work that the machine's load does not change much."""
    total = 0.0
    with open(time_file) as f:
        for line in f:
            if line.strip().startswith(("User time (seconds)", "System time (seconds)")):
                total += float(line.split()[-1])
    return total


def peak_rss_mb(time_file):
    with open(time_file) as f:
        for line in f:
            if "Maximum resident set size" in line:
                return int(line.split()[-1]) // 1024
    raise RuntimeError(f"no peak RSS in {time_file}")


class SqliteLedger:
    def __init__(self, path):
        self.path = path
        self.connection_string = f"Data Source={path}"
        self.config = {"ConnectionString": self.connection_string}

    def query(self, sql):
        db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=60)
        try:
            return [tuple("" if v is None else str(v) for v in row) for row in db.execute(sql)]
        finally:
            db.close()


class PostgresLedger:
    def __init__(self, server, name):
        self.server, self.name = server, name
        server.psql("postgres", f"CREATE DATABASE {name}")
        self.config = {"Provider": "Postgres",
                       "ConnectionString": f"Host=127.0.0.1;Port={server.port};Username=gateway;Database={name}"}

    def query(self, sql):
        return [tuple(line.split("\t")) for line in self.server.psql(self.name, sql).splitlines() if line]


class PostgresServer:
    """PostgreSQL 15 from the Debian package as the postgres user, on a free loopback port, durable defaults."""

    def __init__(self, work):
        self.dir = os.path.join(work, "pg")
        os.makedirs(self.dir)
        shutil.chown(self.dir, "postgres", "postgres")
        self.port = free_port()
        self._as_postgres("initdb", "-D", f"{self.dir}/data", "-U", "gateway", "--auth=trust", "-E", "UTF8")
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1"
        self._as_postgres("pg_ctl", "-D", f"{self.dir}/data", "-l", f"{self.dir}/log", "-o", options, "-w", "-t", "60", "start")

    def _as_postgres(self, tool, *args):
        done = subprocess.run(["runuser", "-u", "postgres", "--", f"{PG_BIN}/{tool}", *args], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed: {done.stdout}{done.stderr}")

    def psql(self, database, sql):
        return subprocess.run(["runuser", "-u", "postgres", "--", f"{PG_BIN}/psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "gateway",
                               "-d", database, "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql],
                              check=True, capture_output=True, text=True).stdout

    def stop(self):
        pid_file = f"{self.dir}/data/postmaster.pid"
        if os.path.exists(pid_file):
            os.kill(int(open(pid_file).readline()), signal.SIGINT)
            for _ in range(300):
                if not os.path.exists(pid_file):
                    break
                time.sleep(0.1)


class RabbitMqServer:
    """rabbitmq-server from the Debian package as its own node, with its own epmd, ports and folders, no plugins."""

    def __init__(self, work):
        self.dir = os.path.join(work, "rabbitmq")
        for sub in ("home", "mnesia", "log"):
            os.makedirs(os.path.join(self.dir, sub))
        self.port, dist, self.epmd = free_port(), free_port(), free_port()
        self.node = f"gwbench{self.port}@localhost"
        with open(f"{self.dir}/rabbitmq.conf", "w") as f:
            f.write(f"listeners.tcp.default = 127.0.0.1:{self.port}\nloopback_users.guest = true\n")
        with open(f"{self.dir}/enabled_plugins", "w") as f:
            f.write("[].\n")
        open(f"{self.dir}/rabbitmq-env.conf", "w").close()
        self.env = dict(os.environ, HOME=f"{self.dir}/home", RABBITMQ_NODENAME=self.node, RABBITMQ_NODE_IP_ADDRESS="127.0.0.1",
                        RABBITMQ_NODE_PORT=str(self.port), RABBITMQ_DIST_PORT=str(dist), ERL_EPMD_PORT=str(self.epmd),
                        ERL_EPMD_ADDRESS="127.0.0.1", RABBITMQ_MNESIA_BASE=f"{self.dir}/mnesia", RABBITMQ_LOG_BASE=f"{self.dir}/log",
                        RABBITMQ_CONFIG_FILE=f"{self.dir}/rabbitmq.conf", RABBITMQ_ADVANCED_CONFIG_FILE=f"{self.dir}/advanced.config",
                        RABBITMQ_ENABLED_PLUGINS_FILE=f"{self.dir}/enabled_plugins", RABBITMQ_CONF_ENV_FILE=f"{self.dir}/rabbitmq-env.conf",
                        RABBITMQ_PID_FILE=f"{self.dir}/rabbitmq.pid",
                        RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}")
        self.log = open(f"{self.dir}/server.out", "w")
        self.process = subprocess.Popen([f"{RABBIT_BIN}/rabbitmq-server"], env=self.env, cwd=self.dir, stdout=self.log, stderr=subprocess.STDOUT)
        wait_for_port(self.port, 600, "rabbitmq-server", self.process)  # minutes on a loaded machine
        self._ctl("await_startup", "--timeout", "60")

    def _ctl(self, *args):
        subprocess.run([f"{RABBIT_BIN}/rabbitmqctl", "-n", self.node, *args], env=self.env, check=True, capture_output=True, timeout=120)

    def stop(self):
        try:
            self._ctl("stop")
            self.process.wait(timeout=30)
        except (subprocess.SubprocessError, OSError):
            self.process.kill()
            self.process.wait()
        # epmd outlives the node: stop it by the PID that listens on this run's epmd port
        out = subprocess.run(["ss", "-Hltnp", f"sport = :{self.epmd}"], capture_output=True, text=True).stdout
        for pid in set(re.findall(r"pid=(\d+)", out)):
            os.kill(int(pid), signal.SIGTERM)
        self.log.close()


class Simulator:
    def __init__(self, gateway, work, employees, start):
        self.port = free_port()
        self.log = open(os.path.join(work, "sim.log"), "w")
        self.process = subprocess.Popen([gateway, "afas-sim", "--employees", str(employees), "--port", str(self.port), "--token", TOKEN,
                                         "--start-date", start.isoformat()], stdout=self.log, stderr=subprocess.STDOUT)
        wait_for_port(self.port, 600, "the AFAS simulator", self.process)
        self.base_url = f"http://127.0.0.1:{self.port}/"

    def advance(self, days):
        urllib.request.urlopen(urllib.request.Request(f"{self.base_url}_sim/advance?days={days}", method="POST"), timeout=600).read()

    def employer_codes(self):
        auth = "AfasToken " + base64.b64encode(f"<token><version>1</version><data>{TOKEN}</data></token>".encode()).decode()
        request = urllib.request.Request(f"{self.base_url}ProfitRestServices/connectors/Newdays_Connect_Werkgevers_v1?skip=0&take=-1",
                                         headers={"Authorization": auth})
        return [row["Werkgeverscode"] for row in json.load(urllib.request.urlopen(request, timeout=600))["rows"]]

    def stop(self):
        self.process.terminate()
        self.process.wait()
        self.log.close()


def gateway_config(database, bus, simulator, sftp, employer_codes, work):
    never = {"Schedule": ["0 3 1 1 *"]}  # the service does not pull: the benchmark drives the pulls
    profile = {"Integration": "afas", "Account": "arbo", "Release": "2025", "IdInzndr": "BENCH", "IdOntvngr": "ARBO",
               "MessageTypes": ["Verzuimmeldingen", "Dienstverbanden", "WerkgeversGegevensBasisregistratie"],
               "Employers": [{"Werkgeverscode": c, "IdWrkgvrArbdnst": "WG-" + c, "AansltnrGeguitwlngArbdnst": "A-" + c,
                              "Loonheffingennummer": "8123456" + c.zfill(2)[-2:] + "L01",
                              "Contact": {"Achternaam": "Servicedesk", "Voorletters": "S", "Geslacht": "O", "Email": "hr@example.nl"}}
                             for c in employer_codes]}
    return {
        "Gateway": {
            "Database": database.config,
            "Bus": bus,
            "SecretKeyFile": os.path.join(work, "secret.key"),
            "Host": {"StateDirectory": os.path.join(work, "state")},
            "Integrations": {"afas": {"Afas": {"BaseUrl": simulator.base_url, "Token": TOKEN, "PageSize": 5000},
                                      "Connectors": {f"Newdays_Connect_{c}_v1": never for c in CONNECTORS}}},
            "Accounts": {"arbo": {"Integration": "afas", "Mapping": profile, "Delivery": {"Kind": "SftpPush", "Sftp": {
                "Host": "127.0.0.1", "Port": int(sftp["SSHD_PORT"]), "Username": sftp["SFTP_USER"], "Password": sftp["SFTP_PASSWORD"],
                "HostKey": sftp["HOST_FINGERPRINT_ED25519"] + "\n" + sftp["HOST_FINGERPRINT_RSA"], "RemoteFolder": sftp["SFTP_UPLOAD_DIR"],
                "Sessions": SFTP_SESSIONS}}}},
        },
        "Serilog": {"MinimumLevel": "Warning"},
    }


class Service:
    """`gateway run` under /usr/bin/time -v, stopped with SIGTERM (graceful) so time can report its peak RSS."""

    def __init__(self, gateway, config, work, label):
        self.time_file = os.path.join(work, f"{label}.service.time")
        self.log = open(os.path.join(work, f"{label}.service.log"), "w")
        self.process = subprocess.Popen(["/usr/bin/time", "-v", "-o", self.time_file, gateway, "run", "--config", config],
                                        cwd=work, stdout=self.log, stderr=subprocess.STDOUT)

    def alive(self):
        return self.process.poll() is None

    def stop(self):
        children = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True).stdout.split()
        for pid in children:
            os.kill(int(pid), signal.SIGTERM)
        self.process.wait(timeout=120)
        self.log.close()
        return peak_rss_mb(self.time_file), cpu_seconds(self.time_file)


def pull(gateway, config, work, label):
    """All six connectors once, as one `gateway sync --once` process; returns its peak RSS (MB)."""
    time_file = os.path.join(work, f"{label}.time")
    out = subprocess.run(["/usr/bin/time", "-v", "-o", time_file, gateway, "sync", "--integration", "afas", "--once", "--config", config],
                         cwd=work, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"pull {label} failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
    return peak_rss_mb(time_file)


def scalar(ledger, sql):
    rows = ledger.query(sql)
    return rows[0][0] if rows and rows[0][0] != "" else None


def settled(ledger):
    """Every mutation converted, no pull running and nothing waiting for delivery."""
    running = int(scalar(ledger, 'SELECT COUNT(*) FROM "PullRuns" WHERE "Status" = 1'))
    last = int(scalar(ledger, 'SELECT COALESCE(MAX("Id"), 0) FROM "SourceMutations"'))
    cursor = int(scalar(ledger, 'SELECT COALESCE(MIN("LastMutationId"), -1) FROM "ConversionCursors"'))
    pending = int(scalar(ledger, f'SELECT COUNT(*) FROM "LedgerMessages" WHERE "State" IN {PENDING_STATES}'))
    return running == 0 and cursor >= last and pending == 0


def wait_settled(ledger, service, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not service.alive():
            raise RuntimeError("the gateway service stopped by itself; see its log in the work folder")
        if settled(ledger):
            return
        time.sleep(1)
    raise RuntimeError(f"not settled within {seconds} s")


def phase_numbers(ledger, first_pull_id, first_message_id, first_mutation_id):
    # the benchmark's integration only: the embedded defaults' "demo" integration keeps its own schedules in the service
    started = parse_utc(scalar(ledger, f'SELECT MIN("StartedUtc") FROM "PullRuns" WHERE "Id" > {first_pull_id} AND "Integration" = \'afas\''))
    pulled = parse_utc(scalar(ledger, f'SELECT MAX("FinishedUtc") FROM "PullRuns" WHERE "Id" > {first_pull_id} AND "Integration" = \'afas\''))
    rows = ledger.query(f'SELECT "State", COUNT(*), MAX("DeliveredUtc") FROM "LedgerMessages" WHERE "Id" > {first_message_id} GROUP BY "State"')
    by_state = {int(state): int(count) for state, count, _ in rows}
    last_delivery = max((parse_utc(last) for state, _, last in rows if last), default=started)
    mutations = int(scalar(ledger, f'SELECT COUNT(*) FROM "SourceMutations" WHERE "Id" > {first_mutation_id}'))
    delivered = sum(by_state.get(s, 0) for s in DELIVERED_STATES)
    seconds = (last_delivery - started).total_seconds()
    return {"messages": sum(by_state.values()), "delivered": delivered, "failed": by_state.get(6, 0), "seconds": seconds,
            "pulling": (pulled - started).total_seconds(), "lag": (last_delivery - pulled).total_seconds(),
            "per_second": delivered / seconds if seconds > 0 else 0.0, "mutations": mutations}


def high_water(ledger):
    return (int(scalar(ledger, 'SELECT COALESCE(MAX("Id"), 0) FROM "PullRuns"')),
            int(scalar(ledger, 'SELECT COALESCE(MAX("Id"), 0) FROM "LedgerMessages"')),
            int(scalar(ledger, 'SELECT COALESCE(MAX("Id"), 0) FROM "SourceMutations"')))


def run_configuration(name, gateway, employees, days, sftp, receiver, work, postgres, rabbit):
    work = os.path.join(work, name)
    os.makedirs(work)
    for f in os.listdir(receiver):
        os.remove(os.path.join(receiver, f))
    simulator = Simulator(gateway, work, employees, date.today() - timedelta(days=days))
    service = None
    try:
        if postgres is None:
            ledger = SqliteLedger(os.path.join(work, "gateway.db"))
            bus = {"Transport": "InMemory"}
        else:
            ledger = PostgresLedger(postgres, "bench_" + name.replace("-", "_"))
            bus = {"Transport": "RabbitMq", "RabbitMq": {"Host": "127.0.0.1", "Port": rabbit.port, "VirtualHost": "/", "Username": "guest", "Password": "guest"}}
        codes = simulator.employer_codes()
        config = os.path.join(work, "gateway.json")
        with open(config, "w") as f:
            json.dump(gateway_config(ledger, bus, simulator, sftp, codes, work), f, indent=1)

        # warm-up: the employers are seen once and activated, as an admin does before go-live
        subprocess.run([gateway, "sync", "--integration", "afas", "--once", "--connector", "Newdays_Connect_Werkgevers_v1", "--config", config],
                       cwd=work, check=True, capture_output=True)
        for code in codes:
            subprocess.run([gateway, "employers", "activate", "--integration", "afas", "--code", code, "--config", config],
                           cwd=work, check=True, capture_output=True)

        results = {}
        marks = high_water(ledger)
        service = Service(gateway, config, work, "service")
        print(f"  [{name}] initial load: pulling {employees} employees", flush=True)
        pull_rss = pull(gateway, config, work, "initial.pull")
        wait_settled(ledger, service, 3600)
        results["initial"] = dict(phase_numbers(ledger, *marks), pull_rss=pull_rss)

        if days > 0:
            marks = high_water(ledger)
            print(f"  [{name}] a month: {days} simulated days, one pull each", flush=True)
            pull_rss = 0
            for day in range(days):
                simulator.advance(1)
                pull_rss = max(pull_rss, pull(gateway, config, work, f"day{day + 1}.pull"))
            wait_settled(ledger, service, 3600)
            results["month"] = dict(phase_numbers(ledger, *marks), pull_rss=pull_rss)
        service_rss, service_cpu = service.stop()
        service = None
        for phase in results.values():
            phase["service_rss"] = service_rss
            phase["service_cpu"] = service_cpu
        with open(os.path.join(work, "service.service.log")) as f:
            results["initial"]["locked"] = f.read().count("database is locked")

        total = int(scalar(ledger, f'SELECT COUNT(*) FROM "LedgerMessages" WHERE "State" IN {DELIVERED_STATES}'))
        files = len([f for f in os.listdir(receiver) if f.endswith(".xml")])
        results["receiver"] = {"ledger_delivered": total, "files": files}
        return results
    finally:
        if service is not None:
            service.stop()
        simulator.stop()


def main():
    # a SIGTERM (timeout, Ctrl+C from a wrapper) still runs the clean-up below: servers stopped by PID
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    gateway, employees, days, configs, sftp_env = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4].split(), sys.argv[5]
    sftp = dict(line.strip().split("=", 1) for line in open(sftp_env) if "=" in line)
    receiver = sftp["SFTP_CHROOT"] + sftp["SFTP_UPLOAD_DIR"]
    work = tempfile.mkdtemp(prefix="bench-e2e-", dir="/var/tmp")
    os.chmod(work, 0o755)  # PostgreSQL runs as the postgres user below it
    postgres = rabbit = None
    all_results = {}
    try:
        if "postgres-rabbitmq" in configs:
            print("== starting PostgreSQL 15 and RabbitMQ on free loopback ports", flush=True)
            postgres, rabbit = PostgresServer(work), RabbitMqServer(work)
        for name in configs:
            print(f"== {name}: {employees} employees, {days} days", flush=True)
            if name == "sqlite-inmemory":
                all_results[name] = run_configuration(name, gateway, employees, days, sftp, receiver, work, None, None)
            elif name == "postgres-rabbitmq":
                all_results[name] = run_configuration(name, gateway, employees, days, sftp, receiver, work, postgres, rabbit)
            else:
                raise SystemExit(f"unknown configuration {name} (sqlite-inmemory, postgres-rabbitmq)")
    finally:
        if rabbit is not None:
            rabbit.stop()
        if postgres is not None:
            postgres.stop()
        if os.environ.get("KEEP_WORK") != "1":
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"work folder kept: {work}")

    print()
    print("| configuration | phase | mutations | messages delivered | failed | first pull → last delivery | of which pulling | last pull → last delivery | messages/s | peak RSS service | peak RSS pull | service CPU (whole run) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    phases = ("initial", "month") if days > 0 else ("initial",)
    for name, results in all_results.items():
        for phase in phases:
            r = results[phase]
            print(f"| {name} | {phase} | {r['mutations']:,} | {r['delivered']:,} | {r['failed']} | {r['seconds']:.1f} s | {r['pulling']:.1f} s | {r['lag']:.1f} s | {r['per_second']:,.0f} | "
                  f"{r['service_rss']} MB | {r['pull_rss']} MB | {r['service_cpu']:.0f} s |")
    for name, results in all_results.items():
        rec = results["receiver"]
        verdict = "exactly once" if rec["files"] == rec["ledger_delivered"] else "MISMATCH"
        print(f"{name}: {rec['files']:,} files at the receiver, {rec['ledger_delivered']:,} delivered in the ledger ({verdict}); "
              f"'database is locked' in the service log: {results['initial']['locked']}")
    if len(all_results) == 2:
        for phase in phases:
            a, b = all_results["postgres-rabbitmq"][phase], all_results["sqlite-inmemory"][phase]
            print(f"ratio RabbitMQ+PostgreSQL / in-memory+SQLite, {phase}: time {a['seconds'] / b['seconds']:.2f}, "
                  f"messages/s {a['per_second'] / b['per_second']:.2f}, peak RSS service {a['service_rss'] / b['service_rss']:.2f}")


if __name__ == "__main__":
    main()
