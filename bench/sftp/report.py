"""Tables for bench/sftp/run.sh from its results file (lines "ROW SET ROUND MS"): per row and data set the median and
the best time over the rounds, each with its ratio to the row's peer (sftp -b, or sftp -b xN for N sessions), and the
median of the per-round ratios (row / peer in the same round), which cancels most of a shared machine's load swings."""
import collections
import statistics
import sys

times = collections.OrderedDict()  # row -> set -> [ms]
rounds = collections.defaultdict(dict)  # (set, round) -> row -> ms
for line in open(sys.argv[1], encoding="utf-8"):
    fields = line.split()
    row, data_set, round_no, ms = " ".join(fields[:-3]), fields[-3], fields[-2], int(fields[-1])
    times.setdefault(row, {}).setdefault(data_set, []).append(ms)
    rounds[(data_set, round_no)][row] = ms
sets = list(dict.fromkeys(s for per_set in times.values() for s in per_set))
count = len(next(iter(times.values()))[sets[0]])


def peer(row):
    for sessions in ("x2", "x4"):
        if sessions in row:
            return f"sftp -b {sessions}"
    return "sftp -b"


for title, statistic in (("Median", statistics.median), ("Best", min)):
    print(f"\n{title} of {count} rounds (ratio: to the peer's {title.lower()}):\n")
    print("| row | " + " | ".join(f"{s} | ratio" for s in sets) + " |")
    print("|---|" + "---|---|" * len(sets))
    for row, per_set in times.items():
        cells = [f"{statistic(per_set[s]):.0f} ms | {statistic(per_set[s]) / statistic(times[peer(row)][s]):.2f}" for s in sets]
        print(f"| {row} | " + " | ".join(cells) + " |")

print(f"\nPer-round ratios (row / {{peer}} in the same round) over {count} rounds: median (min–max):\n")
print("| row | peer | " + " | ".join(sets) + " |")
print("|---|---|" + "---|" * len(sets))
for row in times:
    cells = []
    for s in sets:
        ratios = [r[row] / r[peer(row)] for (data_set, _), r in rounds.items() if data_set == s and row in r]
        cells.append(f"{statistics.median(ratios):.2f} ({min(ratios):.2f}–{max(ratios):.2f})")
    print(f"| {row} | {peer(row)} | " + " | ".join(cells) + " |")
