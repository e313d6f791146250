#!/usr/bin/env bash
# Renders revq's icon (icons/revq.svg) to the PNG sizes the desktop icon theme uses and to the
# Windows .ico. The results are checked in, so building the package needs no SVG renderer;
# run this again after changing the SVG (needs rsvg-convert: apt-get install librsvg2-bin).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
svg=$here/icons/revq.svg
sizes=(16 22 24 32 48 64 128 256)
for s in "${sizes[@]}"; do
  rsvg-convert -w "$s" -h "$s" "$svg" -o "$here/icons/revq-$s.png"
done
# A Windows icon is a directory of PNG images (allowed since Windows Vista).
python3 - "$here/icons" "$here/../windows/revq.ico" 16 24 32 48 64 128 256 <<'PY'
import struct, sys
folder, out, *sizes = sys.argv[1:]
images = [open(f"{folder}/revq-{s}.png", "rb").read() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
entries = b""
for s, data in zip(map(int, sizes), images):
    dim = 0 if s >= 256 else s  # 0 means 256 in an ICONDIRENTRY
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open(out, "wb").write(header + entries + b"".join(images))
PY
echo "rendered ${#sizes[@]} PNG sizes and windows/revq.ico"
