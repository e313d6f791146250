#!/bin/bash
# forms/states.xml is what forms/reference/make_states.py generates from its inputs (so nobody
# edited it by hand and the inputs were not changed without regenerating), and the generator
# refuses bad input: a missing translation without an override, an unknown group, a code not
# in ISO 3166-1, an unsorted list. Needs Debian's iso-codes package.
set -u
: "${REVQ_SOURCE_DIR:?}" "${REVQ_SCRATCH:?}"
script="$REVQ_SOURCE_DIR/forms/reference/make_states.py"
ref="$REVQ_SOURCE_DIR/forms/reference"
rm -rf "$REVQ_SCRATCH" && mkdir -p "$REVQ_SCRATCH"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# 1. The shipped file is up to date.
if ! python3 "$script" --check; then
    fail "forms/states.xml is not up to date with make_states.py (see message above)"
fi

# 2. Generating twice gives the same bytes (deterministic), equal to the shipped file.
python3 "$script" --output "$REVQ_SCRATCH/a.xml" >/dev/null || fail "generation failed"
python3 "$script" --output "$REVQ_SCRATCH/b.xml" >/dev/null || fail "second generation failed"
cmp -s "$REVQ_SCRATCH/a.xml" "$REVQ_SCRATCH/b.xml" || fail "two runs differ"
cmp -s "$REVQ_SCRATCH/a.xml" "$REVQ_SOURCE_DIR/forms/states.xml" || fail "output differs from shipped"

# 3. --check notices a hand edit and names the file and line.
sed 's|>France<|>Frankreich<|' "$REVQ_SCRATCH/a.xml" >"$REVQ_SCRATCH/edited.xml"
if python3 "$script" --check --output "$REVQ_SCRATCH/edited.xml" 2>"$REVQ_SCRATCH/err"; then
    fail "--check accepted a hand-edited file"
fi
grep -q "edited.xml:[0-9]*:1: error" "$REVQ_SCRATCH/err" || fail "--check message lacks file:line"

# expect_refusal NAME PATTERN ARGS...: the generator must exit non-zero, say PATTERN, and write
# nothing.
expect_refusal() {
    local name=$1 pattern=$2
    shift 2
    local out="$REVQ_SCRATCH/$name.xml"
    if python3 "$script" --output "$out" "$@" 2>"$REVQ_SCRATCH/$name.err"; then
        fail "$name: generator accepted bad input"
    fi
    grep -q -- "$pattern" "$REVQ_SCRATCH/$name.err" || {
        fail "$name: message lacks '$pattern'"
        cat "$REVQ_SCRATCH/$name.err"
    }
    [ ! -e "$out" ] || fail "$name: wrote output despite the error"
}

# 4. A missing translation without an override stops the script (Türkiye lacks ar/es/fr/ru
#    in iso-codes 4.15; if a newer iso-codes has them, test with a code it surely lacks).
grep -v '^TUR	ru	' "$ref/name-overrides.tsv" >"$REVQ_SCRATCH/overrides-no-tur.tsv"
if python3 -c "
import gettext, sys
t = gettext.translation('iso_3166-1', '/usr/share/locale', languages=['ru'])
sys.exit(0 if t.gettext('Türkiye') == 'Türkiye' else 1)"; then
    expect_refusal missing-translation "TUR 'Türkiye' has no ru translation" \
        --overrides "$REVQ_SCRATCH/overrides-no-tur.tsv"
else
    echo "note: iso-codes now translates Türkiye in Russian; missing-translation case skipped"
fi

# 5. Bad rows in the groups file are refused with file:line.
groups="$ref/un-regional-groups.tsv"
sed 's|^FRA	western-european-other|FRA	western-europe|' "$groups" >"$REVQ_SCRATCH/g1.tsv"
expect_refusal bad-group "g1.tsv:[0-9]*: unknown group 'western-europe'" --groups "$REVQ_SCRATCH/g1.tsv"
sed 's|^FRA	|FRX	|' "$groups" >"$REVQ_SCRATCH/g2.tsv"
expect_refusal bad-code "g2.tsv:[0-9]*: 'FRX' is not in iso-codes" --groups "$REVQ_SCRATCH/g2.tsv"
sed 's|^AFG	|ATA	|' "$groups" >"$REVQ_SCRATCH/g3.tsv"
expect_refusal unsorted "out of order" --groups "$REVQ_SCRATCH/g3.tsv"
{ cat "$groups"; printf 'ZWE\tafrican\tmember\n'; } >"$REVQ_SCRATCH/g4.tsv"
expect_refusal duplicate "'ZWE' is listed twice" --groups "$REVQ_SCRATCH/g4.tsv"
sed 's|^FRA	western-european-other	member|FRA	western-european-other	full|' "$groups" \
    >"$REVQ_SCRATCH/g5.tsv"
expect_refusal bad-status "unknown status 'full'" --groups "$REVQ_SCRATCH/g5.tsv"

# 6. An override for a language revq does not know is refused.
{ cat "$ref/name-overrides.tsv"; printf 'FRA\tde\tFrankreich\tcorrection\n'; } \
    >"$REVQ_SCRATCH/o2.tsv"
expect_refusal bad-override "unknown language 'de'" --overrides "$REVQ_SCRATCH/o2.tsv"

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "states generator: all checks passed"
