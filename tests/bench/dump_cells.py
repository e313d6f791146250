#!/usr/bin/python3
"""Dumps every cell of a workbook to a flat file for floor_exact.c: per sheet "S" + u32 name
length + name, then per cell "N" + u32 row + u16 column + f64 value or "T" + u32 row + u16
column + u32 length + UTF-8 bytes, and "E" at the end (little-endian).

  dump_cells.py WORKBOOK.xlsx CELLS.bin

With floor_exact.c it measures what libxlsxwriter alone costs for revq's very cells
(docs/performance.md, "The library's share"); not part of run.sh.
"""
import struct
import sys

import openpyxl


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    wb = openpyxl.load_workbook(argv[1], read_only=True)
    with open(argv[2], "wb") as out:
        for ws in wb.worksheets:
            name = ws.title.encode()
            out.write(b"S" + struct.pack("<I", len(name)) + name)
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None or not hasattr(c, "column"):
                        continue
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        out.write(b"N" + struct.pack("<IHd", c.row - 1, c.column - 1, float(v)))
                    else:
                        b = str(v).encode()
                        out.write(b"T" + struct.pack("<IHI", c.row - 1, c.column - 1, len(b)) + b)
        out.write(b"E")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
