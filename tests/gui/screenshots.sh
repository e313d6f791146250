#!/usr/bin/env bash
# Writes screenshots of the main window in English, Chinese and Arabic with `revq --screenshot`
# and checks each is a PNG of a plausible size. Usage: screenshots.sh REVQ OUTDIR
# (docs/screenshots/ holds the reviewed copies; refresh them with OUTDIR=docs/screenshots).
set -euo pipefail
revq=$1
out=$2
src=${REVQ_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
mkdir -p "$out"
form=$src/forms/tip-protocol-review.xml
[ -f "$form" ] || form=$src/tests/gui/data/all-types.xml
export REVQ_USER_DATA_DIR=$out/userdata
run() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1600x1200x24" "$@"; fi
}
for lang in en zh ar; do
  png=$out/main-window-$lang.png
  rm -f "$png"
  HOME=$out/home-$lang run "$revq" --ui-lang "$lang" --form-lang "$lang" --state FRA \
    --screenshot "$png" "$form" 2>/dev/null
  [ -s "$png" ] || { echo "no screenshot for $lang"; exit 1; }
  magic=$(head -c 4 "$png" | od -An -tx1 | tr -d ' \n')
  [ "$magic" = "89504e47" ] || { echo "$png is not a PNG"; exit 1; }
  size=$(stat -c %s "$png")
  [ "$size" -gt 20000 ] || { echo "$png is suspiciously small ($size bytes)"; exit 1; }
  echo "$png: $size bytes"
done
