#!/usr/bin/python3
"""Checks that two workbooks hold the same cell contents (the race between revq and the peer is
fair only then), or describes one workbook's cells for the floor program.

  compare.py A.xlsx B.xlsx   same sheets in the same order, same value in every cell
                             (numbers equal to 1e-9 relative); exit 1 and the first
                             differences otherwise
  compare.py --plan A.xlsx   one line per sheet for floor.c: NAME, columns, string cells,
                             number cells, mean string length in bytes, distinct strings
Formats, widths, charts and document properties are not compared: they are not content.
"""
import math
import sys

import openpyxl


def cells(path):
    """{sheet name: {(row, column): value}} of every non-empty cell, sheets in order."""
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    out = {}
    for ws in wb.worksheets:
        sheet = {}
        for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
            for c, value in enumerate(row, start=1):
                if value is not None and value != "":
                    sheet[(r, c)] = value
        out[ws.title] = sheet
    wb.close()
    return out


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def compare(path_a, path_b):
    a, b = cells(path_a), cells(path_b)
    problems = []
    if list(a) != list(b):
        problems.append("sheets differ:\n  %s: %s\n  %s: %s" % (path_a, list(a), path_b, list(b)))
    total = 0
    for name in a:
        if name not in b:
            continue
        sa, sb = a[name], b[name]
        total += len(sa)
        for key in sorted(set(sa) | set(sb)):
            va, vb = sa.get(key), sb.get(key)
            if not same(va, vb):
                col = openpyxl.utils.get_column_letter(key[1])
                problems.append("sheet '%s' cell %s%d: %r != %r" % (name, col, key[0], va, vb))
    if problems:
        print("compare: %d differences between %s and %s; the first:" % (len(problems), path_a,
                                                                         path_b))
        for p in problems[:15]:
            print("  " + p)
        return 1
    print("compare: same contents (%d sheets, %d cells)" % (len(a), total))
    return 0


def plan(path):
    for name, sheet in cells(path).items():
        strings = [v for v in sheet.values() if isinstance(v, str)]
        numbers = len(sheet) - len(strings)
        columns = max((c for _, c in sheet), default=1)
        mean = round(sum(len(s.encode("utf-8")) for s in strings) / len(strings)) if strings else 0
        print("%s\t%d\t%d\t%d\t%d\t%d" % (name, columns, len(strings), numbers, mean,
                                         len(set(strings))))
    return 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--plan":
        return plan(argv[2])
    if len(argv) == 3:
        return compare(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
