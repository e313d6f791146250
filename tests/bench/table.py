#!/usr/bin/python3
"""Prints the benchmark's table from run.sh's measurements: medians and ratios.

  table.py MEASUREMENTS.tsv

Each line of the input: CASE, wall seconds, user seconds, system seconds, peak RSS in KB (one
line per run), or CASE, "gui", first-paint ms, switch ms. Output: Markdown, ready for
docs/performance.md.
"""
import statistics
import sys

TARGETS = {"lint": 0.030}


def load(path):
    runs, gui = {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 4 and parts[1] == "gui":
                gui.setdefault(parts[0], []).append((float(parts[2]), float(parts[3])))
            elif len(parts) == 5:
                wall, user, system, rss = map(float, parts[1:])
                runs.setdefault(parts[0], []).append((wall, user + system, rss / 1024))
    return runs, gui


def med(values):
    return statistics.median(values) if values else float("nan")


def summary(runs):
    return {case: (med([r[0] for r in rs]), med([r[1] for r in rs]), med([r[2] for r in rs]),
                   len(rs)) for case, rs in runs.items()}


def ratio(a, b):
    return a / b if b > 0 else float("nan")


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    runs, gui = load(argv[1])
    s = summary(runs)
    print("| case | runs | wall (median) | CPU user+sys (median) | peak RSS (median) |")
    print("|---|---:|---:|---:|---:|")
    for case, (wall, cpu, rss, n) in s.items():
        print("| %s | %d | %.3f s | %.3f s | %.1f MB |" % (case, n, wall, cpu, rss))
    for case, values in gui.items():
        print("| %s | %d | first paint %.0f ms | section switch %.0f ms | |"
              % (case, len(values), med([v[0] for v in values]), med([v[1] for v in values])))
    print()
    print("| ratio | wall | CPU | peak RSS |")
    print("|---|---:|---:|---:|")
    for workload in ("195", "4 cycles", "2,000 questions"):
        revq, peer = ("%s %s" % (who, workload) for who in ("revq", "peer"))
        for floor in ("floor " + workload, "floor (huge pages) " + workload):
            if revq in s and floor in s:
                print("| revq / %s | %.2f | %.2f | %.2f |" % (
                    floor.replace(" " + workload, ", " + workload),
                    ratio(s[revq][0], s[floor][0]), ratio(s[revq][1], s[floor][1]),
                    ratio(s[revq][2], s[floor][2])))
        if revq in s and peer in s:
            print("| peer / revq, %s | %.2f | %.2f | %.2f |" % (
                workload, ratio(s[peer][0], s[revq][0]), ratio(s[peer][1], s[revq][1]),
                ratio(s[peer][2], s[revq][2])))
    base = s.get("revq 195")
    for workload, factor in (("4 cycles", "responses x4"), ("2,000 questions", "questions x12")):
        other = s.get("revq " + workload)
        if base and other:
            print("| growth revq 195 -> %s (%s) | %.2f | %.2f | %.2f |" % (
                workload, factor, ratio(other[0], base[0]), ratio(other[1], base[1]),
                ratio(other[2], base[2])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
