#!/usr/bin/env bash
# The hardening stages of `installer/bootstrap test` (issue 9), run before the main build:
#
#   1. sanitizers  every display-free test (Catch2 and command-line) built with
#                  AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/; any report fails.
#   2. fuzzing     the libFuzzer targets of tests/fuzz built with clang in build-fuzz/; first
#                  every saved regression input (tests/fuzz/regressions/<target>/) is replayed,
#                  then each target runs briefly from its seeds (tests/fuzz/seeds/<target>/ and
#                  the test fixtures), as many targets at a time as there are build jobs. A crash, leak, sanitizer report, timeout or memory blow-up
#                  fails the run and leaves the input in build-fuzz/artifacts/.
#
#   bash tests/run-stages.sh [sanitizers|fuzz]...    (default: both)
#
# Environment: REVQ_JOBS (build jobs, default: nproc capped at 2), REVQ_FUZZ_SECONDS (per
# target, default 30). docs/fuzzing.md says how to fuzz for longer.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
jobs=${REVQ_JOBS:-$(nproc 2>/dev/null || echo 2)}
[ "$jobs" -gt 2 ] && [ -z "${REVQ_JOBS:-}" ] && jobs=2
fuzz_seconds=${REVQ_FUZZ_SECONDS:-30}
stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(sanitizers fuzz)

say() { printf '\033[1m== %s\033[0m\n' "$*"; }
fail() {
    printf '\033[1;31mrun-stages: %s\033[0m\n' "$*" >&2
    exit 1
}

# Sanitizer reports end the process with an error instead of a warning that scrolls past.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:abort_on_error=0:detect_stack_use_after_return=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

stage_sanitizers() {
    say "sanitizers: configure and build build-asan (ASan+UBSan, no GUI)"
    # -O1, as AddressSanitizer's documentation advises: every check stays, the instrumented
    # build compiles in about half the time of -O2 (the fuzz build keeps -O2 for its speed).
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREVQ_SANITIZE=ON \
        -DREVQ_BUILD_GUI=OFF -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g -DNDEBUG" >/dev/null
    cmake --build build-asan -j"$jobs"
    say "sanitizers: display-free tests (ctest -LE 'gui|package')"
    # The packaging test builds a .deb of a normal build; it is no sanitizer test.
    (cd build-asan && ctest -LE "gui|package" -E "package" --output-on-failure -j"$jobs") ||
        fail "a test failed under AddressSanitizer/UndefinedBehaviorSanitizer (see above)"
}

# Seeds of a target: its own folder, then the fixtures of the kind it reads.
seed_dirs() {
    local t=$1
    echo "tests/fuzz/seeds/$t"
    case $t in
        fuzz_form_loader) echo docs/examples tests/data/forms tests/data/forms/instruments ;;
        fuzz_response_reader) echo tests/data/responses tests/data/hostile ;;
        fuzz_workspace_import) ;;  # its seeds carry the mode byte (tests/fuzz/seeds/)
        fuzz_expression) ;;
    esac
}

# One fuzz target: replay its saved regression inputs, then fuzz it for $fuzz_seconds from its
# seeds. Runs in a subshell of its own (see stage_fuzz); its report goes to standard output.
fuzz_target() {
    local t=$1 out=$2
    local bin
    bin=$(find build-fuzz/tests/fuzz -maxdepth 1 -name "$t" -type f -perm -u+x | head -n1)
    [ -n "$bin" ] || fail "fuzz target $t was not built"
    export TMPDIR="$here/$out/tmp/$t"  # the workspace target writes its scratch files here
    mkdir -p "$TMPDIR"
    local common=(-rss_limit_mb=2048 -timeout=20 -artifact_prefix="build-fuzz/artifacts/$t-")
    local regressions=()
    if [ -d "tests/fuzz/regressions/$t" ]; then
        mapfile -t regressions < <(find "tests/fuzz/regressions/$t" -type f ! -name '*.md' | sort)
    fi
    if [ ${#regressions[@]} -gt 0 ]; then
        say "fuzz: $t replays ${#regressions[@]} regression inputs"
        "$bin" "${common[@]}" "${regressions[@]}" >"$out/$t.regressions.log" 2>&1 || {
            tail -n 60 "$out/$t.regressions.log"
            fail "$t fails on a saved regression input (log: $out/$t.regressions.log)"
        }
    fi
    local corpus="$out/corpus/$t"
    mkdir -p "$corpus"
    local seeds=()
    for d in $(seed_dirs "$t"); do
        [ -d "$d" ] && seeds+=("$d")
    done
    say "fuzz: $t for ${fuzz_seconds}s (seeds: ${seeds[*]:-none})"
    # The first folder collects what the run finds; the seed folders are only read.
    if ! "$bin" "${common[@]}" -max_total_time="$fuzz_seconds" -print_final_stats=1 \
        -max_len=65536 "$corpus" "${seeds[@]}" >"$out/$t.log" 2>&1; then
        tail -n 80 "$out/$t.log"
        fail "$t found a problem; the input is in build-fuzz/artifacts/ (log: $out/$t.log)." \
            "Add it to tests/fuzz/regressions/$t/ with a Catch2 test (docs/fuzzing.md)"
    fi
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$out/$t.log" |
        sed "s/^/  $t /" || true
}

stage_fuzz() {
    command -v clang++ >/dev/null || fail "clang++ is not installed (apt-get install clang libclang-rt-dev)"
    say "fuzz: configure and build build-fuzz (clang, libFuzzer, ASan+UBSan)"
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DREVQ_FUZZ=ON -DREVQ_SANITIZE=ON -DREVQ_BUILD_GUI=OFF >/dev/null
    cmake --build build-fuzz -j"$jobs" --target fuzz_all
    local targets=()
    for src in tests/fuzz/fuzz_*.cpp; do
        targets+=("$(basename "$src" .cpp)")
    done
    local out=build-fuzz/fuzz-runs
    rm -rf "$out"
    mkdir -p "$out/tmp" build-fuzz/artifacts
    # libFuzzer runs on one core: with $jobs cores, $jobs targets fuzz at the same time, each
    # for the full $fuzz_seconds. Each report is shown whole when its target is done.
    local i=0
    while [ $i -lt ${#targets[@]} ]; do
        local batch=("${targets[@]:i:jobs}") pids=() t failed=0
        for t in "${batch[@]}"; do
            fuzz_target "$t" "$out" >"$out/$t.report" 2>&1 &
            pids+=($!)
        done
        local k
        for k in "${!batch[@]}"; do
            wait "${pids[$k]}" || failed=1
            cat "$out/${batch[$k]}.report"
        done
        [ $failed -eq 0 ] || exit 1
        i=$((i + jobs))
    done
}

for s in "${stages[@]}"; do
    case $s in
        sanitizers) stage_sanitizers ;;
        fuzz) stage_fuzz ;;
        *) fail "unknown stage '$s' (sanitizers or fuzz)" ;;
    esac
done
say "run-stages: ${stages[*]} passed"
