#!/usr/bin/env bash
# revq's benchmark (issue 7): revq-cli collate against a Python peer (python3-xlsxwriter, the
# standard XML library) and the floor (libxlsxwriter writing the same cells and nothing else),
# at 195 responses, 4 review cycles' worth and a synthetic 2,000-question form; revq-cli lint;
# the GUI's first paint and section switch under Xvfb. Prints medians and ratios
# (docs/performance.md holds one run's table).
#
#   tests/bench/run.sh BUILD_DIR          (or: ./installer/bootstrap bench)
#
# Environment: REVQ_BENCH_RUNS (default 7) runs per case, REVQ_BENCH_PEER_RUNS (default 3) for
# the peer's scaling cases (each takes a minute or more), REVQ_BENCH_SCRATCH (default
# BUILD_DIR/bench) for the generated files, REVQ_BENCH_GUI the revq binary to time (default
# BUILD_DIR/src/gui/revq; skipped when absent). Cases run round-robin, so a change in the
# machine's load touches every case alike; the load average is printed with the table.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
  echo "usage: tests/bench/run.sh BUILD_DIR (a configured and built revq build folder)" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
cli=$build/src/cli/revq-cli
gui=${REVQ_BENCH_GUI:-$build/src/gui/revq}
runs=${REVQ_BENCH_RUNS:-7}
peer_runs=${REVQ_BENCH_PEER_RUNS:-3}
scratch=${REVQ_BENCH_SCRATCH:-$build/bench}
py=/usr/bin/python3  # Debian's Python, where python3-xlsxwriter and python3-openpyxl live
form=$src/forms/tip-protocol-review.xml

say() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }
die() { echo "bench: $*" >&2; exit 1; }

[ -x "$cli" ] || die "$cli is missing; build it first (cmake --build $build --target revq-cli)"
"$py" -c 'import xlsxwriter, openpyxl' 2>/dev/null ||
  die "$py lacks xlsxwriter or openpyxl; install python3-xlsxwriter python3-openpyxl"

case $scratch in *[[:space:]]*) die "the scratch folder '$scratch' must not contain spaces" ;; esac
rm -rf "$scratch"
mkdir -p "$scratch"
results=$scratch/measurements.tsv
: >"$results"

say "floor: compiling tests/bench/floor.c"
xlsx_flags=$(pkg-config --cflags --libs xlsxwriter 2>/dev/null || echo -lxlsxwriter)
# shellcheck disable=SC2086
cc -O2 -Wall -Wextra -o "$scratch/floor" "$here/floor.c" $xlsx_flags

say "inputs: sample responses (195 States; 4 cycles; the synthetic 2,000-question form)"
"$cli" sample --form "$form" --states all --seed 1 -o "$scratch/r195" >/dev/null
cycles=()
for seed in 1 2 3 4; do
  "$cli" sample --form "$form" --states all --seed "$seed" -o "$scratch/cycle$seed" >/dev/null
  cycles+=("$scratch/cycle$seed")
done
big=$scratch/synthetic-2000.xml
"$py" "$here/make_big_form.py" "$form" "$big" 2000 >&2
"$cli" lint "$big" >/dev/null || die "the synthetic form does not lint clean: $cli lint $big"
"$cli" sample --form "$big" --states all --seed 1 -o "$scratch/big" >/dev/null

# The shipped layout, less any sheet kind added after the peer was written (both programs then
# write the same sheets; the table says which were left out).
layout=$scratch/layout.xml
dropped=$("$py" "$here/peer.py" --bench-layout "$src/templates/summary.xml" "$layout")
if [ -n "$dropped" ]; then
  echo "bench: NOTE: the peer does not write the sheet kinds '$dropped' of templates/summary.xml;" \
    "both programs run without them" >&2
fi

# Workloads: name, form, inputs.
declare -A wl_form wl_inputs
wl_form["195"]=$form
wl_inputs["195"]="$scratch/r195"
wl_form["4 cycles"]=$form
wl_inputs["4 cycles"]="${cycles[*]}"
wl_form["2,000 questions"]=$big
wl_inputs["2,000 questions"]="$scratch/big"
workloads=("195" "4 cycles" "2,000 questions")

slug() { echo "$1" | tr -c 'a-z0-9\n' '-'; }

set_cmd() {  # revq|peer WORKLOAD -> the global array cmd
  local who=$1 w=$2 inputs
  read -r -a inputs <<<"${wl_inputs[$w]}"
  if [ "$who" = revq ]; then
    cmd=("$cli" collate --form "${wl_form[$w]}" --layout "$layout" -o "$scratch/revq-$(slug "$w").xlsx" "${inputs[@]}")
  else
    cmd=("$py" "$here/peer.py" --form "${wl_form[$w]}" --layout "$layout" -o "$scratch/peer-$(slug "$w").xlsx"
      "${inputs[@]}")
  fi
}

say "fairness: revq's and the peer's workbooks must hold the same cells"
for w in "${workloads[@]}"; do
  set_cmd revq "$w"
  "${cmd[@]}" >"$scratch/revq-$(slug "$w").log" ||
    die "revq-cli collate failed on '$w' (see $scratch/revq-$(slug "$w").log)"
  set_cmd peer "$w"
  "${cmd[@]}" >"$scratch/peer-$(slug "$w").log" ||
    die "the peer failed on '$w' (see $scratch/peer-$(slug "$w").log)"
  "$py" "$here/compare.py" "$scratch/revq-$(slug "$w").xlsx" "$scratch/peer-$(slug "$w").xlsx" >&2 ||
    die "revq and the peer disagree on '$w': the race would not be fair; fix the peer or revq"
  # The floor writes as many string and number cells per sheet as revq did.
  "$py" "$here/compare.py" --plan "$scratch/revq-$(slug "$w").xlsx" >"$scratch/plan-$(slug "$w").tsv"
done

floor_run() {  # workload
  local w=$1 args=()
  while IFS=$'\t' read -r name cols strings numbers mean distinct; do
    args+=("$name" "$cols" "$strings" "$numbers" "$mean" "$distinct")
  done <"$scratch/plan-$(slug "$w").tsv"
  "$py" "$here/measure.py" "$results" "floor $w" -- "$scratch/floor" \
    "$scratch/floor-$(slug "$w").xlsx" "${args[@]}"
  # revq-cli collate asks for transparent huge pages under its heap (src/core/heap_tuning.cpp);
  # the floor, unchanged, gets the same from glibc's tunable: the least the job can cost.
  "$py" "$here/measure.py" "$results" "floor (huge pages) $w" -- \
    env GLIBC_TUNABLES=glibc.malloc.hugetlb=1 "$scratch/floor" \
    "$scratch/floor-$(slug "$w").xlsx" "${args[@]}"
}

measure_case() {  # case -- command...
  local case=$1
  shift 2
  "$py" "$here/measure.py" "$results" "$case" -- "$@" || die "'$case' failed"
}

have_gui=false
if [ -x "$gui" ] && command -v xvfb-run >/dev/null; then
  have_gui=true
fi

say "measuring: $runs rounds (the peer's scaling cases: $peer_runs)"
for ((round = 1; round <= runs; ++round)); do
  echo "  round $round/$runs (load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  for w in "${workloads[@]}"; do
    set_cmd revq "$w"
    measure_case "revq $w" -- "${cmd[@]}"
    floor_run "$w"
    if [ "$w" = "195" ] || [ "$round" -le "$peer_runs" ]; then
      set_cmd peer "$w"
      measure_case "peer $w" -- "${cmd[@]}"
    fi
  done
  measure_case "lint shipped form" -- "$cli" lint "$form"
  measure_case "lint 2,000 questions" -- "$cli" lint "$big"
  if $have_gui; then
    out=$(xvfb-run -a -s "-screen 0 1600x1200x24" "$gui" --timing "$big" 2>/dev/null) ||
      die "the GUI timing run failed: xvfb-run -a $gui --timing $big"
    paint=$(echo "$out" | awk '/^first-paint-ms/ {print $2}')
    switch=$(echo "$out" | awk '/^switch-ms/ {print $2}' | sort -n | tail -1)
    if [ -z "$paint" ] || [ -z "$switch" ]; then die "the GUI printed no timing: $out"; fi
    printf 'gui 2,000 questions (worst of 5 switches)\tgui\t%s\t%s\n' "$paint" "$switch" >>"$results"
  fi
done
$have_gui || echo "bench: no GUI binary at $gui (or no xvfb-run): GUI not measured" >&2

say "results ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
{
  "$py" "$here/table.py" "$results"
  if [ -n "$dropped" ]; then
    echo
    echo "Layout: templates/summary.xml without the sheet kinds '$dropped' (the peer does not write them)."
  fi
} | tee "$scratch/table.md"
echo >&2
echo "bench: measurements in $results, table in $scratch/table.md" >&2
