#!/usr/bin/python3
"""Runs one command once and appends its wall time, CPU time and peak memory to a file.

  measure.py OUT.tsv CASE -- COMMAND [ARG...]

Appends "CASE<TAB>wall s<TAB>user s<TAB>system s<TAB>peak RSS KB" (wait4's rusage of the
command: its own peak, not this script's). Wall time starts just before the command is spawned,
so the Python start-up of this wrapper is not counted. The command's output goes to
OUT.tsv.log; a failing command stops the benchmark with its exit status.
"""
import os
import subprocess
import sys
import time


def main(argv):
    if len(argv) < 5 or argv[3] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    out, case, command = argv[1], argv[2], argv[4:]
    with open(out + ".log", "ab") as log:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=log, stderr=log)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        print("measure: '%s' failed (exit status %d): %s; see %s.log"
              % (case, code, " ".join(command), out), file=sys.stderr)
        return 1
    with open(out, "a", encoding="utf-8") as f:
        f.write("%s\t%.4f\t%.4f\t%.4f\t%d\n" % (case, wall, usage.ru_utime, usage.ru_stime,
                                               usage.ru_maxrss))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
