#!/bin/bash
# revq-cli prepare: the next cycle's pre-filled files from a previous cycle's workspace, to the
# same form and to a new version of it (answers moved through `replaces`, the rest set aside);
# every answer marked carried-over; the workspace never changes; no overwrite without --force;
# clear errors for a missing folder or form.
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
# A fingerprint of every file below a folder (names and bytes).
tree_sum() { (cd "$1" && find . -type f | LC_ALL=C sort | xargs -d '\n' sha256sum); }

# --- the previous cycle: four sampled States, France's own file, one broken file ----------
WS="$S/cycle-2022"
expect 0 "$REVQ_CLI" sample --form "$D/form-v1.xml" --states DEU,BRA,CHN,EGY --seed 5 -o "$WS"
cp "$D/valid-v1.revq" "$WS/france-2022.revq"
printf 'not a response' >"$WS/broken.revq"
ws_before=$(tree_sum "$WS")

# --- usage and bad input ---------------------------------------------------------------------
expect 0 "$REVQ_CLI" prepare --help; has "Usage: revq-cli prepare"
"$REVQ_CLI" --help | grep -q "prepare" || fail "prepare is not in revq-cli --help"
expect 2 "$REVQ_CLI" prepare -o "$S/x" "$WS"                                   # no --form
expect 2 "$REVQ_CLI" prepare --form "$D/form-v1.xml" "$WS"                      # no -o
expect 2 "$REVQ_CLI" prepare --form "$D/form-v1.xml" -o "$S/x"                  # no WORKSPACE
expect 2 "$REVQ_CLI" prepare --form "$D/form-v1.xml" -o "$S/x" "$WS" "$WS"
has "one WORKSPACE folder only"
expect 2 "$REVQ_CLI" prepare --form "$D/form-v1.xml" --bogus -o "$S/x" "$WS"
has "unknown option '--bogus'"
expect 1 "$REVQ_CLI" prepare --form "$D/form-v1.xml" -o "$S/x" "$S/no-such-folder"
has "$S/no-such-folder: error: no such folder"
expect 1 "$REVQ_CLI" prepare --form "$S/no-such-form.xml" -o "$S/x" "$WS"
has "$S/no-such-form.xml"; has "Nothing written"
expect 1 "$REVQ_CLI" prepare --form "$D/form-v2.xml" --previous-form "$S/gone.xml" -o "$S/x" "$WS"
has "$S/gone.xml"
expect 1 "$REVQ_CLI" prepare --form "$D/form-v1.xml" -o "$WS" "$WS"
has "the workspace folder itself"
[ -e "$S/x" ] && fail "bad input created the output folder"
[ "$(tree_sum "$WS")" = "$ws_before" ] || fail "bad input changed the workspace"

# --- the same form ---------------------------------------------------------------------------
OUT1="$S/cycle-2026"
expect 0 "$REVQ_CLI" prepare --form "$D/form-v1.xml" -o "$OUT1" "$WS"
has "broken.revq"                       # reported as skipped, with its reason
has "Prepared 5 response file(s)"
[ "$(ls "$OUT1" | LC_ALL=C sort | tr '\n' ' ')" = "BRA.revq CHN.revq DEU.revq EGY.revq FRA.revq " ] ||
    fail "not one file per State: $(ls -A "$OUT1")"
python3 - "$WS" "$OUT1" 1.0 <<'EOF' || fail "same-form files are not as expected"
import glob, os, sys
import xml.etree.ElementTree as ET
ns = {"r": "urn:revq:response:1"}
ws, out, version = sys.argv[1:]
def answers(path):
    root = ET.parse(path).getroot()
    return root, {a.get("q"): a for a in root.findall("r:answers/r:answer", ns)}
sources = {}
for path in glob.glob(os.path.join(ws, "*.revq")):
    try:
        root, a = answers(path)
    except ET.ParseError:
        continue
    sources[root.find("r:state", ns).get("code")] = (os.path.basename(path), a)
ok = True
for code, (name, src) in sorted(sources.items()):
    root, got = answers(os.path.join(out, code + ".revq"))
    def bad(msg):
        global ok
        ok = False
        print(f"{code}: {msg}")
    if root.find("r:form", ns).get("version") != version:
        bad("wrong form version")
    if root.find("r:status", ns).get("value") != "draft":
        bad("not a draft")
    if set(got) != set(src):
        bad(f"answers differ: {sorted(set(src) ^ set(got))}")
    for q, a in got.items():
        if a.get("carried-over") != "true" or a.get("origin") != f"{name}#{q}":
            bad(f"{q} not marked carried over from {name}#{q}: {a.attrib}")
    if not got:
        bad("no answer carried over")
sys.exit(0 if ok else 1)
EOF
# revq-cli check reads every prepared file and finds them drafts of this form.
expect 0 "$REVQ_CLI" check --form "$D/form-v1.xml" "$OUT1/FRA.revq"
has "FRA.revq: draft"
[ "$(tree_sum "$WS")" = "$ws_before" ] || fail "prepare changed the workspace"
ls -A "$OUT1" | grep -q '^\.revq-prepare' && fail "a staging folder was left behind"

# --- again without --force: refused, nothing changes ------------------------------------------
out1_before=$(tree_sum "$OUT1")
expect 1 "$REVQ_CLI" prepare --form "$D/form-v1.xml" -o "$OUT1" "$WS"
has "exists already"; has "--force"; has "Nothing written"
[ "$(tree_sum "$OUT1")" = "$out1_before" ] || fail "a refused prepare changed the output folder"
# One file removed: still refused for the others, and the missing one is not written either.
rm "$OUT1/EGY.revq"
expect 1 "$REVQ_CLI" prepare --form "$D/form-v1.xml" -o "$OUT1" "$WS"
[ -e "$OUT1/EGY.revq" ] && fail "a refused prepare wrote a file"
# With --force: replaced, the old files kept as .bak.
expect 0 "$REVQ_CLI" prepare --form "$D/form-v1.xml" --force -o "$OUT1" "$WS"
has "old file kept as .bak"
[ -e "$OUT1/FRA.revq.bak" ] || fail "--force kept no backup"
[ -e "$OUT1/EGY.revq" ] || fail "--force did not write the missing file"

# --- a new form version: moved through `replaces`, the rest set aside ---------------------------
OUT2="$S/cycle-2026-v2"
expect 0 "$REVQ_CLI" prepare --form "$D/form-v2.xml" --previous-form "$D/form-v1.xml" \
    -o "$OUT2" "$WS"
has "Prepared 5 response file(s) to resp-test version 2.0"
[ "$(ls "$OUT2" | wc -l)" = 5 ] || fail "v2: not one file per State"
python3 - "$OUT2/FRA.revq" <<'EOF' || fail "v2 FRA file is not as expected"
import sys
import xml.etree.ElementTree as ET
ns = {"r": "urn:revq:response:1"}
root = ET.parse(sys.argv[1]).getroot()
got = {a.get("q"): a for a in root.findall("r:answers/r:answer", ns)}
problems = []
if root.find("r:form", ns).get("version") != "2.0":
    problems.append("form version")
e = got.get("crim_explain")
if e is None or e.get("origin") != "france-2022.revq#crim_why" or e.get("carried-over") != "true":
    problems.append("crim_why not carried over to crim_explain")
if "crim_why" in got or "attempt_year" in got:
    problems.append("an old question id is still answered")
if not all(a.get("carried-over") == "true" for a in got.values()):
    problems.append("an answer is not marked carried over")
aside = root.findall("r:set-aside/*", ns)
if not any("attempt_year" in ET.tostring(x, encoding="unicode") for x in aside):
    problems.append("attempt_year was not set aside")
print("\n".join(problems))
sys.exit(1 if problems else 0)
EOF
expect 0 "$REVQ_CLI" check --form "$D/form-v2.xml" "$OUT2/FRA.revq"
has "FRA.revq: draft"
# Without --previous-form the v1 files are another version of v2: mapped the same way.
expect 0 "$REVQ_CLI" prepare --form "$D/form-v2.xml" -o "$S/cycle-2026-v2b" "$WS"
has "give --previous-form FORM"          # the origins then name the new ids: said so
grep -q 'q="crim_explain"[^>]*carried-over="true"' "$S/cycle-2026-v2b/FRA.revq" ||
    fail "without --previous-form the answers were not mapped to the new version"
[ "$(tree_sum "$WS")" = "$ws_before" ] || fail "prepare changed the workspace"

# --- a path with non-ASCII characters --------------------------------------------------------
U="$S/审议 مراجعة"
mkdir -p "$U" && cp "$D/valid-v1.revq" "$U/FRA.revq"
expect 0 "$REVQ_CLI" prepare --form "$D/form-v1.xml" -o "$U/下一轮" "$U"
[ -e "$U/下一轮/FRA.revq" ] || fail "nothing written under a non-ASCII folder"

[ "$failures" = 0 ] && echo "prepare_cycle: all checks passed"
exit $((failures > 0))
