#!/usr/bin/env bash
# The hostile-input catalogue (tests/data/hostile/README.md) through the command line: every
# case gives exit status 1 and a message naming the file (with line:column where there is one),
# in at most 20 seconds, without a crash, and changes no file (sha256 before and after). The
# big cases are generated in the scratch folder. The cases revq reads (a file named for another
# State, formula-like text, a 10 MB answer) are checked for their flag or their safe export.
set -uo pipefail

: "${REVQ_CLI:?}" "${REVQ_SOURCE_DIR:?}" "${REVQ_SCRATCH:?}"
src=$REVQ_SOURCE_DIR
hostile=$src/tests/data/hostile
form=$src/tests/data/responses/form-v1.xml
rm -rf "$REVQ_SCRATCH"
mkdir -p "$REVQ_SCRATCH"
gen=$REVQ_SCRATCH/generated
python3 "$hostile/generate.py" "$gen" || { echo "FAIL: generate.py"; exit 1; }

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# expect_refused FILE POSITION COMMAND...: exit 1, the file named at POSITION ("L:C" or "" for a
# message without a position), no crash (exit >= 124 is a timeout or a signal), file unchanged.
expect_refused() {
    local file=$1 pos=$2
    shift 2
    local before after out status
    before=$(sha256sum "$file" | cut -d' ' -f1)
    out=$(timeout 20 "$@" 2>&1)
    status=$?
    after=$(sha256sum "$file" | cut -d' ' -f1)
    local name
    name=$(basename "$file")
    [ "$before" = "$after" ] || fail "$name: the file changed"
    if [ $status -ne 1 ]; then
        fail "$name: exit status $status, expected 1 (124: timeout, >128: crash)"
        echo "$out" | head -n 5
        return
    fi
    if [ -n "$pos" ]; then
        echo "$out" | grep -qF -- "$file:$pos: error:" ||
            { fail "$name: no error at $file:$pos"; echo "$out" | head -n 5; }
    else
        echo "$out" | grep -qF -- "$file" || { fail "$name: the message does not name the file"; echo "$out" | head -n 5; }
    fi
}

# Position of the first occurrence of a byte string: "LINE:COLUMN" (columns in code points).
pos_of() {
    python3 - "$1" "$2" <<'EOF'
import sys
data = open(sys.argv[1], 'rb').read()
at = data.find(sys.argv[2].encode('latin-1').decode('unicode_escape').encode('latin-1'))
if at < 0:
    sys.exit('pattern not found')
before = data[:at]
line = before.count(b'\n') + 1
start = before.rfind(b'\n') + 1
col = 1 + sum(1 for b in data[start:at] if b & 0xC0 != 0x80)
print(f'{line}:{col}')
EOF
}

check=("$REVQ_CLI" check --form "$form")
lint=("$REVQ_CLI" lint)

# Responses, through check (what the focal point and the secretariat run).
expect_refused "$hostile/billion-laughs.revq" "$(pos_of "$hostile/billion-laughs.revq" '<!DOCTYPE')" "${check[@]}" "$hostile/billion-laughs.revq"
expect_refused "$hostile/external-entity.revq" "$(pos_of "$hostile/external-entity.revq" '<!DOCTYPE')" "${check[@]}" "$hostile/external-entity.revq"
expect_refused "$hostile/nul-byte.revq" "$(pos_of "$hostile/nul-byte.revq" '\x00')" "${check[@]}" "$hostile/nul-byte.revq"
expect_refused "$hostile/invalid-utf8.revq" "$(pos_of "$hostile/invalid-utf8.revq" '\xe9')" "${check[@]}" "$hostile/invalid-utf8.revq"
expect_refused "$hostile/overlong-utf8.revq" "$(pos_of "$hostile/overlong-utf8.revq" '\xc0')" "${check[@]}" "$hostile/overlong-utf8.revq"
expect_refused "$hostile/utf16-bom.revq" "1:1" "${check[@]}" "$hostile/utf16-bom.revq"
expect_refused "$hostile/duplicate-answer.revq" "10:5" "${check[@]}" "$hostile/duplicate-answer.revq"
for f in attachment-dotdot attachment-absolute attachment-windows-path attachment-dot-dot-only; do
    expect_refused "$hostile/$f.revq" "$(pos_of "$hostile/$f.revq" '<excerpt')" "${check[@]}" "$hostile/$f.revq"
done
expect_refused "$hostile/truncated.revq" "" "${check[@]}" "$hostile/truncated.revq"
expect_refused "$hostile/zip-as-revq.revq" "1:3" "${check[@]}" "$hostile/zip-as-revq.revq"
for f in number-out-of-range number-not-a-number; do
    expect_refused "$hostile/$f.revq" "$(pos_of "$hostile/$f.revq" '<answer q="attempt_year"')" "${check[@]}" "$hostile/$f.revq"
    out=$(timeout 20 "${check[@]}" "$hostile/$f.revq" 2>&1)
    for q in share victims_total victims_children; do
        echo "$out" | grep -qF "$hostile/$f.revq:$(pos_of "$hostile/$f.revq" "<answer q=\"$q\""): error:" ||
            fail "$f: no error for $q at its line:column"
    done
done
expect_refused "$gen/big-200mb.revq" "" "${check[@]}" "$gen/big-200mb.revq"
expect_refused "$gen/deep-nesting-100000.revq" "" "${check[@]}" "$gen/deep-nesting-100000.revq"
expect_refused "$gen/long-line-10mb-broken.revq" "" "${check[@]}" "$gen/long-line-10mb-broken.revq"
out=$(timeout 20 "${check[@]}" "$gen/deep-nesting-100000.revq" 2>&1)
grep -qE "deep-nesting-100000.revq:[0-9]+:[0-9]+: error: .*nested" <<<"$out" ||
    fail "deep-nesting-100000.revq: no nesting error with line:column"
out=$(timeout 20 "${check[@]}" "$gen/long-line-10mb-broken.revq" 2>&1)
grep -qE "long-line-10mb-broken.revq:7:[0-9]+: error:" <<<"$out" ||
    fail "long-line-10mb-broken.revq: no error on line 7"

# Forms, through lint.
for f in form-billion-laughs form-external-entity; do
    expect_refused "$hostile/$f.xml" "$(pos_of "$hostile/$f.xml" '<!DOCTYPE')" "${lint[@]}" "$hostile/$f.xml"
done
expect_refused "$hostile/form-nul-byte.xml" "$(pos_of "$hostile/form-nul-byte.xml" '\x00')" "${lint[@]}" "$hostile/form-nul-byte.xml"
expect_refused "$hostile/form-invalid-utf8.xml" "$(pos_of "$hostile/form-invalid-utf8.xml" '\xe9')" "${lint[@]}" "$hostile/form-invalid-utf8.xml"
expect_refused "$hostile/form-overlong-utf8.xml" "$(pos_of "$hostile/form-overlong-utf8.xml" '\xe0')" "${lint[@]}" "$hostile/form-overlong-utf8.xml"
expect_refused "$hostile/form-utf16-bom.xml" "1:1" "${lint[@]}" "$hostile/form-utf16-bom.xml"
expect_refused "$hostile/form-href-device.xml" "" "${lint[@]}" "$hostile/form-href-device.xml"
expect_refused "$hostile/form-href-directory.xml" "" "${lint[@]}" "$hostile/form-href-directory.xml"
expect_refused "$gen/form-big-200mb.xml" "" "${lint[@]}" "$gen/form-big-200mb.xml"
expect_refused "$gen/form-deep-nesting-100000.xml" "" "${lint[@]}" "$gen/form-deep-nesting-100000.xml"
expect_refused "$gen/form-long-line-10mb.xml" "" "${lint[@]}" "$gen/form-long-line-10mb.xml"
out=$(timeout 20 "${lint[@]}" "$gen/form-long-line-10mb.xml" 2>&1)
grep -qE "form-long-line-10mb.xml:4:[0-9]+: error:" <<<"$out" ||
    fail "form-long-line-10mb.xml: no error on line 4"

# Cases revq reads. A file named for another State: a warning in check, a flag in collate.
out=$(timeout 20 "${check[@]}" "$hostile/FRA_state-mismatch.revq" 2>&1)
echo "$out" | grep -qE "FRA_state-mismatch.revq.*warning: .*FRA.*DEU" ||
    { fail "check does not warn that FRA_state-mismatch.revq answers for DEU"; echo "$out" | head -n 5; }
before=$(sha256sum "$hostile/FRA_state-mismatch.revq")
out=$(timeout 20 "$REVQ_CLI" collate --form "$form" --only-responding -o "$REVQ_SCRATCH/mismatch.xlsx" \
    "$hostile/FRA_state-mismatch.revq" 2>&1)
[ $? -eq 0 ] || fail "collate of FRA_state-mismatch.revq failed"
echo "$out" | grep -qE "FRA_state-mismatch.revq: .*FRA.*DEU" || { fail "collate does not flag FRA_state-mismatch.revq"; echo "$out"; }
[ "$before" = "$(sha256sum "$hostile/FRA_state-mismatch.revq")" ] || fail "FRA_state-mismatch.revq changed"

# Formula-like text and a 10 MB answer (both from FRA, so collated one at a time): the workbook
# holds text cells, never a formula, and the long text is cut with the visible marker.
for f in "$hostile/formula-text.revq" "$gen/long-line-10mb.revq"; do
    name=$(basename "$f" .revq)
    timeout 60 "$REVQ_CLI" collate --form "$form" --only-responding -o "$REVQ_SCRATCH/$name.xlsx" \
        "$f" >"$REVQ_SCRATCH/$name.log" 2>&1 ||
        { fail "collate of $name.revq failed"; cat "$REVQ_SCRATCH/$name.log"; }
done
python3 - "$REVQ_SCRATCH/formula-text.xlsx" "$REVQ_SCRATCH/long-line-10mb.xlsx" <<'EOF' ||
import re, sys, zipfile
def contents(path):
    z = zipfile.ZipFile(path)
    text, formulas = '', []
    for n in z.namelist():
        if n == 'xl/sharedStrings.xml' or (n.startswith('xl/worksheets/') and n.endswith('.xml')):
            xml = z.read(n).decode('utf-8')
            text += xml
            formulas += re.findall(r'<f>(.*?)</f>', xml)
    return text.replace('&amp;', '&').replace('&quot;', '"').replace('&apos;', "'"), formulas
text, formulas = contents(sys.argv[1])
for f in formulas:
    if 'HYPERLINK' in f or 'cmd' in f:
        sys.exit(f'respondent text became a formula: {f}')
for needle in ['=HYPERLINK(', "+cmd|' /C calc'!A0"]:
    if needle not in text:
        sys.exit(f'{needle!r} is not in the workbook as text')
text, _ = contents(sys.argv[2])
if 'truncated by revq' not in text:
    sys.exit('the 10 MB answer was not cut with the marker')
EOF
    fail "formula-like text or the long text is not safe in the workbook"

if [ $failures -ne 0 ]; then
    echo "$failures hostile case(s) failed"
    exit 1
fi
echo "every hostile case passed"
