#!/bin/bash
# revq-cli sample / collate / export: usage errors exit 2, --help exits 0, sample is
# deterministic for a seed, export writes one response, a bad layout is reported with
# FILE:LINE:COL and leaves an existing workbook as it was.
set -u
CLI=${REVQ_CLI:?}
SRC=${REVQ_SOURCE_DIR:?}
S=${REVQ_SCRATCH:-/tmp/revq-export-commands}
rm -rf "$S" && mkdir -p "$S"
FORM=$SRC/forms/tip-protocol-review.xml
STATES=$SRC/forms/states.xml
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect() {  # expect CODE command...
    local want=$1; shift
    "$@" >"$S/out" 2>"$S/err"; local got=$?
    [ "$got" = "$want" ] || { fail "$* exited $got, expected $want"; cat "$S/err"; }
}

for cmd in sample collate export; do
    expect 0 "$CLI" $cmd --help
    grep -q "Usage: revq-cli $cmd" "$S/out" || fail "$cmd --help prints no usage"
    expect 2 "$CLI" $cmd --no-such-option
done
expect 2 "$CLI" sample --form "$FORM"                      # no -o
expect 2 "$CLI" sample --form "$FORM" --seed abc -o "$S/x"
expect 2 "$CLI" collate --form "$FORM" -o "$S/x.xlsx"      # no input
expect 2 "$CLI" collate --form "$FORM" --lang xx -o "$S/x.xlsx" "$S"
expect 2 "$CLI" export --form "$FORM" -o "$S/x.xlsx"       # no response

# Deterministic for a seed; another seed differs.
expect 0 "$CLI" sample --form "$FORM" --states FRA,CHN,SAU,BRA --seed 5 --states-file "$STATES" -o "$S/a"
expect 0 "$CLI" sample --form "$FORM" --states FRA,CHN,SAU,BRA --seed 5 --states-file "$STATES" -o "$S/b"
expect 0 "$CLI" sample --form "$FORM" --states FRA,CHN,SAU,BRA --seed 6 --states-file "$STATES" -o "$S/c"
diff -r "$S/a" "$S/b" >/dev/null || fail "sample is not deterministic for a seed"
diff -r "$S/a" "$S/c" >/dev/null && fail "another seed gave the same files"
[ "$(ls "$S/a" | wc -l)" = 4 ] || fail "sample wrote $(ls "$S/a" | wc -l) files, expected 4"
grep -q '<language>ar</language>' "$S/a/SAU.revq" && grep -q 'البروتوكول\|الاستغلال\|النيابة\|الإحالة' "$S/a/SAU.revq" || fail "no Arabic text for SAU"
grep -q '<language>zh</language>' "$S/a/CHN.revq" || fail "CHN is not answered in Chinese"
# Existing files are kept unless --force.
expect 1 "$CLI" sample --form "$FORM" --states FRA --seed 9 --states-file "$STATES" -o "$S/a"
cmp -s "$S/a/FRA.revq" "$S/b/FRA.revq" || fail "sample overwrote a file without --force"
expect 1 "$CLI" sample --form "$FORM" --states XXX --states-file "$STATES" -o "$S/d"

# Single-response export.
expect 0 "$CLI" export --form "$FORM" --layout "$SRC/templates/response.xml" -o "$S/fra.xlsx" "$S/a/FRA.revq"
[ -s "$S/fra.xlsx" ] || fail "export wrote no workbook"
expect 1 "$CLI" export --form "$FORM" --layout "$SRC/templates/response.xml" -o "$S/x.xlsx" "$S/missing.revq"

# A bad layout: FILE:LINE:COL, exit 1, the existing workbook untouched.
echo "previous" > "$S/keep.xlsx"
sed 's/kind="counts"/kind="countz"/' "$SRC/templates/summary.xml" > "$S/bad-layout.xml"
expect 1 "$CLI" collate --form "$FORM" --layout "$S/bad-layout.xml" --states-file "$STATES" -o "$S/keep.xlsx" "$S/a"
grep -q "bad-layout.xml:[0-9]*:[0-9]*: error: unknown sheet kind 'countz'" "$S/err" || fail "bad layout not reported with line:column"
[ "$(cat "$S/keep.xlsx")" = previous ] || fail "a failed collate changed the existing workbook"
# Nothing usable: exit 1, nothing written.
mkdir -p "$S/empty"
expect 1 "$CLI" collate --form "$FORM" --layout "$SRC/templates/summary.xml" --states-file "$STATES" -o "$S/none.xlsx" "$S/empty"
[ -e "$S/none.xlsx" ] && fail "collate wrote a workbook from nothing"
# Collate in Chinese with only the responding States.
expect 0 "$CLI" collate --form "$FORM" --layout "$SRC/templates/summary.xml" --states-file "$STATES" --lang zh --only-responding -o "$S/zh.xlsx" "$S/a"
grep -q "4 States collated" "$S/out" || fail "collate report: $(head -1 "$S/out")"

[ $fails = 0 ] && echo "export commands: all checks passed"
exit $((fails > 0))
