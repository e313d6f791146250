#!/bin/bash
# revq-cli new / check / submit: carry-over, problems of each kind, submission, an edit after
# submission, usage errors, and that bad input never changes a file.
set -u
: "${REVQ_CLI:?set REVQ_CLI to the revq-cli binary}"
: "${REVQ_SOURCE_DIR:?set REVQ_SOURCE_DIR to the source tree}"
: "${REVQ_SCRATCH:?set REVQ_SCRATCH to a scratch folder}"
D="$REVQ_SOURCE_DIR/tests/data/responses"
S="$REVQ_SCRATCH"
rm -rf "$S" && mkdir -p "$S"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# expect CODE CMD...: runs CMD, output in $S/out, and checks its exit status.
expect() {
    local want=$1; shift
    "$@" >"$S/out" 2>&1
    local got=$?
    [ "$got" = "$want" ] || { fail "exit $got (wanted $want): $*"; sed 's/^/    /' "$S/out"; }
}
has() { grep -qF -- "$1" "$S/out" || fail "output lacks '$1'"; }

# --- usage -------------------------------------------------------------------------------
for c in new check submit; do
    expect 0 "$REVQ_CLI" $c --help; has "Usage: revq-cli $c"
done
expect 2 "$REVQ_CLI" new --form "$D/form-v1.xml" -o "$S/x.revq"           # no --state
expect 2 "$REVQ_CLI" new --form "$D/form-v1.xml" --state FRA --lang de -o "$S/x.revq"
expect 2 "$REVQ_CLI" check "$D/valid-v1.revq"                             # no --form
expect 2 "$REVQ_CLI" check --form "$D/form-v1.xml"                        # no file
expect 2 "$REVQ_CLI" check --form "$D/form-v1.xml" --bogus "$D/valid-v1.revq"
expect 2 "$REVQ_CLI" submit --form "$D/form-v1.xml"
[ -e "$S/x.revq" ] && fail "a usage error wrote a file"

# --- new ---------------------------------------------------------------------------------
expect 0 "$REVQ_CLI" new --form "$D/form-v1.xml" --state fra --lang fr -o "$S/empty.revq"
grep -q '<state code="FRA"/>' "$S/empty.revq" || fail "new did not write the State"
grep -q '<language>fr</language>' "$S/empty.revq" || fail "new did not write the language"
before=$(sha256sum "$S/empty.revq")
expect 1 "$REVQ_CLI" new --form "$D/form-v1.xml" --state FRA -o "$S/empty.revq"
has "already exists"
[ "$(sha256sum "$S/empty.revq")" = "$before" ] || fail "new overwrote an existing file"
expect 1 "$REVQ_CLI" new --form "$D/form-v1.xml" --state XYZ -o "$S/xyz.revq"
has "not a known State code"
[ -e "$S/xyz.revq" ] && fail "new wrote a file for an unknown State"
expect 1 "$REVQ_CLI" new --form "$D/form-v2.xml" --state BEL --from "$D/valid-v1.revq" -o "$S/bel.revq"
has "FRA"
[ -e "$S/bel.revq" ] && fail "carry-over across States wrote a file"

# Carry-over from a v1 response into the v2 form: 11 answers carried, 3 set aside.
cp "$D/valid-v1.revq" "$S/earlier.revq"
expect 0 "$REVQ_CLI" new --form "$D/form-v2.xml" --state FRA --from "$S/earlier.revq" -o "$S/v2.revq"
has "11 answers carried over (1 through replaces), 3 set aside"
cmp -s "$D/valid-v1.revq" "$S/earlier.revq" || fail "carry-over changed the earlier file"
grep -q 'q="crim_explain"[^>]*carried-over="true" origin="earlier.revq#crim_why"' "$S/v2.revq" ||
    fail "crim_explain not carried over from crim_why"
grep -q '<answer q="attempt_year" from-form="resp-test" from-version="1.0"' "$S/v2.revq" ||
    fail "attempt_year not set aside"
expect 0 "$REVQ_CLI" check --form "$D/form-v2.xml" "$S/v2.revq"
has "valid"

# --- check -------------------------------------------------------------------------------
expect 1 "$REVQ_CLI" check --form "$D/form-v1.xml" "$D/one-error-each.revq"
for line in \
    "one-error-each.revq:9:5: error: question 'attempt_year' (Art. 5(2)(a)): 1800 is out of range" \
    "one-error-each.revq:10:5: error: question 'cases' (Art. 5(1)): cell row 'children', column 'y2023': the table has no such row" \
    "one-error-each.revq:10:5: error: question 'cases' (Art. 5(1)): cell row 'women', column 'y2024': 'many' is not a whole number" \
    "one-error-each.revq:12:5: warning: question 'crim_why' (Art. 5(1)): answered but not relevant" \
    "one-error-each.revq:13:5: error: question 'forms' (Art. 5(1)): 'slavery' is not one of the choices" \
    "one-error-each.revq:14:5: error: question 'ghost': form 'resp-test' version 1.0 has no such question" \
    "one-error-each.revq:15:5: error: question 'in_force' (Art. 5(1)): '2023-02-30' is not a date" \
    "one-error-each.revq:16:5: error: question 'intro' (Art. 5): this is a note and takes no answer" \
    "one-error-each.revq:17:5: error: question 'share' (Art. 5(1)): '3,5' is not a number" \
    "one-error-each.revq:18:5: error: question 'victims_children' (Art. 5(1)): Les enfants ne peuvent pas" \
    "one-error-each.revq: error: question 'privacy' (Art. 6(1)): a required answer is missing" \
    "Art. 5: 8/10" "Art. 6: 0/1" "10 errors, 1 warnings; INVALID"; do
    has "$line"
done
[ "$(grep -c ': error: \|: warning: ' "$S/out")" = 11 ] || fail "check reported other problems too"
expect 0 "$REVQ_CLI" check --form "$D/form-v1.xml" "$D/valid-v1.revq"
has "Art. 5: 11/11"
expect 1 "$REVQ_CLI" check --form "$D/form-v1.xml" --json "$D/valid-v1.revq" "$D/one-error-each.revq"
python3 - "$S/out" <<'PY' || fail "check --json is not the documented shape"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["valid"] is False and doc["form"] == "resp-test"
good, bad = doc["files"]
assert good["valid"] and good["completeness"]["overall"] == {"answered": 12, "relevant": 12}
codes = sorted(p["code"] for p in bad["problems"])
assert codes == sorted(["range", "cell", "type", "not-relevant", "choice", "unknown-question",
                        "date", "unknown-question", "type", "constraint", "required"]), codes
arts = {a["article"]: (a["answered"], a["relevant"]) for a in bad["completeness"]["articles"]}
assert arts == {"5": (8, 10), "6": (0, 1)}, arts
PY
# Unreadable input: reported with file:line:col, exit 1, the file untouched.
head -c 900 "$D/valid-v1.revq" >"$S/truncated.revq"
cp "$S/truncated.revq" "$S/truncated.copy"
expect 1 "$REVQ_CLI" check --form "$D/form-v1.xml" "$S/truncated.revq"
grep -q "truncated.revq:[0-9]*:[0-9]*: error: not well-formed XML" "$S/out" || fail "no position for truncated XML"
cmp -s "$S/truncated.revq" "$S/truncated.copy" || fail "check changed a file"
printf '<response xmlns="urn:revq:response:1" format-version="1"><form id="other" version="1"/><state code="FRA"/></response>' >"$S/other.revq"
expect 1 "$REVQ_CLI" check --form "$D/form-v1.xml" "$S/other.revq"
has "answers form 'other', not 'resp-test'"

# --- submit ------------------------------------------------------------------------------
cp "$D/one-error-each.revq" "$S/bad.revq"
expect 1 "$REVQ_CLI" submit --form "$D/form-v1.xml" "$S/bad.revq"
has "not submitted: 10 errors"
cmp -s "$D/one-error-each.revq" "$S/bad.revq" || fail "a refused submission changed the file"
[ -e "$S/bad.revq.bak" ] && fail "a refused submission wrote a backup"
expect 1 "$REVQ_CLI" submit --form "$D/form-v2.xml" "$S/earlier.revq"
has "answers version 1.0"

cp "$D/valid-v1.revq" "$S/fra.revq"
expect 0 "$REVQ_CLI" submit --form "$D/form-v1.xml" --by "A. Martin" "$S/fra.revq"
has "Submitted"
cmp -s "$D/valid-v1.revq" "$S/fra.revq.bak" || fail "submit did not keep the previous file as .bak"
grep -q '<status value="submitted"' "$S/fra.revq" || fail "status not submitted"
grep -q '<integrity algorithm="sha256">[0-9a-f]\{64\}</integrity>' "$S/fra.revq" || fail "no hash"
grep -q 'status="submitted"' "$S/fra.revq" || fail "no history revision"
expect 0 "$REVQ_CLI" check --form "$D/form-v1.xml" "$S/fra.revq"
has "submitted (intact)"
expect 1 "$REVQ_CLI" submit --form "$D/form-v1.xml" "$S/fra.revq"
has "already submitted"

# An answer edited in a text editor after submission.
cp "$S/fra.revq" "$S/edited.revq"
sed -i 's/Formation des juges/Formation des procureurs/' "$S/edited.revq"
cmp -s "$S/fra.revq" "$S/edited.revq" && fail "sed did not change the file"
expect 1 "$REVQ_CLI" check --form "$D/form-v1.xml" "$S/edited.revq"
has "edited.revq: error: changed after submission"
# ... and a table cell.
sed 's/>31</>32</' "$S/fra.revq" >"$S/edited2.revq"
expect 1 "$REVQ_CLI" check --form "$D/form-v1.xml" "$S/edited2.revq"
has "changed after submission"

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "response CLI: all checks passed"
